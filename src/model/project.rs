//! The project and the entities it holds, exactly as they are stored in a project file.
//!
//! Field order here is the order in which fields are written; optional fields that are empty
//! are left out of the file, so that files stay short and diffs stay small.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::enums::{Confidence, SessionKind, SourceKind, StakeholderKind, UnRegion};
use super::stances::Stances;

/// The file format version this build writes, and the newest it reads. Version 2 added the
/// `method` block; version 1 files open unchanged and are written as version 2.
pub const FORMAT_VERSION: u32 = 2;

/// Writes the current [`FORMAT_VERSION`] whatever version was read: a file saved by this
/// build is a file of this build's format.
#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference"
)]
fn write_current_version<S: serde::Serializer>(_: &u32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u32(FORMAT_VERSION)
}

fn default_true() -> bool {
    true
}

fn default_min_positions() -> u32 {
    Method::DEFAULT_MIN_POSITIONS
}

/// The team's method: the settings that change the figures (docs/METHODOLOGY.md, "The method
/// settings"). Every field is optional in the file, with the defaults of [`Method::default`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// Positions from earlier sessions count until replaced (default on).
    #[serde(default = "default_true")]
    pub carry_forward: bool,
    /// A bloc's statements count for its members, nested blocs too (default on).
    #[serde(default = "default_true")]
    pub bloc_positions: bool,
    /// Below this many positions a principle gets the verdict "too few positions" (default 3).
    #[serde(default = "default_min_positions")]
    pub min_positions: u32,
}

impl Method {
    /// The default of `min_positions`.
    pub const DEFAULT_MIN_POSITIONS: u32 = 3;

    /// Whether every setting is at its default (the block is then left out of the file).
    pub fn is_default(&self) -> bool {
        *self == Method::default()
    }
}

impl Default for Method {
    fn default() -> Self {
        Method {
            carry_forward: true,
            bloc_positions: true,
            min_positions: Method::DEFAULT_MIN_POSITIONS,
        }
    }
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}

fn default_weight() -> f64 {
    1.0
}

#[expect(
    clippy::float_cmp,
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference; 1.0 is the exact default we write"
)]
fn is_default_weight(weight: &f64) -> bool {
    *weight == 1.0
}

/// A whole negotiation being followed: what it is about, the yardstick, and everything logged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Version of the file format as read; always written as [`FORMAT_VERSION`].
    #[serde(serialize_with = "write_current_version")]
    pub format_version: u32,
    /// Title of the project, shown in the window and on reports.
    pub title: String,
    /// The treaty under negotiation.
    #[serde(default)]
    pub treaty: Treaty,
    /// The yardstick positions are measured against.
    #[serde(default)]
    pub framework: Framework,
    /// The team's method (left out of the file when every setting is at its default).
    #[serde(default, skip_serializing_if = "Method::is_default")]
    pub method: Method,
    /// The principles of the framework, in display order.
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// The sessions of the negotiation.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// States, blocs and other participants.
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    /// Every statement logged, one block each.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Conflicts a merge could not settle, kept in the file until resolved (empty, and left
    /// out of the file, otherwise).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// A difference two colleagues' versions of a project disagree on, kept by the merge inside
/// the merged file (never as `<<<<<<<` markers): the project holds `ours` meanwhile. Values are
/// JSON text of the field (`"\"Supports\""`); `None` where the field or record is absent on
/// that side (deleted, or never there).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The record: `project`, or a list's noun and the id (`statement 01H…`, `principle C1`).
    pub record: String,
    /// The field in the record (`summary`, `stances.C1`, `treaty.name`); `(record)` for the
    /// whole record (deleted on one side, changed on the other).
    pub field: String,
    /// The value in the common ancestor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// Our value (the one the project holds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<String>,
    /// Their value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<String>,
    /// Whose "ours" is (a file name, a branch, a colleague).
    pub ours_label: String,
    /// Whose "theirs" is.
    pub theirs_label: String,
}

impl Project {
    /// An empty project with the given title, at the current format version.
    pub fn new(title: impl Into<String>) -> Self {
        Project {
            format_version: FORMAT_VERSION,
            title: title.into(),
            treaty: Treaty::default(),
            framework: Framework::default(),
            method: Method::default(),
            principles: Vec::new(),
            sessions: Vec::new(),
            stakeholders: Vec::new(),
            statements: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// The principle with this id.
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// The session with this id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The stakeholder with this id.
    pub fn stakeholder(&self, id: &str) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| s.id == id)
    }

    /// Indices of the sessions in chronological order: by start date, then end date, then
    /// order in the file (METHODOLOGY.md, "Inputs").
    pub fn session_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.sessions.len()).collect();
        order.sort_by_key(|&i| (self.sessions[i].start, self.sessions[i].end_date(), i));
        order
    }

    /// The session `typed` names: its exact id, else the one id or name that matches without
    /// case or accents (`inc5.2` finds `INC5.2`); `None` when nothing or several match.
    pub fn find_session(&self, typed: &str) -> Option<usize> {
        if let Some(k) = self.sessions.iter().position(|s| s.id == typed) {
            return Some(k);
        }
        let folded = crate::text::fold(typed.trim());
        let unique = |hits: Vec<usize>| (hits.len() == 1).then(|| hits[0]);
        let by_id: Vec<usize> = (0..self.sessions.len())
            .filter(|&k| crate::text::fold(&self.sessions[k].id) == folded)
            .collect();
        if !by_id.is_empty() {
            return unique(by_id);
        }
        unique(
            (0..self.sessions.len())
                .filter(|&k| crate::text::fold(&self.sessions[k].name) == folded)
                .collect(),
        )
    }

    /// The session views, exports and `report` open on: the latest in chronological order
    /// that has a statement, else the latest; `None` without sessions. A session nobody has
    /// spoken at yet (an organisational day, the next round) would show empty figures and "Nobody
    /// changed a position".
    pub fn default_session(&self) -> Option<usize> {
        let order = self.session_order();
        let rank: crate::fnv::FnvMap<&str, usize> = order
            .iter()
            .enumerate()
            .map(|(r, &k)| (self.sessions[k].id.as_str(), r))
            .collect();
        // One pass over the statements, from the end (a log is mostly in time order), for the
        // latest session spoken at; it ends as soon as a statement of the latest session of
        // all turns up, the usual case (the views ask on every frame until a session is
        // chosen).
        let last = order.len().checked_sub(1)?;
        let mut latest: Option<usize> = None;
        for s in self.statements.iter().rev() {
            if let Some(&r) = rank.get(s.session.as_str())
                && latest.is_none_or(|l| r > l)
            {
                latest = Some(r);
                if r == last {
                    break;
                }
            }
        }
        Some(order[latest.unwrap_or(last)])
    }

    /// Per stakeholder (by index), the blocs whose statements count for it with bloc positions
    /// on (METHODOLOGY.md, "Effective position"): every stakeholder of kind bloc that lists it
    /// among its members, directly or through blocs that are members of blocs, by index.
    /// Members that name nobody are ignored; a cycle of blocs ends where it closes (a bloc
    /// never inherits from itself).
    pub fn bloc_ancestors(&self) -> Vec<Vec<usize>> {
        let n = self.stakeholders.len();
        let mut index: std::collections::HashMap<&str, usize> =
            std::collections::HashMap::with_capacity(n);
        for (i, s) in self.stakeholders.iter().enumerate() {
            index.entry(s.id.as_str()).or_insert(i);
        }
        // parents[m]: the blocs that list m directly.
        let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (b, bloc) in self.stakeholders.iter().enumerate() {
            if bloc.kind != StakeholderKind::Bloc {
                continue;
            }
            for member in &bloc.members {
                if let Some(&m) = index.get(member.as_str())
                    && m != b
                    && !parents[m].contains(&b)
                {
                    parents[m].push(b);
                }
            }
        }
        let mut seen = vec![usize::MAX; n];
        (0..n)
            .map(|a| {
                let mut found = Vec::new();
                let mut stack: Vec<usize> = parents[a].clone();
                seen[a] = a;
                while let Some(b) = stack.pop() {
                    if seen[b] == a {
                        continue;
                    }
                    seen[b] = a;
                    found.push(b);
                    stack.extend(parents[b].iter().copied());
                }
                found.sort_unstable();
                found
            })
            .collect()
    }

    /// The session new statements go to: the one `chosen` (by id), else the one whose dates
    /// include `today` (logging live), else [the default session](Project::default_session)
    /// (the latest with statements: where logging left off).
    pub fn current_session(&self, chosen: Option<&str>, today: NaiveDate) -> Option<usize> {
        if let Some(k) = chosen.and_then(|id| self.sessions.iter().position(|s| s.id == id)) {
            return Some(k);
        }
        let order = self.session_order();
        order
            .iter()
            .copied()
            .find(|&k| {
                let s = &self.sessions[k];
                s.start <= today && today <= s.end_date()
            })
            .or_else(|| self.default_session())
    }
}

impl Statement {
    /// Makes this a newly logged statement: a fresh ULID made from `recorded_at` (so that ids
    /// sort in the order statements were logged), `recorded_at`, and `recorded_by` (trimmed;
    /// none when blank). The one rule for every statement the app or an import creates.
    pub fn stamp_new(&mut self, recorded_at: DateTime<Utc>, recorded_by: &str) {
        self.id = ulid::Ulid::from_datetime(recorded_at.into()).to_string();
        self.recorded_at = recorded_at;
        let by = recorded_by.trim();
        self.recorded_by = (!by.is_empty()).then(|| by.to_owned());
    }
}

/// The treaty under negotiation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treaty {
    /// Full name.
    #[serde(default)]
    pub name: String,
    /// Short name used in titles ("UN cybercrime convention").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// A paragraph of context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The yardstick: the document whose principles positions are measured against.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Name of the framework.
    #[serde(default)]
    pub name: String,
    /// Where it is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// One principle of the framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Short code, unique in the project ("C1").
    pub id: String,
    /// Title.
    pub title: String,
    /// Group the principle belongs to ("Content", "Process"); empty when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group: String,
    /// What the principle asks, in the project's own words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Weight in alignment and coverage, finite and >= 0 (default 1).
    #[serde(default = "default_weight", skip_serializing_if = "is_default_weight")]
    pub weight: f64,
}

/// One session of the negotiation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Short code, unique in the project ("AHC6").
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind of session.
    pub kind: SessionKind,
    /// First day.
    pub start: NaiveDate,
    /// Last day; left out for a one-day session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// City or venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The text under negotiation ("Revised draft, Nov 2023").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl Session {
    /// The last day of the session: `end`, or `start` for a one-day session.
    pub fn end_date(&self) -> NaiveDate {
        self.end.unwrap_or(self.start)
    }
}

/// A participant: a state, a bloc, an organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    /// ISO 3166 alpha-3 for states, a short code otherwise; unique in the project.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind of stakeholder.
    pub kind: StakeholderKind,
    /// UN regional group, for states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<UnRegion>,
    /// Ids of the member stakeholders, for blocs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// Weight, finite and >= 0 (default 1). Stored for the user's own use; the figures of
    /// format version 1 do not use it (docs/METHODOLOGY.md).
    #[serde(default = "default_weight", skip_serializing_if = "is_default_weight")]
    pub weight: f64,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Where the account of a statement comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Kind of source.
    pub kind: SourceKind,
    /// Address of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Title of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// What one stakeholder said at one session, and how it bears on each principle it addresses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// ULID: unique across colleagues' files and sortable by time.
    pub id: String,
    /// Id of the stakeholder the statement is attributed to.
    pub stakeholder: String,
    /// Id of the session it was made at.
    pub session: String,
    /// Day it was made, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Id of the stakeholder who delivered it on the other's behalf (France for the EU).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_by: Option<String>,
    /// Stance per principle id; at least one.
    pub stances: Stances,
    /// The user's paraphrase.
    pub summary: String,
    /// A verbatim quote, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Draft provisions cited ("Art. 6(2)").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<String>,
    /// Where the account comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// How sure the user is.
    pub confidence: Confidence,
    /// Confidential statements count in figures but their text never leaves in an export.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// Free tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// When it was logged (UTC).
    pub recorded_at: DateTime<Utc>,
    /// Who logged it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<String>,
}
