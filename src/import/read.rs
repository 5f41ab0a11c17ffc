//! Reading a spreadsheet into plain rows of cells: CSV through the `csv` crate, XLSX, XLS and
//! ODS through `calamine`. A file that is not what it claims, a zip bomb, a sheet past the
//! spreadsheet limit or a reader that panics each give a message, never a crash.

use std::io::Read as _;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};

/// The most bytes a spreadsheet file may have (a zipped XLSX of a million rows is ~60 MB).
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// The most bytes the parts of a zipped workbook may hold once unpacked: past this, the file
/// is refused as a zip bomb rather than unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// The most rows a sheet may have: a spreadsheet's own limit.
pub const MAX_ROWS: usize = 1_048_576;

/// One cell as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// Text (trimmed of nothing: exactly as in the file).
    Text(String),
    /// A number.
    Number(f64),
    /// A date or date and time the spreadsheet stores as one.
    DateTime(NaiveDateTime),
    /// True or false.
    Bool(bool),
}

impl Value {
    /// The cell as text, as a user would read it in the spreadsheet: whole numbers without a
    /// decimal point, dates in ISO 8601 (with the time when it is not midnight).
    pub fn text(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) => t.trim().to_owned(),
            Value::Number(n) => number_text(*n),
            Value::DateTime(d) => {
                if d.time() == chrono::NaiveTime::MIN {
                    d.date().to_string()
                } else {
                    d.format("%Y-%m-%d %H:%M:%S").to_string()
                }
            }
            Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        }
    }

    /// Whether the cell holds nothing but blanks.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

fn number_text(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// A sheet: its name and its rows, the first non-blank one being the header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The sheet's name (the file's name for a CSV).
    pub name: String,
    /// The rows as read, from the sheet's first row (row 1).
    pub rows: Vec<Vec<Value>>,
}

impl Sheet {
    /// The index of the header row: the first row with a non-blank cell.
    pub fn header_row(&self) -> Option<usize> {
        self.rows
            .iter()
            .position(|r| r.iter().any(|c| !c.is_blank()))
    }

    /// The header's texts, one per column (blank for a column without a header).
    pub fn headers(&self) -> Vec<String> {
        let width = self.width();
        let mut out: Vec<String> = self
            .header_row()
            .map(|h| self.rows[h].iter().map(Value::text).collect())
            .unwrap_or_default();
        out.resize(width, String::new());
        out
    }

    /// The number of columns: the widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The data rows under the header, with their row numbers as the spreadsheet shows them
    /// (1-based); rows with nothing in them are left out.
    pub fn data_rows(&self) -> impl Iterator<Item = (usize, &[Value])> {
        let start = self.header_row().map_or(self.rows.len(), |h| h + 1);
        self.rows
            .iter()
            .enumerate()
            .skip(start)
            .filter(|(_, r)| r.iter().any(|c| !c.is_blank()))
            .map(|(i, r)| (i + 1, r.as_slice()))
    }
}

/// What kind of file was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Comma-, semicolon- or tab-separated text.
    Csv,
    /// Excel 2007 and later.
    Xlsx,
    /// Excel 97–2003.
    Xls,
    /// `OpenDocument` (`LibreOffice`).
    Ods,
}

/// A spreadsheet file as read: its sheets, and notes on how it was read.
#[derive(Clone, Debug, PartialEq)]
pub struct Workbook {
    /// The kind of file.
    pub kind: FileKind,
    /// Its sheets, in order (one for a CSV).
    pub sheets: Vec<Sheet>,
    /// How the file was read, where the user should know ("not UTF-8: read as Windows-1252").
    pub notes: Vec<WorkbookNote>,
}

/// Something about how a spreadsheet was read that the user should know, as data: the app
/// says it in the window's language; [`std::fmt::Display`] gives the English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkbookNote {
    /// The text was not UTF-8 and was read as Windows-1252.
    Windows1252,
}

impl std::fmt::Display for WorkbookNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkbookNote::Windows1252 => f.write_str(
                "The file is not UTF-8: it was read as Windows-1252 (what Excel on Windows \
                 writes as \"CSV\"). Check the accents in the preview.",
            ),
        }
    }
}

impl Workbook {
    /// The sheet with this name, else the first sheet with data in it, else the first.
    pub fn sheet(&self, name: Option<&str>) -> Option<&Sheet> {
        match name {
            Some(name) => self.sheets.iter().find(|s| s.name == name),
            None => self
                .sheets
                .iter()
                .find(|s| s.header_row().is_some())
                .or_else(|| self.sheets.first()),
        }
    }
}

/// Reads a spreadsheet file: the kind from its first bytes (a zip is XLSX or ODS, an OLE file
/// XLS), CSV otherwise.
///
/// # Errors
/// A message saying what is wrong with the file (without its path: the caller adds it).
pub fn read_file(path: &Path) -> Result<Workbook, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the file has {} MB, more than the {} MB a spreadsheet may have here",
            meta.len() / 1_000_000,
            MAX_FILE_BYTES / 1_000_000
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let name = path
        .file_stem()
        .map_or_else(|| "Sheet1".to_owned(), |s| s.to_string_lossy().into_owned());
    read_bytes(&name, &bytes)
}

/// [`read_file`] on bytes already read; `name` names the sheet of a CSV.
///
/// # Errors
/// As [`read_file`].
pub fn read_bytes(name: &str, bytes: &[u8]) -> Result<Workbook, String> {
    read_bytes_limited(name, bytes, MAX_UNPACKED_BYTES)
}

/// [`read_bytes`] with another limit on what a zipped workbook may unpack to.
///
/// # Errors
/// As [`read_file`].
pub fn read_bytes_limited(name: &str, bytes: &[u8], max_unpacked: u64) -> Result<Workbook, String> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        check_unpacked_size(bytes, max_unpacked)?;
        read_calamine(bytes)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        read_calamine(bytes)
    } else {
        read_csv(name, bytes)
    }
}

/// Counts what the zip's parts unpack to, reading them (a header may lie about sizes), and
/// stops at [`MAX_UNPACKED_BYTES`].
fn check_unpacked_size(bytes: &[u8], max_unpacked: u64) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable spreadsheet (a damaged or truncated zip: {e})"))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive
            .by_index(i)
            .map_err(|e| format!("not a readable spreadsheet (part {}: {e})", i + 1))?;
        let room = max_unpacked - total;
        let read = std::io::copy(&mut entry.take(room + 1), &mut std::io::sink())
            .map_err(|e| format!("not a readable spreadsheet (part {}: {e})", i + 1))?;
        total += read;
        if total > max_unpacked {
            return Err(format!(
                "the file unpacks to more than {} MB: refused (a zip bomb, or a workbook far \
                 larger than a spreadsheet of statements)",
                max_unpacked / 1_000_000
            ));
        }
    }
    Ok(())
}

fn read_calamine(bytes: &[u8]) -> Result<Workbook, String> {
    // calamine has panicked on malformed files before: a panic here is a bad file, not a crash.
    let owned = bytes.to_vec();
    let result = std::panic::catch_unwind(move || read_calamine_unguarded(&owned));
    result.unwrap_or_else(|_| {
        Err("not a readable spreadsheet (the reader failed on a malformed part)".to_owned())
    })
}

fn read_calamine_unguarded(bytes: &[u8]) -> Result<Workbook, String> {
    use calamine::{Reader as _, Sheets};
    let cursor = std::io::Cursor::new(bytes);
    let mut workbook = calamine::open_workbook_auto_from_rs(cursor)
        .map_err(|e| format!("not a readable spreadsheet ({e})"))?;
    let kind = match &workbook {
        Sheets::Xlsx(_) | Sheets::Xlsb(_) => FileKind::Xlsx,
        Sheets::Xls(_) => FileKind::Xls,
        Sheets::Ods(_) => FileKind::Ods,
    };
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| format!("sheet \"{name}\" cannot be read ({e})"))?;
        let (height, width) = range.get_size();
        if height > MAX_ROWS {
            return Err(format!(
                "sheet \"{name}\" has {height} rows, more than a spreadsheet holds ({MAX_ROWS})"
            ));
        }
        // The range starts at its first used cell: pad so that rows and columns keep the
        // numbers the spreadsheet shows.
        let (top, left) = range.start().unwrap_or((0, 0));
        let top = top as usize;
        let left = left as usize;
        let mut rows: Vec<Vec<Value>> = vec![Vec::new(); top];
        rows.reserve(height);
        for row in range.rows() {
            let mut cells = vec![Value::Empty; left];
            cells.reserve(width);
            cells.extend(row.iter().map(convert));
            while cells.last().is_some_and(Value::is_blank) {
                cells.pop();
            }
            rows.push(cells);
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(Workbook {
        kind,
        sheets,
        notes: Vec::new(),
    })
}

/// A spreadsheet day number (1900 system, as Excel and `LibreOffice` store dates) as a date and
/// time; none outside the years 1900 to 9999.
pub fn serial_datetime(serial: f64) -> Option<NaiveDateTime> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?.and_hms_opt(0, 0, 0)?;
    // Excel counts a 29 February 1900 that never was: before day 61, one day less.
    let serial = if serial < 61.0 { serial + 1.0 } else { serial };
    #[expect(
        clippy::cast_possible_truncation,
        reason = "checked above: under 2,958,466 days of 86,400 s"
    )]
    let seconds = (serial * 86_400.0).round() as i64;
    epoch.checked_add_signed(chrono::TimeDelta::try_seconds(seconds)?)
}

fn convert(cell: &calamine::Data) -> Value {
    use calamine::Data;
    match cell {
        Data::Empty | Data::Error(_) => Value::Empty,
        Data::String(s) | Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(stamp) => {
            let serial = stamp.as_f64();
            if !stamp.is_datetime() || !(0.0..2_958_466.0).contains(&serial) {
                return Value::Number(serial);
            }
            let (year, month, day, hour, minute, second, _) = stamp.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))
                .and_then(|date| {
                    date.and_hms_opt(u32::from(hour), u32::from(minute), u32::from(second))
                })
                .map_or(Value::Number(serial), Value::DateTime)
        }
        Data::DateTimeIso(s) => {
            let s = s.trim();
            NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
                .ok()
                .or_else(|| {
                    NaiveDate::parse_from_str(s, "%Y-%m-%d")
                        .ok()
                        .and_then(|d| d.and_hms_opt(0, 0, 0))
                })
                .map_or_else(|| Value::Text(s.to_owned()), Value::DateTime)
        }
    }
}

/// Which of `,`, `;` and tab separates the fields: the one found most often outside quotes
/// in the first lines, `,` when none is.
fn sniff_separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    let mut lines = 0;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            '\n' if !quoted => {
                lines += 1;
                if lines >= 20 {
                    break;
                }
            }
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::from(i == 0)))
        .unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t'][best]
    }
}

fn read_csv(name: &str, bytes: &[u8]) -> Result<Workbook, String> {
    let mut notes = Vec::new();
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let text = if let Ok(text) = std::str::from_utf8(bytes) {
        std::borrow::Cow::Borrowed(text)
    } else {
        {
            if bytes.contains(&0) {
                return Err("not a spreadsheet: neither XLSX, ODS, XLS nor text (CSV)".to_owned());
            }
            notes.push(WorkbookNote::Windows1252);
            encoding_rs::WINDOWS_1252.decode(bytes).0
        }
    };
    let separator = sniff_separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("row {}: {e}", i + 1))?;
        if rows.len() >= MAX_ROWS {
            return Err(format!(
                "more than {MAX_ROWS} rows, more than a spreadsheet holds: split the file"
            ));
        }
        let mut cells: Vec<Value> = record
            .iter()
            .map(|f| {
                if f.is_empty() {
                    Value::Empty
                } else {
                    Value::Text(f.to_owned())
                }
            })
            .collect();
        while cells.last().is_some_and(Value::is_blank) {
            cells.pop();
        }
        rows.push(cells);
    }
    Ok(Workbook {
        kind: FileKind::Csv,
        sheets: vec![Sheet {
            name: name.to_owned(),
            rows,
        }],
        notes,
    })
}

/// The spreadsheet's letters for a column (0 is A, 26 is AA).
pub fn column_letters(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + u8::try_from(index % 26).unwrap_or(0));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
