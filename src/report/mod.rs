//! Reports of one session: the alignment report (HTML, Markdown) and the data behind it (CSV,
//! and JSON with the schema of docs/METHODOLOGY.md).
//!
//! The CSV and JSON carry figures, ids and names; the HTML and Markdown also quote the
//! summaries, articles and sources of statements that are not confidential. The text of a
//! confidential statement never appears in any of them.

mod alignment;
mod csv;
mod json;

pub use alignment::{
    Report, ReportFormat, ReportOptions, html, html_escape, markdown, md_escape, render, safe_url,
};
pub use csv::{CSV_HEADER, csv, csv_cell};
pub use json::{JsonReport, json, json_report};
