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

impl SearchIndex {
    /// The columns and the folded text of `project`'s statements.
    pub fn build(project: &Project) -> Self {
        let mut index = SearchIndex::columns(project);
        index.prepare_text(project);
        index
    }

    /// The columns only; [`SearchIndex::prepare_text`] adds the text when a search needs it.
    pub fn columns(project: &Project) -> Self {
        use chrono::Datelike as _;
        let stakeholders: crate::fnv::FnvMap<&str, u32> = project
            .stakeholders
            .iter()
            .enumerate()
            .map(|(k, s)| (s.id.as_str(), small(k)))
            .collect();
        let order = project.session_order();
        let mut sessions: crate::fnv::FnvMap<&str, (u32, u32, i32)> = crate::fnv::FnvMap::default();
        for (rank, &k) in order.iter().enumerate() {
            let s = &project.sessions[k];
            sessions.insert(
                s.id.as_str(),
                (small(k), small(rank), s.start.num_days_from_ce()),
            );
        }
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
            index.stakeholder.push(
                stakeholders
                    .get(s.stakeholder.as_str())
                    .copied()
                    .unwrap_or(NONE),
            );
            index.delivered_by.push(
                s.delivered_by
                    .as_deref()
                    .and_then(|id| stakeholders.get(id).copied())
                    .unwrap_or(NONE),
            );
            let (k, rank, start) =
                sessions
                    .get(s.session.as_str())
                    .copied()
                    .unwrap_or((NONE, NONE, i32::MIN));
            index.session.push(k);
            index.session_rank.push(rank);
            index
                .day
                .push(s.date.map_or(start, |d| d.num_days_from_ce()));
        }
        index
    }

    /// Folds the searchable text of every statement, unless done already.
    pub fn prepare_text(&mut self, project: &Project) {
        if self.folded.is_some() {
            return;
        }
        let names: Vec<String> = project
            .stakeholders
            .iter()
            .map(|s| fold(&format!("{} {}", s.id, s.name)))
            .collect();
        let folded = project
            .statements
            .iter()
            .zip(&self.stakeholder)
            .map(|(s, &k)| {
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
            })
            .collect();
        self.folded = Some(folded);
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
    let words: Vec<String> = fold(&filter.text)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let built;
    let fresh = index.filter(|i| i.covers(project) && (words.is_empty() || i.folded.is_some()));
    let index = if let Some(index) = fresh {
        index
    } else {
        built = if words.is_empty() {
            SearchIndex::columns(project)
        } else {
            SearchIndex::build(project)
        };
        &built
    };
    let tag = filter.tag.as_deref().map(fold);
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
    let mut rows: Vec<usize> = Vec::new();
    for i in 0..project.statements.len() {
        if session.is_some_and(|k| index.session[i] != k) {
            continue;
        }
        if let Some((k, wanted)) = &who
            && index.delivered_by[i] != *k
            && !wanted
                .get(index.stakeholder[i] as usize)
                .copied()
                .unwrap_or(false)
        {
            continue;
        }
        let s = &project.statements[i];
        match (&filter.principle, filter.stance) {
            (Some(p), Some(stance)) if s.stances.get(p) != Some(&stance) => continue,
            (Some(p), None) if !s.stances.contains_key(p) => continue,
            (None, Some(stance)) if !s.stances.values().any(|&v| v == stance) => continue,
            _ => {}
        }
        if filter.confidence.is_some_and(|c| s.confidence != c) {
            continue;
        }
        if filter
            .source_kind
            .is_some_and(|k| s.source.as_ref().is_none_or(|src| src.kind != k))
        {
            continue;
        }
        if let Some(tag) = &tag
            && !s.tags.iter().any(|t| fold(t) == *tag)
        {
            continue;
        }
        if let Some(by) = &filter.recorded_by
            && s.recorded_by.as_deref().unwrap_or("") != by
        {
            continue;
        }
        if !words.is_empty() {
            let haystack = index
                .folded
                .as_ref()
                .map_or("", |folded| folded[i].as_str());
            if !words.iter().all(|w| folded_contains(haystack, w)) {
                continue;
            }
        }
        rows.push(i);
    }
    sort_rows(project, index, &mut rows, filter, sort);
    rows
}

/// A stance score (a mean in -2..=2) in thousandths, to sort on integers.
#[expect(
    clippy::cast_possible_truncation,
    reason = "scores lie in -2..=2: thousandths fit easily"
)]
fn thousandths(score: f64) -> i64 {
    (score * 1000.0).round() as i64
}

fn sort_rows(
    project: &Project,
    index: &SearchIndex,
    rows: &mut Vec<usize>,
    filter: &LogFilter,
    sort: LogSort,
) {
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
    let principle = filter.principle.as_deref();
    let mut keyed: Vec<((i64, i64, i64), usize)> = rows
        .iter()
        .map(|&i| {
            let rank = i64::from(index.session_rank[i]);
            let day = i64::from(index.day[i]);
            let key = match sort.key {
                SortKey::Session => (rank, day, 0),
                SortKey::Date => (day, 0, 0),
                SortKey::Stakeholder => (
                    name_rank
                        .get(index.stakeholder[i] as usize)
                        .copied()
                        .unwrap_or(i64::MAX),
                    rank,
                    day,
                ),
                SortKey::Stance => (
                    // Thousandths of the score: exact for single stances, close enough to
                    // order means. No stance sorts first.
                    stance_key(&project.statements[i], principle).map_or(i64::MIN, thousandths),
                    rank,
                    day,
                ),
                SortKey::Recorded => (project.statements[i].recorded_at.timestamp_micros(), 0, 0),
            };
            (key, i)
        })
        .collect();
    keyed.sort_unstable();
    if sort.descending {
        keyed.reverse();
    }
    rows.clear();
    rows.extend(keyed.into_iter().map(|(_, i)| i));
}
