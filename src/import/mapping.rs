//! What a column holds and how cell values become stances, stakeholders and sessions: guessed
//! from the header names (case and accents ignored), overridden by the user, saved as a RON
//! mapping file and reused.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Confidence, Project, SourceKind, StakeholderKind, Stance};
use crate::text::fold;

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Field {
    /// Nothing to import.
    Ignore,
    /// The statement's id (a ULID), kept when it is not in the project yet.
    Id,
    /// Who made the statement: an id, a name or an alias; several separated by `;`.
    Stakeholder,
    /// The stakeholder's name, used only when no column gives the stakeholder.
    StakeholderName,
    /// Who delivered it on the stakeholder's behalf.
    DeliveredBy,
    /// The session: an id, a name or a date within it.
    Session,
    /// The day the statement was made.
    Date,
    /// Long layout: the principle the row's stance is about (id or title).
    Principle,
    /// Long layout: the stance on the row's principle.
    Stance,
    /// Wide layout: the stance on this principle (by id).
    PrincipleStance(String),
    /// The paraphrase.
    Summary,
    /// The verbatim quote.
    Quote,
    /// Draft provisions cited, separated by `;`.
    Articles,
    /// The kind of source (Official, Observer, Media…).
    SourceKind,
    /// The source's address.
    Url,
    /// The source's title.
    SourceTitle,
    /// High, Medium or Low.
    Confidence,
    /// Yes / no (true, 1, x, oui).
    Confidential,
    /// Free tags, separated by `;`.
    Tags,
    /// When the statement was logged.
    RecordedAt,
    /// Who logged it.
    RecordedBy,
}

impl Field {
    /// Every field but the principles', in the order the mapping step lists them.
    pub const FIXED: [Field; 20] = [
        Field::Ignore,
        Field::Stakeholder,
        Field::StakeholderName,
        Field::Session,
        Field::Date,
        Field::Principle,
        Field::Stance,
        Field::Summary,
        Field::Quote,
        Field::Articles,
        Field::SourceKind,
        Field::Url,
        Field::SourceTitle,
        Field::Confidence,
        Field::Confidential,
        Field::Tags,
        Field::DeliveredBy,
        Field::Id,
        Field::RecordedAt,
        Field::RecordedBy,
    ];

    /// The field's name for users.
    pub fn label(&self) -> String {
        match self {
            Field::Ignore => "(ignore)".to_owned(),
            Field::Id => "Statement id".to_owned(),
            Field::Stakeholder => "Stakeholder".to_owned(),
            Field::StakeholderName => "Stakeholder name".to_owned(),
            Field::DeliveredBy => "Delivered by".to_owned(),
            Field::Session => "Session".to_owned(),
            Field::Date => "Date".to_owned(),
            Field::Principle => "Principle (long layout)".to_owned(),
            Field::Stance => "Stance (long layout)".to_owned(),
            Field::PrincipleStance(id) => format!("Stance on {id}"),
            Field::Summary => "Summary".to_owned(),
            Field::Quote => "Quote".to_owned(),
            Field::Articles => "Articles".to_owned(),
            Field::SourceKind => "Source kind".to_owned(),
            Field::Url => "Source URL".to_owned(),
            Field::SourceTitle => "Source title".to_owned(),
            Field::Confidence => "Confidence".to_owned(),
            Field::Confidential => "Confidential".to_owned(),
            Field::Tags => "Tags".to_owned(),
            Field::RecordedAt => "Recorded at".to_owned(),
            Field::RecordedBy => "Recorded by".to_owned(),
        }
    }

    /// Whether the column's values are stances (long or wide layout).
    pub fn holds_stances(&self) -> bool {
        matches!(self, Field::Stance | Field::PrincipleStance(_))
    }
}

/// The header names recognised for each field, folded (lower case, no accents) and with
/// spaces, `_`, `-` and `.` removed. `docs/USER_GUIDE.md` lists them ("Importing statements").
pub const HEADER_NAMES: &[(&str, &[&str])] = &[
    ("id", &["id", "statementid", "ulid"]),
    (
        "stakeholder",
        &[
            "stakeholder",
            "stakeholderid",
            "stakeholders",
            "actor",
            "actors",
            "country",
            "countries",
            "state",
            "party",
            "delegation",
            "memberstate",
            "speaker",
            "who",
            "acteur",
            "pays",
            "etat",
            "partiprenante",
        ],
    ),
    ("stakeholder_name", &["stakeholdername", "name", "nom"]),
    (
        "delivered_by",
        &["deliveredby", "onbehalfof", "deliveredon", "prononcepar"],
    ),
    (
        "session",
        &["session", "sessionid", "meeting", "round", "reunion"],
    ),
    ("date", &["date", "day", "jour"]),
    (
        "principle",
        &[
            "principle",
            "principleid",
            "principles",
            "issue",
            "topic",
            "principe",
            "theme",
            "sujet",
        ],
    ),
    (
        "stance",
        &["stance", "position", "score", "rating", "value", "valeur"],
    ),
    (
        "summary",
        &[
            "summary",
            "statement",
            "text",
            "what",
            "whattheysaid",
            "whatwassaid",
            "said",
            "remarks",
            "notes",
            "description",
            "resume",
            "declaration",
            "texte",
            "propos",
        ],
    ),
    ("quote", &["quote", "verbatim", "citation", "quotation"]),
    (
        "articles",
        &["articles", "article", "provisions", "provision"],
    ),
    (
        "source_kind",
        &["sourcekind", "sourcetype", "kindofsource", "typedesource"],
    ),
    ("url", &["url", "link", "sourceurl", "lien", "href"]),
    (
        "source_title",
        &["sourcetitle", "source", "titredelasource"],
    ),
    (
        "confidence",
        &["confidence", "certainty", "reliability", "confiance"],
    ),
    ("confidential", &["confidential", "private", "confidentiel"]),
    ("tags", &["tags", "tag", "labels", "keywords", "etiquettes"]),
    ("recorded_at", &["recordedat", "loggedat", "enregistrele"]),
    ("recorded_by", &["recordedby", "loggedby", "enregistrepar"]),
];

fn field_of_name(name: &str) -> Option<Field> {
    Some(match name {
        "id" => Field::Id,
        "stakeholder" => Field::Stakeholder,
        "stakeholder_name" => Field::StakeholderName,
        "delivered_by" => Field::DeliveredBy,
        "session" => Field::Session,
        "date" => Field::Date,
        "principle" => Field::Principle,
        "stance" => Field::Stance,
        "summary" => Field::Summary,
        "quote" => Field::Quote,
        "articles" => Field::Articles,
        "source_kind" => Field::SourceKind,
        "url" => Field::Url,
        "source_title" => Field::SourceTitle,
        "confidence" => Field::Confidence,
        "confidential" => Field::Confidential,
        "tags" => Field::Tags,
        "recorded_at" => Field::RecordedAt,
        "recorded_by" => Field::RecordedBy,
        _ => return None,
    })
}

/// A header or value folded for matching: lower case, no accents, and no spaces, `_`, `-`,
/// `.`, `'` or `’`.
pub fn key(text: &str) -> String {
    fold(text)
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.' | '\'' | '\u{a0}'))
        .collect()
}

/// The field a header names: a principle of the project (its id, or its title, case and
/// accents ignored) first, then the names of [`HEADER_NAMES`]; [`Field::Ignore`] otherwise.
pub fn guess_field(header: &str, project: &Project) -> Field {
    let k = key(header);
    if k.is_empty() {
        return Field::Ignore;
    }
    if let Some(p) = project
        .principles
        .iter()
        .find(|p| key(&p.id) == k || key(&p.title) == k)
    {
        return Field::PrincipleStance(p.id.clone());
    }
    // "C1 Respect for human rights", "C1: …": a principle id as the first word.
    let first = header
        .split([' ', ':', '-', '—', '.'])
        .next()
        .unwrap_or_default();
    if !first.is_empty()
        && let Some(p) = project.principles.iter().find(|p| p.id == first)
    {
        return Field::PrincipleStance(p.id.clone());
    }
    HEADER_NAMES
        .iter()
        .find(|(_, names)| names.contains(&k.as_str()))
        .and_then(|(name, _)| field_of_name(name))
        .unwrap_or(Field::Ignore)
}

/// Where a stakeholder cell's value goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StakeholderChoice {
    /// To this stakeholder of the project (or one this import creates).
    Existing(String),
    /// To a new stakeholder the import adds; a state of the UN roster takes its region.
    Create {
        /// Its id.
        id: String,
        /// Its name.
        name: String,
        /// Its kind.
        kind: StakeholderKind,
    },
    /// Rows naming it are skipped (and said so).
    Skip,
}

/// How a spreadsheet's columns and values map to statements: what the mapping step shows and
/// what a mapping file (RON) holds. Every part is optional: what it does not say is guessed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The sheet to read (default: the first with data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Per header text, what its column holds (columns not named here are guessed).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub columns: BTreeMap<String, Field>,
    /// Per stance cell value, its stance; `None` for "no position" (the cell is left out).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stances: BTreeMap<String, Option<Stance>>,
    /// Per stakeholder cell value (one name of a `;` list), where it goes.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stakeholders: BTreeMap<String, StakeholderChoice>,
    /// Per session cell value, the session's id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sessions: BTreeMap<String, String>,
    /// Per principle cell value (long layout), the principle's id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub principles: BTreeMap<String, String>,
    /// The session of rows that name none (no session column, a blank cell, no date that
    /// falls within a session).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_session: Option<String>,
    /// The confidence of rows that give none (default Medium).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_confidence: Option<Confidence>,
    /// The source kind of rows that give a URL or title but no kind (default Other).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_source_kind: Option<SourceKind>,
    /// Unknown stakeholders are created (from the UN roster when they are UN states, as
    /// kind Other otherwise) instead of being problems.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub create_unknown_stakeholders: bool,
}

impl Mapping {
    /// Reads a mapping file's text.
    ///
    /// # Errors
    /// The RON error, with its line and column.
    pub fn from_ron(text: &str) -> Result<Mapping, String> {
        ron::from_str(text).map_err(|e| e.to_string())
    }

    /// The mapping as a RON file's text.
    pub fn to_ron(&self) -> String {
        let mut text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default();
        text.push('\n');
        text
    }

    /// What each of the sheet's columns holds: the mapping's choice for its header, else the
    /// guess. Only the first of two columns guessed as the same fixed field keeps it (the
    /// second is ignored until the user says otherwise).
    pub fn fields(&self, headers: &[String], project: &Project) -> Vec<Field> {
        let mut out: Vec<Field> = Vec::with_capacity(headers.len());
        for header in headers {
            if let Some(f) = self.columns.get(header) {
                out.push(f.clone());
                continue;
            }
            let mut guess = guess_field(header, project);
            if guess != Field::Ignore && !matches!(guess, Field::PrincipleStance(_)) {
                let taken = out.contains(&guess)
                    || headers
                        .iter()
                        .any(|h| self.columns.get(h).is_some_and(|f| *f == guess));
                if taken {
                    guess = Field::Ignore;
                }
            }
            out.push(guess);
        }
        // An exported table has both `stakeholder_id` and `stakeholder_name`, and a sheet may
        // have "Country" and "Name": the name only stands in for a missing stakeholder column.
        out
    }
}

/// The stance a value means by itself, with no mapping: the program's stance names, labels
/// and symbols, scores from -2 to +2, and the common words of scales in English and French.
/// A 1-to-5 scale is told by [`guess_scale`], over all of a column's values.
pub fn guess_stance(value: &str) -> Option<Option<Stance>> {
    let raw = value.trim();
    // Scores and symbols first: folding would drop their signs.
    let by_symbol = match raw {
        "" => return Some(None),
        "2" | "+2" | "++" => Some(Stance::StronglySupports),
        "1" | "+1" | "+" => Some(Stance::Supports),
        "0" | "~" | "=" | "+/-" | "±" => Some(Stance::Mixed),
        "-1" | "-" | "−1" | "−" => Some(Stance::Opposes),
        "-2" | "--" | "−2" | "−−" => Some(Stance::StronglyOpposes),
        _ => None,
    };
    if by_symbol.is_some() {
        return Some(by_symbol);
    }
    let k = key(raw);
    for s in Stance::ALL {
        if k == key(s.name()) || k == key(s.label()) {
            return Some(Some(s));
        }
    }
    let stance = match k.as_str() {
        "calledfor" | "callsfor" | "champion" | "championed" | "stronglysupport"
        | "stronglysupported" | "strongsupport" | "demanded" | "fortementpour"
        | "soutientfortement" | "reclame" => Stance::StronglySupports,
        "support" | "supported" | "supporting" | "supportive" | "for" | "yes" | "favour"
        | "favor" | "infavour" | "infavor" | "pour" | "soutient" | "soutien" | "favorable"
        | "oui" => Stance::Supports,
        "mixed" | "neutral" | "ambivalent" | "ambiguous" | "unclear" | "mitige" | "neutre"
        | "partage" => Stance::Mixed,
        "oppose" | "opposed" | "opposing" | "against" | "no" | "contre" | "non" | "defavorable"
        | "sopposea" => Stance::Opposes,
        "stronglyoppose" | "stronglyopposed" | "strongopposition" | "rejected" | "rejects"
        | "reject" | "fortementcontre" | "rejette" => Stance::StronglyOpposes,
        "none" | "n/a" | "na" | "noposition" | "?" | "aucune" | "nd" | "sansposition" => {
            return Some(None);
        }
        _ => return None,
    };
    Some(Some(stance))
}

/// A column's values read as a 1-to-5 scale (5 strongly supports, 3 mixed, 1 strongly
/// opposes) when they are all whole numbers from 1 to 5 and one is 4 or 5 (scores from -2 to
/// +2 are read as scores). `None` when the values are not such a scale.
pub fn guess_scale<'a>(values: impl Iterator<Item = &'a str>) -> Option<BTreeMap<String, Stance>> {
    let mut out = BTreeMap::new();
    let mut high = false;
    for v in values {
        let t = v.trim();
        if t.is_empty() {
            continue;
        }
        let n: u8 = t.parse().ok()?;
        let stance = match n {
            5 => Stance::StronglySupports,
            4 => Stance::Supports,
            3 => Stance::Mixed,
            2 => Stance::Opposes,
            1 => Stance::StronglyOpposes,
            _ => return None,
        };
        high |= n >= 3;
        out.insert(t.to_owned(), stance);
    }
    (high && out.keys().any(|k| k == "4" || k == "5")).then_some(out)
}

/// Confidence as written in a cell (English or French), none when blank or unknown.
pub fn parse_confidence(value: &str) -> Option<Confidence> {
    let k = key(value);
    Confidence::ALL
        .into_iter()
        .find(|c| key(c.name()) == k || key(c.label()) == k)
        .or(match k.as_str() {
            "h" | "haute" | "elevee" | "eleve" | "forte" | "sure" | "certain" => {
                Some(Confidence::High)
            }
            "m" | "med" | "moyenne" | "moyen" => Some(Confidence::Medium),
            "l" | "faible" | "basse" | "unsure" | "uncertain" => Some(Confidence::Low),
            _ => None,
        })
}

/// A source kind as written in a cell, none when unknown.
pub fn parse_source_kind(value: &str) -> Option<SourceKind> {
    let k = key(value);
    SourceKind::ALL
        .into_iter()
        .find(|s| key(s.name()) == k || key(s.label()) == k)
        .or(match k.as_str() {
            "officiel" | "un" | "onu" | "webcast" | "unwebtv" => Some(SourceKind::Official),
            "observateur" => Some(SourceKind::Observer),
            "ai" | "ia" | "resumeia" => Some(SourceKind::AiSummary),
            "press" | "presse" | "news" | "medias" => Some(SourceKind::Media),
            "notes" | "ownnote" | "mesnotes" | "notespersonnelles" => Some(SourceKind::OwnNotes),
            "autre" => Some(SourceKind::Other),
            _ => None,
        })
}

/// A yes/no cell: none when it is neither.
pub fn parse_flag(value: &str) -> Option<bool> {
    match key(value).as_str() {
        "" | "no" | "false" | "0" | "non" | "faux" | "n" => Some(false),
        "yes" | "true" | "1" | "x" | "oui" | "vrai" | "y" | "o" | "confidential"
        | "confidentiel" => Some(true),
        _ => None,
    }
}
