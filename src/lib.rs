//! Treaty Tracker: log what negotiating parties say, measure it against a framework of
//! principles, and report where everyone stands.
//!
//! The core (model, store, analysis, report) is plain Rust with no GUI dependency.

pub mod analysis;
pub mod app;
pub mod cli;
mod fnv;
pub mod format;
pub mod fuzzing;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod merge;
pub mod model;
pub mod palette;
pub mod query;
pub mod quick_entry;
pub mod report;
pub mod rgb;
pub mod roster;
pub mod store;
pub mod tables;
pub mod text;

/// The AHC sample project, embedded so that the app and tests can open it anywhere.
pub const SAMPLE_PROJECT: &str = include_str!("../sample_positions/ahc_cybercrime.ron");

/// The principles-only template for starting a new negotiation with the manifesto.
pub const MANIFESTO_TEMPLATE: &str = include_str!("../sample_positions/manifesto_template.ron");
