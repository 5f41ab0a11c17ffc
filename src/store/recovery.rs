//! Crash recovery: unsaved changes are written a few seconds after each edit to a recovery
//! file in the user's data folder (owner-only permissions), never to the user's own file.
//! After a crash or kill, the next start offers to restore them.
//!
//! Each running window has its own recovery file and holds a lock on a companion `.lock` file
//! for as long as it runs, so that a second window neither offers nor deletes the first one's
//! work: only files whose lock can be taken (their window is gone) are offered.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::DiskStamp;
use crate::model::Project;

/// What a recovery file says about the project it holds (its first line, JSON).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Meta {
    path: Option<PathBuf>,
    disk: Option<DiskStamp>,
}

/// What a crashed window left.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The project as it was at the last autosave.
    pub project: Project,
    /// The file it belonged to, if it had one.
    pub path: Option<PathBuf>,
    /// That file as it was when the crashed window last read or wrote it.
    pub disk: Option<DiskStamp>,
    /// The recovery file, removed once the user restores or discards it.
    file: PathBuf,
    lock: PathBuf,
}

/// This window's recovery file, and the lock that says it is alive.
#[derive(Debug)]
pub struct Recovery {
    dir: PathBuf,
    file: PathBuf,
    lock_path: PathBuf,
    lock: Option<File>,
}

fn restrict(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Err(e) = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)) {
            log::warn!("cannot restrict the permissions of {}: {e}", path.display());
        }
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
}

fn remove(path: &Path) {
    if path.exists()
        && let Err(e) = std::fs::remove_file(path)
    {
        log::warn!("cannot remove {}: {e}", path.display());
    }
}

/// Whether the window that holds `lock` is still running (a lock we can take belongs to a
/// window that is gone).
fn lock_alive(lock: &Path) -> bool {
    File::options()
        .write(true)
        .open(lock)
        .is_ok_and(|f| f.try_lock().is_err())
}

impl Recovery {
    /// Removes the `.lock` files of windows that are gone and left no recovery file.
    fn remove_stale_locks(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_lock = path.extension().is_some_and(|e| e == "lock")
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("recovery-"));
            if is_lock
                && path != self.lock_path
                && !path.with_extension("ron").exists()
                && !lock_alive(&path)
            {
                remove(&path);
            }
        }
    }

    /// This window's recovery in `dir`, locked from now until the window closes.
    pub fn new(dir: PathBuf) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let id = format!("{}-{nanos}", std::process::id());
        let file = dir.join(format!("recovery-{id}.ron"));
        let lock_path = dir.join(format!("recovery-{id}.lock"));
        let lock = std::fs::create_dir_all(&dir)
            .and_then(|()| File::create(&lock_path))
            .and_then(|f| f.try_lock().map(|()| f).map_err(std::io::Error::other));
        restrict(&dir, 0o700);
        let lock = match lock {
            Ok(lock) => Some(lock),
            Err(e) => {
                log::warn!("cannot lock {}: {e}", lock_path.display());
                None
            }
        };
        Recovery {
            dir,
            file,
            lock_path,
            lock,
        }
    }

    /// Writes the project, the path of its file and that file's stamp, in one file, atomically.
    ///
    /// # Errors
    /// A message when the file cannot be written.
    pub fn write(
        &self,
        project: &Project,
        path: Option<&Path>,
        disk: Option<DiskStamp>,
    ) -> Result<(), String> {
        let meta = Meta {
            path: path.map(Path::to_path_buf),
            disk,
        };
        let mut text = serde_json::to_string(&meta).map_err(|e| e.to_string())?;
        text.push('\n');
        text.push_str(&super::to_string(project).map_err(|e| e.to_string())?);
        super::write_export(&self.file, text.as_bytes()).map_err(|e| e.to_string())?;
        restrict(&self.file, 0o600);
        Ok(())
    }

    /// Removes this window's recovery file (after a save, or when its work is discarded).
    pub fn clear(&self) {
        remove(&self.file);
    }

    /// The most recent work left by a window that is no longer running, if any. Locks left by
    /// windows that were killed with nothing unsaved are removed on the way.
    pub fn orphan(&self) -> Option<Recovered> {
        self.remove_stale_locks();
        let entries = std::fs::read_dir(&self.dir).ok()?;
        let mut found: Vec<(std::time::SystemTime, PathBuf)> = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let is_recovery = path.extension().is_some_and(|e| e == "ron")
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("recovery-"));
            if !is_recovery || path == self.file {
                continue;
            }
            let lock = path.with_extension("lock");
            if lock_alive(&lock) {
                continue;
            }
            let modified = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            found.push((modified, path));
        }
        found.sort();
        let (_, file) = found.pop()?;
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) => {
                log::warn!("cannot read the recovery file {}: {e}", file.display());
                return None;
            }
        };
        let (first, rest) = text.split_once('\n')?;
        let meta: Meta = serde_json::from_str(first).unwrap_or_default();
        match super::from_str(rest) {
            Ok(loaded) => Some(Recovered {
                project: loaded.project,
                path: meta.path,
                disk: meta.disk,
                lock: file.with_extension("lock"),
                file,
            }),
            Err(e) => {
                log::warn!(
                    "ignoring an unreadable recovery file {}: {e}",
                    file.display()
                );
                None
            }
        }
    }

    /// Makes what a crashed window left this window's own recovery file (a rename: instant,
    /// and the work is never in no file at all), then removes the crashed window's lock. Until
    /// the restored work is saved, a crash now leaves it to be offered again.
    ///
    /// # Errors
    /// A message when the file cannot be moved; the crashed window's file is then kept, to be
    /// offered again at the next start.
    pub fn adopt(&self, recovered: &Recovered) -> Result<(), String> {
        std::fs::rename(&recovered.file, &self.file)
            .map_err(|e| format!("cannot keep {}: {e}", recovered.file.display()))?;
        restrict(&self.file, 0o600);
        remove(&recovered.lock);
        Ok(())
    }

    /// Removes what a crashed window left, once restored or discarded.
    pub fn forget(&self, recovered: &Recovered) {
        remove(&recovered.file);
        remove(&recovered.lock);
    }
}

impl Drop for Recovery {
    fn drop(&mut self) {
        // Leaving normally: the lock file goes; the recovery file stays only if it still holds
        // unsaved work (the window was closed without answering, which the guard prevents).
        drop(self.lock.take());
        if !self.file.exists() {
            remove(&self.lock_path);
        }
    }
}
