//! The properties the fuzz targets (`fuzz/`) check, one function per target, shared with the
//! tests that replay the kept corpus (`tests/fuzz_corpus.rs`) so that both check the same
//! thing. Each takes any bytes and panics only when a promise is broken: the loader, the quick
//! entry's parser and the spreadsheet import never panic, never hang, and never make a project
//! that fails validation.
//!
//! # Panics
//! Every function here panics when the promise it checks is broken: that is how a fuzzer and
//! a test see it.

#![expect(
    clippy::missing_panics_doc,
    reason = "panicking on a broken promise is what these checks are for (module docs)"
)]

use std::sync::OnceLock;

use crate::model::{Project, validate};

/// The embedded sample, loaded once.
fn sample() -> &'static Project {
    static SAMPLE: OnceLock<Project> = OnceLock::new();
    SAMPLE.get_or_init(|| match crate::store::from_str(crate::SAMPLE_PROJECT) {
        Ok(loaded) => loaded.project,
        Err(e) => panic!("the embedded sample does not load: {e}"),
    })
}

/// Any bytes as a project file: loaded or refused with a position or a message; the parse
/// with the statements split at record boundaries (what large files get) reads the same
/// project or gives the same refusal as the one-piece parse; a project that loads is saved and
/// loaded back to the same project, and its check lines are one line each with no control
/// character.
pub fn project_file(data: &[u8]) {
    let result = crate::store::from_bytes(data);
    // The statements split at record boundaries and parsed apart read what the whole file
    // parsed in one piece reads: the same project, or the same refusal.
    if let Ok(text) = std::str::from_utf8(data) {
        let split = crate::store::from_str_always_split(text);
        let whole = crate::store::from_str_in_one_piece(text);
        match (&split, &whole) {
            // As written (a weight of NaN is not equal to itself).
            (Ok(a), Ok(b)) => assert_eq!(
                format!("{:?}", a.project),
                format!("{:?}", b.project),
                "the split parse differs"
            ),
            (Err(a), Err(b)) => assert_eq!(
                format!("{a:?}"),
                format!("{b:?}"),
                "the split parse refuses differently"
            ),
            _ => panic!("one parse refused what the other read: {split:?} / {whole:?}"),
        }
    }
    let lines = crate::store::check_lines(std::path::Path::new("fuzz.ron"), &result);
    for line in &lines {
        assert!(
            !line.chars().any(crate::text::is_invisible),
            "a check line carries a control character: {line:?}"
        );
    }
    if let Ok(loaded) = result
        && loaded.problems.is_empty()
    {
        let text = crate::store::to_string(&loaded.project).expect("a valid project serialises");
        let again = crate::store::from_str(&text).expect("what was written reads back");
        assert_eq!(
            again.project, loaded.project,
            "the round trip changed the project"
        );
    }
}

/// Any text as a quick-entry line against the sample: parsed without panicking, every token
/// inside the line, and a line that is ready makes a statement that keeps the project valid.
pub fn quick_entry_line(data: &[u8]) {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    let project = sample();
    let parsed = crate::quick_entry::parse(line, project);
    for token in &parsed.tokens {
        assert!(
            token.range.end <= line.len() && line.is_char_boundary(token.range.start),
            "a token outside the line"
        );
    }
    let _ = crate::quick_entry::completions(line, line.len(), project);
    let at = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap_or_default();
    let current = project.default_session();
    if let Ok(statement) = parsed.statement(project, current, at, at.date_naive(), "fuzz") {
        let mut p = project.clone();
        p.statements.push(statement);
        let problems = validate(&p);
        assert!(
            problems.is_empty(),
            "a logged line made the project invalid: {problems:?}"
        );
    }
}

/// Any bytes as a spreadsheet (CSV, XLSX, XLS or ODS by their first bytes), planned into the
/// sample with and without creating unknown stakeholders; a plan that can be applied gives a
/// valid project.
pub fn spreadsheet(data: &[u8]) {
    // A 16 MB unpacked limit keeps each run short; the product's is 2 GB.
    let Ok(workbook) = crate::import::read_bytes_limited("fuzz", data, 16 << 20) else {
        return;
    };
    let stamp = crate::import::Stamp {
        now: chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap_or_default(),
        by: "fuzz".to_owned(),
    };
    for sheet in &workbook.sheets {
        for create in [false, true] {
            let mapping = crate::import::Mapping {
                create_unknown_stakeholders: create,
                ..crate::import::Mapping::default()
            };
            let planned = crate::import::plan(sample(), sheet, &mapping, &stamp);
            if !planned.can_apply(true) {
                continue;
            }
            let mut project = sample().clone();
            assert!(
                planned.edit(&project).apply_to(&mut project).is_some(),
                "a plan that can be applied applies"
            );
            let problems = validate(&project);
            assert!(
                problems.is_empty(),
                "an import made an invalid project: {problems:?}"
            );
        }
    }
}
