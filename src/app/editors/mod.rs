//! Editors for principles, sessions and stakeholders. Every change is an undoable edit.
//! Renaming an id carries the statements (and blocs) that use it along in the same undo step;
//! deleting something statements use asks first, saying how many are affected.
//!
//! [`state`] holds what the three share (their state, the confirmation, the rows of a form);
//! each editor has its own module.

mod principles;
mod sessions;
mod stakeholders;
mod state;

pub use principles::principles;
pub use sessions::sessions;
pub use stakeholders::stakeholders;
pub use state::EditorsState;
