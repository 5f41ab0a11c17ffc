//! [`ProjectAnalysis`]: how the effective positions and figures of every session are computed,
//! and brought up to date after one statement edit.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use chrono::{DateTime, NaiveDate, Utc};

use super::{
    AnalysisOptions, EffectivePosition, MAX_CELLS, PrincipleFigures, StakeholderFigures,
    StatementEdit, stakeholder_figures,
};
use crate::model::{Project, StakeholderKind, Stance, StanceCounts, Statement};

type IdMap = HashMap<String, usize, BuildHasherDefault<crate::fnv::Fnv>>;

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

/// The effective positions and figures of a project at every session.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectAnalysis {
    pub(super) options: AnalysisOptions,
    pub(super) num_stakeholders: usize,
    pub(super) num_principles: usize,
    /// Statements in the project analysed.
    pub(super) num_statements: usize,
    /// Session indices in chronological order.
    pub(super) order: Vec<usize>,
    /// Chronological rank of each session index.
    pub(super) rank: Vec<usize>,
    pub(super) stakeholder_index: IdMap,
    pub(super) principle_index: IdMap,
    pub(super) session_index: IdMap,
    /// Start date of each session (for statements without a date).
    pub(super) session_start: Vec<NaiveDate>,
    pub(super) in_scope: Vec<bool>,
    pub(super) scope_size: usize,
    pub(super) weights: Vec<f64>,
    pub(super) total_weight: f64,
    /// Stance events per cell (stakeholder × principle) of the stakeholder's own statements,
    /// sorted by [`Event::key`].
    events: Vec<Vec<Event>>,
    /// Per stakeholder, the blocs whose statements count for it (with bloc positions on):
    /// every bloc that has it among its members, directly or through nested blocs.
    pub(super) inherits_from: Vec<Vec<usize>>,
    /// Per stakeholder, who inherits from it (the inverse of `inherits_from`).
    heirs: Vec<Vec<usize>>,
    /// Effective positions, `[rank][stakeholder][principle]`.
    pub(super) positions: Vec<Option<EffectivePosition>>,
    /// `[rank][stakeholder]`.
    pub(super) stakeholder_figures: Vec<StakeholderFigures>,
    /// `[rank][principle]`.
    pub(super) principle_figures: Vec<PrincipleFigures>,
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
        let raw: Vec<f64> = project
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
        // Divided by the largest before anything is summed (METHODOLOGY, "Per stakeholder and
        // session"): any finite weights, 1e308 included, give finite figures, and the ratios
        // are unchanged (exactly, when the weights are powers of two apart, as 1 and 2 are).
        let largest = raw.iter().copied().fold(0.0, f64::max);
        let weights: Vec<f64> = if largest > 0.0 {
            raw.iter().map(|w| w / largest).collect()
        } else {
            raw
        };
        let inherits_from = if options.bloc_positions {
            project.bloc_ancestors()
        } else {
            vec![Vec::new(); num_stakeholders]
        };
        let mut heirs = vec![Vec::new(); num_stakeholders];
        for (a, blocs) in inherits_from.iter().enumerate() {
            for &b in blocs {
                heirs[b].push(a);
            }
        }
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
            inherits_from,
            heirs,
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
            vec![
                PrincipleFigures::from_counts(0, StanceCounts::default().0, 0);
                num_sessions * num_principles
            ];
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
        // A bloc's statement is a candidate for every stakeholder that inherits from it.
        let principles: Vec<usize> = statement
            .stances
            .keys()
            .filter_map(|id| self.principle_index.get(id).copied())
            .collect();
        std::iter::once(a)
            .chain(self.heirs[a].iter().copied())
            .flat_map(|who| {
                principles
                    .iter()
                    .map(move |&p| who * self.num_principles + p)
            })
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

    pub(super) fn num_sessions(&self) -> usize {
        self.order.len()
    }

    /// Recomputes the effective positions of one cell at every session: the latest of the
    /// stakeholder's own events and its blocs' (METHODOLOGY.md, "Effective position").
    fn fill_cell(&mut self, cell: usize) {
        let (a, p) = (cell / self.num_principles, cell % self.num_principles);
        // The candidate lists: the stakeholder's own first, then each bloc's. Each list is in
        // key order, so the latest candidate up to a session is the latest of each list's.
        let lists: Vec<(&[Event], bool)> = std::iter::once((&self.events[cell][..], true))
            .chain(
                self.inherits_from[a]
                    .iter()
                    .map(|&b| (&self.events[b * self.num_principles + p][..], false)),
            )
            .filter(|(events, _)| !events.is_empty())
            .collect();
        let mut next = vec![0usize; lists.len()];
        let mut latest: Vec<Option<&Event>> = vec![None; lists.len()];
        let mut here: Vec<Option<&Event>> = vec![None; lists.len()];
        for r in 0..self.order.len() {
            for (i, (events, _)) in lists.iter().enumerate() {
                here[i] = None;
                while next[i] < events.len() && events[next[i]].rank <= r {
                    latest[i] = Some(&events[next[i]]);
                    next[i] += 1;
                }
                if latest[i].is_some_and(|e| e.rank == r) {
                    here[i] = latest[i];
                }
            }
            let candidates = if self.options.carry_forward {
                &latest
            } else {
                &here
            };
            // Later session, then later day, then own before bloc, then later recorded_at,
            // then later in the file.
            let chosen = candidates
                .iter()
                .zip(&lists)
                .filter_map(|(e, (_, own))| e.map(|e| (e, *own)))
                .max_by_key(|(e, own)| (e.rank, e.date, *own, e.recorded_at, e.statement));
            let slot = (r * self.num_stakeholders + a) * self.num_principles + p;
            self.positions[slot] = chosen.map(|(e, own)| EffectivePosition {
                stance: e.stance,
                from_session: self.order[e.rank],
                statement: e.statement,
                carried: e.rank != r,
                inherited: !own,
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
            let mut counts = StanceCounts::default();
            for a in (0..self.num_stakeholders).filter(|&a| self.in_scope[a]) {
                let slot = (r * self.num_stakeholders + a) * self.num_principles + p;
                if let Some(pos) = self.positions[slot] {
                    counts.add(pos.stance);
                }
            }
            self.principle_figures[r * self.num_principles + p] =
                PrincipleFigures::from_counts(self.scope_size, counts.0, self.options.min_count());
        }
    }
}
