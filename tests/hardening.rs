//! Nothing destroyed, exposed or lost: writes into FIFOs and devices, an output over its input,
//! the permissions of temporary and backup files, stale temporaries, links that point nowhere
//! yet, recent files stored absolute.

mod common;

use std::path::Path;
use std::process::Command;

use treaty_tracker::store;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
}

fn sample_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("p.ron");
    std::fs::copy(
        common::repo_path("sample_positions/ahc_cybercrime.ron"),
        &path,
    )
    .expect("copy");
    path
}

/// `report -o FIFO` writes into the FIFO (its reader gets the report) and leaves it a FIFO;
/// a project save onto a FIFO or a folder is refused and replaces nothing.
#[cfg(unix)]
#[test]
fn a_fifo_target_stays_a_fifo_and_gets_the_bytes() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let project = sample_copy(dir.path());
    let fifo = dir.path().join("out.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).expect("read the fifo"))
    };
    let out = bin()
        .args([
            "report",
            &project.display().to_string(),
            "--format",
            "md",
            "-o",
        ])
        .arg(&fifo)
        .output()
        .expect("runs");
    if !out.status.success() {
        // Unblock the reader before failing, so that the test ends.
        drop(std::fs::OpenOptions::new().write(true).open(&fifo));
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = reader.join().expect("reader");
    assert!(String::from_utf8_lossy(&read).starts_with("# UN cybercrime convention"));
    let meta = std::fs::symlink_metadata(&fifo).expect("still there");
    assert!(meta.file_type().is_fifo(), "still a FIFO");
    // A project is never saved into a FIFO or a folder.
    let p = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let err = store::save(&p, &fifo).expect_err("refused");
    assert!(err.to_string().contains("not a regular file"), "{err}");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("there")
            .file_type()
            .is_fifo()
    );
    let err = store::save(&p, dir.path()).expect_err("refused");
    assert!(err.to_string().contains("a folder"), "{err}");
    // /dev/null stays a device: exports write into it.
    store::write_export(Path::new("/dev/null"), b"nothing").expect("written into /dev/null");
    assert!(
        std::fs::metadata("/dev/null")
            .expect("meta")
            .file_type()
            .is_char_device()
    );
}

/// `report P -o P` (or through another name of the same file) is refused with exit 1, and the
/// project is untouched; the same for `export`.
#[test]
fn an_output_over_its_input_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = sample_copy(dir.path());
    let before = std::fs::read(&project).expect("read");
    let other_name = dir.path().join(".").join("p.ron");
    for args in [
        vec!["report", "P", "--format", "md", "-o", "OUT"],
        vec!["export", "P", "statements", "--format", "csv", "-o", "OUT"],
    ] {
        for out in [&project, &other_name] {
            let args: Vec<String> = args
                .iter()
                .map(|a| match *a {
                    "P" => project.display().to_string(),
                    "OUT" => out.display().to_string(),
                    other => other.to_owned(),
                })
                .collect();
            let run = bin().args(&args).output().expect("runs");
            assert_eq!(run.status.code(), Some(1), "{args:?}");
            assert!(String::from_utf8_lossy(&run.stderr).contains("nothing written"));
            assert_eq!(std::fs::read(&project).expect("read"), before, "untouched");
        }
    }
}

/// The temporary file and `FILE.bak` have the project's permissions from the first byte: a
/// private (0600) project never has a readable copy; the backup follows the project, not an
/// older backup's mode.
#[cfg(unix)]
#[test]
fn temporary_and_backup_files_have_the_targets_mode() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let project = sample_copy(dir.path());
    std::fs::set_permissions(&project, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let backup = store::backup_path(&project);
    std::fs::write(&backup, "old").expect("an older backup");
    std::fs::set_permissions(&backup, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let p = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let pending = store::PendingWrite::prepare(&project, b"new").expect("prepared");
    let temp_mode = std::fs::metadata(pending.temp_path())
        .expect("temp")
        .permissions()
        .mode();
    assert_eq!(temp_mode & 0o777, 0o600, "the temporary file");
    drop(pending);
    store::save(&p, &project).expect("saves");
    let mode = |path: &Path| std::fs::metadata(path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&project), 0o600);
    assert_eq!(
        mode(&backup),
        0o600,
        "the backup is as private as the project"
    );
}

/// Temporaries left by an interrupted save (of a process that is gone) are removed at the next
/// save of the same file; others' files and a running process's temporaries are left alone.
#[test]
fn stale_temporaries_are_removed_at_the_next_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = sample_copy(dir.path());
    // PID 0 is never a process that could still be writing.
    let stale = dir.path().join(".p.ron.tmp-0-7");
    let stale_backup = dir.path().join(".p.ron.bak.tmp-0-3");
    let other = dir.path().join(".q.ron.tmp-0-1");
    let ours = dir
        .path()
        .join(format!(".p.ron.tmp-{}-99", std::process::id()));
    for f in [&stale, &stale_backup, &other, &ours] {
        std::fs::write(f, "partial").expect("write");
    }
    let p = common::valid(treaty_tracker::SAMPLE_PROJECT);
    store::save(&p, &project).expect("saves");
    assert!(!stale.exists(), "a dead writer's temporary is removed");
    assert!(!stale_backup.exists(), "the backup's too");
    assert!(
        other.exists(),
        "another file's temporary is not ours to remove"
    );
    assert!(ours.exists(), "a running process's temporary is left alone");
}

/// Saving through a symbolic link whose target does not exist yet creates the target and
/// keeps the link.
#[cfg(unix)]
#[test]
fn saving_through_a_dangling_link_creates_its_target() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("link.ron");
    let real = dir.path().join("real.ron");
    std::os::unix::fs::symlink("real.ron", &link).expect("symlink");
    let p = common::valid(treaty_tracker::SAMPLE_PROJECT);
    store::save(&p, &link).expect("saves");
    assert!(real.is_file());
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    // A loop of links is refused with a message, not followed forever.
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    std::os::unix::fs::symlink("b.ron", &a).expect("symlink");
    std::os::unix::fs::symlink("a.ron", &b).expect("symlink");
    let err = store::save(&p, &a).expect_err("a loop");
    assert!(err.to_string().contains("symbolic link"), "{err}");
}

/// `report > /dev/full` says why it failed.
#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_output_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = sample_copy(dir.path());
    // A machine without /dev/full (some containers) has nothing to test here.
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let out = bin()
        .args(["report", &project.display().to_string(), "--format", "md"])
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot write to standard output"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A project opened by a relative name is remembered by its absolute path: started later from
/// another folder, "the last project" is still that file.
#[test]
fn recent_files_are_stored_absolute() {
    let mut prefs = treaty_tracker::app::Preferences::default();
    prefs.remember(std::path::PathBuf::from("two.ron"));
    let stored = &prefs.recent_files[0];
    assert!(stored.is_absolute(), "{}", stored.display());
    assert_eq!(
        *stored,
        std::env::current_dir().expect("cwd").join("two.ron")
    );
}

/// An id with a control or invisible character is refused with its line and column; no name
/// from a file can forge a line of `check`'s output or reach the terminal as an escape.
#[test]
fn control_and_invisible_characters_are_refused_in_ids_and_escaped_in_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = treaty_tracker::SAMPLE_PROJECT
        .replacen("id: \"RUS\"", "id: \"R\\u{1b}]0;pwned\\u{7}US\"", 1)
        .replacen("id: \"CHN\"", "id: \"C\\u{202e}HN\"", 1);
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, &text).expect("write");
    let out = bin().arg("check").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'),
        "{stdout:?}"
    );
    assert!(
        stdout.contains("U+001B") && stdout.contains("U+202E"),
        "{stdout}"
    );
    // Each problem on its own line, with its position.
    for line in stdout.lines().filter(|l| l.contains("invisible character")) {
        let mut parts = line.split(':');
        let _file = parts.next();
        let row: usize = parts.next().expect("line").parse().expect("a line number");
        let col: usize = parts.next().expect("col").parse().expect("a column");
        assert!(row > 1 && col > 0, "{line}");
    }
    // The editors' rule is the same one.
    assert!(matches!(
        treaty_tracker::model::check_id_shape("A\u{200b}B", ""),
        Err(treaty_tracker::model::IdProblem::Invisible('\u{200b}'))
    ));
    // A NUL in a summary leaves the CSV as a visible escape, not a raw byte.
    let mut p = common::valid(treaty_tracker::SAMPLE_PROJECT);
    p.statements[0].summary = "before\u{0}after".to_owned();
    let csv = treaty_tracker::tables::statements_csv(
        &p,
        false,
        treaty_tracker::tables::CsvOptions::default(),
    )
    .expect("csv");
    assert!(!csv.contains(&0u8));
    assert!(String::from_utf8_lossy(&csv).contains("before\\u{0}after"));
}

/// A byte-order mark and line ends of old Macs read as they were meant; a huge version number
/// is not called a newer version.
#[test]
fn a_byte_order_mark_and_cr_line_ends_are_read_and_huge_versions_named() {
    let with_bom = format!("\u{feff}{}", treaty_tracker::SAMPLE_PROJECT);
    assert!(store::from_str(&with_bom).is_ok(), "a BOM is accepted");
    let cr_only = treaty_tracker::SAMPLE_PROJECT
        .replace("\r\n", "\n")
        .replace('\n', "\r");
    let loaded = store::from_str(&cr_only).expect("CR line ends are line ends");
    assert_eq!(
        loaded.project.statements.len(),
        common::valid(treaty_tracker::SAMPLE_PROJECT)
            .statements
            .len()
    );
    let huge = treaty_tracker::SAMPLE_PROJECT.replacen(
        "format_version: 2",
        "format_version: 18446744073709551615",
        1,
    );
    let err = store::from_str(&huge).expect_err("refused").to_string();
    assert!(err.contains("is not a version of the file format"), "{err}");
}

/// A 50 MB summary: the log and the statement's detail lay out only its start (with its size
/// named), so the window does not freeze shaping 50 million glyphs. How long opening takes is
/// measured in docs/BENCHMARKS.md, not here.
#[test]
fn a_huge_summary_is_laid_out_only_in_part() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut p = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let huge = "word ".repeat(10_000_000);
    p.statements[0].summary.clone_from(&huge);
    let id = p.statements[0].id.clone();
    let path = dir.path().join("huge.ron");
    store::save(&p, &path).expect("saves");
    let config = common::app_config(dir.path(), Some(path));
    let app = treaty_tracker::app::TreatyApp::new(None, config);
    let started = std::time::Instant::now();
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
    harness
        .state_mut()
        .queue_action(treaty_tracker::app::Action::ShowView(
            treaty_tracker::app::View::Log,
        ));
    common::settle(&mut harness);
    harness.state_mut().select_statement(&id);
    common::settle(&mut harness);
    eprintln!("opened, log and detail shown in {:?}", started.elapsed());
    let _ =
        harness.get_by_label_contains("Only the start is shown: this text has 50,000,000 bytes");
    let longest = harness
        .query_all_by_label_contains("word word")
        .map(|n| {
            use egui_kittest::kittest::NodeT as _;
            n.accesskit_node()
                .value()
                .or_else(|| n.accesskit_node().label())
                .map_or(0, |t| t.len())
        })
        .max()
        .unwrap_or(0);
    assert!(longest > 0, "the start of the summary is shown");
    assert!(
        longest <= treaty_tracker::text::DETAIL_BYTES + 8,
        "{longest} bytes laid out"
    );
}

/// A bad date, time or number names its field and says what is expected, in the file's line
/// and column.
#[test]
fn bad_dates_times_and_numbers_name_their_field() {
    let date = treaty_tracker::SAMPLE_PROJECT.replacen(
        "start: \"2021-05-10\"",
        "start: \"2021-13-10\"",
        1,
    );
    let err = store::from_str(&date).expect_err("refused").to_string();
    assert!(
        err.contains("`start` is not a date such as \"2024-08-05\""),
        "{err}"
    );
    let time = treaty_tracker::SAMPLE_PROJECT.replacen(
        "recorded_at: \"2026-11-01T09:00:00Z\"",
        "recorded_at: \"yesterday\"",
        1,
    );
    let err = store::from_str(&time).expect_err("refused").to_string();
    assert!(err.contains("`recorded_at` is not a time"), "{err}");
    let number = treaty_tracker::SAMPLE_PROJECT.replacen(
        "format_version: 2,",
        "format_version: 2,\n    method: (min_positions: -3),",
        1,
    );
    let err = store::from_str(&number).expect_err("refused");
    assert!(err.to_string().contains("in `min_positions`"), "{err}");
    assert_eq!(err.position().map(|(line, _)| line), Some(5));
}

/// Found by the fuzzer: a syntax error whose line has a multi-byte character just before the
/// last colon (here inside a string) panicked while naming the field. It is a message now.
#[test]
fn a_syntax_error_after_a_multibyte_character_is_a_message() {
    let text = "Project(\n    format_version: 2,\n    title: \"«x:y\" 5,\n)";
    let error = treaty_tracker::store::from_str(text).expect_err("refused");
    assert!(
        matches!(
            error,
            treaty_tracker::store::LoadError::Syntax { line: 3, .. }
        ),
        "{error:?}"
    );
}
