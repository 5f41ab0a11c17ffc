//! The alignment analysis of docs/METHODOLOGY.md.
//!
//! Pure functions over a [`Project`](crate::model::Project): no I/O, no GUI.
//! [`ProjectAnalysis::compute`] works out the effective positions and the figures of every
//! stakeholder and principle at every session; [`ProjectAnalysis::update_statement`] brings
//! them up to date after one statement edit by recomputing only the cells that statement
//! touches. Agreement, the coalition map and shifts are computed on demand for the sessions
//! asked for.
//!
//! Sessions are referred to by their index in `project.sessions` (file order); the analysis
//! knows their chronological order.

mod cache;
mod coalition;
mod engine;
mod figures;
mod queries;
mod ranking;
mod types;

pub use cache::AnalysisCache;
pub use coalition::{
    Agreement, CoalitionMap, agreement, classical_mds, top_eigenpairs_by_lanczos,
    top_eigenvalues_by_jacobi,
};
pub use engine::ProjectAnalysis;
pub use figures::{PrincipleFigures, StakeholderFigures, Verdict, stakeholder_figures};
pub use ranking::principles_by_gap;
pub use types::{
    AnalysisOptions, BlocAggregate, EffectivePosition, MAX_CELLS, NewPosition, Shift, Shifts,
    StatementEdit,
};
