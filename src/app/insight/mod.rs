//! The views that show the analysis: alignment matrix, trends, gaps, shifts, coalition map and
//! stakeholder profiles. Every figure comes from [`crate::analysis`], cached by document
//! revision: a frame looks figures up, it never recomputes them.

mod coalition;
mod common;
mod gaps;
mod matrix;
mod profile;
mod shifts;
mod state;
mod trends;
mod widgets;

pub use state::{InsightState, show};
