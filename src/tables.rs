//! Tables for spreadsheets: the statements table (one row per statement, what users still
//! filter and share in a spreadsheet) as CSV and XLSX, and the whole project as JSON for
//! analysts working in R or Python. Confidential statements are left out unless asked: these
//! are exports (docs/METHODOLOGY.md, "Confidential statements").
//!
//! CSV through the `csv` crate, with the separator and a UTF-8 byte-order mark as options
//! (French spreadsheets expect `;` and a BOM to read accents right); XLSX through
//! `rust_xlsxwriter`: dates as dates, a frozen header row with filters, widths to fit.

use chrono::{Datelike, NaiveDate, Timelike};

use crate::model::{Project, Statement};

/// How a CSV is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// The field separator (`,`; `;` where the decimal mark is a comma).
    pub separator: u8,
    /// Start with a UTF-8 byte-order mark, so that spreadsheets read the accents right.
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            separator: b',',
            bom: false,
        }
    }
}

impl CsvOptions {
    /// What a spreadsheet in this language expects: `;` and a BOM where the decimal mark is a
    /// comma (French, German, Spanish, …), `,` without a BOM otherwise.
    pub fn for_language(language: &str) -> Self {
        let comma_decimal = [
            "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da", "fi", "nb", "cs",
        ];
        let lang = language
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        if comma_decimal.contains(&lang.as_str()) {
            CsvOptions {
                separator: b';',
                bom: true,
            }
        } else {
            CsvOptions::default()
        }
    }
}

/// One cell of the statements table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A day.
    Date(NaiveDate),
    /// An instant (UTC).
    Time(chrono::DateTime<chrono::Utc>),
}

impl Cell {
    fn text(value: Option<&str>) -> Cell {
        match value {
            Some(v) if !v.is_empty() => Cell::Text(v.to_owned()),
            _ => Cell::Empty,
        }
    }

    /// The cell as CSV text: dates in ISO 8601, instants in RFC 3339 (UTC).
    fn as_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Date(d) => d.to_string(),
            Cell::Time(t) => t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        }
    }
}

/// The columns of the statements table: fixed ones around one column per principle (its id),
/// which holds the statement's stance on it; a `confidential` column when confidential
/// statements are included (so that a re-import keeps them confidential).
pub fn statement_columns(project: &Project, include_confidential: bool) -> Vec<String> {
    let mut columns: Vec<String> = [
        "id",
        "stakeholder_id",
        "stakeholder_name",
        "delivered_by",
        "session",
        "date",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    columns.extend(project.principles.iter().map(|p| p.id.clone()));
    columns.extend(
        [
            "summary",
            "quote",
            "articles",
            "source_kind",
            "url",
            "source_title",
            "confidence",
            "tags",
            "recorded_at",
            "recorded_by",
        ]
        .iter()
        .map(|s| (*s).to_owned()),
    );
    if include_confidential {
        columns.push("confidential".to_owned());
    }
    columns
}

fn row(project: &Project, s: &Statement, include_confidential: bool) -> Vec<Cell> {
    let name = project.stakeholder(&s.stakeholder).map(|x| x.name.as_str());
    let mut cells = vec![
        Cell::Text(s.id.clone()),
        Cell::Text(s.stakeholder.clone()),
        Cell::text(name),
        Cell::text(s.delivered_by.as_deref()),
        Cell::Text(s.session.clone()),
        s.date.map_or(Cell::Empty, Cell::Date),
    ];
    for p in &project.principles {
        cells.push(
            s.stances
                .get(&p.id)
                .map_or(Cell::Empty, |st| Cell::Text(st.label().to_owned())),
        );
    }
    let source = s.source.as_ref();
    cells.extend([
        Cell::Text(s.summary.clone()),
        Cell::text(s.quote.as_deref()),
        Cell::text(Some(&s.articles.join("; "))),
        Cell::text(source.map(|x| x.kind.label())),
        Cell::text(source.and_then(|x| x.url.as_deref())),
        Cell::text(source.and_then(|x| x.title.as_deref())),
        Cell::Text(s.confidence.label().to_owned()),
        Cell::text(Some(&s.tags.join("; "))),
        Cell::Time(s.recorded_at),
        Cell::text(s.recorded_by.as_deref()),
    ]);
    if include_confidential {
        cells.push(Cell::text(s.confidential.then_some("yes")));
    }
    cells
}

/// The rows of the statements table, in file order; confidential statements only when asked.
pub fn statement_rows(project: &Project, include_confidential: bool) -> Vec<Vec<Cell>> {
    project
        .statements
        .iter()
        .filter(|s| include_confidential || !s.confidential)
        .map(|s| row(project, s, include_confidential))
        .collect()
}

/// A text cell neutralised against spreadsheet formulas: one starting with `=`, `+`, `-`, `@`,
/// tab or carriage return gets a leading `'` (as the report's CSV does).
fn neutral(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

/// The statements table as CSV (RFC 4180 quoting by the `csv` crate).
///
/// # Errors
/// A message if the writer fails (it writes to memory, so only on a bug).
pub fn statements_csv(
    project: &Project,
    include_confidential: bool,
    options: CsvOptions,
) -> Result<Vec<u8>, String> {
    let mut out: Vec<u8> = Vec::new();
    if options.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.separator)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    writer
        .write_record(statement_columns(project, include_confidential))
        .map_err(|e| e.to_string())?;
    for cells in statement_rows(project, include_confidential) {
        writer
            .write_record(cells.into_iter().map(|c| match c {
                Cell::Text(t) => neutral(t),
                other => other.as_text(),
            }))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// The statements table as an XLSX workbook: one sheet, a bold frozen header row with filters,
/// days and instants as spreadsheet dates, text as text (no formula is ever read from it).
///
/// # Errors
/// A message when the workbook cannot be made (more rows than a sheet holds, 1,048,576).
pub fn statements_xlsx(project: &Project, include_confidential: bool) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let columns = statement_columns(project, include_confidential);
    let rows = statement_rows(project, include_confidential);
    let too_many = || {
        format!(
            "{} statements are more than a spreadsheet sheet holds (1,048,575 rows)",
            rows.len()
        )
    };
    let last_row = u32::try_from(rows.len()).map_err(|_| too_many())?;
    if last_row >= 1_048_576 {
        return Err(too_many());
    }
    let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let sheet = workbook.add_worksheet();
    sheet.set_name("Statements").map_err(e)?;
    let mut widths: Vec<usize> = columns.iter().map(|c| c.chars().count()).collect();
    for (c, name) in columns.iter().enumerate() {
        let col = u16::try_from(c).map_err(|_| "too many principles for a sheet".to_owned())?;
        sheet
            .write_string_with_format(0, col, name, &bold)
            .map_err(e)?;
    }
    for (r, cells) in rows.iter().enumerate() {
        let row = u32::try_from(r + 1).map_err(|_| too_many())?;
        for (c, cell) in cells.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| "too many principles for a sheet".to_owned())?;
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    sheet.write_string(row, col, t).map_err(e)?;
                    widths[c] = widths[c].max(t.chars().count());
                }
                Cell::Date(d) => {
                    let value = ExcelDateTime::from_ymd(
                        u16::try_from(d.year()).map_err(|_| format!("date {d} out of range"))?,
                        u8::try_from(d.month()).unwrap_or(1),
                        u8::try_from(d.day()).unwrap_or(1),
                    )
                    .map_err(e)?;
                    sheet
                        .write_datetime_with_format(row, col, &value, &day)
                        .map_err(e)?;
                    widths[c] = widths[c].max(10);
                }
                Cell::Time(t) => {
                    let d = t.date_naive();
                    let value = ExcelDateTime::from_ymd(
                        u16::try_from(d.year()).map_err(|_| format!("date {d} out of range"))?,
                        u8::try_from(d.month()).unwrap_or(1),
                        u8::try_from(d.day()).unwrap_or(1),
                    )
                    .and_then(|v| {
                        v.and_hms(
                            u16::try_from(t.hour()).unwrap_or(0),
                            u8::try_from(t.minute()).unwrap_or(0),
                            f64::from(t.second()),
                        )
                    })
                    .map_err(e)?;
                    sheet
                        .write_datetime_with_format(row, col, &value, &time)
                        .map_err(e)?;
                    widths[c] = widths[c].max(19);
                }
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        // Wide enough for the longest cell, up to a summary's reasonable width.
        let width = f64::from(u32::try_from((*w).clamp(6, 60)).unwrap_or(60)) + 2.0;
        sheet.set_column_width(col, width).map_err(e)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(e)?;
    let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(u16::MAX);
    sheet.autofilter(0, 0, last_row, last_col).map_err(e)?;
    workbook.save_to_buffer().map_err(e)
}

/// The whole project as JSON (the file's model, field for field), without its confidential
/// statements unless asked.
pub fn project_json(project: &Project, include_confidential: bool) -> String {
    let mut out = project.clone();
    if !include_confidential {
        out.statements.retain(|s| !s.confidential);
    }
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_else(|_| "{}".to_owned());
    text.push('\n');
    text
}
