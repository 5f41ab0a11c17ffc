//! The command line as scripts see it: output lines and exit codes.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn sample() -> String {
    common::repo_path("sample_positions/ahc_cybercrime.ron")
        .display()
        .to_string()
}

#[test]
fn check_accepts_the_shipped_files() {
    let template = common::repo_path("sample_positions/manifesto_template.ron");
    let example = common::repo_path("docs/examples/worked_example.ron");
    let output = run(&[
        "check",
        &sample(),
        &template.display().to_string(),
        &example.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("all valid"));
}

#[test]
fn check_names_the_line_and_column_of_a_broken_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("broken.ron");
    let text = treaty_tracker::SAMPLE_PROJECT.replacen("kind: Formal,", "kind: Formal", 1);
    std::fs::write(&broken, &text).expect("write");
    let output = run(&["check", &broken.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    let line = text
        .lines()
        .position(|l| l.trim() == "kind: Formal")
        .expect("line")
        + 2;
    let expected = format!("{}:{line}:", broken.display());
    assert!(
        out.starts_with(&expected),
        "{out} should start with {expected}"
    );
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn check_reports_semantic_problems_by_entity_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.ron");
    let text = common::WORKED_EXAMPLE.replacen("stakeholder: \"CW\",", "stakeholder: \"XX\",", 1);
    std::fs::write(&path, &text).expect("write");
    let output = run(&["check", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let line = text
        .lines()
        .position(|l| l.contains("\"XX\""))
        .expect("line")
        + 1;
    assert_eq!(
        stdout(&output).trim_end(),
        format!(
            "{}:{line}:13: statement 01GPEXAMP1E0000000000000S3: unknown stakeholder \"XX\"",
            path.display()
        )
    );
}

#[test]
fn check_survives_hostile_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("empty.ron"), "").expect("write");
    std::fs::write(d.join("binary.ron"), [0u8, 159, 146, 150, 255, 0, 1]).expect("write");
    std::fs::write(d.join("deep.ron"), "[".repeat(100_000)).expect("write");
    let mut huge = String::from("Project(format_version: 1, title: \"");
    huge.push_str(&"x".repeat(100_000_000));
    std::fs::write(d.join("huge.ron"), huge).expect("write");
    let names = [
        "empty.ron",
        "binary.ron",
        "deep.ron",
        "huge.ron",
        "missing.ron",
        ".",
    ];
    let paths: Vec<String> = names
        .iter()
        .map(|n| d.join(n).display().to_string())
        .collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(paths.iter().map(String::as_str))
        .collect();
    let output = run(&args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), names.len(), "{out}");
    assert!(out.len() < 10_000, "messages are cut: {} bytes", out.len());
    assert!(!stderr(&output).contains("panicked"));
    for (line, name) in out.lines().zip(names) {
        assert!(line.contains(name.trim_start_matches('.')), "{line}");
    }
    assert!(out.contains("empty"));
    assert!(out.contains("not a text file"));
    assert!(out.contains("folder"));
}

/// Runs without any display, as CI and ssh sessions do.
fn run_headless(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", std::env::temp_dir())
        .output()
        .expect("runs")
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(
        run(&["report", &sample(), "--format", "pdf"]).status.code(),
        Some(2)
    );
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("check"));
    assert!(stdout(&help).contains("desktop window"));
    let version = run(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert!(stdout(&version).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn without_a_display_the_window_says_why_it_cannot_open() {
    let output = run_headless(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("cannot open the window"),
        "{}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains("panicked"));
}

#[test]
fn report_every_session_of_the_sample() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    for session in &project.sessions {
        let output = run(&[
            "report",
            &sample(),
            "--format",
            "json",
            "--session",
            &session.id,
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
        assert_eq!(value["session"], session.id.as_str());
        assert_eq!(value["principles"].as_array().map(Vec::len), Some(10));
    }
    let latest = run(&["report", &sample()]);
    let value: serde_json::Value = serde_json::from_slice(&latest.stdout).expect("json");
    assert_eq!(value["session"], "AHC7R");
    assert_eq!(value["carry_forward"], true);
}

#[test]
fn report_unknown_session_is_an_error() {
    let output = run(&["report", &sample(), "--session", "AHC99"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unknown session \"AHC99\""));
    assert!(stderr(&output).contains("AHC7R"));
    assert!(output.stdout.is_empty());
}

#[test]
fn report_refuses_an_invalid_project() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad.ron");
    std::fs::write(
        &path,
        common::WORKED_EXAMPLE.replacen("\"S2\"", "\"S1\"", 1),
    )
    .expect("write");
    let out = dir.path().join("out.json");
    let output = run(&[
        "report",
        &path.display().to_string(),
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("duplicate session id"));
    assert!(!out.exists());
}

#[test]
fn report_to_a_file_in_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("report.csv");
    let example = common::repo_path("docs/examples/worked_example.ron");
    let output = run(&[
        "report",
        &example.display().to_string(),
        "--format",
        "csv",
        "--carry-forward",
        "off",
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let text = std::fs::read_to_string(&out).expect("written");
    assert_eq!(text.lines().count(), 1 + 4 * 3);
    // Writing it again replaces it without leaving a backup: a report can be made again.
    let again = run(&[
        "report",
        &example.display().to_string(),
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&out)
            .expect("written")
            .starts_with('{')
    );
    assert!(!treaty_tracker::store::backup_path(&out).exists());
}

fn generate_to(path: &Path, seed: &str) -> Output {
    run(&[
        "generate",
        "--stakeholders",
        "40",
        "--principles",
        "8",
        "--sessions",
        "6",
        "--statements",
        "500",
        "--seed",
        seed,
        "-o",
        &path.display().to_string(),
    ])
}

#[test]
fn generate_is_valid_and_deterministic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b, c) = (
        dir.path().join("a.ron"),
        dir.path().join("b.ron"),
        dir.path().join("c.ron"),
    );
    assert_eq!(generate_to(&a, "42").status.code(), Some(0));
    assert_eq!(generate_to(&b, "42").status.code(), Some(0));
    assert_eq!(generate_to(&c, "43").status.code(), Some(0));
    let bytes = std::fs::read(&a).expect("a");
    assert_eq!(bytes, std::fs::read(&b).expect("b"));
    assert_ne!(bytes, std::fs::read(&c).expect("c"));
    let check = run(&["check", &a.display().to_string()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let project = treaty_tracker::store::load(&a).expect("loads").project;
    assert_eq!(project.statements.len(), 500);
    assert_eq!(project.principles.len(), 8);
    assert_eq!(project.sessions.len(), 6);
    assert_eq!(project.stakeholders.len(), 40);
    assert_eq!(
        run(&[
            "generate",
            "--principles",
            "0",
            "-o",
            &a.display().to_string()
        ])
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn report_refuses_a_project_too_large_to_analyse() {
    use std::fmt::Write;
    let mut text = String::from("Project(format_version: 1, title: \"Wide\", principles: [");
    for i in 0..400 {
        let _ = write!(text, "(id: \"P{i}\", title: \"P\"),");
    }
    text.push_str("], sessions: [");
    for i in 0..400 {
        let _ = write!(
            text,
            "(id: \"S{i}\", name: \"S\", kind: Formal, start: \"2023-01-01\"),"
        );
    }
    text.push_str("], stakeholders: [");
    for i in 0..400 {
        let _ = write!(text, "(id: \"A{i}\", name: \"A\", kind: State),");
    }
    text.push_str("])");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("wide.ron");
    std::fs::write(&path, text).expect("write");
    let output = run(&["report", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("too large to analyse"),
        "{}",
        stderr(&output)
    );
}

#[cfg(unix)]
#[test]
fn check_refuses_devices() {
    let output = run(&["check", "/dev/zero"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("not a regular file"),
        "{}",
        stdout(&output)
    );
}

/// `report` of the sample at AHC7R with `extra` arguments, dated as the golden files are,
/// must succeed and print exactly `tests/golden/{golden}`.
fn assert_report_matches_golden(extra: &[&str], golden: &str) {
    let sample = sample();
    let mut args = vec!["report", sample.as_str(), "--session", "AHC7R"];
    args.extend_from_slice(extra);
    let output = Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
        .args(&args)
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let expected =
        std::fs::read(common::repo_path(&format!("tests/golden/{golden}"))).expect("golden");
    assert!(
        output.stdout == expected,
        "{extra:?} differs from tests/golden/{golden}:\n{}",
        stdout(&output)
    );
}

#[test]
fn report_html_and_md_match_the_golden_files() {
    for (format, golden) in [
        ("html", "ahc_cybercrime.html"),
        ("md", "ahc_cybercrime.md"),
        ("csv", "ahc_cybercrime.csv"),
    ] {
        assert_report_matches_golden(&["--format", format], golden);
    }
    let output = run(&["report", &sample(), "--from", "NOPE", "--format", "md"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unknown session \"NOPE\""));
    // Left out by default; --exclude-confidential, the old flag, is still accepted; the two
    // flags together are a usage error.
    let output = run(&["report", &sample(), "--format", "md"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("left out of the figures"));
    let output = run(&[
        "report",
        &sample(),
        "--format",
        "md",
        "--exclude-confidential",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("left out of the figures"));
    let output = run(&[
        "report",
        &sample(),
        "--format",
        "md",
        "--include-confidential",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("counted in the figures ("));
    let output = run(&[
        "report",
        &sample(),
        "--include-confidential",
        "--exclude-confidential",
    ]);
    assert_eq!(output.status.code(), Some(2));
}

/// The method flags: the project's method unless a flag says otherwise, stated in the report.
#[test]
fn report_takes_the_method_flags() {
    let example = common::repo_path("docs/examples/worked_example.ron")
        .display()
        .to_string();
    let json = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec!["report", example.as_str(), "--format", "json"];
        args.extend_from_slice(extra);
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        serde_json::from_str(&stdout(&output)).expect("json")
    };
    let default = json(&[]);
    assert_eq!(
        (
            &default["carry_forward"],
            &default["bloc_positions"],
            &default["min_positions"]
        ),
        (
            &serde_json::json!(true),
            &serde_json::json!(true),
            &serde_json::json!(3)
        )
    );
    // Worked example at S2 (statement 5 left out: ATL's P2 is its own − of 4 April).
    assert_eq!(default["principles"][0]["verdict"], "BroadSupport");
    assert_eq!(default["principles"][1]["verdict"], "TooFew");
    let off = json(&["--bloc-positions", "off", "--min-positions", "1"]);
    assert_eq!(off["bloc_positions"], false);
    assert_eq!(off["min_positions"], 1);
    // Without bloc positions P1 is ATL ++, BOR −, CW +: contested.
    assert_eq!(off["principles"][0]["verdict"], "Contested");
    assert_eq!(off["principles"][0]["n"], 3);
    let bad = run(&["report", example.as_str(), "--min-positions", "many"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--min-positions"), "{}", stderr(&bad));
}

/// The project's own method is what a report uses when no flag is given.
#[test]
fn report_follows_the_method_in_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("method.ron");
    let text = std::fs::read_to_string(common::repo_path("docs/examples/worked_example.ron"))
        .expect("example")
        .replacen(
            "    principles: [",
            "    method: (bloc_positions: false, min_positions: 1),\n    principles: [",
            1,
        );
    std::fs::write(&path, text).expect("write");
    let file = path.display().to_string();
    let output = run(&["report", &file, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(value["bloc_positions"], false);
    assert_eq!(value["min_positions"], 1);
    assert_eq!(value["principles"][2]["verdict"], "BroadOpposition");
    let output = run(&[
        "report",
        &file,
        "--format",
        "json",
        "--bloc-positions",
        "on",
    ]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(value["bloc_positions"], true);
    assert_eq!(value["principles"][2]["verdict"], "Contested");
}

#[test]
fn report_in_french_and_an_unknown_language() {
    assert_report_matches_golden(&["--lang", "fr", "--format", "md"], "ahc_cybercrime.fr.md");
    // The default is English, and --lang en says so.
    let default = run(&["report", &sample(), "--format", "md"]);
    let english = run(&["report", &sample(), "--format", "md", "--lang", "en"]);
    assert_eq!(default.status.code(), Some(0));
    assert!(stdout(&default).contains("## Summary"));
    assert_eq!(
        stdout(&default).lines().take(5).collect::<Vec<_>>(),
        stdout(&english).lines().take(5).collect::<Vec<_>>()
    );
    // A language we do not speak is a usage error that names the ones we do.
    let german = run(&["report", &sample(), "--format", "md", "--lang", "de"]);
    assert_eq!(german.status.code(), Some(2));
    assert!(german.stdout.is_empty());
    let message = stderr(&german);
    assert!(
        message.contains("'de'") && message.contains("--lang"),
        "{message}"
    );
    assert!(message.contains("[possible values: en, fr]"), "{message}");
}
