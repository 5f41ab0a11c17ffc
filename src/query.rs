//! The statement log's filters and sort orders, apart from any UI so that tests and the
//! benchmark use exactly what the log shows.
//!
//! Filters combine with AND; an empty filter lets everything through. Text matching is
//! accent- and case-insensitive (see [`crate::text::fold`]). `docs/USER_GUIDE.md` documents
//! each filter.

use crate::model::{Confidence, Project, SourceKind, Stance, Statement};
use crate::text::{fold, fold_into, folded_contains};

/// What the log shows. `None` or empty means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogFilter {
    /// Statements in this session (id).
    pub session: Option<String>,
    /// Statements of this stakeholder (id), or delivered by it.
    pub stakeholder: Option<String>,
    /// When `stakeholder` is a bloc: also its members' own statements.
    pub include_members: bool,
    /// Also the statements of the blocs `stakeholder` belongs to, directly or through nested
    /// blocs: those that count for it with bloc positions on ("everything behind a cell").
    pub include_blocs: bool,
    /// Statements with a stance on this principle (id).
    pub principle: Option<String>,
    /// Statements with this stance: on `principle` when one is chosen, else on any principle.
    pub stance: Option<Stance>,
    /// Statements with this confidence.
    pub confidence: Option<Confidence>,
    /// Statements whose source is of this kind.
    pub source_kind: Option<SourceKind>,
    /// Statements with this tag (case- and accent-insensitive).
    pub tag: Option<String>,
    /// Statements logged by this person (`recorded_by`, exactly; `Some("")` for those with no
    /// name recorded): who did what in a team.
    pub recorded_by: Option<String>,
    /// Every word of it appears in the summary, quote, articles, tags, source, stakeholder
    /// (id or name), speaker or recorder.
    pub text: String,
}

impl LogFilter {
    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == LogFilter::default()
    }
}

/// The column the log is sorted on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Session order (by dates), then date, then file order.
    #[default]
    Session,
    /// The statement's date (undated: its session's first day), then file order.
    Date,
    /// The stakeholder's name, then session order.
    Stakeholder,
    /// The stance score on the filtered principle, or the mean of the statement's stances
    /// when no principle is chosen; then session order.
    Stance,
    /// When it was logged.
    Recorded,
}

/// A sort order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LogSort {
    /// The column.
    pub key: SortKey,
    /// Largest, latest, Z first.
    pub descending: bool,
}

/// What the log needs of every statement, prepared once per document revision: compact
/// columns (stakeholder, speaker, session, day) so that a filter change scans small arrays
/// instead of 100,000 statements spread over the heap, and, once a text search is typed, the
/// folded (lower-case, accent-free) searchable text of each statement.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    stakeholder: Vec<u32>,
    delivered_by: Vec<u32>,
    session: Vec<u32>,
    session_rank: Vec<u32>,
    day: Vec<i32>,
    folded: Option<Vec<String>>,
}

const NONE: u32 = u32::MAX;

/// A list position as a column value (lists here are far shorter than `u32::MAX`).
fn small(k: usize) -> u32 {
    u32::try_from(k).unwrap_or(NONE - 1)
}

/// One statement's columns in a [`SearchIndex`].
struct Row {
    stakeholder: u32,
    delivered_by: u32,
    session: u32,
    session_rank: u32,
    day: i32,
}

/// Where each stakeholder and session id sits, to fill a [`SearchIndex`]'s columns.
struct Lookup<'a> {
    stakeholders: crate::fnv::FnvMap<&'a str, u32>,
    sessions: crate::fnv::FnvMap<&'a str, (u32, u32, i32)>,
}

impl<'a> Lookup<'a> {
    fn new(project: &'a Project) -> Self {
        use chrono::Datelike as _;
        let stakeholders = project
            .stakeholders
            .iter()
            .enumerate()
            .map(|(k, s)| (s.id.as_str(), small(k)))
            .collect();
        let mut sessions = crate::fnv::FnvMap::default();
        for (rank, &k) in project.session_order().iter().enumerate() {
            let s = &project.sessions[k];
            sessions.insert(
                s.id.as_str(),
                (small(k), small(rank), s.start.num_days_from_ce()),
            );
        }
        Lookup {
            stakeholders,
            sessions,
        }
    }

    fn row(&self, s: &Statement) -> Row {
        use chrono::Datelike as _;
        let (session, session_rank, start) = self
            .sessions
            .get(s.session.as_str())
            .copied()
            .unwrap_or((NONE, NONE, i32::MIN));
        Row {
            stakeholder: self
                .stakeholders
                .get(s.stakeholder.as_str())
                .copied()
                .unwrap_or(NONE),
            delivered_by: s
                .delivered_by
                .as_deref()
                .and_then(|id| self.stakeholders.get(id).copied())
                .unwrap_or(NONE),
            session,
            session_rank,
            day: s.date.map_or(start, |d| d.num_days_from_ce()),
        }
    }
}

/// Every stakeholder's id and name, folded, in list order.
fn folded_names(project: &Project) -> Vec<String> {
    project
        .stakeholders
        .iter()
        .map(|s| fold(&format!("{} {}", s.id, s.name)))
        .collect()
}

/// The folded searchable text of `s`, whose stakeholder sits at `k` (`names`: [`folded_names`]).
fn folded_text(project: &Project, names: &[String], k: u32, s: &Statement) -> String {
    let mut out = String::with_capacity(s.summary.len() + 64);
    match names.get(k as usize) {
        Some(name) => out.push_str(name),
        None => fold_into(&s.stakeholder, &mut out),
    }
    let mut add = |text: &str| {
        out.push(' ');
        fold_into(text, &mut out);
    };
    add(&s.summary);
    if let Some(by) = &s.delivered_by {
        add(by);
        if let Some(name) = project.stakeholder(by) {
            add(&name.name);
        }
    }
    if let Some(quote) = &s.quote {
        add(quote);
    }
    for text in s.articles.iter().chain(&s.tags) {
        add(text);
    }
    if let Some(source) = &s.source {
        for text in source.title.iter().chain(&source.url) {
            add(text);
        }
    }
    if let Some(by) = &s.recorded_by {
        add(by);
    }
    out
}

/// One statement's change, for [`SearchIndex::follow`] and [`Selection::follow`]: indices
/// are positions in the statements after the change (for `Removed`, where it was).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowChange {
    /// A statement was inserted here; later ones moved up by one.
    Added(usize),
    /// The statement here changed.
    Changed(usize),
    /// The statement here was removed; later ones moved down by one.
    Removed(usize),
}

impl SearchIndex {
    /// The columns and the folded text of `project`'s statements.
    pub fn build(project: &Project) -> Self {
        let mut index = SearchIndex::columns(project);
        index.prepare_text(project);
        index
    }

    /// The columns only; [`SearchIndex::prepare_text`] adds the text when a search needs it.
    pub fn columns(project: &Project) -> Self {
        let lookup = Lookup::new(project);
        let n = project.statements.len();
        let mut index = SearchIndex {
            stakeholder: Vec::with_capacity(n),
            delivered_by: Vec::with_capacity(n),
            session: Vec::with_capacity(n),
            session_rank: Vec::with_capacity(n),
            day: Vec::with_capacity(n),
            folded: None,
        };
        for s in &project.statements {
            let row = lookup.row(s);
            index.stakeholder.push(row.stakeholder);
            index.delivered_by.push(row.delivered_by);
            index.session.push(row.session);
            index.session_rank.push(row.session_rank);
            index.day.push(row.day);
        }
        index
    }

    /// Folds the searchable text of every statement, unless done already.
    pub fn prepare_text(&mut self, project: &Project) {
        if self.folded.is_some() {
            return;
        }
        let names = folded_names(project);
        let folded = project
            .statements
            .iter()
            .zip(&self.stakeholder)
            .map(|(s, &k)| folded_text(project, &names, k, s))
            .collect();
        self.folded = Some(folded);
    }

    /// Follows one statement's change in place: the index then covers `project` as it is
    /// after `change` if it covered it before. Costs one statement's columns (and text), plus
    /// moving the later entries along for an insertion or removal.
    pub fn follow(&mut self, project: &Project, change: RowChange) {
        let fill = |index: &mut SearchIndex, i: usize, insert: bool| {
            let Some(s) = project.statements.get(i) else {
                return;
            };
            let row = Lookup::new(project).row(s);
            let text = index
                .folded
                .is_some()
                .then(|| folded_text(project, &folded_names(project), row.stakeholder, s));
            if insert {
                index.stakeholder.insert(i, row.stakeholder);
                index.delivered_by.insert(i, row.delivered_by);
                index.session.insert(i, row.session);
                index.session_rank.insert(i, row.session_rank);
                index.day.insert(i, row.day);
                if let (Some(folded), Some(text)) = (&mut index.folded, text) {
                    folded.insert(i, text);
                }
            } else {
                index.stakeholder[i] = row.stakeholder;
                index.delivered_by[i] = row.delivered_by;
                index.session[i] = row.session;
                index.session_rank[i] = row.session_rank;
                index.day[i] = row.day;
                if let (Some(folded), Some(text)) = (&mut index.folded, text) {
                    folded[i] = text;
                }
            }
        };
        match change {
            RowChange::Added(i) if i <= self.stakeholder.len() => fill(self, i, true),
            RowChange::Changed(i) if i < self.stakeholder.len() => fill(self, i, false),
            RowChange::Removed(i) if i < self.stakeholder.len() => {
                self.stakeholder.remove(i);
                self.delivered_by.remove(i);
                self.session.remove(i);
                self.session_rank.remove(i);
                self.day.remove(i);
                if let Some(folded) = &mut self.folded {
                    folded.remove(i);
                }
            }
            // An index that did not cover the project: leave it; `covers` tells.
            _ => {}
        }
    }

    /// Whether the index covers `project` as it is (same number of statements).
    pub fn covers(&self, project: &Project) -> bool {
        self.stakeholder.len() == project.statements.len()
    }
}

fn stance_key(statement: &Statement, principle: Option<&str>) -> Option<f64> {
    match principle {
        Some(id) => statement.stances.get(id).map(|s| f64::from(s.score())),
        None if statement.stances.is_empty() => None,
        None => Some(
            statement
                .stances
                .values()
                .map(|s| f64::from(s.score()))
                .sum::<f64>()
                / statement.stances.len() as f64,
        ),
    }
}

/// The indices of the statements `filter` lets through, in `sort` order. `index` should be
/// prepared from `project` as it is (with its text when `filter.text` is not empty); without
/// it, or when it is stale, one is built for this call.
pub fn select(
    project: &Project,
    filter: &LogFilter,
    sort: LogSort,
    index: Option<&SearchIndex>,
) -> Vec<usize> {
    Selection::new(project, filter, sort, index).rows
}

/// A row's place in a sort order: compared as a tuple, then by statement index.
type RowKey = (i64, i64, i64);

/// What a filter and a sort order need, prepared once: the folded words and tag, the wanted
/// stakeholders and session as column values, and each stakeholder's rank by name.
#[derive(Clone, Debug)]
struct Selector {
    filter: LogFilter,
    sort: LogSort,
    words: Vec<String>,
    tag: Option<String>,
    who: Option<(u32, Vec<bool>)>,
    session: Option<u32>,
    name_rank: Vec<i64>,
}

impl Selector {
    fn new(project: &Project, filter: &LogFilter, sort: LogSort) -> Self {
        let words: Vec<String> = fold(&filter.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let position = |id: &str| {
            project
                .stakeholders
                .iter()
                .position(|s| s.id == id)
                .map_or(NONE - 1, small)
        };
        // The stakeholders whose own statements pass: the one chosen, and its members if asked.
        let who: Option<(u32, Vec<bool>)> = filter.stakeholder.as_deref().map(|id| {
            let mut wanted = vec![false; project.stakeholders.len()];
            let k = position(id);
            if let Some(slot) = wanted.get_mut(k as usize) {
                *slot = true;
            }
            if filter.include_members
                && let Some(bloc) = project.stakeholder(id)
            {
                for member in &bloc.members {
                    if let Some(slot) = wanted.get_mut(position(member) as usize) {
                        *slot = true;
                    }
                }
            }
            if filter.include_blocs
                && let Some(a) = project.stakeholders.iter().position(|s| s.id == id)
            {
                for b in &project.bloc_ancestors()[a] {
                    wanted[*b] = true;
                }
            }
            (k, wanted)
        });
        let session = filter.session.as_deref().map(|id| {
            project
                .sessions
                .iter()
                .position(|s| s.id == id)
                .map_or(NONE - 1, small)
        });
        // Each row's key is computed once (a sort compares each row ~log n times).
        let mut by_name: Vec<(String, usize)> = project
            .stakeholders
            .iter()
            .enumerate()
            .map(|(k, s)| (fold(&s.name), k))
            .collect();
        by_name.sort();
        let mut name_rank = vec![0_i64; project.stakeholders.len()];
        for (r, (_, k)) in by_name.iter().enumerate() {
            name_rank[*k] = i64::from(small(r));
        }
        Selector {
            filter: filter.clone(),
            sort,
            words,
            tag: filter.tag.as_deref().map(fold),
            who,
            session,
            name_rank,
        }
    }

    /// Whether statement `i` passes the filter.
    fn passes(&self, project: &Project, index: &SearchIndex, i: usize) -> bool {
        let filter = &self.filter;
        if self.session.is_some_and(|k| index.session[i] != k) {
            return false;
        }
        if let Some((k, wanted)) = &self.who
            && index.delivered_by[i] != *k
            && !wanted
                .get(index.stakeholder[i] as usize)
                .copied()
                .unwrap_or(false)
        {
            return false;
        }
        let s = &project.statements[i];
        match (&filter.principle, filter.stance) {
            (Some(p), Some(stance)) if s.stances.get(p) != Some(&stance) => return false,
            (Some(p), None) if !s.stances.contains_key(p) => return false,
            (None, Some(stance)) if !s.stances.values().any(|&v| v == stance) => return false,
            _ => {}
        }
        if filter.confidence.is_some_and(|c| s.confidence != c) {
            return false;
        }
        if filter
            .source_kind
            .is_some_and(|k| s.source.as_ref().is_none_or(|src| src.kind != k))
        {
            return false;
        }
        if let Some(tag) = &self.tag
            && !s.tags.iter().any(|t| fold(t) == *tag)
        {
            return false;
        }
        if let Some(by) = &filter.recorded_by
            && s.recorded_by.as_deref().unwrap_or("") != by
        {
            return false;
        }
        if !self.words.is_empty() {
            let haystack = index
                .folded
                .as_ref()
                .map_or("", |folded| folded[i].as_str());
            if !self.words.iter().all(|w| folded_contains(haystack, w)) {
                return false;
            }
        }
        true
    }

    /// Statement `i`'s key in the sort order (ties go by index).
    fn key(&self, project: &Project, index: &SearchIndex, i: usize) -> RowKey {
        let rank = i64::from(index.session_rank[i]);
        let day = i64::from(index.day[i]);
        match self.sort.key {
            SortKey::Session => (rank, day, 0),
            SortKey::Date => (day, 0, 0),
            SortKey::Stakeholder => (
                self.name_rank
                    .get(index.stakeholder[i] as usize)
                    .copied()
                    .unwrap_or(i64::MAX),
                rank,
                day,
            ),
            SortKey::Stance => (
                // Thousandths of the score: exact for single stances, close enough to
                // order means. No stance sorts first.
                stance_key(&project.statements[i], self.filter.principle.as_deref())
                    .map_or(i64::MIN, thousandths),
                rank,
                day,
            ),
            SortKey::Recorded => (project.statements[i].recorded_at.timestamp_micros(), 0, 0),
        }
    }

    /// Where a row keyed `key` for statement `i` goes among `keyed` rows kept in order.
    fn place(&self, rows: &[usize], keys: &[RowKey], key: RowKey, i: usize) -> usize {
        let before = |k: usize| {
            let here = (keys[k], rows[k]);
            if self.sort.descending {
                here > (key, i)
            } else {
                here < (key, i)
            }
        };
        // `partition_point` over positions, as rows and keys are two slices.
        let (mut lo, mut hi) = (0, rows.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if before(mid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// The rows a filter and a sort order select from a project, with their sort keys, so that
/// one statement's change can be followed in place ([`Selection::follow`]) instead of
/// selecting and sorting every statement again.
#[derive(Clone, Debug)]
pub struct Selection {
    selector: Selector,
    rows: Vec<usize>,
    keys: Vec<RowKey>,
}

impl Selection {
    /// The statements of `project` that `filter` lets through, in `sort` order. `index` as for
    /// [`select`].
    pub fn new(
        project: &Project,
        filter: &LogFilter,
        sort: LogSort,
        index: Option<&SearchIndex>,
    ) -> Self {
        let selector = Selector::new(project, filter, sort);
        let built;
        let fresh = index
            .filter(|i| i.covers(project) && (selector.words.is_empty() || i.folded.is_some()));
        let index = if let Some(index) = fresh {
            index
        } else {
            built = if selector.words.is_empty() {
                SearchIndex::columns(project)
            } else {
                SearchIndex::build(project)
            };
            &built
        };
        let mut keyed: Vec<(RowKey, usize)> = (0..project.statements.len())
            .filter(|&i| selector.passes(project, index, i))
            .map(|i| (selector.key(project, index, i), i))
            .collect();
        keyed.sort_unstable();
        if sort.descending {
            keyed.reverse();
        }
        let (keys, rows) = keyed.into_iter().unzip();
        Selection {
            selector,
            rows,
            keys,
        }
    }

    /// The selected statements' indices, in order.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// Follows one statement's change: `project` and `index` are as they are after it (the
    /// index followed it first, [`SearchIndex::follow`]), and this selection was made before
    /// it. Costs the statement's filter and key, a binary search, and one pass over the rows
    /// to find it or renumber the later ones.
    pub fn follow(&mut self, project: &Project, index: &SearchIndex, change: RowChange) {
        let (at, shift): (usize, isize) = match change {
            RowChange::Added(i) => (i, 1),
            RowChange::Changed(i) => (i, 0),
            RowChange::Removed(i) => (i, -1),
        };
        if shift <= 0
            && let Some(k) = self.rows.iter().position(|&r| r == at)
        {
            self.rows.remove(k);
            self.keys.remove(k);
        }
        if shift != 0 {
            for r in &mut self.rows {
                if *r > at || (shift > 0 && *r == at) {
                    *r = r.saturating_add_signed(shift);
                }
            }
        }
        if shift >= 0
            && at < project.statements.len()
            && index.covers(project)
            && self.selector.passes(project, index, at)
        {
            let key = self.selector.key(project, index, at);
            let k = self.selector.place(&self.rows, &self.keys, key, at);
            self.rows.insert(k, at);
            self.keys.insert(k, key);
        }
    }
}

/// A stance score (a mean in -2..=2) in thousandths, to sort on integers.
#[expect(
    clippy::cast_possible_truncation,
    reason = "scores lie in -2..=2: thousandths fit easily"
)]
fn thousandths(score: f64) -> i64 {
    (score * 1000.0).round() as i64
}
