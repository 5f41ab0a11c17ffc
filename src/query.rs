//! The statement log's filters and sort orders, apart from any UI so that tests and the
//! benchmark use exactly what the log shows.
//!
//! Filters combine with AND; an empty filter lets everything through. Text matching is
//! accent- and case-insensitive (see [`crate::text::fold`]). `docs/USER_GUIDE.md` documents
//! each filter.

use std::cmp::Ordering;

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

/// The folded (lower-case, accent-free) searchable text of every statement, built once per
/// document revision so that typing in the search box does not fold 100,000 statements per
/// key.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    folded: Vec<String>,
}

impl SearchIndex {
    /// The index of `project`'s statements.
    pub fn build(project: &Project) -> Self {
        let names: Vec<String> = project
            .stakeholders
            .iter()
            .map(|s| fold(&format!("{} {}", s.id, s.name)))
            .collect();
        let name_of = |id: &str| {
            project
                .stakeholders
                .iter()
                .position(|s| s.id == id)
                .map(|k| names[k].as_str())
        };
        let folded = project
            .statements
            .iter()
            .map(|s| {
                let mut out = String::with_capacity(s.summary.len() + 64);
                out.push_str(name_of(&s.stakeholder).unwrap_or(&s.stakeholder));
                let mut add = |text: &str| {
                    out.push(' ');
                    fold_into(text, &mut out);
                };
                add(&s.summary);
                if let Some(by) = &s.delivered_by {
                    add(by);
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
        SearchIndex { folded }
    }

    /// Whether the index covers `project` as it is (same number of statements).
    pub fn covers(&self, project: &Project) -> bool {
        self.folded.len() == project.statements.len()
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

/// The indices of the statements `filter` lets through, in `sort` order. `index` must be
/// built from `project` when `filter.text` is not empty (without it, text is matched by
/// folding each statement, which is slower).
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
    let tag = filter.tag.as_deref().map(fold);
    let members: Vec<&str> = match (&filter.stakeholder, filter.include_members) {
        (Some(id), true) => project
            .stakeholder(id)
            .map(|s| s.members.iter().map(String::as_str).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let index = index.filter(|i| i.covers(project));
    let mut fallback = String::new();
    let mut rows: Vec<usize> = Vec::new();
    for (i, s) in project.statements.iter().enumerate() {
        if filter.session.as_ref().is_some_and(|id| &s.session != id) {
            continue;
        }
        if let Some(id) = &filter.stakeholder
            && s.stakeholder != *id
            && s.delivered_by.as_ref() != Some(id)
            && !members.contains(&s.stakeholder.as_str())
        {
            continue;
        }
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
        if !words.is_empty() {
            let haystack = if let Some(index) = index {
                index.folded[i].as_str()
            } else {
                fallback.clear();
                for text in [&s.stakeholder, &s.summary]
                    .into_iter()
                    .chain(s.quote.as_ref())
                    .chain(s.delivered_by.as_ref())
                    .chain(&s.articles)
                    .chain(&s.tags)
                {
                    fold_into(text, &mut fallback);
                    fallback.push(' ');
                }
                if let Some(st) = project.stakeholder(&s.stakeholder) {
                    fold_into(&st.name, &mut fallback);
                }
                fallback.as_str()
            };
            if !words.iter().all(|w| folded_contains(haystack, w)) {
                continue;
            }
        }
        rows.push(i);
    }
    sort_rows(project, &mut rows, filter, sort);
    rows
}

fn sort_rows(project: &Project, rows: &mut [usize], filter: &LogFilter, sort: LogSort) {
    let order = project.session_order();
    let mut rank = crate::fnv::FnvMap::default();
    for (r, &k) in order.iter().enumerate() {
        rank.insert(project.sessions[k].id.as_str(), r);
    }
    let session_rank = |s: &Statement| rank.get(s.session.as_str()).copied().unwrap_or(usize::MAX);
    let day = |s: &Statement| {
        s.date
            .or_else(|| project.session(&s.session).map(|x| x.start))
    };
    let names: crate::fnv::FnvMap<&str, String> = project
        .stakeholders
        .iter()
        .map(|s| (s.id.as_str(), fold(&s.name)))
        .collect();
    let statements = &project.statements;
    let by_session = |a: usize, b: usize| {
        let (x, y) = (&statements[a], &statements[b]);
        session_rank(x)
            .cmp(&session_rank(y))
            .then_with(|| day(x).cmp(&day(y)))
            .then(a.cmp(&b))
    };
    let cmp = |&a: &usize, &b: &usize| -> Ordering {
        let (x, y) = (&statements[a], &statements[b]);
        match sort.key {
            SortKey::Session => by_session(a, b),
            SortKey::Date => day(x).cmp(&day(y)).then(a.cmp(&b)),
            SortKey::Stakeholder => names
                .get(x.stakeholder.as_str())
                .cmp(&names.get(y.stakeholder.as_str()))
                .then_with(|| by_session(a, b)),
            SortKey::Stance => {
                let principle = filter.principle.as_deref();
                stance_key(x, principle)
                    .partial_cmp(&stance_key(y, principle))
                    .unwrap_or(Ordering::Equal)
                    .then_with(|| by_session(a, b))
            }
            SortKey::Recorded => x.recorded_at.cmp(&y.recorded_at).then(a.cmp(&b)),
        }
    };
    if sort.descending {
        rows.sort_by(|a, b| cmp(b, a));
    } else {
        rows.sort_by(cmp);
    }
}
