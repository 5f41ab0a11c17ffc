//! The one rendering function behind both the command line and the app, and the time a
//! report is stamped with.

use chrono::{DateTime, Utc};

use super::{Report, ReportFormat, ReportOptions, html, markdown};
use crate::model::Project;

/// Renders the report in `format` as bytes: the one function behind both the command line and
/// the app. Every format but XLSX is UTF-8 text ([`render`]).
///
/// # Errors
/// As [`Report::build`], and CSV options that cannot make a readable CSV.
pub fn render_bytes(
    project: &Project,
    format: ReportFormat,
    options: ReportOptions,
) -> Result<Vec<u8>, String> {
    bytes_of(&Report::build(project, options)?, format)
}

/// [`render_bytes`] from a project the caller gives up (the command line), so that leaving
/// confidential statements out never copies it.
///
/// # Errors
/// As [`render_bytes`].
pub fn render_bytes_owned(
    project: Project,
    format: ReportFormat,
    options: ReportOptions,
) -> Result<Vec<u8>, String> {
    bytes_of(&Report::build_owned(project, options)?, format)
}

fn bytes_of(report: &Report<'_>, format: ReportFormat) -> Result<Vec<u8>, String> {
    if format == ReportFormat::Xlsx {
        return super::xlsx(report);
    }
    text_of(report, format).map(String::into_bytes)
}

/// Renders the report in a text format.
///
/// # Errors
/// As [`Report::build`], CSV options that cannot make a readable CSV, and XLSX, which is not
/// text ([`render_bytes`] writes it).
pub fn render(
    project: &Project,
    format: ReportFormat,
    options: ReportOptions,
) -> Result<String, String> {
    text_of(&Report::build(project, options)?, format)
}

fn text_of(report: &Report<'_>, format: ReportFormat) -> Result<String, String> {
    Ok(match format {
        ReportFormat::Html => html(report),
        ReportFormat::Markdown => markdown(report),
        ReportFormat::Xlsx => return Err("XLSX is a binary format".to_owned()),
        ReportFormat::Csv => super::csv::csv(
            &report.project,
            &report.analysis,
            report.options.session,
            report.options.include_confidential,
            report.options.csv,
        )?,
        ReportFormat::Json => super::json::json(
            &report.project,
            &report.analysis,
            report.options.session,
            report.options.include_confidential,
            report.options.generated_at,
        ),
    })
}

/// When a report is made: `SOURCE_DATE_EPOCH` when set (reproducible builds and tests), else
/// now.
pub fn report_time() -> DateTime<Utc> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(Utc::now)
}
