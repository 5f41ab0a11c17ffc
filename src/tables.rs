//! Tables for spreadsheets: the statements table (one row per statement, what users still
//! filter and share in a spreadsheet) as CSV and XLSX, and the whole project as JSON for
//! analysts working in R or Python. Confidential statements are left out unless asked: these
//! are exports (docs/METHODOLOGY.md, "Confidential statements").
//!
//! CSV through the `csv` crate, with the separator and a UTF-8 byte-order mark as options
//! (French spreadsheets expect `;` and a BOM to read accents right); XLSX through
//! `rust_xlsxwriter`: dates as dates, a frozen header row with filters, widths to fit. The
//! same writers serve the report's tables ([`Table`]).

use chrono::{Datelike, NaiveDate, Timelike};

use crate::model::{Project, Statement};

/// How a CSV is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CsvOptions {
    /// The field separator (`,`; `;` where the decimal mark is a comma).
    pub separator: u8,
    /// Start with a UTF-8 byte-order mark, so that spreadsheets read the accents right.
    pub bom: bool,
    /// Write decimal numbers with a comma (`0,25`), as spreadsheets in French and most other
    /// European locales read them; a point (`0.25`) otherwise.
    pub decimal_comma: bool,
}

impl CsvOptions {
    /// A number as this CSV writes it: full precision, with the decimal mark asked for.
    pub fn number(self, value: f64) -> String {
        let text = value.to_string();
        if self.decimal_comma {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// Whether `separator` can separate fields: one ASCII punctuation character or tab, not the
    /// quote, and not the decimal mark's comma when decimals are written with one (the numbers
    /// would then need quotes in every row, which spreadsheets do not expect).
    ///
    /// # Errors
    /// A message saying which.
    pub fn check(self) -> Result<(), String> {
        let s = self.separator;
        if !(s == b'\t' || s.is_ascii_punctuation()) || s == b'"' {
            return Err("the CSV separator must be one ASCII punctuation character or tab".into());
        }
        if self.decimal_comma && s == b',' {
            return Err(
                "a decimal comma needs another separator than the comma (`;` is usual)".into(),
            );
        }
        Ok(())
    }
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            separator: b',',
            bom: false,
            decimal_comma: false,
        }
    }
}

impl CsvOptions {
    /// What a spreadsheet in this language expects: `;`, a decimal comma and a BOM where the
    /// decimal mark is a comma (French, German, Spanish, …); `,`, a decimal point and no BOM
    /// otherwise. `language` is a locale name such as `fr-FR`, `fr_CH.UTF-8` or `en`.
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
                decimal_comma: true,
            }
        } else {
            CsvOptions::default()
        }
    }
}

/// One cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A number (a score, a count, a mean).
    Number(f64),
    /// A share in 0..=1, shown as a percentage in a spreadsheet.
    Share(f64),
    /// A day.
    Date(NaiveDate),
    /// An instant (UTC).
    Time(chrono::DateTime<chrono::Utc>),
}

impl Cell {
    /// Text, or empty for `None` and the empty string.
    pub fn text(value: Option<&str>) -> Cell {
        match value {
            Some(v) if !v.is_empty() => Cell::Text(v.to_owned()),
            _ => Cell::Empty,
        }
    }

    /// A number, or empty when undefined.
    pub fn number(value: Option<f64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Number)
    }

    /// A share, or empty when undefined.
    pub fn share(value: Option<f64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Share)
    }

    /// The cell as CSV text: text neutralised against formulas, numbers at full precision
    /// with the decimal mark of `options`, dates in ISO 8601, instants in RFC 3339 (UTC).
    fn as_csv(&self, options: CsvOptions) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => crate::text::neutral(t),
            Cell::Number(v) | Cell::Share(v) => options.number(*v),
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

/// A table for a spreadsheet: a sheet's name, its header and its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The sheet's name (at most 31 characters, none of `[]:*?/\\`).
    pub name: &'static str,
    /// The header row.
    pub columns: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<Cell>>,
}

/// The statements table: one row per statement, in file order, confidential statements only
/// when asked.
pub fn statements_table(project: &Project, include_confidential: bool) -> Table {
    Table {
        name: "Statements",
        columns: statement_columns(project, include_confidential),
        rows: statement_rows(project, include_confidential),
    }
}

/// A table as CSV (RFC 4180 quoting by the `csv` crate), with the separator, decimal mark and
/// byte-order mark of `options`; lines end with `\n`.
///
/// # Errors
/// A message when the options cannot make a readable CSV ([`CsvOptions::check`]).
pub fn csv_bytes(table: &Table, options: CsvOptions) -> Result<Vec<u8>, String> {
    options.check()?;
    let mut out: Vec<u8> = Vec::new();
    if options.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.separator)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    writer
        .write_record(&table.columns)
        .map_err(|e| e.to_string())?;
    for cells in &table.rows {
        writer
            .write_record(cells.iter().map(|c| c.as_csv(options)))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// The statements table as CSV.
///
/// # Errors
/// As [`csv_bytes`].
pub fn statements_csv(
    project: &Project,
    include_confidential: bool,
    options: CsvOptions,
) -> Result<Vec<u8>, String> {
    csv_bytes(&statements_table(project, include_confidential), options)
}

/// The statements table as an XLSX workbook.
///
/// # Errors
/// As [`xlsx_bytes`].
pub fn statements_xlsx(project: &Project, include_confidential: bool) -> Result<Vec<u8>, String> {
    xlsx_bytes(&[statements_table(project, include_confidential)])
}

/// An Excel date from a day, or a message when the year is outside Excel's range.
fn excel_day(d: NaiveDate) -> Result<rust_xlsxwriter::ExcelDateTime, String> {
    rust_xlsxwriter::ExcelDateTime::from_ymd(
        u16::try_from(d.year()).map_err(|_| format!("date {d} out of range"))?,
        u8::try_from(d.month()).unwrap_or(1),
        u8::try_from(d.day()).unwrap_or(1),
    )
    .map_err(|e| format!("date {d}: {e}"))
}

/// Tables as an XLSX workbook (`rust_xlsxwriter`), a sheet per table: a bold frozen header row
/// with filters, numbers as numbers, shares as percentages, days and instants as spreadsheet
/// dates, text as text (no formula is ever read from it), columns wide enough for their
/// content up to a summary's reasonable width.
///
/// # Errors
/// A message when the workbook cannot be made (more rows than a sheet holds, 1,048,576).
pub fn xlsx_bytes(tables: &[Table]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let share = Format::new().set_num_format("0.0%");
    for table in tables {
        let too_many = || {
            format!(
                "{} rows are more than a spreadsheet sheet holds (1,048,575 rows)",
                table.rows.len()
            )
        };
        let last_row = u32::try_from(table.rows.len()).map_err(|_| too_many())?;
        if last_row >= 1_048_576 {
            return Err(too_many());
        }
        let wide = || "too many columns for a sheet".to_owned();
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.name).map_err(e)?;
        let mut widths: Vec<usize> = table.columns.iter().map(|c| c.chars().count()).collect();
        for (c, name) in table.columns.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| wide())?;
            sheet
                .write_string_with_format(0, col, name, &bold)
                .map_err(e)?;
        }
        for (r, cells) in table.rows.iter().enumerate() {
            let row = u32::try_from(r + 1).map_err(|_| too_many())?;
            for (c, cell) in cells.iter().enumerate() {
                let col = u16::try_from(c).map_err(|_| wide())?;
                let width = match cell {
                    Cell::Empty => 0,
                    Cell::Text(t) => {
                        sheet.write_string(row, col, t).map_err(e)?;
                        t.chars().count()
                    }
                    Cell::Number(v) => {
                        sheet.write_number(row, col, *v).map_err(e)?;
                        v.to_string().len().min(12)
                    }
                    Cell::Share(v) => {
                        sheet
                            .write_number_with_format(row, col, *v, &share)
                            .map_err(e)?;
                        6
                    }
                    Cell::Date(d) => {
                        sheet
                            .write_datetime_with_format(row, col, &excel_day(*d)?, &day)
                            .map_err(e)?;
                        10
                    }
                    Cell::Time(t) => {
                        let value = excel_day(t.date_naive())?
                            .and_hms(
                                u16::try_from(t.hour()).unwrap_or(0),
                                u8::try_from(t.minute()).unwrap_or(0),
                                f64::from(t.second()),
                            )
                            .map_err(e)?;
                        sheet
                            .write_datetime_with_format(row, col, &value, &time)
                            .map_err(e)?;
                        19
                    }
                };
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(width);
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| wide())?;
            // Wide enough for the longest cell, up to a summary's reasonable width.
            let width = f64::from(u32::try_from((*w).clamp(6, 60)).unwrap_or(60)) + 2.0;
            sheet.set_column_width(col, width).map_err(e)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(e)?;
        let last_col = u16::try_from(table.columns.len().saturating_sub(1)).map_err(|_| wide())?;
        sheet.autofilter(0, 0, last_row, last_col).map_err(e)?;
    }
    workbook.save_to_buffer().map_err(e)
}

/// The tables and files `export` writes beside the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableExport {
    /// The statements table as CSV.
    StatementsCsv,
    /// The statements table as XLSX.
    StatementsXlsx,
    /// The whole project as JSON.
    ProjectJson,
}

impl TableExport {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            TableExport::StatementsCsv => "csv",
            TableExport::StatementsXlsx => "xlsx",
            TableExport::ProjectJson => "json",
        }
    }
}

/// Writes `what` of `project`: the one function behind `export` and the export window.
///
/// # Errors
/// As [`csv_bytes`] and [`xlsx_bytes`].
pub fn export(
    project: &Project,
    what: TableExport,
    include_confidential: bool,
    csv: CsvOptions,
) -> Result<Vec<u8>, String> {
    match what {
        TableExport::StatementsCsv => statements_csv(project, include_confidential, csv),
        TableExport::StatementsXlsx => statements_xlsx(project, include_confidential),
        TableExport::ProjectJson => Ok(project_json(project, include_confidential).into_bytes()),
    }
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
