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
            bom: true
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
