//! Crash recovery: unsaved changes are written a few seconds after each edit to a recovery
//! file in the user's data folder (owner-only permissions), never to the user's own file.
//! After a crash or kill, the next start offers to restore them.

use std::path::{Path, PathBuf};

use crate::model::Project;
use crate::store;

/// The recovery folder and its two files.
#[derive(Clone, Debug)]
pub struct Recovery {
    dir: PathBuf,
}

/// What a recovery file holds.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The project as it was at the last autosave.
    pub project: Project,
    /// The file it belonged to, if it had one.
    pub path: Option<PathBuf>,
}

impl Recovery {
    /// Recovery in `dir` (created when first written).
    pub fn new(dir: PathBuf) -> Self {
        Recovery { dir }
    }

    fn project_file(&self) -> PathBuf {
        self.dir.join("recovery.ron")
    }

    fn path_file(&self) -> PathBuf {
        self.dir.join("recovery.path")
    }

    /// Writes the project (and the path of its file) as the recovery state.
    ///
    /// # Errors
    /// A message when the folder or the files cannot be written.
    pub fn write(&self, project: &Project, path: Option<&Path>) -> Result<(), String> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| format!("cannot create {}: {e}", self.dir.display()))?;
        restrict(&self.dir, 0o700);
        let text = store::to_string(project).map_err(|e| e.to_string())?;
        let path_text = path.map(|p| p.display().to_string()).unwrap_or_default();
        store::write_export(&self.path_file(), path_text.as_bytes()).map_err(|e| e.to_string())?;
        store::write_export(&self.project_file(), text.as_bytes()).map_err(|e| e.to_string())?;
        restrict(&self.path_file(), 0o600);
        restrict(&self.project_file(), 0o600);
        Ok(())
    }

    /// The recovery state, if a previous run left one that can be read.
    pub fn read(&self) -> Option<Recovered> {
        let file = self.project_file();
        if !file.is_file() {
            return None;
        }
        match store::load(&file) {
            Ok(loaded) => {
                let path = std::fs::read_to_string(self.path_file())
                    .ok()
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| PathBuf::from(p.trim_end_matches('\n')));
                Some(Recovered {
                    project: loaded.project,
                    path,
                })
            }
            Err(e) => {
                log::warn!(
                    "ignoring an unreadable recovery file {}: {e}",
                    file.display()
                );
                None
            }
        }
    }

    /// Removes the recovery state (after a save, or when the user discards it).
    pub fn clear(&self) {
        for file in [self.project_file(), self.path_file()] {
            if file.exists()
                && let Err(e) = std::fs::remove_file(&file)
            {
                log::warn!("cannot remove {}: {e}", file.display());
            }
        }
    }
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
