//! Importing statements from spreadsheets: both layouts in CSV, XLSX and ODS, the value
//! mapping, aliases and the UN roster, several stakeholders in one cell, the all-or-nothing
//! rule, the round trip with the statements export, and bad files.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use treaty_tracker::import::{
    self, Field, Mapping, Plan, StakeholderChoice, Stamp, Workbook, read_bytes, read_file,
};
use treaty_tracker::model::{
    Confidence, Project, SourceKind, StakeholderKind, Stance, Statement, UnRegion,
};
use treaty_tracker::tables::{CsvOptions, statements_csv, statements_xlsx};

fn sample() -> Project {
    common::valid(treaty_tracker::SAMPLE_PROJECT)
}

fn stamp() -> Stamp {
    Stamp {
        now: Utc
            .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
            .single()
            .expect("time"),
        by: "Importer".to_owned(),
    }
}

fn fixture(name: &str) -> Workbook {
    read_file(&common::repo_path(&format!("tests/fixtures/import/{name}"))).expect(name)
}

fn plan_of(project: &Project, workbook: &Workbook, mapping: &Mapping) -> Plan {
    import::plan(
        project,
        workbook.sheet(None).expect("a sheet"),
        mapping,
        &stamp(),
    )
}

fn creating() -> Mapping {
    Mapping {
        create_unknown_stakeholders: true,
        ..Mapping::default()
    }
}

/// The statements of a plan by stakeholder, without what each import makes anew (ids).
fn by_stakeholder(plan: &Plan) -> BTreeMap<String, Vec<Statement>> {
    let mut out: BTreeMap<String, Vec<Statement>> = BTreeMap::new();
    for (_, s) in &plan.statements {
        let mut s = s.clone();
        s.id = String::new();
        out.entry(s.stakeholder.clone()).or_default().push(s);
    }
    out
}

#[test]
fn the_wide_layout_reads_the_same_in_csv_xlsx_and_ods() {
    let project = sample();
    let mut plans = Vec::new();
    for name in ["wide.csv", "wide.xlsx", "wide.ods"] {
        let plan = plan_of(&project, &fixture(name), &creating());
        assert!(plan.problems.is_empty(), "{name}: {:?}", plan.problems);
        assert!(plan.can_apply(false), "{name}");
        plans.push(by_stakeholder(&plan));
        assert_eq!(
            plan.left_out.len(),
            1,
            "{name}: Spain said nothing on the principles"
        );
        assert_eq!(plan.left_out[0].0, 6);
        assert_eq!(plan.new_stakeholders.len(), 1, "{name}");
        let tur = &plan.new_stakeholders[0];
        assert_eq!(
            (tur.id.as_str(), tur.kind, tur.region),
            (
                "TUR",
                StakeholderKind::State,
                Some(UnRegion::WesternEuropeanOthers)
            ),
            "Türkiye comes from the UN roster"
        );
    }
    assert_eq!(plans[0], plans[1], "CSV and XLSX");
    assert_eq!(plans[0], plans[2], "CSV and ODS");
    let statements = &plans[0];
    assert_eq!(
        statements.keys().map(String::as_str).collect::<Vec<_>>(),
        ["CAN", "FRA", "RUS", "TUR", "USA"],
        "Russia by its alias, the United States and Canada from one cell"
    );
    let tur = &statements["TUR"][0];
    assert_eq!(tur.session, "AHC6");
    assert_eq!(tur.date, NaiveDate::from_ymd_opt(2023, 8, 22));
    assert_eq!(
        tur.stances,
        treaty_tracker::model::Stances::from([
            ("C1".to_owned(), Stance::StronglySupports),
            ("P2".to_owned(), Stance::Supports)
        ]),
        "a column by principle title, another by 'P2 Transparency'; 'Called for' is strong"
    );
    assert_eq!(tur.summary, "Backs victims' rights");
    let source = tur.source.as_ref().expect("a source");
    assert_eq!(source.kind, SourceKind::Other);
    assert_eq!(source.title.as_deref(), Some("UN Web TV"));
    assert_eq!(source.url.as_deref(), Some("https://webtv.un.org/"));
    assert_eq!(tur.confidence, Confidence::High);
    assert_eq!(tur.recorded_by.as_deref(), Some("Importer"));
    let rus = &statements["RUS"][0];
    assert_eq!(rus.stances["C3"], Stance::Opposes);
    assert_eq!(rus.quote.as_deref(), Some("\"No such clause\""));
    assert_eq!(rus.confidence, Confidence::Low);
    assert_eq!(statements["USA"][0].stances, statements["CAN"][0].stances);
    assert_eq!(statements["USA"][0].summary, "Joint statement");
    let fra = &statements["FRA"][0];
    assert_eq!(
        fra.session, "AHC6",
        "no session given: the date falls within AHC6"
    );
    assert_eq!(fra.stances["C1"], Stance::Mixed);
    assert_eq!(fra.confidence, Confidence::Medium);
}

#[test]
fn the_long_layout_gives_a_statement_per_group_of_rows_in_the_three_formats() {
    let project = sample();
    let mut plans = Vec::new();
    for name in ["long.csv", "long.xlsx", "long.ods"] {
        let plan = plan_of(&project, &fixture(name), &creating());
        assert!(plan.problems.is_empty(), "{name}: {:?}", plan.problems);
        assert_eq!(
            plan.statements.len(),
            3,
            "{name}: rows 2 and 3 are one statement"
        );
        assert_eq!(plan.rows_used, 4, "{name}");
        plans.push(by_stakeholder(&plan));
    }
    assert_eq!(plans[0], plans[1], "CSV and XLSX");
    assert_eq!(plans[0], plans[2], "CSV and ODS");
    let tur = &plans[0]["TUR"];
    assert_eq!(tur.len(), 2, "'TUR' and 'Turkey' are one state");
    assert_eq!(
        tur[0].stances,
        treaty_tracker::model::Stances::from([
            ("C1".to_owned(), Stance::StronglySupports),
            ("P2".to_owned(), Stance::Supports)
        ])
    );
    assert_eq!(
        tur[0].date,
        NaiveDate::from_ymd_opt(2023, 8, 22),
        "22/08/2023"
    );
    assert_eq!(
        tur[0].source.as_ref().map(|s| s.kind),
        Some(SourceKind::Official)
    );
    assert_eq!(tur[1].session, "AHC7");
    assert_eq!(tur[1].stances["C1"], Stance::Opposes);
    let rus = &plans[0]["RUS"][0];
    assert_eq!(
        rus.stances,
        treaty_tracker::model::Stances::from([("C3".to_owned(), Stance::StronglyOpposes)]),
        "the principle by its title, '--' a strong opposition"
    );
}

fn csv_workbook(text: &str) -> Workbook {
    read_bytes("sheet", text.as_bytes()).expect("csv")
}

#[test]
fn stance_values_map_by_scale_by_word_and_by_the_mapping() {
    let project = sample();
    let scale =
        csv_workbook("Country,Session,C1,C2\nFrance,AHC6,5,4\nGermany,AHC6,3,2\nSpain,AHC6,1,\n");
    let plan = plan_of(&project, &scale, &Mapping::default());
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    let got = by_stakeholder(&plan);
    assert_eq!(
        got["FRA"][0].stances["C1"],
        Stance::StronglySupports,
        "5 of 1..5"
    );
    assert_eq!(got["FRA"][0].stances["C2"], Stance::Supports);
    assert_eq!(got["DEU"][0].stances["C1"], Stance::Mixed);
    assert_eq!(got["DEU"][0].stances["C2"], Stance::Opposes);
    assert_eq!(got["ESP"][0].stances["C1"], Stance::StronglyOpposes);
    let counts: Vec<(String, usize, Option<Option<Stance>>)> = plan
        .stance_values
        .iter()
        .map(|v| (v.text.clone(), v.count, v.target))
        .collect();
    assert_eq!(
        counts.len(),
        5,
        "every distinct value with its count: {counts:?}"
    );

    let words = csv_workbook(
        "Country,Session,C1\nFrance,AHC6,Strongly in favour of it\nGermany,AHC6,Opposing\nItaly,AHC6,n/a\n",
    );
    let plan = plan_of(&project, &words, &Mapping::default());
    assert_eq!(plan.problems.len(), 1, "{:?}", plan.problems);
    assert_eq!(plan.problems[0].place(), "2:C");
    assert!(
        plan.problems[0]
            .message
            .contains("Strongly in favour of it")
    );
    assert!(!plan.can_apply(false), "all or nothing");
    assert!(plan.can_apply(true), "the good rows when asked");
    assert_eq!(
        plan.left_out,
        vec![(4, "no stance in it".to_owned())],
        "n/a: no position"
    );
    let unknown = plan
        .stance_values
        .iter()
        .find(|v| v.text == "Strongly in favour of it")
        .expect("listed");
    assert_eq!(unknown.target, None);

    let mapping = Mapping {
        stances: BTreeMap::from([
            (
                "Strongly in favour of it".to_owned(),
                Some(Stance::StronglySupports),
            ),
            ("Opposing".to_owned(), Some(Stance::StronglyOpposes)),
        ]),
        ..Mapping::default()
    };
    let plan = plan_of(&project, &words, &mapping);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    let got = by_stakeholder(&plan);
    assert_eq!(got["FRA"][0].stances["C1"], Stance::StronglySupports);
    assert_eq!(
        got["DEU"][0].stances["C1"],
        Stance::StronglyOpposes,
        "the mapping wins"
    );
}

#[test]
fn stakeholders_match_by_id_name_alias_and_mapping() {
    let mut project = sample();
    // The project calls Türkiye "Turkey" under its code; Iran goes by its short name.
    let mut tur = treaty_tracker::roster::un_roster()
        .find("Türkiye")
        .expect("in the roster")
        .stakeholder();
    tur.name = "Turkey".to_owned();
    project.stakeholders.push(tur);
    let sheet = csv_workbook(
        "Actor,Session,C1\nTürkiye,AHC6,+\nturquie,AHC6,+\nIran (Islamic Republic of),AHC6,-\n\
         usa,AHC6,+\nEuropean union,AHC6,++\nCôte d’Ivoire,AHC6,+\nThe Caucus,AHC6,+\n",
    );
    let plan = plan_of(&project, &sheet, &Mapping::default());
    let ids: Vec<&str> = plan
        .statements
        .iter()
        .map(|(_, s)| s.stakeholder.as_str())
        .collect();
    assert_eq!(ids, ["TUR", "TUR", "IRN", "USA", "EU"]);
    assert_eq!(plan.problems.len(), 2, "{:?}", plan.problems);
    assert!(plan.problems[0].message.contains("a UN state (CIV)"));
    let names: Vec<(&str, Option<&str>)> = plan
        .unknown_stakeholders
        .iter()
        .map(|v| (v.text.as_str(), v.target.as_deref()))
        .collect();
    assert_eq!(
        names,
        [("Côte d’Ivoire", Some("CIV")), ("The Caucus", None)]
    );

    let mapping = Mapping {
        stakeholders: BTreeMap::from([
            (
                "The Caucus".to_owned(),
                StakeholderChoice::Create {
                    id: "CAUCUS".to_owned(),
                    name: "The Caucus".to_owned(),
                    kind: StakeholderKind::CivilSociety,
                },
            ),
            (
                "Côte d’Ivoire".to_owned(),
                StakeholderChoice::Create {
                    id: "CIV".to_owned(),
                    name: "Côte d'Ivoire".to_owned(),
                    kind: StakeholderKind::State,
                },
            ),
        ]),
        ..Mapping::default()
    };
    let plan = plan_of(&project, &sheet, &mapping);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    let new: Vec<(&str, StakeholderKind, Option<UnRegion>)> = plan
        .new_stakeholders
        .iter()
        .map(|s| (s.id.as_str(), s.kind, s.region))
        .collect();
    assert_eq!(
        new,
        [
            ("CAUCUS", StakeholderKind::CivilSociety, None),
            ("CIV", StakeholderKind::State, Some(UnRegion::African))
        ]
    );
    let mut after = project.clone();
    plan.edit(&project).apply_to(&mut after).expect("applies");
    assert!(treaty_tracker::model::validate(&after).is_empty());
    assert_eq!(after.statements.len(), project.statements.len() + 7);
}

#[test]
fn sessions_come_from_an_id_a_name_a_date_or_the_default() {
    let project = sample();
    let sheet = csv_workbook(
        "Country,Session,Date,C1\nFrance,ahc6,,+\nFrance,Concluding session,,+\n\
         France,2023-08-22,,+\nFrance,,2024-01-30,+\nFrance,,,+\nFrance,Tenth,,+\n",
    );
    let plan = plan_of(&project, &sheet, &Mapping::default());
    let sessions: Vec<(usize, &str)> = plan
        .statements
        .iter()
        .map(|(r, s)| (*r, s.session.as_str()))
        .collect();
    assert_eq!(
        sessions,
        [(2, "AHC6"), (3, "AHC7"), (4, "AHC6"), (5, "AHC7")],
        "by id (any case), by name, a date within it, the row's date within it"
    );
    let places: Vec<String> = plan
        .problems
        .iter()
        .map(import::RowProblem::place)
        .collect();
    assert_eq!(places, ["6:B", "7:B"], "no session at all, an unknown one");
    let unknown: Vec<&str> = plan
        .unknown_sessions
        .iter()
        .map(|v| v.text.as_str())
        .collect();
    assert_eq!(unknown, ["Tenth"]);
    let mapping = Mapping {
        default_session: Some("AHC5".to_owned()),
        sessions: BTreeMap::from([("Tenth".to_owned(), "AHC7".to_owned())]),
        ..Mapping::default()
    };
    let plan = plan_of(&project, &sheet, &mapping);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    let last: Vec<&str> = plan.statements[4..]
        .iter()
        .map(|(_, s)| s.session.as_str())
        .collect();
    assert_eq!(
        last,
        ["AHC5", "AHC7"],
        "the default session, then the mapped one"
    );
}

#[test]
fn a_missing_column_is_a_problem_with_the_whole_sheet() {
    let project = sample();
    let plan = plan_of(
        &project,
        &csv_workbook("Session,C1\nAHC6,+\n"),
        &Mapping::default(),
    );
    assert!(plan.has_sheet_problem());
    assert!(!plan.can_apply(true), "skipping rows does not help");
    assert!(plan.problems[0].message.contains("stakeholder"));
    let plan = plan_of(
        &project,
        &csv_workbook("Country,Session,Note\nFrance,AHC6,x\n"),
        &Mapping::default(),
    );
    assert!(plan.problems[0].message.contains("no column gives stances"));
    let plan = plan_of(&project, &csv_workbook("\n\n"), &Mapping::default());
    assert_eq!(plan.problems[0].message, "the sheet is empty");
    // A column the user says holds a principle the project lacks.
    let mapping = Mapping {
        columns: BTreeMap::from([("Score".to_owned(), Field::PrincipleStance("Z9".to_owned()))]),
        ..Mapping::default()
    };
    let plan = plan_of(
        &project,
        &csv_workbook("Country,Session,Score\nFrance,AHC6,+\n"),
        &mapping,
    );
    assert!(
        plan.problems[0].message.contains("\"Z9\""),
        "{:?}",
        plan.problems
    );
}

#[test]
fn a_mapping_file_round_trips_and_refuses_unknown_settings() {
    let mapping = Mapping {
        sheet: Some("Positions".to_owned()),
        columns: BTreeMap::from([
            ("Pays".to_owned(), Field::Stakeholder),
            ("Droits".to_owned(), Field::PrincipleStance("C3".to_owned())),
        ]),
        stances: BTreeMap::from([("Favorable".to_owned(), Some(Stance::Supports))]),
        default_confidence: Some(Confidence::Low),
        ..Mapping::default()
    };
    let text = mapping.to_ron();
    assert_eq!(Mapping::from_ron(&text).expect("reads back"), mapping);
    let error = Mapping::from_ron("(colums: {})").expect_err("a typo");
    assert!(error.contains("colums"), "{error}");
}

/// A copy of `project` without its statements, to import them back into.
fn emptied(project: &Project) -> Project {
    let mut out = project.clone();
    out.statements.clear();
    out
}

#[test]
fn an_exported_statements_table_imports_back_to_the_same_statements() {
    for project in [sample(), common::worked_example()] {
        for include_confidential in [false, true] {
            let expected: Vec<Statement> = project
                .statements
                .iter()
                .filter(|s| include_confidential || !s.confidential)
                .cloned()
                .collect();
            let csv = statements_csv(
                &project,
                include_confidential,
                CsvOptions::for_language("fr"),
            )
            .expect("csv");
            let xlsx = statements_xlsx(&project, include_confidential).expect("xlsx");
            for (what, bytes) in [("csv", csv), ("xlsx", xlsx)] {
                let workbook = read_bytes("statements", &bytes).expect(what);
                let target = emptied(&project);
                let plan = plan_of(&target, &workbook, &Mapping::default());
                assert!(plan.problems.is_empty(), "{what}: {:?}", plan.problems);
                assert!(plan.new_stakeholders.is_empty());
                let got: Vec<Statement> = plan.statements.iter().map(|(_, s)| s.clone()).collect();
                assert_eq!(got.len(), expected.len(), "{what}");
                for (g, e) in got.iter().zip(&expected) {
                    assert_eq!(
                        g, e,
                        "{what}, confidential included: {include_confidential}"
                    );
                }
            }
        }
    }
}

#[test]
fn statements_already_in_the_project_are_refused() {
    let project = sample();
    let bytes = statements_csv(&project, false, CsvOptions::default()).expect("csv");
    let plan = plan_of(
        &project,
        &read_bytes("s", &bytes).expect("csv"),
        &Mapping::default(),
    );
    assert_eq!(plan.bad_rows.len(), project.statements.len());
    assert!(plan.problems[0].message.contains("already in the project"));
}

#[test]
fn spreadsheet_dates_serial_numbers_formulas_and_merged_cells() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook as Book};
    let mut book = Book::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Positions").expect("name");
    let day = Format::new().set_num_format("dd/mm/yyyy");
    for (c, h) in ["Country", "Date", "C1", "Summary"].iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).expect("col"), *h)
            .expect("header");
    }
    sheet.write_string(1, 0, "France").expect("cell");
    let date = ExcelDateTime::from_ymd(2023, 8, 22).expect("date");
    sheet
        .write_datetime_with_format(1, 1, &date, &day)
        .expect("date");
    sheet.write_string(1, 2, "+").expect("cell");
    sheet
        .write_formula(
            1,
            3,
            Formula::new("=CONCAT(\"Said \",\"yes\")").set_result("Said yes"),
        )
        .expect("formula");
    sheet.write_string(2, 0, "Germany").expect("cell");
    sheet
        .write_number(2, 1, 45_160.0)
        .expect("a serial number: 2023-08-22");
    sheet.write_string(2, 2, "-").expect("cell");
    sheet
        .merge_range(3, 0, 4, 0, "Spain", &Format::new())
        .expect("merged over two rows");
    sheet.write_string(3, 2, "+").expect("cell");
    sheet.write_string(4, 2, "+").expect("cell");
    let bytes = book.save_to_buffer().expect("xlsx");
    let workbook = read_bytes("book", &bytes).expect("xlsx");
    assert!(workbook.sheet(Some("Positions")).is_some());
    let mapping = Mapping {
        default_session: Some("AHC1".to_owned()),
        ..Mapping::default()
    };
    let plan = plan_of(&sample(), &workbook, &mapping);
    let got = by_stakeholder(&plan);
    assert_eq!(got["FRA"][0].date, NaiveDate::from_ymd_opt(2023, 8, 22));
    assert_eq!(got["FRA"][0].session, "AHC6", "the date falls within AHC6");
    assert_eq!(
        got["FRA"][0].summary, "Said yes",
        "a formula's value, never the formula"
    );
    assert_eq!(got["DEU"][0].date, NaiveDate::from_ymd_opt(2023, 8, 22));
    assert_eq!(got["ESP"].len(), 1);
    assert_eq!(plan.problems.len(), 1, "{:?}", plan.problems);
    assert_eq!(
        plan.problems[0].place(),
        "5:A",
        "the merged cell's second row is blank"
    );
    assert_eq!(plan.problems[0].message, "no stakeholder");
}

#[test]
fn bad_files_get_a_message_and_no_panic() {
    let good = std::fs::read(common::repo_path("tests/fixtures/import/wide.xlsx")).expect("read");
    for cut in [10, 100, good.len() / 2, good.len() - 30] {
        let result = read_bytes("cut", &good[..cut]);
        let message = result.expect_err("a truncated workbook");
        assert!(
            message.contains("not a readable spreadsheet"),
            "{cut}: {message}"
        );
    }
    let message = read_bytes("bin", &[0, 159, 146, 150, 0, 1]).expect_err("binary");
    assert!(message.contains("not a spreadsheet"), "{message}");
    // A zip bomb: 20 MB of zeros in a few kilobytes, refused past the limit without being
    // unpacked to the end.
    let mut bomb = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bomb));
        zip.start_file(
            "xl/worksheets/sheet1.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("entry");
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..20 {
            std::io::Write::write_all(&mut zip, &zeros).expect("write");
        }
        zip.finish().expect("zip");
    }
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    let message = import::read_bytes_limited("bomb", &bomb, 5_000_000).expect_err("a zip bomb");
    assert!(message.contains("zip bomb"), "{message}");
    // More rows than a spreadsheet holds.
    let rows = "a\n".repeat(import::read::MAX_ROWS + 1);
    let message = read_bytes("big", rows.as_bytes()).expect_err("too many rows");
    assert!(message.contains("1048576 rows"), "{message}");
    // Windows-1252 text is read, and said so.
    let latin = b"Country,Session,C1\nC\xf4te d'Ivoire,AHC6,+\n";
    let workbook = read_bytes("latin", latin).expect("read");
    assert_eq!(workbook.notes.len(), 1);
    assert_eq!(
        workbook.sheets[0].rows[1][0],
        import::Value::Text("Côte d'Ivoire".to_owned())
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Damaged workbooks and random text never panic: a message, or a plan with problems.
    #[test]
    fn damaged_spreadsheets_never_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        which in 0usize..2,
        text in "[a-zA-Z0-9,;\"\n +~-]{0,300}",
    ) {
        let name = ["wide.xlsx", "long.ods"][which];
        let mut bytes = std::fs::read(common::repo_path(&format!("tests/fixtures/import/{name}")))
            .expect("read");
        for (at, value) in &flips {
            let i = at.index(bytes.len());
            bytes[i] = *value;
        }
        let project = sample();
        for input in [bytes.as_slice(), text.as_bytes()] {
            if let Ok(workbook) = read_bytes("fuzz", input)
                && let Some(sheet) = workbook.sheet(None)
            {
                let plan = import::plan(&project, sheet, &creating(), &stamp());
                prop_assert!(plan.statements.len() <= plan.rows_read * 8 + 8);
            }
        }
    }
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
}

#[test]
fn the_command_imports_all_or_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let project = dir.path().join("p.ron");
    std::fs::write(&project, treaty_tracker::SAMPLE_PROJECT).expect("write");
    let sheet = dir.path().join("s.csv");
    std::fs::write(
        &sheet,
        "Country,Session,C1\nFrance,AHC6,+\nAtlantis,AHC6,+\nGermany,AHC6,maybe\n",
    )
    .expect("write");
    let before = std::fs::read(&project).expect("read");
    let out = bin()
        .args(["import"])
        .arg(&sheet)
        .arg("--into")
        .arg(&project)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let name = sheet.display().to_string();
    assert!(
        stderr.contains(&format!("{name}:3:A: \"Atlantis\"")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{name}:4:C: \"maybe\" is not a stance")),
        "{stderr}"
    );
    assert!(stderr.contains("nothing imported"), "{stderr}");
    assert_eq!(
        std::fs::read(&project).expect("read"),
        before,
        "nothing written"
    );

    let out = bin()
        .args(["import"])
        .arg(&sheet)
        .arg("--into")
        .arg(&project)
        .arg("--skip-bad-rows")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("skipped 2 bad rows: 3, 4"), "{stderr}");
    let after = treaty_tracker::store::load(&project).expect("loads");
    assert!(after.problems.is_empty());
    assert_eq!(
        after.project.statements.len(),
        sample().statements.len() + 1
    );
    assert!(
        treaty_tracker::store::backup_path(&project).exists(),
        "the old file kept"
    );

    // A mapping file, and -o leaving the project alone.
    let mapping = dir.path().join("m.ron");
    std::fs::write(
        &mapping,
        "(stances: {\"maybe\": Some(Mixed)}, create_unknown_stakeholders: true)",
    )
    .expect("write");
    let output = dir.path().join("out.ron");
    let before = std::fs::read(&project).expect("read");
    std::fs::write(
        &sheet,
        "Country,Session,C1\nAtlantis,AHC6,+\nGermany,AHC6,maybe\n",
    )
    .expect("write");
    let out = bin()
        .args(["import"])
        .arg(&sheet)
        .arg("--into")
        .arg(&project)
        .arg("--mapping")
        .arg(&mapping)
        .arg("-o")
        .arg(&output)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("1 new stakeholder"), "{stderr}");
    assert_eq!(
        std::fs::read(&project).expect("read"),
        before,
        "-o leaves the project"
    );
    let written = treaty_tracker::store::load(&output).expect("loads");
    assert!(written.project.stakeholder("ATLANTIS").is_some());
}

#[test]
fn the_un_roster_has_the_193_members_and_2_observers_by_group() {
    let roster = treaty_tracker::roster::un_roster();
    assert_eq!(roster.entries.len(), 195);
    assert_eq!(roster.entries.iter().filter(|e| e.observer).count(), 2);
    let count = |r: Option<UnRegion>| {
        roster
            .entries
            .iter()
            .filter(|e| !e.observer && e.region == r)
            .count()
    };
    assert_eq!(count(Some(UnRegion::African)), 54);
    assert_eq!(count(Some(UnRegion::AsiaPacific)), 54, "Kiribati included");
    assert_eq!(count(Some(UnRegion::EasternEuropean)), 23);
    assert_eq!(count(Some(UnRegion::LatinAmericanCaribbean)), 33);
    assert_eq!(
        count(Some(UnRegion::WesternEuropeanOthers)),
        29,
        "with the United States"
    );
    for (text, code) in [
        ("Türkiye", "TUR"),
        ("turkey", "TUR"),
        ("Turquie", "TUR"),
        ("Russia", "RUS"),
        ("Fédération de Russie", "RUS"),
        ("UK", "GBR"),
        ("Cote d'Ivoire", "CIV"),
        ("Holy See", "VAT"),
        ("Palestine", "PSE"),
        ("Viet Nam", "VNM"),
        ("DPRK", "PRK"),
    ] {
        assert_eq!(
            roster.find(text).map(|e| e.iso3.as_str()),
            Some(code),
            "{text}"
        );
    }
    let fra = roster.by_code("FRA").expect("France");
    assert_eq!(
        (fra.name_en.as_str(), fra.name_fr.as_str()),
        ("France", "France")
    );
    assert!(roster.find("Ruritania").is_none());
}
