//! Every validation rule has a failing file with its expected message and line.

mod common;

use treaty_tracker::store;

/// A small valid file, one item per line so that every problem has a distinct line.
const BASE: &str = r#"Project(
    format_version: 1,
    title: "Validation base",
    principles: [
        (id: "P1", title: "One"),
        (id: "P2", title: "Two", weight: 2.0),
    ],
    sessions: [
        (id: "S1", name: "First", kind: Formal, start: "2023-01-10", end: "2023-01-12"),
        (id: "S2", name: "Second", kind: Formal, start: "2023-04-03"),
    ],
    stakeholders: [
        (id: "A", name: "Atlantis", kind: State),
        (id: "B", name: "Borduria", kind: State),
        (id: "G", name: "Group", kind: Bloc, members: ["A", "B"]),
    ],
    statements: [
        (id: "01GPEXAMP1E0000000000000S1", stakeholder: "A", session: "S1", stances: {"P1": Supports}, summary: "one", confidence: High, recorded_at: "2023-01-10T10:00:00Z"),
        (id: "01GPEXAMP1E0000000000000S2", stakeholder: "B", session: "S2", delivered_by: "A", stances: {"P2": Opposes}, summary: "two", confidence: Low, recorded_at: "2023-04-03T10:00:00Z"),
    ],
)
"#;

/// Applies one replacement to BASE, loads it, and checks that exactly one problem is reported
/// with this message on the line where `replacement` ends up.
fn expect_problem(find: &str, replacement: &str, message: &str) {
    expect_problems(find, replacement, &[message]);
}

/// As [`expect_problem`], when one change causes several problems (the first is checked for
/// its line).
fn expect_problems(find: &str, replacement: &str, messages: &[&str]) {
    assert!(BASE.contains(find), "test setup: {find:?} not in BASE");
    let text = BASE.replacen(find, replacement, 1);
    let loaded = store::from_str(&text).expect("still parses");
    let problems: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| p.problem.to_string())
        .collect();
    assert_eq!(problems, messages, "for {replacement:?}");
    let message = messages[0];
    let offset = text.find(replacement).expect("replacement present");
    let line = text[..offset].lines().count() + usize::from(text[..offset].ends_with('\n'));
    let line = if offset == 0 { 1 } else { line.max(1) };
    let position = loaded.problems[0].position.expect("problem has a position");
    assert_eq!(position.line, line, "line of {message:?}");
}

#[test]
fn base_is_valid() {
    common::valid(BASE);
}

#[test]
fn duplicate_ids() {
    // Renaming P2 to P1 also leaves the statement on P2 pointing at nothing: both are said.
    expect_problems(
        r#"(id: "P2", title: "Two""#,
        r#"(id: "P1", title: "Two""#,
        &[
            r#"principle P1: duplicate principle id "P1" (first used by principle #1)"#,
            r#"statement 01GPEXAMP1E0000000000000S2: stance on unknown principle "P2""#,
        ],
    );
    expect_problems(
        r#"(id: "S2", name: "Second""#,
        r#"(id: "S1", name: "Second""#,
        &[
            r#"session S1: duplicate session id "S1" (first used by session #1)"#,
            r#"statement 01GPEXAMP1E0000000000000S2: unknown session "S2""#,
        ],
    );
    expect_problems(
        r#"(id: "B", name: "Borduria""#,
        r#"(id: "A", name: "Borduria""#,
        &[
            r#"stakeholder A: duplicate stakeholder id "A" (first used by stakeholder #1)"#,
            r#"stakeholder G: bloc member "B" is not a stakeholder of this project"#,
            r#"statement 01GPEXAMP1E0000000000000S2: unknown stakeholder "B""#,
        ],
    );
}

#[test]
fn duplicate_statement_id() {
    let text = BASE.replacen("0000000000000S2", "0000000000000S1", 1);
    let loaded = store::from_str(&text).expect("parses");
    let problems: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| p.problem.to_string())
        .collect();
    assert_eq!(
        problems,
        vec![
            r#"statement 01GPEXAMP1E0000000000000S1: duplicate statement id "01GPEXAMP1E0000000000000S1" (first used by statement #1)"#
                .to_owned()
        ]
    );
    assert_eq!(loaded.problems[0].position.map(|p| p.line), Some(19));
}

#[test]
fn empty_id() {
    expect_problems(
        r#"(id: "P2", title: "Two""#,
        r#"(id: "", title: "Two""#,
        &[
            "principle #2: empty principle id",
            r#"statement 01GPEXAMP1E0000000000000S2: stance on unknown principle "P2""#,
        ],
    );
}

#[test]
fn padded_id() {
    expect_problems(
        r#"(id: "A", name: "Atlantis""#,
        r#"(id: "A ", name: "Atlantis""#,
        &[
            r#"stakeholder A : stakeholder id "A " has leading or trailing spaces"#,
            r#"stakeholder G: bloc member "A" is not a stakeholder of this project"#,
            r#"statement 01GPEXAMP1E0000000000000S1: unknown stakeholder "A""#,
            r#"statement 01GPEXAMP1E0000000000000S2: delivered_by names unknown stakeholder "A""#,
        ],
    );
}

#[test]
fn a_principle_twice_in_one_statement_is_refused() {
    let text = BASE.replacen(
        r#"stances: {"P1": Supports}"#,
        r#"stances: {"P1": Supports, "P1": Opposes}"#,
        1,
    );
    let error = store::from_str(&text).expect_err("duplicate key");
    assert!(
        error
            .to_string()
            .contains(r#"principle "P1" has two stances"#),
        "{error}"
    );
    assert_eq!(error.position().map(|p| p.0), Some(18), "{error}");
}

#[test]
fn unknown_references_in_a_statement() {
    expect_problem(
        r#"stakeholder: "A", session: "S1""#,
        r#"stakeholder: "Z", session: "S1""#,
        r#"statement 01GPEXAMP1E0000000000000S1: unknown stakeholder "Z""#,
    );
    expect_problem(
        r#"stakeholder: "A", session: "S1""#,
        r#"stakeholder: "A", session: "S9""#,
        r#"statement 01GPEXAMP1E0000000000000S1: unknown session "S9""#,
    );
    expect_problem(
        r#"stances: {"P1": Supports}"#,
        r#"stances: {"P7": Supports}"#,
        r#"statement 01GPEXAMP1E0000000000000S1: stance on unknown principle "P7""#,
    );
    expect_problem(
        r#"delivered_by: "A""#,
        r#"delivered_by: "Q""#,
        r#"statement 01GPEXAMP1E0000000000000S2: delivered_by names unknown stakeholder "Q""#,
    );
}

#[test]
fn bloc_members() {
    expect_problem(
        r#"members: ["A", "B"]"#,
        r#"members: ["A", "X"]"#,
        r#"stakeholder G: bloc member "X" is not a stakeholder of this project"#,
    );
    expect_problem(
        r#"members: ["A", "B"]"#,
        r#"members: ["A", "G"]"#,
        "stakeholder G: a bloc cannot be its own member",
    );
    expect_problem(
        r#"members: ["A", "B"]"#,
        r#"members: ["A", "A"]"#,
        r#"stakeholder G: bloc member "A" is listed twice"#,
    );
    expect_problem(
        r#"(id: "B", name: "Borduria", kind: State)"#,
        r#"(id: "B", name: "Borduria", kind: State, members: ["A"])"#,
        "stakeholder B: only blocs have members, but this stakeholder is of kind State",
    );
}

#[test]
fn end_before_start() {
    expect_problem(
        r#"end: "2023-01-12""#,
        r#"end: "2023-01-09""#,
        "session S1: end date 2023-01-09 is before start date 2023-01-10",
    );
}

#[test]
fn weights() {
    expect_problem(
        "weight: 2.0",
        "weight: -1.0",
        "principle P2: weight -1 is negative",
    );
    expect_problem(
        "weight: 2.0",
        "weight: inf",
        "principle P2: weight inf is not a finite number",
    );
    expect_problem(
        "weight: 2.0",
        "weight: NaN",
        "principle P2: weight NaN is not a finite number",
    );
    expect_problem(
        r#"(id: "A", name: "Atlantis", kind: State)"#,
        r#"(id: "A", name: "Atlantis", kind: State, weight: -0.5)"#,
        "stakeholder A: weight -0.5 is negative",
    );
}

#[test]
fn statement_without_stance() {
    expect_problem(
        r#"stances: {"P1": Supports}"#,
        "stances: {}",
        "statement 01GPEXAMP1E0000000000000S1: no stance: a statement must bear on at least one principle",
    );
}

#[test]
fn statement_id_must_be_a_ulid() {
    expect_problem(
        "01GPEXAMP1E0000000000000S1",
        "note-1",
        r#"statement note-1: id "note-1" is not a ULID (26 characters of Crockford base32)"#,
    );
}

#[test]
fn format_version_zero() {
    expect_problem(
        "format_version: 1",
        "format_version: 0",
        "project: format_version 0 does not exist; the first version is 1",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = BASE
        .replacen(r#"end: "2023-01-12""#, r#"end: "2023-01-01""#, 1)
        .replacen(
            r#"stakeholder: "A", session: "S1""#,
            r#"stakeholder: "Z", session: "S9""#,
            1,
        )
        .replacen("weight: 2.0", "weight: -2.0", 1);
    let loaded = store::from_str(&text).expect("parses");
    assert_eq!(loaded.problems.len(), 4, "{:?}", loaded.problems);
}

#[test]
fn syntax_errors_have_line_and_column() {
    let text = BASE.replacen(r#"title: "Two","#, r#"title: "Two" weight"#, 1);
    let error = store::from_str(&text).expect_err("syntax error");
    // `(id: "P2", title: "Two" weight` : the parser stops at `weight`, column 33.
    assert_eq!(error.position(), Some((6, 33)), "{error}");

    let text = BASE.replacen("kind: Formal", "kind: Plenary", 1);
    let error = store::from_str(&text).expect_err("unknown variant");
    assert_eq!(error.position().map(|p| p.0), Some(9), "{error}");
    assert!(error.to_string().contains("Plenary"), "{error}");

    let text = BASE.replacen(
        r#"title: "Validation base","#,
        r#"title: "x", colour: "red","#,
        1,
    );
    let error = store::from_str(&text).expect_err("unknown field");
    assert_eq!(error.position().map(|p| p.0), Some(3), "{error}");
    assert!(error.to_string().contains("colour"), "{error}");
}

#[test]
fn newer_format_version_is_refused_naming_both_versions() {
    let text = BASE.replacen("format_version: 1", "format_version: 7", 1);
    let error = store::from_str(&text).expect_err("newer");
    let message = error.to_string();
    assert!(
        message.contains('7') && message.contains("version 2"),
        "{message}"
    );
    assert_eq!(error.position(), Some((2, 21)));
    // Even when the rest of the file uses fields this version does not know.
    let text = text.replacen("title:", "future_field: 3, title:", 1);
    assert!(matches!(
        store::from_str(&text),
        Err(store::LoadError::NewerVersion {
            found: 7,
            supported: 2,
            ..
        })
    ));
}

/// Validation and the editors share one id rule: what the editors refuse, a file is refused
/// for too (a space inside an id, + - ~ in a principle id, ids that differ only in case).
#[test]
fn ids_follow_the_editors_rule() {
    expect_problems(
        r#"(id: "B", name: "Borduria""#,
        r#"(id: "B X", name: "Borduria""#,
        &[
            r#"stakeholder B X: stakeholder id "B X" has a space in it: ids have none"#,
            r#"stakeholder G: bloc member "B" is not a stakeholder of this project"#,
            r#"statement 01GPEXAMP1E0000000000000S2: unknown stakeholder "B""#,
        ],
    );
    expect_problems(
        r#"(id: "P2", title: "Two""#,
        r#"(id: "P2+", title: "Two""#,
        &[
            r#"principle P2+: principle id "P2+" contains '+', which the quick entry reads as a stance"#,
            r#"statement 01GPEXAMP1E0000000000000S2: stance on unknown principle "P2""#,
        ],
    );
    expect_problems(
        r#"(id: "S2", name: "Second""#,
        r#"(id: "s1", name: "Second""#,
        &[
            r#"session s1: session id "s1" differs only in case from "S1" (session #1): ids are read in any case"#,
            r#"statement 01GPEXAMP1E0000000000000S2: unknown session "S2""#,
        ],
    );
    // The same ids pass the editors' check and validation alike.
    for ok in ["EGY-GROUP", "P10", "AHC7R"] {
        assert!(
            treaty_tracker::model::check_id_shape(ok, "").is_ok(),
            "{ok}"
        );
    }
}

/// On a large project the statements are checked on several threads: the problems, and their
/// order, are those of checking them in one pass.
#[test]
fn checking_on_several_threads_finds_what_one_pass_finds() {
    use treaty_tracker::generate::{GenerateOptions, generate};
    use treaty_tracker::model::{validate, validate_on};
    let mut project = generate(&GenerateOptions {
        stakeholders: 40,
        principles: 8,
        sessions: 5,
        statements: 25_000,
        seed: 11,
    })
    .expect("generates");
    assert!(validate(&project).is_empty());
    // Problems spread over the list, so that every thread's part has some.
    let first_id = project.statements[0].id.to_ascii_lowercase();
    for i in (0..25_000).step_by(997) {
        let s = &mut project.statements[i];
        match i % 5 {
            0 => s.stakeholder = "NOBODY".to_owned(),
            1 => s.session = "AHC99".to_owned(),
            2 => s.id = "not-a-ulid".to_owned(),
            3 => s.stances.clear(),
            _ => s.id.clone_from(&first_id),
        }
    }
    let one_pass = validate_on(&project, 1);
    assert!(one_pass.len() > 25, "{} problems", one_pass.len());
    for threads in [2, 3, 8] {
        assert_eq!(
            validate_on(&project, threads),
            one_pass,
            "{threads} threads"
        );
    }
    assert_eq!(validate(&project), one_pass);
}
