//! Project files: round-trip, determinism, diff-friendliness, atomic saves, hostile input.

mod common;

use std::fs;

use proptest::prelude::*;
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::model::Project;
use treaty_tracker::store::{self, LoadError, PendingWrite};

fn save_load(project: &Project) -> Project {
    let text = store::to_string(project).expect("serialises");
    let loaded = store::from_str(&text).expect("reloads");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.project
}

fn small_generated(seed: u64) -> Project {
    generate(&GenerateOptions {
        stakeholders: 12,
        principles: 5,
        sessions: 4,
        statements: 40,
        seed,
    })
    .expect("generates")
}

#[test]
fn samples_and_example_are_valid_and_canonical() {
    for (name, text) in [
        ("ahc_cybercrime.ron", treaty_tracker::SAMPLE_PROJECT),
        ("manifesto_template.ron", treaty_tracker::MANIFESTO_TEMPLATE),
        ("worked_example.ron", common::WORKED_EXAMPLE),
    ] {
        let project = common::valid(text);
        // Saving a file we ship gives back the same bytes: what a user sees in a diff after
        // opening and saving the sample is only what they changed.
        let saved = store::to_string(&project).expect("serialises");
        if let Some((line, (a, b))) = saved
            .lines()
            .zip(text.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
        {
            panic!("{name} line {}: saved {a:?}, shipped {b:?}", line + 1);
        }
        assert_eq!(saved, text, "{name}");
    }
}

#[test]
fn sample_has_the_documented_content() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    assert_eq!(project.principles.len(), 10);
    assert!(project.sessions.len() >= 10);
    assert!(project.statements.len() >= 28);
    assert!(
        project
            .statements
            .iter()
            .all(|s| s.source.as_ref().is_some_and(|s| s.url.is_some()))
    );
    let template = common::valid(treaty_tracker::MANIFESTO_TEMPLATE);
    assert_eq!(template.principles, project.principles);
    assert!(template.statements.is_empty() && template.stakeholders.is_empty());
}

#[test]
fn round_trip_of_the_sample() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    assert_eq!(save_load(&project), project);
}

#[test]
fn saving_twice_gives_identical_bytes() {
    let project = small_generated(7);
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    store::save(&project, &a).expect("save a");
    store::save(&project, &b).expect("save b");
    assert_eq!(fs::read(&a).expect("read a"), fs::read(&b).expect("read b"));
    let reloaded = store::load(&a).expect("load").project;
    store::save(&reloaded, &b).expect("save again");
    assert_eq!(fs::read(&a).expect("read a"), fs::read(&b).expect("read b"));
}

/// Lines of `after` that are not in `before`, and lines of `before` missing from `after`, by
/// a longest-common-subsequence diff.
fn diff(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            removed.push(a[i].to_owned());
            i += 1;
        } else {
            added.push(b[j].to_owned());
            j += 1;
        }
    }
    removed.extend(a[i..].iter().map(|s| (*s).to_owned()));
    added.extend(b[j..].iter().map(|s| (*s).to_owned()));
    (removed, added)
}

#[test]
fn adding_one_statement_changes_only_its_lines() {
    let mut project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let before = store::to_string(&project).expect("serialises");
    let mut statement = project.statements[3].clone();
    statement.id = "01KAZZZZZZZZZZZZZZZZZZZZZZ".to_owned();
    statement.summary = "A new statement, logged live.".to_owned();
    let single = {
        let mut one = Project::new("x");
        one.statements.push(statement.clone());
        store::to_string(&one).expect("serialises")
    };
    project.statements.insert(10, statement);
    let after = store::to_string(&project).expect("serialises");
    let (removed, added) = diff(&before, &after);
    assert!(removed.is_empty(), "removed lines: {removed:?}");
    // The added lines are exactly the statement's own block.
    let block: Vec<&str> = single
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("statements:"))
        .skip(1)
        .take_while(|l| l.trim() != "],")
        .collect();
    // A line diff may align the block one line off (`(` and `),` repeat between blocks), so
    // compare the lines as a multiset.
    let mut added_sorted = added.clone();
    added_sorted.sort();
    let mut block_sorted: Vec<String> = block.iter().map(|s| (*s).to_owned()).collect();
    block_sorted.sort();
    assert_eq!(added_sorted, block_sorted);
    assert!(added.len() >= 8, "{added:?}");
}

#[test]
fn hand_edited_files_load() {
    let text = r#"
// A file written by hand: comments, fields in another order, optionals left out.
Project(
    title: "Hand made", /* block comment */
    format_version: 1,
    stakeholders: [(kind: State, name: "Atlantis", id: "ATL")],
    principles: [(title: "One", id: "P1", weight: 1.5)],
    sessions: [(start: "2024-02-01", kind: Formal, name: "S", id: "S1", location: Some("Geneva"))],
    statements: [
        (
            summary: "Said yes.", confidence: Medium, session: "S1", stakeholder: "ATL",
            stances: {"P1": Supports}, recorded_at: "2024-02-01T10:00:00Z",
            id: "01HNEXAMP1E000000000000001", // trailing comma next
        ),
    ],
)"#;
    let project = common::valid(text);
    assert!((project.principles[0].weight - 1.5).abs() < f64::EPSILON);
    assert_eq!(project.sessions[0].location.as_deref(), Some("Geneva"));
    assert!(project.treaty.name.is_empty());
}

#[test]
fn atomic_save_keeps_the_old_file_after_a_crash_before_rename() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("project.ron");
    let old = small_generated(1);
    store::save(&old, &path).expect("first save");
    let old_bytes = fs::read(&path).expect("read");

    let new = small_generated(2);
    let text = store::to_string(&new).expect("serialises");
    let pending = PendingWrite::prepare(&path, text.as_bytes()).expect("prepare");
    let temp = pending.temp_path().to_path_buf();
    assert_eq!(fs::read(&temp).expect("temp written"), text.as_bytes());
    // The process dies here: no rename, no cleanup.
    std::mem::forget(pending);
    assert_eq!(fs::read(&path).expect("read"), old_bytes);
    assert_eq!(store::load(&path).expect("old loads").project, old);

    // The next save succeeds and keeps the previous version as FILE.bak.
    store::save(&new, &path).expect("second save");
    assert_eq!(store::load(&path).expect("new loads").project, new);
    assert_eq!(
        fs::read(store::backup_path(&path)).expect("backup"),
        old_bytes
    );
}

#[test]
fn abandoned_write_removes_its_temporary_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.ron");
    fs::write(&path, "old").expect("write");
    let pending = PendingWrite::prepare(&path, b"new").expect("prepare");
    let temp = pending.temp_path().to_path_buf();
    drop(pending);
    assert!(!temp.exists());
    assert_eq!(fs::read_to_string(&path).expect("read"), "old");
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_replaces_the_real_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    store::save(&small_generated(1), &real).expect("save");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let new = small_generated(2);
    store::save(&new, &link).expect("save through link");
    assert!(
        fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert_eq!(store::load(&real).expect("load").project, new);
}

#[cfg(unix)]
#[test]
fn save_into_a_read_only_folder_fails_cleanly() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.ron");
    fs::write(&path, "old").expect("write");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).expect("chmod");
    let result = store::save(&small_generated(3), &path);
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("chmod back");
    // Root ignores permissions; the property that matters holds either way.
    match result {
        Err(e) => {
            assert!(e.to_string().contains("p.ron"), "{e}");
            assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        }
        Ok(()) => assert!(store::load(&path).is_ok()),
    }
}

fn load_error(bytes: &[u8]) -> LoadError {
    store::from_bytes(bytes).expect_err("must be refused")
}

#[test]
fn hostile_inputs_are_refused_with_a_message() {
    let empty = load_error(b"");
    assert!(empty.to_string().contains("empty"), "{empty}");
    assert!(load_error(b"   \n\t ").to_string().contains("empty"));

    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13).to_le_bytes()[0])
        .collect();
    let binary = load_error(&garbage);
    assert!(binary.to_string().contains("not a text file"), "{binary}");
    assert!(binary.position().is_some());

    let dir = tempfile::tempdir().expect("tempdir");
    let folder = store::load(dir.path()).expect_err("a directory");
    assert!(folder.to_string().contains("folder"), "{folder}");
    let missing = store::load(&dir.path().join("nope.ron")).expect_err("missing");
    assert!(missing.to_string().contains("nope.ron"), "{missing}");

    // A 100 MB string where a title goes: a type error is fine, a crash is not.
    let mut huge = String::with_capacity(100_000_100);
    huge.push_str("Project(format_version: 1, title: \"");
    huge.extend(std::iter::repeat_n('a', 100_000_000));
    huge.push_str("\", principles: 5)");
    let error = load_error(huge.as_bytes());
    assert!(error.position().is_some(), "{error}");

    // 100,000 levels of nesting, in a field and at the top.
    let deep = format!(
        "Project(format_version: 1, title: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let error = load_error(deep.as_bytes());
    assert!(error.position().is_some(), "{error}");
    let deep = "(".repeat(100_000);
    assert!(load_error(deep.as_bytes()).position().is_some());
    let deep = format!(
        "Project(format_version: 1, title: \"t\", treaty: {})",
        "(name: ".repeat(100_000)
    );
    assert!(load_error(deep.as_bytes()).position().is_some());
}

#[test]
fn newer_version_in_a_file_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("future.ron");
    fs::write(
        &path,
        "Project(format_version: 3, title: \"From the future\", hologram: true)",
    )
    .expect("write");
    let error = store::load(&path).expect_err("newer");
    assert!(
        error.to_string().contains("version 3") || error.to_string().contains(" 3 "),
        "{error}"
    );
    assert!(error.to_string().contains("version 2"), "{error}");
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z \"\\\\/\n\t{}()\\[\\],:#éç€-]{0,40}",
        Just("r#\"raw\"#".to_owned()),
        Just("// not a comment".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn round_trip_of_generated_projects(
        seed in any::<u64>(),
        stakeholders in 1usize..40,
        principles in 1usize..12,
        sessions in 1usize..8,
        statements in 0usize..120,
        title in text_strategy(),
        summary in text_strategy(),
        quote in proptest::option::of(text_strategy()),
        weight in 0.0f64..1e9,
        tags in proptest::collection::vec(text_strategy(), 0..3),
    ) {
        let mut project = generate(&GenerateOptions { stakeholders, principles, sessions, statements, seed })
            .expect("generates");
        project.title = title.clone();
        project.principles[0].weight = weight;
        project.principles[0].description = summary.clone();
        project.sessions[0].end = None;
        project.sessions[0].draft = Some(title.clone());
        project.sessions[0].notes = quote.clone();
        project.stakeholders[0].notes = Some(summary.clone());
        project.stakeholders[0].weight = weight;
        let by = project.stakeholders[0].id.clone();
        if let Some(first) = project.statements.first_mut() {
            first.summary = summary;
            first.quote = quote;
            first.tags = tags.clone();
            first.articles = tags;
            first.delivered_by = Some(by);
            first.date = None;
            first.confidential = true;
            first.recorded_by = None;
            first.source = Some(treaty_tracker::model::Source {
                kind: treaty_tracker::model::SourceKind::Other,
                url: None,
                title: Some(title),
            });
        }
        let text = store::to_string(&project).expect("serialises");
        let loaded = store::from_str(&text).expect("reloads");
        prop_assert_eq!(&loaded.project, &project);
        prop_assert_eq!(store::to_string(&loaded.project).expect("serialises"), text);
    }
}

#[test]
fn file_format_doc_shows_the_example_verbatim() {
    let doc = std::fs::read_to_string(common::repo_path("docs/FILE_FORMAT.md")).expect("doc");
    assert!(doc.contains(&format!("```ron\n{}```", common::WORKED_EXAMPLE)));
}

/// Format version 2: a version 1 file opens as written (the method takes its defaults) and is
/// saved as version 2; a `method` block is read, kept and written only when it says something.
#[test]
fn version_1_files_open_and_are_saved_as_version_2_with_their_method() {
    use treaty_tracker::model::Method;
    let v1 = common::WORKED_EXAMPLE.replacen("format_version: 2", "format_version: 1", 1);
    assert_ne!(v1, common::WORKED_EXAMPLE);
    let loaded = store::from_str(&v1).expect("a version 1 file opens");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.project.method, Method::default());
    let saved = store::to_string(&loaded.project).expect("serialises");
    assert!(saved.contains("    format_version: 2,\n"), "{saved}");
    assert!(!saved.contains("method:"), "the default method is left out");
    assert_eq!(saved, common::WORKED_EXAMPLE);

    // A method block, with fields left out taking their defaults.
    let with_method = common::WORKED_EXAMPLE.replacen(
        "    principles: [",
        "    method: (bloc_positions: false, min_positions: 2),\n    principles: [",
        1,
    );
    let project = store::from_str(&with_method).expect("opens").project;
    assert_eq!(
        project.method,
        Method {
            carry_forward: true,
            bloc_positions: false,
            min_positions: 2,
        }
    );
    let saved = store::to_string(&project).expect("serialises");
    assert!(
        saved.contains(
            "    method: (\n        carry_forward: true,\n        bloc_positions: false,\n        min_positions: 2,\n    ),\n"
        ),
        "{saved}"
    );
    assert_eq!(save_load(&project), project);

    // An unknown setting is refused with its place, like any unknown field.
    let unknown = common::WORKED_EXAMPLE.replacen(
        "    principles: [",
        "    method: (carry_foward: false),\n    principles: [",
        1,
    );
    let error = store::from_str(&unknown).expect_err("unknown field");
    assert!(error.to_string().contains("carry_foward"), "{error}");
    assert!(
        error.position().is_some_and(|(line, _)| line == 15),
        "{error}"
    );
}

/// `recorded_at` with an offset is read as the instant it names and written back in UTC.
#[test]
fn recorded_at_with_an_offset_is_an_instant_written_in_utc() {
    let text = common::WORKED_EXAMPLE.replacen(
        "recorded_at: \"2023-04-05T16:00:00Z\"",
        "recorded_at: \"2023-04-05T18:00:00+02:00\"",
        1,
    );
    assert_ne!(text, common::WORKED_EXAMPLE);
    let project = store::from_str(&text).expect("opens").project;
    assert_eq!(
        store::to_string(&project).expect("serialises"),
        common::WORKED_EXAMPLE
    );
}

/// A large project is parsed on all cores (the statements split at record boundaries): the
/// project read is the one written, equal to the one-piece parse, and a syntax error in a
/// statement is reported at the same line and column, with the same words, as before.
#[test]
fn the_parallel_parse_reads_what_the_one_piece_parse_reads() {
    let project = generate(&GenerateOptions {
        stakeholders: 40,
        principles: 8,
        sessions: 6,
        statements: 6_000,
        seed: 11,
    })
    .expect("generates");
    let text = store::to_string(&project).expect("serialises");
    let parallel = store::from_str(&text).expect("reads");
    let one_piece = store::from_str_in_one_piece(&text).expect("reads");
    assert_eq!(parallel.project, one_piece.project);
    assert_eq!(parallel.project, project);
    // Quotes, brackets, commas and escapes inside a summary do not move a record boundary.
    let mut tricky = project.clone();
    tricky.statements[4_321].summary =
        "a \"quoted\", [bracketed] (parenthesised) \\ text, // not a comment".to_owned();
    let text = store::to_string(&tricky).expect("serialises");
    assert_eq!(store::from_str(&text).expect("reads").project, tricky);
    // A summary written over several indented lines keeps its lines' indentation: the
    // parallel parse leaves out only the indentation of the records' own lines.
    let at = text
        .match_indices("summary: \"")
        .nth(3_000)
        .expect("a statement")
        .0
        + "summary: \"".len();
    let multi_line = format!(
        "{}first line\n        second line, indented\n\t// third, \\\"quoted\\\"\n  {}",
        &text[..at],
        &text[at..]
    );
    let parallel = store::from_str(&multi_line).expect("reads");
    assert_eq!(
        parallel.project,
        store::from_str_in_one_piece(&multi_line)
            .expect("reads")
            .project
    );
    assert!(
        parallel.project.statements[3_000]
            .summary
            .starts_with("first line\n        second line, indented\n\t// third, \"quoted\"\n  "),
        "{:?}",
        parallel.project.statements[3_000].summary
    );
    // A syntax error in the 5,000th statement: the same message either way.
    let at = text
        .match_indices("recorded_at:")
        .nth(5_000)
        .expect("a statement")
        .0;
    let broken = format!(
        "{}recorded_at:: {}",
        &text[..at],
        &text[at + "recorded_at:".len()..]
    );
    let parallel = store::from_str(&broken).expect_err("refused");
    let one_piece = store::from_str_in_one_piece(&broken).expect_err("refused");
    assert_eq!(format!("{parallel:?}"), format!("{one_piece:?}"));
    let line = broken[..at].matches('\n').count() + 1;
    assert!(
        matches!(parallel, LoadError::Syntax { line: l, .. } if l == line),
        "{parallel:?} (expected line {line})"
    );
}

/// A large file is read in parts on all cores: the bytes are those of the file, and a byte that
/// is not UTF-8 far into it is still placed by line and column.
#[test]
fn a_large_file_read_in_parts_is_the_file() {
    let project = small_generated(5);
    let text = store::to_string(&project).expect("serialises");
    // Padded past the size from which files are read in parts (32 MB) with a comment.
    let padding = format!("// {}\n", "x".repeat(40 << 20));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("large.ron");
    fs::write(&path, format!("{text}{padding}")).expect("writes");
    let (loaded, stamp) = store::load_stamped(&path).expect("reads");
    assert_eq!(loaded.project, project);
    assert_eq!(stamp.len, fs::metadata(&path).expect("metadata").len());
    let mut bytes = format!("{text}{padding}").into_bytes();
    let lines = text.lines().count();
    let far = bytes.len() - 10;
    bytes[far] = 0xff;
    fs::write(&path, &bytes).expect("writes");
    match store::load(&path) {
        Err(LoadError::NotText { line, col }) => {
            assert_eq!((line, col), (lines + 1, far - text.len() + 1));
        }
        other => panic!("{other:?}"),
    }
}

/// A syntax error in an early record of a file of many pieces: the parallel parse stops and
/// gives the one-piece parse's message (the scan, a few pieces ahead of the threads, is not
/// left waiting for them).
#[test]
fn an_early_error_among_many_pieces_is_the_one_piece_error() {
    let project = small_generated(9);
    let text = store::to_string(&project).expect("serialises");
    let list = text.find("statements: [").expect("a list") + "statements: [".len();
    let end = text[list..].find("\n    ],").expect("its end") + list;
    let records = &text[list..end];
    // 40 statements a copy: 40,000 records, ten pieces of 4,096.
    let many = format!("{}{}{}", &text[..list], records.repeat(1_000), &text[end..]);
    let at = many
        .match_indices("recorded_at:")
        .nth(100)
        .expect("a statement")
        .0;
    let broken = format!(
        "{}recorded_at:: {}",
        &many[..at],
        &many[at + "recorded_at:".len()..]
    );
    let parallel = store::from_str(&broken).expect_err("refused");
    let one_piece = store::from_str_in_one_piece(&broken).expect_err("refused");
    assert_eq!(format!("{parallel:?}"), format!("{one_piece:?}"));
}
