//! The statements table (CSV, XLSX) and the project as JSON: columns, confidential statements
//! left out unless asked, French spreadsheet options, formula neutralisation, and the command.

mod common;

use std::io::Read;
use std::process::Command;

use treaty_tracker::model::Project;
use treaty_tracker::tables::{
    CsvOptions, project_json, statement_columns, statements_csv, statements_xlsx,
};

const CONFIDENTIAL: &str = "Corrected itself later the same day";

#[test]
fn statements_csv_has_a_row_per_statement_and_leaves_confidential_ones_out() {
    let project = common::worked_example();
    let text =
        String::from_utf8(statements_csv(&project, false, CsvOptions::default()).expect("csv"))
            .expect("utf-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, statement_columns(&project, false));
    assert_eq!(&header[6..9], ["P1", "P2", "P3"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(
        rows.len(),
        project.statements.len() - 1,
        "statement 5 is confidential"
    );
    assert!(!text.contains(CONFIDENTIAL));
    let first = &rows[0];
    assert_eq!(&first[0], "01GPEXAMP1E0000000000000S1");
    assert_eq!(&first[2], "Atlantis");
    assert_eq!(&first[5], "2023-01-10");
    assert_eq!(&first[6], "Strongly supports");
    assert_eq!(&first[7], "Supports");
    assert_eq!(&first[8], "");
    assert_eq!(&first[11], "Art. 5; Art. 24");
    assert_eq!(&first[12], "Official");
    assert_eq!(&first[17], "2023-01-10T10:15:00Z");
    assert_eq!(&first[18], "Ana");
    let with =
        String::from_utf8(statements_csv(&project, true, CsvOptions::default()).expect("csv"))
            .expect("utf-8");
    assert!(with.contains(CONFIDENTIAL));
}

#[test]
fn french_csv_has_a_bom_semicolons_accents_and_no_formulas() {
    let mut project = common::worked_example();
    project.stakeholders[0].name = "Équateur".to_owned();
    project.statements[0].summary = "=HYPERLINK(\"http://evil\")".to_owned();
    let options = CsvOptions::for_language("fr-FR");
    assert_eq!(
        options,
        CsvOptions {
            separator: b';',
            bom: true,
            decimal_comma: true
        }
    );
    assert_eq!(CsvOptions::for_language("en"), CsvOptions::default());
    let bytes = statements_csv(&project, false, options).expect("csv");
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let text = String::from_utf8(bytes).expect("utf-8");
    assert!(
        text.lines()
            .next()
            .expect("header")
            .contains(";stakeholder_id;")
    );
    assert!(text.contains("Équateur"));
    assert!(text.contains("'=HYPERLINK"), "{text}");
}

/// The XLSX's files, unzipped.
fn unzip(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut file = archive.by_name(name).expect(name);
    let mut text = String::new();
    file.read_to_string(&mut text).expect("text");
    text
}

#[test]
fn statements_xlsx_has_a_frozen_filtered_header_and_dates_as_dates() {
    let project = common::worked_example();
    let bytes = statements_xlsx(&project, false).expect("xlsx");
    let sheet = unzip(&bytes, "xl/worksheets/sheet1.xml");
    let strings = unzip(&bytes, "xl/sharedStrings.xml");
    assert!(sheet.contains("<autoFilter"), "filters on the header");
    assert!(sheet.contains("state=\"frozen\""), "frozen header row");
    assert!(strings.contains("Wants safeguards attached"));
    assert!(!strings.contains(CONFIDENTIAL));
    // 2023-01-10 is day 44936 of the spreadsheet calendar: a number, not text.
    assert!(sheet.contains("<v>44936</v>"), "the date is a date");
    let all = statements_xlsx(&project, true).expect("xlsx");
    assert!(unzip(&all, "xl/sharedStrings.xml").contains(CONFIDENTIAL));
}

#[test]
fn project_json_is_the_model_without_confidential_statements() {
    let project = common::worked_example();
    let text = project_json(&project, false);
    let back: Project = serde_json::from_str(&text).expect("the model");
    assert_eq!(back.statements.len(), project.statements.len() - 1);
    assert!(back.statements.iter().all(|s| !s.confidential));
    assert_eq!(back.principles, project.principles);
    let all: Project = serde_json::from_str(&project_json(&project, true)).expect("the model");
    assert_eq!(all, project);
}

#[test]
fn export_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let example = common::repo_path("docs/examples/worked_example.ron");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
            .args(args)
            .output()
            .expect("runs")
    };
    let out = dir.path().join("statements.csv");
    let done = run(&[
        "export",
        &example.display().to_string(),
        "statements",
        "--format",
        "csv",
        "--separator",
        ";",
        "--bom",
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(
        done.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(&out).expect("written");
    assert!(bytes.starts_with("\u{feff}id;".as_bytes()));
    let xlsx = dir.path().join("statements.xlsx");
    let done = run(&[
        "export",
        &example.display().to_string(),
        "statements",
        "--format",
        "xlsx",
        "-o",
        &xlsx.display().to_string(),
    ]);
    assert_eq!(done.status.code(), Some(0));
    assert!(std::fs::read(&xlsx).expect("written").starts_with(b"PK"));
    let json = run(&[
        "export",
        &example.display().to_string(),
        "project",
        "--format",
        "json",
    ]);
    assert_eq!(json.status.code(), Some(0));
    let back: Project = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(back.title, "Worked example");
    // Project as CSV makes no sense: a usage error.
    let bad = run(&[
        "export",
        &example.display().to_string(),
        "project",
        "--format",
        "csv",
    ]);
    assert_eq!(bad.status.code(), Some(2));
}

/// A sheet of a workbook, read back with calamine.
fn sheet(bytes: &[u8], name: &str) -> calamine::Range<calamine::Data> {
    use calamine::Reader as _;
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("a workbook");
    book.worksheet_range(name).expect(name)
}

#[test]
fn report_xlsx_has_a_sheet_per_table_with_numbers_as_numbers() {
    use calamine::{Data, Reader as _};
    use treaty_tracker::report::{ReportFormat, ReportOptions, render_bytes};
    let project = common::worked_example();
    let options = ReportOptions {
        session: 1,
        from: None,
        analysis: treaty_tracker::analysis::AnalysisOptions::default(),
        include_confidential: false,
        generated_at: chrono::Utc::now(),
        csv: CsvOptions::default(),
        lang: treaty_tracker::i18n::Lang::En,
    };
    let bytes = render_bytes(&project, ReportFormat::Xlsx, options).expect("xlsx");
    let book = calamine::Xlsx::new(std::io::Cursor::new(bytes.clone())).expect("a workbook");
    assert_eq!(
        book.sheet_names(),
        [
            "About",
            "Principles",
            "Stakeholders",
            "Positions",
            "Shifts",
            "Blocs"
        ]
    );
    // Principles, furthest from the framework first; P1 at S2 (docs/METHODOLOGY.md's worked
    // example): Broad support, 3 positions, support 100 %, mean 0.5, as numbers.
    let principles = sheet(&bytes, "Principles");
    let p1 = principles
        .rows()
        .find(|r| r[0] == Data::String("P1".into()))
        .expect("P1's row");
    assert_eq!(p1[2], Data::String("Broad support".into()));
    assert_eq!(p1[3], Data::Float(3.0));
    assert_eq!(p1[5], Data::Float(1.0));
    assert_eq!(p1[9], Data::Float(0.5));
    // Positions: the CSV report's rows, one per stakeholder and principle, alignment a number.
    let positions = sheet(&bytes, "Positions");
    assert_eq!(
        positions.height(),
        1 + project.stakeholders.len() * project.principles.len()
    );
    let first: Vec<&Data> = positions.rows().nth(1).expect("a row").iter().collect();
    assert_eq!(*first[1], Data::String("ATL".into()));
    // Atlantis's alignment without the confidential statement (its P2 is then the Opposes of
    // S4): 0.25, where counting it gives the worked example's 0.375.
    assert_eq!(*first[13], Data::Float(0.25));
    // The confidential statement's text is nowhere in the workbook.
    assert!(!unzip(&bytes, "xl/sharedStrings.xml").contains(CONFIDENTIAL));
    let about = sheet(&bytes, "About");
    assert!(
        about
            .rows()
            .any(|r| r[0] == Data::String("Confidential statements".into())
                && r[1].to_string().contains("left out"))
    );
}

#[test]
fn report_command_writes_xlsx_and_french_csv_and_refuses_bad_csv_options() {
    let dir = tempfile::tempdir().expect("tempdir");
    let example = common::repo_path("docs/examples/worked_example.ron");
    let example = example.display().to_string();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
            .args(args)
            .output()
            .expect("runs")
    };
    let xlsx = dir.path().join("report.xlsx");
    let done = run(&[
        "report",
        &example,
        "--session",
        "S2",
        "--format",
        "xlsx",
        "-o",
        &xlsx.display().to_string(),
    ]);
    assert_eq!(
        done.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(&xlsx).expect("written");
    assert_eq!(sheet(&bytes, "Principles").height(), 1 + 3);
    // Binary to a terminal: refused, nothing written.
    let refused = run(&["report", &example, "--format", "xlsx"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(refused.stdout.is_empty());
    let french = run(&[
        "report",
        &example,
        "--session",
        "S2",
        "--format",
        "csv",
        "--separator",
        ";",
        "--decimal-comma",
        "--bom",
    ]);
    assert_eq!(french.status.code(), Some(0));
    let text = String::from_utf8(french.stdout).expect("utf-8");
    assert!(
        text.starts_with("\u{feff}session;stakeholder_id;"),
        "{text}"
    );
    assert!(text.contains(";0,25;"), "{text}");
    for bad in [
        vec!["--decimal-comma"],
        vec!["--separator", "é"],
        vec!["--separator", "x"],
        vec!["--separator", ";;"],
    ] {
        let mut args = vec!["report", example.as_str(), "--format", "csv"];
        args.extend(bad.iter().copied());
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(
            message.contains("separator") || message.contains("comma"),
            "{message}"
        );
    }
    let tab = run(&[
        "export",
        &example,
        "statements",
        "--format",
        "csv",
        "--separator",
        "tab",
    ]);
    assert_eq!(tab.status.code(), Some(0));
    assert!(tab.stdout.starts_with(b"id\tstakeholder_id\t"));
}
