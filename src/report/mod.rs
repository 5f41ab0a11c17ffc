//! Machine-readable reports of one session: JSON (schema in docs/METHODOLOGY.md) and CSV.
//!
//! Reports carry figures, ids and names, never the text of statements, so confidential
//! statements count in the figures without their words leaving the file.

mod csv;
mod json;

pub use csv::{CSV_HEADER, csv, csv_cell};
pub use json::{JsonReport, json, json_report};
