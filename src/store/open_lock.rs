//! [`OpenLock`]: a note, in the app's own data folder (never beside the project, where it would
//! show up in git), that a window has a project file open, so that a second window opening the
//! same file warns at once instead of the two overwriting each other's work.

use std::hash::Hasher as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT: AtomicU64 = AtomicU64::new(1);

/// Held while a window has the file open; dropping it removes the note.
#[derive(Debug)]
pub struct OpenLock {
    note: PathBuf,
    mine: String,
}

/// Another window holding the same file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    /// Its process id.
    pub pid: u32,
}

impl OpenLock {
    /// Notes in `folder` that `file` is open here, and says who else had it open (a window
    /// whose process still runs; a note left by a crash is taken over).
    pub fn take(folder: &Path, file: &Path) -> (Option<OpenLock>, Option<Holder>) {
        let canonical = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let mut h = crate::fnv::Fnv::default();
        h.write(canonical.to_string_lossy().as_bytes());
        let note = folder.join(format!("open-{:016x}.lock", h.finish()));
        let mine = format!(
            "{} {}\n{}\n",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            canonical.display()
        );
        let other = std::fs::read_to_string(&note).ok().and_then(|text| {
            let first = text.lines().next()?.to_owned();
            let pid: u32 = first.split_whitespace().next()?.parse().ok()?;
            (first != mine.lines().next().unwrap_or_default() && alive(pid))
                .then_some(Holder { pid })
        });
        if std::fs::create_dir_all(folder).is_err() || std::fs::write(&note, &mine).is_err() {
            return (None, other);
        }
        (Some(OpenLock { note, mine }), other)
    }
}

impl Drop for OpenLock {
    fn drop(&mut self) {
        // Only our own note: a window that opened the file after us took it over.
        if std::fs::read_to_string(&self.note).is_ok_and(|t| t == self.mine) {
            let _ = std::fs::remove_file(&self.note);
        }
    }
}

/// Whether a process runs: on Linux from /proc; elsewhere assumed (the warning then says
/// "may be open").
fn alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if proc.is_dir() {
        proc.join(pid.to_string()).exists()
    } else {
        true
    }
}
