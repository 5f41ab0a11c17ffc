//! The domain model: a project with its principles, sessions, stakeholders and statements.
//!
//! Plain data with serde derives; nothing here knows about files, figures or the GUI.

mod date;
mod edit;
mod enums;
mod ops;
mod problem;
mod project;
mod stances;
mod validate;

pub use date::{DateProblem, parse_date};
pub use edit::{Collection, Edit, Item, noun};
pub use enums::{
    Confidence, SessionKind, SourceKind, StakeholderKind, Stance, StanceCounts, UnRegion,
};
pub use ops::{
    IdProblem, PRINCIPLE_ID_FORBIDDEN, StakeholderDeletion, check_id, check_id_shape,
    delete_principle, delete_session, delete_stakeholder, rename_principle, rename_session,
    rename_stakeholder,
};
pub use problem::{Entity, Problem, ProblemKind};
pub use project::{
    Conflict, FORMAT_VERSION, Framework, Method, Principle, Project, Session, Source, Stakeholder,
    Statement, Treaty,
};
pub use stances::Stances;
pub use validate::{validate, validate_on};
