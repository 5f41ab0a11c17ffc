//! What [`ProjectAnalysis`] answers: positions, figures, trends, agreement, the coalition map
//! and shifts, for the sessions asked for.

use super::AnalysisOptions;
use super::{
    Agreement, BlocAggregate, CoalitionMap, EffectivePosition, NewPosition, PrincipleFigures,
    ProjectAnalysis, Shift, Shifts, StakeholderFigures, agreement, classical_mds,
};
use crate::model::{Project, StakeholderKind, StanceCounts};

impl ProjectAnalysis {
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
            _ => PrincipleFigures::from_counts(
                self.scope_size,
                StanceCounts::default().0,
                self.options.min_count(),
            ),
        }
    }

    /// The bloc an inherited position comes from (the stakeholder its statement is attributed
    /// to); `None` for a position of the stakeholder's own.
    pub fn via(&self, project: &Project, position: &EffectivePosition) -> Option<usize> {
        if !position.inherited {
            return None;
        }
        let statement = project.statements.get(position.statement)?;
        self.stakeholder_index.get(&statement.stakeholder).copied()
    }

    /// The blocs whose statements count for a stakeholder (empty with bloc positions off).
    pub fn inherits_from(&self, stakeholder: usize) -> &[usize] {
        self.inherits_from
            .get(stakeholder)
            .map_or(&[], Vec::as_slice)
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
        // Names compared without case or accents ("alpha" before "Zulu", "Équateur" among the
        // E's), folded once per stakeholder rather than at every comparison.
        let folded: Vec<String> = project
            .stakeholders
            .iter()
            .map(|s| crate::text::fold(&s.name))
            .collect();
        let name = |a: usize| folded.get(a).map_or("", String::as_str);
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
