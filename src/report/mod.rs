//! Reports of one session: the alignment report (HTML, Markdown) and the data behind it (CSV,
//! and JSON with the schema of docs/METHODOLOGY.md). One [`Report`] is built from the project
//! and the options, then rendered by the same function for the command line and the app
//! ([`render`]), so both give the same bytes.
//!
//! The CSV and JSON carry figures, ids and names; the HTML and Markdown also quote the
//! summaries, articles and sources of statements that are not confidential. The text of a
//! confidential statement never appears in any of them; every user-written string is escaped
//! for the format it goes into.

#[macro_use]
mod macros;
mod csv;
mod escape;
mod html;
mod json;
mod markdown;
mod model;
mod render;
mod xlsx;

pub use crate::text::safe_url;
pub use csv::{CSV_HEADER, csv, positions_table};
pub use escape::{html_escape, md_escape};
pub use html::html;
pub use json::{JsonReport, json, json_report};
pub use markdown::markdown;
pub use model::{Report, ReportFormat, ReportOptions};
pub use render::{render, render_bytes, render_bytes_owned, report_time};
pub use xlsx::{tables, tables_in, xlsx};
