//! The alignment analysis of ../shared/design/METHODOLOGY.md (user version: docs/METHODOLOGY.md).
//!
//! Pure functions over a [`Project`]: no I/O, no GUI. [`ProjectAnalysis::compute`] works out
//! the effective positions and the figures of every stakeholder and principle at every session;
//! [`ProjectAnalysis::update_statement`] brings them up to date after one statement edit by
//! recomputing only the cells that statement touches. Agreement, the coalition map and shifts
//! are computed on demand for the sessions asked for.
//!
//! Sessions are referred to by their index in `project.sessions` (file order); the analysis
//! knows their chronological order.

mod coalition;
mod figures;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use chrono::{DateTime, NaiveDate, Utc};

pub use coalition::{Agreement, CoalitionMap, agreement, classical_mds};
pub use figures::{PrincipleFigures, StakeholderFigures, Verdict, stakeholder_figures};

use crate::model::{Project, StakeholderKind, Stance, Statement};

type IdMap = HashMap<String, usize, BuildHasherDefault<crate::fnv::Fnv>>;

/// Largest number of (session, stakeholder, principle) cells analysed: 20 million, about
/// 640 MB of positions (300 stakeholders × 30 principles × 20 sessions is 180,000). A project
/// beyond it is refused by [`ProjectAnalysis::check_size`] rather than exhausting memory.
pub const MAX_CELLS: usize = 20_000_000;

/// Settings that change the figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnalysisOptions {
    /// Positions from earlier sessions count until replaced (METHODOLOGY.md; default on).
    pub carry_forward: bool,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            carry_forward: true,
        }
    }
}

/// The position a stakeholder holds on a principle at a session, and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EffectivePosition {
    /// The stance.
    pub stance: Stance,
    /// Index of the session of the statement it comes from.
    pub from_session: usize,
    /// Index in `project.statements` of that statement.
    pub statement: usize,
    /// True when it comes from an earlier session than the one analysed.
    pub carried: bool,
}

/// One stance of one statement, as the analysis orders them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Event {
    rank: usize,
    date: NaiveDate,
    recorded_at: DateTime<Utc>,
    statement: usize,
    stance: Stance,
}

impl Event {
    fn key(&self) -> (usize, NaiveDate, DateTime<Utc>, usize) {
        (self.rank, self.date, self.recorded_at, self.statement)
    }
}

/// A stakeholder whose position on a principle changed between two sessions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shift {
    /// Index of the stakeholder.
    pub stakeholder: usize,
    /// Index of the principle.
    pub principle: usize,
    /// Position at the earlier session.
    pub from: EffectivePosition,
    /// Position at the later session.
    pub to: EffectivePosition,
    /// `s_k - s_j`, never 0.
    pub delta: i8,
}

/// A position defined at the later session of a comparison but not at the earlier one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NewPosition {
    /// Index of the stakeholder.
    pub stakeholder: usize,
    /// Index of the principle.
    pub principle: usize,
    /// The position.
    pub position: EffectivePosition,
}

/// What changed between two sessions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shifts {
    /// Changed positions: largest |delta| first, then stakeholder name, then principle order.
    pub moved: Vec<Shift>,
    /// New positions: by stakeholder name, then principle order.
    pub new: Vec<NewPosition>,
}

/// A bloc's own alignment beside the mean of its members'.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BlocAggregate {
    /// The bloc's own alignment, from its own statements.
    pub own: Option<f64>,
    /// Mean of the members' alignments, over members with a defined value.
    pub members_mean: Option<f64>,
    /// Members with a defined alignment.
    pub members_counted: usize,
    /// Members listed (those that exist in the project).
    pub members: usize,
}

/// A statement edit, for [`ProjectAnalysis::update_statement`]. Indices are positions in
/// `project.statements` after the edit (for `Removed`, where it was).
#[derive(Clone, Copy, Debug)]
pub enum StatementEdit<'a> {
    /// A statement was inserted at this index.
    Added(usize),
    /// The statement at this index was changed; `old` is how it was.
    Changed(usize, &'a Statement),
    /// The statement that was at this index was removed; `old` is how it was.
    Removed(usize, &'a Statement),
}

/// The effective positions and figures of a project at every session.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectAnalysis {
    options: AnalysisOptions,
    num_stakeholders: usize,
    num_principles: usize,
    /// Statements in the project analysed.
    num_statements: usize,
    /// Session indices in chronological order.
    order: Vec<usize>,
    /// Chronological rank of each session index.
    rank: Vec<usize>,
    stakeholder_index: IdMap,
    principle_index: IdMap,
    session_index: IdMap,
    /// Start date of each session (for statements without a date).
    session_start: Vec<NaiveDate>,
    in_scope: Vec<bool>,
    scope_size: usize,
    weights: Vec<f64>,
    total_weight: f64,
    /// Stance events per cell (stakeholder × principle), sorted by [`Event::key`].
    events: Vec<Vec<Event>>,
    /// Effective positions, `[rank][stakeholder][principle]`.
    positions: Vec<Option<EffectivePosition>>,
    /// `[rank][stakeholder]`.
    stakeholder_figures: Vec<StakeholderFigures>,
    /// `[rank][principle]`.
    principle_figures: Vec<PrincipleFigures>,
}

impl ProjectAnalysis {
    /// Whether the project is small enough to analyse (see [`MAX_CELLS`]).
    ///
    /// # Errors
    /// A message naming the sizes when sessions × stakeholders × principles exceeds the limit.
    pub fn check_size(project: &Project) -> Result<(), String> {
        let (k, a, p) = (
            project.sessions.len(),
            project.stakeholders.len(),
            project.principles.len(),
        );
        match k.checked_mul(a).and_then(|x| x.checked_mul(p)) {
            Some(cells) if cells <= MAX_CELLS => Ok(()),
            _ => Err(format!(
                "{k} sessions × {a} stakeholders × {p} principles is more than the {MAX_CELLS} \
                 positions the analysis holds in memory"
            )),
        }
    }

    /// Analyses every session of the project. Statements, stances and bloc members that name
    /// something missing from the project (an invalid file being edited) are ignored. A project
    /// that fails [`ProjectAnalysis::check_size`] gets an analysis with no session in it.
    pub fn compute(project: &Project, options: AnalysisOptions) -> Self {
        let num_stakeholders = project.stakeholders.len();
        let num_principles = project.principles.len();
        let mut order = project.session_order();
        if Self::check_size(project).is_err() {
            order.clear();
        }
        let mut rank = vec![
            0;
            if order.is_empty() {
                0
            } else {
                project.sessions.len()
            }
        ];
        for (r, &s) in order.iter().enumerate() {
            rank[s] = r;
        }
        let index_of = |ids: Vec<&String>| -> IdMap {
            let mut map = IdMap::with_capacity_and_hasher(ids.len(), BuildHasherDefault::default());
            for (i, id) in ids.into_iter().enumerate() {
                map.entry(id.clone()).or_insert(i);
            }
            map
        };
        let in_scope: Vec<bool> = project
            .stakeholders
            .iter()
            .map(|s| s.kind != StakeholderKind::Bloc)
            .collect();
        let weights: Vec<f64> = project
            .principles
            .iter()
            .map(|p| {
                if p.weight.is_finite() && p.weight > 0.0 {
                    p.weight
                } else {
                    0.0
                }
            })
            .collect();
        let events = if order.is_empty() {
            Vec::new()
        } else {
            vec![Vec::new(); num_stakeholders * num_principles]
        };
        let mut analysis = ProjectAnalysis {
            options,
            num_stakeholders,
            num_principles,
            num_statements: project.statements.len(),
            stakeholder_index: index_of(project.stakeholders.iter().map(|s| &s.id).collect()),
            principle_index: index_of(project.principles.iter().map(|p| &p.id).collect()),
            session_index: index_of(project.sessions.iter().map(|s| &s.id).collect()),
            session_start: project.sessions.iter().map(|s| s.start).collect(),
            scope_size: in_scope.iter().filter(|&&x| x).count(),
            in_scope,
            total_weight: weights.iter().sum(),
            weights,
            order,
            rank,
            events,
            positions: Vec::new(),
            stakeholder_figures: Vec::new(),
            principle_figures: Vec::new(),
        };
        for (i, statement) in project.statements.iter().enumerate() {
            analysis.push_events(i, statement);
        }
        for cell in &mut analysis.events {
            cell.sort_unstable_by_key(Event::key);
        }
        let num_sessions = analysis.order.len();
        analysis.positions = vec![None; num_sessions * num_stakeholders * num_principles];
        analysis.stakeholder_figures =
            vec![StakeholderFigures::default(); num_sessions * num_stakeholders];
        analysis.principle_figures =
            vec![PrincipleFigures::from_counts(0, [0; 5]); num_sessions * num_principles];
        for cell in 0..analysis.events.len() {
            analysis.fill_cell(cell);
        }
        for a in 0..num_stakeholders {
            analysis.fill_stakeholder(a);
        }
        for p in 0..num_principles {
            analysis.fill_principle(p);
        }
        analysis
    }

    /// Brings the analysis up to date after one statement was added, changed or removed,
    /// recomputing only the cells, stakeholders and principles it touches. Edits to
    /// principles, sessions or stakeholders need [`ProjectAnalysis::compute`].
    pub fn update_statement(&mut self, project: &Project, edit: StatementEdit<'_>) {
        let mut cells: Vec<usize> = Vec::new();
        match edit {
            StatementEdit::Added(index) => {
                self.shift_statement_indices(index, 1);
                cells.extend(self.cells_of(&project.statements[index]));
                self.insert_events(index, &project.statements[index]);
            }
            StatementEdit::Changed(index, old) => {
                let old_cells = self.cells_of(old);
                self.remove_events(index, &old_cells);
                cells.extend(old_cells);
                cells.extend(self.cells_of(&project.statements[index]));
                self.insert_events(index, &project.statements[index]);
            }
            StatementEdit::Removed(index, old) => {
                let old_cells = self.cells_of(old);
                self.remove_events(index, &old_cells);
                cells.extend(old_cells);
                self.shift_statement_indices(index + 1, -1);
            }
        }
        cells.sort_unstable();
        cells.dedup();
        let mut stakeholders: Vec<usize> = cells.iter().map(|c| c / self.num_principles).collect();
        let mut principles: Vec<usize> = cells.iter().map(|c| c % self.num_principles).collect();
        stakeholders.sort_unstable();
        stakeholders.dedup();
        principles.sort_unstable();
        principles.dedup();
        for &cell in &cells {
            self.fill_cell(cell);
        }
        for a in stakeholders {
            self.fill_stakeholder(a);
        }
        for p in principles {
            self.fill_principle(p);
        }
    }

    fn cells_of(&self, statement: &Statement) -> Vec<usize> {
        if self.events.is_empty() {
            return Vec::new();
        }
        let Some(&a) = self.stakeholder_index.get(&statement.stakeholder) else {
            return Vec::new();
        };
        if !self.session_index.contains_key(&statement.session) {
            return Vec::new();
        }
        statement
            .stances
            .keys()
            .filter_map(|id| self.principle_index.get(id))
            .map(|&p| a * self.num_principles + p)
            .collect()
    }

    fn event_parts(&self, statement: &Statement) -> Option<(usize, usize, NaiveDate)> {
        let a = *self.stakeholder_index.get(&statement.stakeholder)?;
        let s = *self.session_index.get(&statement.session)?;
        Some((
            a,
            *self.rank.get(s)?,
            statement.date.unwrap_or(self.session_start[s]),
        ))
    }

    fn push_events(&mut self, index: usize, statement: &Statement) {
        let Some((a, rank, date)) = self.event_parts(statement) else {
            return;
        };
        for (id, &stance) in &statement.stances {
            if let Some(&p) = self.principle_index.get(id) {
                self.events[a * self.num_principles + p].push(Event {
                    rank,
                    date,
                    recorded_at: statement.recorded_at,
                    statement: index,
                    stance,
                });
            }
        }
    }

    fn insert_events(&mut self, index: usize, statement: &Statement) {
        let Some((a, rank, date)) = self.event_parts(statement) else {
            return;
        };
        for (id, &stance) in &statement.stances {
            if let Some(&p) = self.principle_index.get(id) {
                let event = Event {
                    rank,
                    date,
                    recorded_at: statement.recorded_at,
                    statement: index,
                    stance,
                };
                let cell = &mut self.events[a * self.num_principles + p];
                let at = cell.partition_point(|e| e.key() < event.key());
                cell.insert(at, event);
            }
        }
    }

    fn remove_events(&mut self, index: usize, cells: &[usize]) {
        for &cell in cells {
            self.events[cell].retain(|e| e.statement != index);
        }
    }

    /// Renumbers statement indices at or above `from` by `by` (an insertion or a removal).
    fn shift_statement_indices(&mut self, from: usize, by: isize) {
        let before = self.num_statements;
        self.num_statements = before.saturating_add_signed(by);
        // Appending or removing the last statement (live logging, undo) renumbers nothing.
        if from >= before {
            return;
        }
        let moved = |i: &mut usize| {
            if *i >= from {
                *i = i.saturating_add_signed(by);
            }
        };
        for cell in &mut self.events {
            for event in cell.iter_mut() {
                moved(&mut event.statement);
            }
        }
        for position in self.positions.iter_mut().flatten() {
            moved(&mut position.statement);
        }
    }

    fn num_sessions(&self) -> usize {
        self.order.len()
    }

    /// Recomputes the effective positions of one cell at every session.
    fn fill_cell(&mut self, cell: usize) {
        let (a, p) = (cell / self.num_principles, cell % self.num_principles);
        let events = &self.events[cell];
        let mut next = 0;
        let mut latest: Option<&Event> = None;
        for r in 0..self.order.len() {
            let mut in_this_session: Option<&Event> = None;
            while next < events.len() && events[next].rank <= r {
                latest = Some(&events[next]);
                if events[next].rank == r {
                    in_this_session = Some(&events[next]);
                }
                next += 1;
            }
            let chosen = if self.options.carry_forward {
                latest
            } else {
                in_this_session
            };
            let slot = (r * self.num_stakeholders + a) * self.num_principles + p;
            self.positions[slot] = chosen.map(|e| EffectivePosition {
                stance: e.stance,
                from_session: self.order[e.rank],
                statement: e.statement,
                carried: e.rank != r,
            });
        }
    }

    fn fill_stakeholder(&mut self, a: usize) {
        for r in 0..self.num_sessions() {
            let base = (r * self.num_stakeholders + a) * self.num_principles;
            let row = &self.positions[base..base + self.num_principles];
            let figures = stakeholder_figures(
                row.iter()
                    .zip(&self.weights)
                    .filter_map(|(pos, &w)| pos.map(|pos| (w, pos.stance.score()))),
                self.total_weight,
            );
            self.stakeholder_figures[r * self.num_stakeholders + a] = figures;
        }
    }

    fn fill_principle(&mut self, p: usize) {
        for r in 0..self.num_sessions() {
            let mut counts = [0usize; 5];
            for a in (0..self.num_stakeholders).filter(|&a| self.in_scope[a]) {
                let slot = (r * self.num_stakeholders + a) * self.num_principles + p;
                if let Some(pos) = self.positions[slot] {
                    counts[figures::count_slot(pos.stance)] += 1;
                }
            }
            self.principle_figures[r * self.num_principles + p] =
                PrincipleFigures::from_counts(self.scope_size, counts);
        }
    }

    /// The options the analysis was computed with.
    pub fn options(&self) -> AnalysisOptions {
        self.options
    }

    /// Session indices in chronological order.
    pub fn session_order(&self) -> &[usize] {
        &self.order
    }

    /// The latest session in chronological order, the default for reports.
    pub fn latest_session(&self) -> Option<usize> {
        self.order.last().copied()
    }

    /// The session just before this one in chronological order.
    pub fn previous_session(&self, session: usize) -> Option<usize> {
        let r = *self.rank.get(session)?;
        r.checked_sub(1).map(|r| self.order[r])
    }

    /// Whether a stakeholder is in the default scope (every stakeholder that is not a bloc).
    pub fn in_scope(&self, stakeholder: usize) -> bool {
        self.in_scope.get(stakeholder).copied().unwrap_or(false)
    }

    /// `pos(a, p, k)`, `None` for no recorded position (or indices out of range).
    pub fn position(
        &self,
        session: usize,
        stakeholder: usize,
        principle: usize,
    ) -> Option<EffectivePosition> {
        if stakeholder >= self.num_stakeholders || principle >= self.num_principles {
            return None;
        }
        let r = *self.rank.get(session)?;
        self.positions[(r * self.num_stakeholders + stakeholder) * self.num_principles + principle]
    }

    /// Effective positions of one stakeholder at one session, one per principle.
    pub fn row(&self, session: usize, stakeholder: usize) -> &[Option<EffectivePosition>] {
        match self.rank.get(session) {
            Some(&r) if stakeholder < self.num_stakeholders => {
                let base = (r * self.num_stakeholders + stakeholder) * self.num_principles;
                &self.positions[base..base + self.num_principles]
            }
            _ => &[],
        }
    }

    /// Alignment and coverage of one stakeholder at one session.
    pub fn stakeholder(&self, session: usize, stakeholder: usize) -> StakeholderFigures {
        match self.rank.get(session) {
            Some(&r) if stakeholder < self.num_stakeholders => {
                self.stakeholder_figures[r * self.num_stakeholders + stakeholder]
            }
            _ => StakeholderFigures::default(),
        }
    }

    /// The figures of one principle at one session.
    pub fn principle(&self, session: usize, principle: usize) -> PrincipleFigures {
        match self.rank.get(session) {
            Some(&r) if principle < self.num_principles => {
                self.principle_figures[r * self.num_principles + principle]
            }
            _ => PrincipleFigures::from_counts(self.scope_size, [0; 5]),
        }
    }

    /// A bloc's own alignment beside the mean of its members' at one session.
    pub fn bloc_aggregate(
        &self,
        project: &Project,
        session: usize,
        bloc: usize,
    ) -> Option<BlocAggregate> {
        let stakeholder = project.stakeholders.get(bloc)?;
        if stakeholder.kind != StakeholderKind::Bloc {
            return None;
        }
        let mut sum = 0.0;
        let mut counted = 0;
        let mut members = 0;
        for id in &stakeholder.members {
            if let Some(&m) = self.stakeholder_index.get(id) {
                members += 1;
                if let Some(value) = self.stakeholder(session, m).alignment {
                    sum += value;
                    counted += 1;
                }
            }
        }
        Some(BlocAggregate {
            own: self.stakeholder(session, bloc).alignment,
            members_mean: (counted > 0).then(|| sum / f64::from(counted)),
            members_counted: usize::try_from(counted).unwrap_or(usize::MAX),
            members,
        })
    }

    /// Trend of a stakeholder: its figures at every session, in chronological order.
    pub fn stakeholder_trend(&self, stakeholder: usize) -> Vec<(usize, StakeholderFigures)> {
        self.order
            .iter()
            .map(|&k| (k, self.stakeholder(k, stakeholder)))
            .collect()
    }

    /// Trend of a principle: its figures at every session, in chronological order.
    pub fn principle_trend(&self, principle: usize) -> Vec<(usize, PrincipleFigures)> {
        self.order
            .iter()
            .map(|&k| (k, self.principle(k, principle)))
            .collect()
    }

    /// Agreement of two stakeholders at one session.
    pub fn agreement(&self, session: usize, a: usize, b: usize) -> Agreement {
        let scores = |row: &[Option<EffectivePosition>]| -> Vec<Option<i8>> {
            row.iter().map(|p| p.map(|p| p.stance.score())).collect()
        };
        agreement(&scores(self.row(session, a)), &scores(self.row(session, b)))
    }

    /// The coalition map of one session: the stakeholders in scope with at least one position,
    /// placed by classical MDS of `1 - agreement`; pairs with nothing in common take the mean
    /// distance of the pairs that have.
    pub fn coalition_map(&self, session: usize) -> CoalitionMap {
        let placed: Vec<usize> = (0..self.num_stakeholders)
            .filter(|&a| self.in_scope[a] && self.stakeholder(session, a).positions > 0)
            .collect();
        let rows: Vec<Vec<Option<i8>>> = placed
            .iter()
            .map(|&a| {
                self.row(session, a)
                    .iter()
                    .map(|p| p.map(|p| p.stance.score()))
                    .collect()
            })
            .collect();
        let n = placed.len();
        let mut distances = vec![f64::NAN; n * n];
        let mut sum = 0.0;
        let mut defined = 0usize;
        for i in 0..n {
            distances[i * n + i] = 0.0;
            for j in i + 1..n {
                if let Some(value) = agreement(&rows[i], &rows[j]).value {
                    distances[i * n + j] = 1.0 - value;
                    distances[j * n + i] = 1.0 - value;
                    sum += 1.0 - value;
                    defined += 1;
                }
            }
        }
        let mean = if defined > 0 {
            sum / defined as f64
        } else {
            0.0
        };
        for d in &mut distances {
            if d.is_nan() {
                *d = mean;
            }
        }
        let (points, explained) = classical_mds(&distances, n);
        CoalitionMap {
            stakeholders: placed,
            points,
            explained,
        }
    }

    /// `shifts(j → k)` with the carry-forward setting of the analysis, over every stakeholder
    /// (blocs included: they are rows of their own).
    pub fn shifts(&self, project: &Project, from: usize, to: usize) -> Shifts {
        let mut result = Shifts::default();
        if from >= self.rank.len() || to >= self.rank.len() {
            return result;
        }
        for a in 0..self.num_stakeholders {
            for p in 0..self.num_principles {
                match (self.position(from, a, p), self.position(to, a, p)) {
                    (Some(before), Some(after)) => {
                        let delta = after.stance.score() - before.stance.score();
                        if delta != 0 {
                            result.moved.push(Shift {
                                stakeholder: a,
                                principle: p,
                                from: before,
                                to: after,
                                delta,
                            });
                        }
                    }
                    (None, Some(after)) => result.new.push(NewPosition {
                        stakeholder: a,
                        principle: p,
                        position: after,
                    }),
                    _ => {}
                }
            }
        }
        let name = |a: usize| project.stakeholders.get(a).map_or("", |s| s.name.as_str());
        result.moved.sort_by(|x, y| {
            y.delta
                .unsigned_abs()
                .cmp(&x.delta.unsigned_abs())
                .then_with(|| name(x.stakeholder).cmp(name(y.stakeholder)))
                .then(x.stakeholder.cmp(&y.stakeholder))
                .then(x.principle.cmp(&y.principle))
        });
        result.new.sort_by(|x, y| {
            name(x.stakeholder)
                .cmp(name(y.stakeholder))
                .then(x.stakeholder.cmp(&y.stakeholder))
                .then(x.principle.cmp(&y.principle))
        });
        result
    }
}

/// The analysis of one document revision, recomputed only when the revision or the options
/// change. The app bumps the revision on every edit.
#[derive(Debug, Default)]
pub struct AnalysisCache {
    cached: Option<(u64, ProjectAnalysis)>,
}

impl AnalysisCache {
    /// The analysis of `project` at `revision`, computed now unless already cached.
    pub fn get(
        &mut self,
        project: &Project,
        revision: u64,
        options: AnalysisOptions,
    ) -> &ProjectAnalysis {
        let fresh =
            matches!(&self.cached, Some((r, a)) if *r == revision && a.options() == options);
        if !fresh {
            self.cached = None;
        }
        let (_, analysis) = self
            .cached
            .get_or_insert_with(|| (revision, ProjectAnalysis::compute(project, options)));
        analysis
    }

    /// Applies one statement edit to the cached analysis and moves it to `revision` when the
    /// cache holds `previous_revision` with these options; otherwise leaves it (the next
    /// [`AnalysisCache::get`] computes afresh). Returns whether it was updated.
    pub fn update_if_cached(
        &mut self,
        project: &Project,
        previous_revision: u64,
        revision: u64,
        edit: StatementEdit<'_>,
        options: AnalysisOptions,
    ) -> bool {
        match &mut self.cached {
            Some((r, analysis)) if *r == previous_revision && analysis.options() == options => {
                analysis.update_statement(project, edit);
                *r = revision;
                true
            }
            _ => false,
        }
    }

    /// Applies one statement edit to the cached analysis and moves it to `revision`; computes
    /// afresh when nothing usable is cached.
    pub fn update_statement(
        &mut self,
        project: &Project,
        previous_revision: u64,
        revision: u64,
        edit: StatementEdit<'_>,
        options: AnalysisOptions,
    ) {
        if !self.update_if_cached(project, previous_revision, revision, edit, options) {
            self.cached = Some((revision, ProjectAnalysis::compute(project, options)));
        }
    }
}
