//! Atomic replacement of a file: write a temporary file beside it, sync, then rename.
//!
//! At every instant the target path holds either the complete old file or the complete new
//! one. The previous version is kept as `FILE.bak` (itself written atomically). The temporary
//! and backup files have the target's permissions from their first byte (a private project
//! never has a world-readable copy, even for an instant); temporaries an interrupted save left
//! behind (by a process that is gone) are removed at the next write to the same target.
//!
//! A target that is not a regular file is never replaced: an export into a FIFO, a terminal or
//! `/dev/null` is written into it directly, a project save there is refused, and a folder is
//! refused. A symbolic link is followed, even one whose target does not exist yet.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::error::SaveError;

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn sibling(target: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(OsString::new, OsString::from);
    let mut file = OsString::from(prefix);
    file.push(name);
    file.push(suffix);
    target.with_file_name(file)
}

/// `FILE.bak` for `FILE`.
pub fn backup_path(target: &Path) -> PathBuf {
    sibling(target, "", ".bak")
}

/// A complete, synced temporary file waiting to replace its target. Dropping it without
/// [`PendingWrite::commit`] removes the temporary file and leaves the target untouched.
#[derive(Debug)]
pub struct PendingWrite {
    target: PathBuf,
    temp: PathBuf,
    committed: bool,
}

fn io_error(path: &Path, step: &'static str) -> impl FnOnce(std::io::Error) -> SaveError {
    let path = path.to_path_buf();
    move |source| SaveError::Io { path, step, source }
}

/// The permission bits new files for `target` get: those of `like` when it exists (the
/// target itself for its temporaries and its backup), else the default (0666 less the umask).
#[cfg(unix)]
fn mode_of(like: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt as _;
    fs::metadata(like)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777)
}

/// Whether the process that wrote a temporary file is still running (Linux: `/proc/PID`;
/// elsewhere a temporary is left for an hour before it counts as stale).
fn writer_alive(pid: u32, modified: Option<std::time::SystemTime>) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if cfg!(target_os = "linux") {
        return Path::new("/proc").join(pid.to_string()).exists();
    }
    modified
        .and_then(|m| m.elapsed().ok())
        .is_none_or(|age| age < std::time::Duration::from_hours(1))
}

/// Removes the temporaries (`.NAME.tmp-PID-N`) that interrupted writes to `target` left behind,
/// when the process that wrote them is gone. Failures are only logged: cleaning up never
/// stops a save.
fn remove_stale_temporaries(target: &Path) {
    let (Some(folder), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".tmp-");
    let Some(prefix) = prefix.to_str().map(str::to_owned) else {
        return;
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if meta.is_file() && !writer_alive(pid, meta.modified().ok()) {
            let path = entry.path();
            if let Err(e) = fs::remove_file(&path) {
                log_cleanup_failure(&path, &e);
            }
        }
    }
}

/// Writes `bytes` to a new temporary file beside `target`, created with the permissions of
/// `mode_from` (when it exists) from its first byte.
fn write_temp(target: &Path, mode_from: &Path, bytes: &[u8]) -> Result<PathBuf, SaveError> {
    let unique = format!(
        ".tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let temp = sibling(target, ".", &unique);
    #[cfg(unix)]
    let mode = mode_of(mode_from);
    #[cfg(not(unix))]
    let mode = {
        let _ = mode_from;
        None
    };
    let mut file = create_new(&temp, mode)
        .map_err(io_error(target, "create a temporary file in its folder"))?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.flush())
        .and_then(|()| file.sync_all());
    if let Err(e) = written {
        drop(file);
        // The temporary file is incomplete: remove it; the error reported is the write's.
        if let Err(remove) = fs::remove_file(&temp) {
            log_cleanup_failure(&temp, &remove);
        }
        return Err(io_error(target, "write the temporary file")(e));
    }
    if let Ok(meta) = fs::metadata(mode_from) {
        // The mode given at creation is narrowed by the umask: set it exactly (never wider
        // than the target's). Failing to is not worth failing a save.
        if let Err(e) = fs::set_permissions(&temp, meta.permissions()) {
            log_cleanup_failure(&temp, &e);
        }
    }
    Ok(temp)
}

/// What a path resolves to through symbolic links, following at most 40 (a loop is an
/// error), even when the last link points to a file that does not exist yet.
fn resolve_links(target: &Path) -> Result<PathBuf, SaveError> {
    let mut path = target.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link =
                    fs::read_link(&path).map_err(io_error(target, "follow the symbolic link"))?;
                path = if link.is_absolute() {
                    link
                } else {
                    path.parent().unwrap_or_else(|| Path::new(".")).join(link)
                };
            }
            _ => return Ok(path),
        }
    }
    Err(SaveError::Io {
        path: target.to_path_buf(),
        step: "follow the symbolic link",
        source: std::io::Error::other("too many levels of symbolic links"),
    })
}

/// The target's kind when it exists and is not a regular file.
enum Special {
    /// A folder: never written.
    Folder,
    /// A FIFO, a device, a socket: written into directly for an export.
    Stream,
}

fn special(target: &Path) -> Option<Special> {
    let meta = fs::metadata(target).ok()?;
    if meta.is_file() {
        None
    } else if meta.is_dir() {
        Some(Special::Folder)
    } else {
        Some(Special::Stream)
    }
}

fn not_regular(target: &Path, what: &str) -> SaveError {
    SaveError::Io {
        path: target.to_path_buf(),
        step: "check the target",
        source: std::io::Error::other(format!("it is {what}, not a regular file")),
    }
}

fn log_cleanup_failure(path: &Path, error: &std::io::Error) {
    eprintln!("treaty-tracker: note: {}: {error}", path.display());
}

fn sync_dir(target: &Path) {
    #[cfg(unix)]
    {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        // Syncing the directory makes the rename durable; some file systems refuse it, and
        // the rename itself has already happened, so a failure is only logged.
        if let Err(e) = File::open(dir).and_then(|d| d.sync_all()) {
            log_cleanup_failure(dir, &e);
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}

impl PendingWrite {
    /// Writes `bytes` to a new temporary file beside `target`, flushed and synced.
    ///
    /// # Errors
    /// [`SaveError::Io`] when the folder is not writable or the disk is full.
    pub fn prepare(target: &Path, bytes: &[u8]) -> Result<Self, SaveError> {
        // Saving through a symbolic link replaces the file it points to, not the link: renaming
        // over the link would turn it into a regular file and leave the real one behind.
        let target = resolve_links(target)?;
        // Never rename over a FIFO, a device or a folder: it would be replaced by a file.
        match special(&target) {
            Some(Special::Folder) => return Err(not_regular(&target, "a folder")),
            Some(Special::Stream) => {
                return Err(not_regular(&target, "a device, a FIFO or a socket"));
            }
            None => {}
        }
        remove_stale_temporaries(&target);
        let temp = write_temp(&target, &target, bytes)?;
        Ok(PendingWrite {
            target,
            temp,
            committed: false,
        })
    }

    /// The temporary file's path.
    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    /// Keeps the current target as `FILE.bak`, then renames the temporary file over it.
    ///
    /// # Errors
    /// [`SaveError::Io`]; the target is then unchanged.
    pub fn commit(self) -> Result<(), SaveError> {
        self.finish(true)
    }

    /// Renames the temporary file over the target without keeping a backup (for exports,
    /// which can be made again from the project).
    ///
    /// # Errors
    /// [`SaveError::Io`]; the target is then unchanged.
    pub fn commit_without_backup(self) -> Result<(), SaveError> {
        self.finish(false)
    }

    fn finish(mut self, backup: bool) -> Result<(), SaveError> {
        if backup && self.target.is_file() {
            let old = fs::read(&self.target).map_err(io_error(
                &self.target,
                "read the previous version for FILE.bak",
            ))?;
            let backup = backup_path(&self.target);
            remove_stale_temporaries(&backup);
            // The backup has the project's permissions, not those of an older backup.
            let backup_temp = write_temp(&backup, &self.target, &old)?;
            if let Err(e) = fs::rename(&backup_temp, &backup) {
                if let Err(remove) = fs::remove_file(&backup_temp) {
                    log_cleanup_failure(&backup_temp, &remove);
                }
                return Err(io_error(&backup, "keep the previous version")(e));
            }
        }
        fs::rename(&self.temp, &self.target).map_err(io_error(&self.target, "replace the file"))?;
        self.committed = true;
        sync_dir(&self.target);
        Ok(())
    }
}

impl Drop for PendingWrite {
    fn drop(&mut self) {
        if !self.committed
            && let Err(e) = fs::remove_file(&self.temp)
        {
            log_cleanup_failure(&self.temp, &e);
        }
    }
}

/// Replaces `target` with `bytes` atomically, keeping the previous version as `FILE.bak`.
///
/// # Errors
/// [`SaveError::Io`] naming the step that failed; the target is then unchanged.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    PendingWrite::prepare(target, bytes)?.commit()
}

/// Replaces `target` with `bytes` atomically, without a backup: for reports and exports. A
/// target that is a FIFO, a terminal or a device (`/dev/null`, `/dev/stdout`) is written into
/// directly and stays what it is.
///
/// # Errors
/// [`SaveError::Io`] naming the step that failed; the target is then unchanged.
pub fn write_export(target: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let resolved = resolve_links(target)?;
    if let Some(Special::Stream) = special(&resolved) {
        let mut stream = OpenOptions::new()
            .write(true)
            .open(&resolved)
            .map_err(io_error(&resolved, "open it for writing"))?;
        return stream
            .write_all(bytes)
            .and_then(|()| stream.flush())
            .map_err(io_error(&resolved, "write into it"));
    }
    PendingWrite::prepare(target, bytes)?.commit_without_backup()
}

/// Writes `bytes` to a new file at `path`, readable and writable by the user only from the
/// moment it exists (mode 0600 on Unix); never follows or replaces what is already there (a
/// file or a link planted at that name makes it fail). For previews in a shared temporary
/// folder.
///
/// # Errors
/// The I/O error, when the file exists already or cannot be written.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = create_new(path, Some(0o600))?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A new file at `path` (never one already there, nor a link's target), with the permission
/// bits `mode` from its creation on Unix (less the umask); the default without.
fn create_new(path: &Path, mode: Option<u32>) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if let Some(mode) = mode {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    options.open(path)
}

/// The copies a sync tool left beside `path` when two computers changed it at once:
/// Syncthing's `NAME.sync-conflict-….ron`, Dropbox's and Nextcloud's `NAME (… conflicted
/// copy ….ron`. Sorted by name; empty when the folder cannot be read.
pub fn sync_conflict_copies(path: &Path) -> Vec<std::path::PathBuf> {
    let (Some(folder), Some(stem)) = (path.parent(), path.file_stem().and_then(|s| s.to_str()))
    else {
        return Vec::new();
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<std::path::PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.as_path() != path)
        .filter(|p| {
            let Some(name) = p.file_name().and_then(|n| n.to_str()) else {
                return false;
            };
            let Some(rest) = name.strip_prefix(stem) else {
                return false;
            };
            let rest = rest.to_lowercase();
            p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"))
                && (rest.starts_with(".sync-conflict-") || rest.contains("conflicted copy"))
        })
        .collect();
    found.sort();
    found
}

/// Whether `a` and `b` name the same existing file (through links, `..` and hard links): an
/// export must never be written over the project it is made from.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(x), Ok(y)) = (fs::metadata(a), fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
        false
    }
    #[cfg(not(unix))]
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
