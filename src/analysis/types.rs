//! The values the analysis hands out and takes: options, effective positions, shifts, bloc
//! aggregates and statement edits.

use crate::model::{Method, Stance, Statement};

/// Largest number of (session, stakeholder, principle) cells analysed: 20 million, about
/// 640 MB of positions (300 stakeholders × 30 principles × 20 sessions is 180,000). A project
/// beyond it is refused by [`ProjectAnalysis::check_size`] rather than exhausting memory.
pub const MAX_CELLS: usize = 20_000_000;

/// Settings that change the figures: the project's [`Method`], with whatever a view or the
/// command line overrides for one analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AnalysisOptions {
    /// Positions from earlier sessions count until replaced (METHODOLOGY.md; default on).
    pub carry_forward: bool,
    /// A bloc's statements count for its members, nested blocs too (default on).
    pub bloc_positions: bool,
    /// Below this many positions a principle's verdict is `TooFew` (default 3).
    pub min_positions: u32,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions::from(Method::default())
    }
}

impl From<Method> for AnalysisOptions {
    fn from(method: Method) -> Self {
        AnalysisOptions {
            carry_forward: method.carry_forward,
            bloc_positions: method.bloc_positions,
            min_positions: method.min_positions,
        }
    }
}

impl AnalysisOptions {
    /// The project's method with carry-forward and bloc positions overridden where given
    /// (a view's switches, the command line's flags).
    pub fn of(method: Method, carry_forward: Option<bool>, bloc_positions: Option<bool>) -> Self {
        AnalysisOptions {
            carry_forward: carry_forward.unwrap_or(method.carry_forward),
            bloc_positions: bloc_positions.unwrap_or(method.bloc_positions),
            min_positions: method.min_positions,
        }
    }

    /// `min_positions` as a count.
    pub fn min_count(self) -> usize {
        usize::try_from(self.min_positions).unwrap_or(usize::MAX)
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
    /// True when it comes from the statement of a bloc the stakeholder belongs to (directly or
    /// through nested blocs): the bloc is that statement's stakeholder.
    pub inherited: bool,
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
