//! Reports of one session: the alignment report (HTML, Markdown) and the data behind it (CSV,
//! and JSON with the schema of docs/METHODOLOGY.md).
//!
//! Reports carry figures, ids and names, never the text of statements, so confidential
//! statements count in the figures without their words leaving the file.

mod alignment;
mod csv;
mod json;

pub use alignment::{
    Report, ReportFormat, ReportOptions, html, html_escape, markdown, md_escape, render, safe_url,
};
pub use csv::{CSV_HEADER, csv, csv_cell};
pub use json::{JsonReport, json, json_report};
