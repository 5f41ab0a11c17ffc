//! The domain model: a project with its principles, sessions, stakeholders and statements.
//!
//! Plain data with serde derives; nothing here knows about files, figures or the GUI.

mod enums;
mod project;
mod validate;

pub use enums::{
    Confidence, SessionKind, SourceKind, StakeholderKind, Stance, StanceCounts, UnRegion,
};
pub use project::{
    FORMAT_VERSION, Framework, Principle, Project, Session, Source, Stakeholder, Statement, Treaty,
};
pub use validate::{Entity, Problem, validate};
