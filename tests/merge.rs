//! The record-level merge (`treaty_tracker::merge`): hand-made cases of each rule, properties
//! over generated projects, the command line's contract, and a real `git merge` through the
//! driver that `git-setup` registers.

mod common;

use std::path::Path;
use std::process::Command;

use proptest::prelude::*;
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::merge::{Labels, WHOLE, merge, merge_two_way, resolve};
use treaty_tracker::model::{ProblemKind, Project, Stance, validate};
use treaty_tracker::store;

fn labels() -> Labels {
    Labels {
        ours: "Ana".to_owned(),
        theirs: "Ben".to_owned(),
    }
}

/// No problem other than the unresolved conflicts.
fn valid_but_conflicts(project: &Project) {
    let problems: Vec<_> = validate(project)
        .into_iter()
        .filter(|p| !matches!(p.kind, ProblemKind::UnresolvedConflict(..)))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

fn statement<'a>(project: &'a Project, id: &str) -> &'a treaty_tracker::model::Statement {
    project
        .statements
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("statement {id}"))
}

/// A new statement copied from the first, with a fresh ULID one second after it.
fn new_statement(
    project: &Project,
    seconds: i64,
    summary: &str,
) -> treaty_tracker::model::Statement {
    let mut s = project.statements[0].clone();
    s.stamp_new(
        s.recorded_at + chrono::Duration::seconds(seconds),
        "colleague",
    );
    summary.clone_into(&mut s.summary);
    s
}

#[test]
fn disjoint_work_on_both_sides_all_comes_in() {
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // Both log a new statement (the parallel append git's line merge cannot take).
    ours.statements
        .push(new_statement(&base, 100, "logged by Ana"));
    theirs
        .statements
        .push(new_statement(&base, 200, "logged by Ben"));
    // Different fields of the same statement.
    ours.statements[0].summary = "Ana's summary".to_owned();
    theirs.statements[0].confidence = treaty_tracker::model::Confidence::Low;
    // Stances on different principles of one statement, tags on both sides.
    ours.statements[1]
        .stances
        .insert("P2".to_owned(), Stance::Supports);
    theirs.statements[1]
        .stances
        .insert("P1".to_owned(), Stance::StronglyOpposes);
    ours.statements[0].tags.push("ana".to_owned());
    theirs.statements[0].tags.push("ben".to_owned());
    theirs.statements[0].tags.retain(|t| t != "safeguards");
    // The project's own fields.
    theirs.treaty.name = "Renamed convention".to_owned();
    ours.title = "Ana's title".to_owned();
    let merged = merge(&base, &ours, &theirs, &labels());
    let p = &merged.project;
    assert!(p.conflicts.is_empty(), "{:?}", p.conflicts);
    valid_but_conflicts(p);
    assert_eq!(p.statements.len(), base.statements.len() + 2);
    assert!(p.statements.iter().any(|s| s.summary == "logged by Ana"));
    assert!(p.statements.iter().any(|s| s.summary == "logged by Ben"));
    let first = statement(p, &base.statements[0].id);
    assert_eq!(first.summary, "Ana's summary");
    assert_eq!(first.confidence, treaty_tracker::model::Confidence::Low);
    assert_eq!(first.tags, vec!["ana".to_owned(), "ben".to_owned()]);
    let second = statement(p, &base.statements[1].id);
    assert_eq!(second.stances.get("P2"), Some(&Stance::Supports));
    assert_eq!(second.stances.get("P1"), Some(&Stance::StronglyOpposes));
    assert_eq!(p.treaty.name, "Renamed convention");
    assert_eq!(p.title, "Ana's title");
    assert_eq!(merged.summary.added, 1);
    assert!(merged.summary.changed >= 2);
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_kept_in_a_valid_file() {
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let id = base.statements[0].id.clone();
    ours.statements[0]
        .stances
        .insert("P1".to_owned(), Stance::Mixed);
    theirs.statements[0]
        .stances
        .insert("P1".to_owned(), Stance::Opposes);
    ours.statements[0].summary = "ours".to_owned();
    theirs.statements[0].summary = "theirs".to_owned();
    let merged = merge(&base, &ours, &theirs, &labels());
    let p = &merged.project;
    valid_but_conflicts(p);
    assert_eq!(p.conflicts.len(), 2, "{:?}", p.conflicts);
    let stance = &p
        .conflicts
        .iter()
        .find(|c| c.field == "stances.P1")
        .expect("stance conflict");
    assert_eq!(stance.record, format!("statement {id}"));
    assert_eq!(stance.base.as_deref(), Some("\"StronglySupports\""));
    assert_eq!(stance.ours.as_deref(), Some("\"Mixed\""));
    assert_eq!(stance.theirs.as_deref(), Some("\"Opposes\""));
    assert_eq!(
        (stance.ours_label.as_str(), stance.theirs_label.as_str()),
        ("Ana", "Ben")
    );
    // The project holds ours meanwhile.
    assert_eq!(statement(p, &id).stances["P1"], Stance::Mixed);
    // The file says so: `check` lists each conflict as a problem.
    let text = store::to_string(p).expect("serialises");
    let loaded = store::from_str(&text).expect("a valid file");
    assert_eq!(loaded.project, *p);
    let conflicts: Vec<String> = loaded
        .problems
        .iter()
        .map(|l| l.problem.to_string())
        .collect();
    assert_eq!(conflicts.len(), 2, "{conflicts:?}");
    assert!(
        conflicts[0].contains("unresolved merge conflict"),
        "{conflicts:?}"
    );
    assert!(
        loaded.problems.iter().all(|l| l.position.is_some()),
        "each has its line"
    );
    // Resolving: theirs for the stance, ours for the summary.
    let at = p
        .conflicts
        .iter()
        .position(|c| c.field == "stances.P1")
        .expect("there");
    let resolved = resolve(p, at, stance.theirs.as_deref()).expect("resolves");
    assert_eq!(statement(&resolved, &id).stances["P1"], Stance::Opposes);
    let resolved =
        resolve(&resolved, 0, resolved.conflicts[0].ours.clone().as_deref()).expect("resolves");
    assert!(resolved.conflicts.is_empty());
    assert!(validate(&resolved).is_empty());
    assert_eq!(statement(&resolved, &id).summary, "ours");
}

#[test]
fn deleted_on_one_side_and_changed_on_the_other_keeps_the_record_with_a_conflict() {
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let id = base.statements[2].id.clone();
    ours.statements.remove(2);
    theirs.statements[2].summary = "Ben corrected it".to_owned();
    let merged = merge(&base, &ours, &theirs, &labels());
    let p = &merged.project;
    valid_but_conflicts(p);
    assert_eq!(statement(p, &id).summary, "Ben corrected it");
    assert_eq!(p.conflicts.len(), 1);
    assert_eq!(p.conflicts[0].field, WHOLE);
    assert_eq!(p.conflicts[0].ours, None);
    // Confirming the deletion.
    let resolved = resolve(p, 0, None).expect("resolves");
    assert!(resolved.statements.iter().all(|s| s.id != id));
    assert!(validate(&resolved).is_empty());
    // Deleted on one side, untouched on the other: deleted, no conflict.
    let merged = merge(&base, &ours, &base, &labels());
    assert!(merged.project.conflicts.is_empty());
    assert_eq!(merged.project.statements.len(), base.statements.len() - 1);
    assert_eq!(merged.summary.deleted, 0, "our own deletion is not theirs");
    let merged = merge(&base, &base, &ours, &labels());
    assert_eq!(merged.summary.deleted, 1);
}

#[test]
fn a_stakeholder_deleted_on_one_side_and_used_by_the_other_is_kept() {
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // Ana deletes Civic Watch and its statement; Ben logs a new one for it.
    ours.stakeholders.retain(|s| s.id != "CW");
    ours.statements.retain(|s| s.stakeholder != "CW");
    let mut s = new_statement(&base, 300, "Civic Watch again");
    s.stakeholder = "CW".to_owned();
    theirs.statements.push(s);
    let merged = merge(&base, &ours, &theirs, &labels());
    let p = &merged.project;
    valid_but_conflicts(p);
    assert!(
        p.stakeholders.iter().any(|s| s.id == "CW"),
        "never a dangling reference"
    );
    assert!(
        p.conflicts
            .iter()
            .any(|c| c.record == "stakeholder CW" && c.field == WHOLE)
    );
}

#[test]
fn a_rename_on_one_side_follows_into_the_other_sides_additions() {
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // Ana renames Borduria's id (the editors' rename updates her statements and the bloc).
    let i = ours
        .stakeholders
        .iter()
        .position(|s| s.id == "BOR")
        .expect("BOR");
    let (edit, _) = treaty_tracker::model::rename_stakeholder(&ours, i, "BRD");
    edit.apply_to(&mut ours).expect("applies");
    // Ben, meanwhile, logs a statement of BOR.
    let mut s = new_statement(&base, 400, "Borduria, from the informals");
    s.stakeholder = "BOR".to_owned();
    let new_id = s.id.clone();
    theirs.statements.push(s);
    let merged = merge(&base, &ours, &theirs, &labels());
    let p = &merged.project;
    valid_but_conflicts(p);
    assert!(p.conflicts.is_empty(), "{:?}", p.conflicts);
    assert_eq!(statement(p, &new_id).stakeholder, "BRD");
    assert!(p.stakeholders.iter().all(|s| s.id != "BOR"));
    assert_eq!(merged.summary.renamed, 1);
    let bloc = p.stakeholders.iter().find(|s| s.id == "NG").expect("NG");
    assert!(bloc.members.contains(&"BRD".to_owned()));
}

#[test]
fn two_way_adds_what_only_they_have_and_never_deletes() {
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.statements.remove(0);
    theirs
        .statements
        .push(new_statement(&base, 500, "only theirs"));
    theirs.statements[1].summary = "theirs differs".to_owned();
    let merged = merge_two_way(&ours, &theirs, &labels());
    let p = &merged.project;
    valid_but_conflicts(p);
    // Statement 0 only in theirs: added back (two-way never deletes).
    assert_eq!(p.statements.len(), base.statements.len() + 1);
    assert!(p.statements.iter().any(|s| s.summary == "only theirs"));
    assert!(
        p.conflicts.iter().any(|c| c.field == "summary"),
        "{:?}",
        p.conflicts
    );
}

fn small(seed: u64) -> Project {
    generate(&GenerateOptions {
        stakeholders: 14,
        principles: 5,
        sessions: 4,
        statements: 40,
        seed,
    })
    .expect("generates")
}

/// Random edits of the kinds a colleague makes: a stance changed, a summary rewritten, a
/// statement deleted, one logged, a tag added.
fn edit(project: &mut Project, picks: &[(u8, usize, i8)], stamp: i64) {
    for (n, &(kind, at, score)) in picks.iter().enumerate() {
        let len = project.statements.len();
        if len == 0 {
            return;
        }
        let i = at % len;
        match kind % 5 {
            0 => {
                let principle = project.principles[at % project.principles.len()].id.clone();
                project.statements[i]
                    .stances
                    .insert(principle, Stance::from_score(score).expect("in range"));
            }
            1 => project.statements[i].summary = format!("rewritten {stamp} {n}"),
            2 => {
                project.statements.remove(i);
            }
            3 => {
                let s = new_statement(project, stamp * 1000 + i64::try_from(n).unwrap_or(0), "new");
                project.statements.push(s);
            }
            _ => project.statements[i].tags.push(format!("t{stamp}")),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn merge_properties(
        seed in 0u64..1000,
        a in proptest::collection::vec((0u8..5, 0usize..100, -2i8..=2), 0..8),
        b in proptest::collection::vec((0u8..5, 0usize..100, -2i8..=2), 0..8),
    ) {
        let base = small(seed);
        let mut x = base.clone();
        edit(&mut x, &a, 1);
        let mut y = base.clone();
        edit(&mut y, &b, 2);
        // merge(base, x, x) == x and merge(base, base, x) == x (and the mirror).
        prop_assert_eq!(&merge(&base, &x, &x, &labels()).project, &x);
        prop_assert_eq!(&merge(&base, &base, &x, &labels()).project, &x);
        prop_assert_eq!(&merge(&base, &x, &base, &labels()).project, &x);
        // Never an invalid file, whatever the two sides did.
        let merged = merge(&base, &x, &y, &labels()).project;
        let problems: Vec<_> = validate(&merged)
            .into_iter()
            .filter(|p| !matches!(p.kind, ProblemKind::UnresolvedConflict(..)))
            .collect();
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let text = store::to_string(&merged).expect("serialises");
        prop_assert_eq!(&store::from_str(&text).expect("reloads").project, &merged);
        // Statements added on either side are all there.
        for s in x.statements.iter().chain(&y.statements) {
            if !base.statements.iter().any(|b| b.id == s.id) {
                prop_assert!(merged.statements.iter().any(|m| m.id == s.id));
            }
        }
        // Without conflicts, each side's changed statements carry its change.
        if merged.conflicts.is_empty() {
            for side in [&x, &y] {
                for s in &side.statements {
                    let before = base.statements.iter().find(|b| b.id == s.id);
                    if before.is_some_and(|b| b.summary != s.summary) {
                        let m = merged.statements.iter().find(|m| m.id == s.id);
                        prop_assert_eq!(m.map(|m| &m.summary), Some(&s.summary));
                    }
                }
            }
        }
    }
}

// ---- The command line ----

fn run(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs")
}

fn write(path: &Path, project: &Project) {
    store::save(project, path).expect("saves");
}

#[test]
fn merge_command_exit_codes_and_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.statements.push(new_statement(&base, 100, "ours"));
    theirs.statements.push(new_statement(&base, 200, "theirs"));
    write(&d.join("base.ron"), &base);
    write(&d.join("ours.ron"), &ours);
    write(&d.join("theirs.ron"), &theirs);
    let out = run(
        &[
            "merge",
            "base.ron",
            "ours.ron",
            "theirs.ron",
            "-o",
            "out.ron",
        ],
        d,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = store::load(&d.join("out.ron")).expect("valid");
    assert!(merged.problems.is_empty());
    assert_eq!(merged.project.statements.len(), base.statements.len() + 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 record added"));

    // Conflicts: exit 1, written; `check` then exits 1 and lists them.
    theirs.statements[0].summary = "theirs".to_owned();
    ours.statements[0].summary = "ours".to_owned();
    write(&d.join("ours.ron"), &ours);
    write(&d.join("theirs.ron"), &theirs);
    let out = run(
        &[
            "merge",
            "base.ron",
            "ours.ron",
            "theirs.ron",
            "-o",
            "out.ron",
        ],
        d,
    );
    assert_eq!(out.status.code(), Some(1));
    let check = run(&["check", "out.ron"], d);
    assert_eq!(check.status.code(), Some(1));
    let listed = String::from_utf8_lossy(&check.stdout);
    assert!(
        listed.contains("out.ron:") && listed.contains("unresolved merge conflict"),
        "{listed}"
    );

    // An invalid input: exit 2, its problems printed as `check` prints them, OUT untouched.
    let before = std::fs::read(d.join("out.ron")).expect("out");
    std::fs::write(
        d.join("bad.ron"),
        "Project(format_version: 2, title: \"x\", oops)",
    )
    .expect("write");
    let out = run(
        &[
            "merge",
            "base.ron",
            "bad.ron",
            "theirs.ron",
            "-o",
            "out.ron",
        ],
        d,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bad.ron:1:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(d.join("out.ron")).expect("out"), before);
    // A usage error.
    assert_eq!(run(&["merge", "base.ron"], d).status.code(), Some(2));
}

/// Two clones of a repository with the sample log different statements and edit different
/// fields of one statement: with the driver, `git merge` completes and the result passes
/// `check` with both sides' work; the same field edited on both sides leaves a valid file with
/// one recorded conflict and git calls the merge conflicted.
#[test]
fn git_merges_through_the_driver() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path().join("team");
    std::fs::create_dir(&repo).expect("dir");
    common::git_ok(&repo, &["init", "-q", "-b", "main"]);
    let sample = common::valid(treaty_tracker::SAMPLE_PROJECT);
    write(&repo.join("ahc.ron"), &sample);
    std::fs::remove_file(store::backup_path(&repo.join("ahc.ron"))).ok();
    let setup = run(&["git-setup"], &repo);
    assert_eq!(
        setup.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&setup.stderr)
    );
    let said = String::from_utf8_lossy(&setup.stdout).into_owned();
    assert!(said.contains("merge.treaty-tracker.driver"), "{said}");
    // Idempotent: a second run changes nothing and says so.
    let again = run(&["git-setup"], &repo);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("already"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    let attributes = std::fs::read_to_string(repo.join(".gitattributes")).expect("attributes");
    assert_eq!(attributes, "*.ron merge=treaty-tracker\n");
    common::git_ok(&repo, &["add", "ahc.ron", ".gitattributes"]);
    common::git_ok(&repo, &["commit", "-q", "-m", "sample"]);

    let edit_and_commit = |branch: &str, change: &dyn Fn(&mut Project)| {
        common::git_ok(&repo, &["checkout", "-q", "-B", branch, "main"]);
        let mut project = store::load(&repo.join("ahc.ron")).expect("loads").project;
        change(&mut project);
        write(&repo.join("ahc.ron"), &project);
        std::fs::remove_file(store::backup_path(&repo.join("ahc.ron"))).ok();
        common::git_ok(&repo, &["commit", "-q", "-am", branch]);
    };
    let first = sample.statements[0].id.clone();
    edit_and_commit("ana", &|p| {
        p.statements.push(new_statement(p, 10, "Ana, plenary"));
        p.statements[0].summary = "Ana's reading".to_owned();
    });
    edit_and_commit("ben", &|p| {
        p.statements.push(new_statement(p, 20, "Ben, informals"));
        p.statements[0].confidence = treaty_tracker::model::Confidence::Low;
    });
    common::git_ok(&repo, &["checkout", "-q", "ana"]);
    common::git_ok(&repo, &["merge", "-q", "--no-edit", "ben"]);
    let check = run(&["check", "ahc.ron"], &repo);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let merged = store::load(&repo.join("ahc.ron")).expect("loads").project;
    assert!(
        merged
            .statements
            .iter()
            .any(|s| s.summary == "Ana, plenary")
    );
    assert!(
        merged
            .statements
            .iter()
            .any(|s| s.summary == "Ben, informals")
    );
    let s = statement(&merged, &first);
    assert_eq!(s.summary, "Ana's reading");
    assert_eq!(s.confidence, treaty_tracker::model::Confidence::Low);

    // The same field on both sides: git says conflicted, the file is valid with one conflict.
    edit_and_commit("ana2", &|p| p.statements[1].summary = "Ana says".to_owned());
    edit_and_commit("ben2", &|p| p.statements[1].summary = "Ben says".to_owned());
    common::git_ok(&repo, &["checkout", "-q", "ana2"]);
    let out = common::git(&repo, &["merge", "--no-edit", "ben2"]);
    assert!(!out.status.success(), "git reports the merge as conflicted");
    let text = std::fs::read_to_string(repo.join("ahc.ron")).expect("file");
    assert!(!text.contains("<<<<<<<"), "no text markers");
    let loaded = store::from_str(&text).expect("a valid file");
    assert_eq!(loaded.project.conflicts.len(), 1);
    assert_eq!(loaded.project.conflicts[0].field, "summary");
    assert_eq!(
        loaded.project.conflicts[0].theirs.as_deref(),
        Some("\"Ben says\"")
    );
    let check = run(&["check", "ahc.ron"], &repo);
    assert_eq!(check.status.code(), Some(1));
}
