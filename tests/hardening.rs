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
    std::fs::copy(common::repo_path("sample_positions/ahc_cybercrime.ron"), &path).expect("copy");
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
        .args(["report", &project.display().to_string(), "--format", "md", "-o"])
        .arg(&fifo)
        .output()
        .expect("runs");
    if !out.status.success() {
        // Unblock the reader before failing, so that the test ends.
        drop(std::fs::OpenOptions::new().write(true).open(&fifo));
    }
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let read = reader.join().expect("reader");
    assert!(String::from_utf8_lossy(&read).starts_with("# UN cybercrime convention"));
    let meta = std::fs::symlink_metadata(&fifo).expect("still there");
    assert!(meta.file_type().is_fifo(), "still a FIFO");
    // A project is never saved into a FIFO or a folder.
    let p = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let err = store::save(&p, &fifo).expect_err("refused");
    assert!(err.to_string().contains("not a regular file"), "{err}");
    assert!(std::fs::symlink_metadata(&fifo).expect("there").file_type().is_fifo());
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
    assert_eq!(mode(&backup), 0o600, "the backup is as private as the project");
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
    assert!(other.exists(), "another file's temporary is not ours to remove");
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
