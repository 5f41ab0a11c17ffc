//! Typed errors of the store: what went wrong, and where.

use std::path::PathBuf;

use thiserror::Error;

/// Why a project file could not be read into a project.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read (missing, a directory, no permission).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8 text.
    #[error("not a text file: invalid UTF-8 at line {line}, column {col}")]
    NotText {
        /// Line of the first invalid byte (1-based).
        line: usize,
        /// Column of the first invalid byte (1-based, in characters).
        col: usize,
    },
    /// The text is not a valid RON project.
    #[error("{message}")]
    Syntax {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        col: usize,
        /// What the parser expected or found.
        message: String,
    },
    /// The file was written by a newer version of Treaty Tracker.
    #[error("{}", newer_message(*found, *supported))]
    NewerVersion {
        /// Version in the file.
        found: u64,
        /// Newest version this build reads.
        supported: u32,
        /// Line of `format_version`.
        line: usize,
        /// Column of `format_version`.
        col: usize,
    },
}

impl LoadError {
    /// Line and column the error points at, when it points at one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::Io { .. } => None,
            LoadError::NotText { line, col }
            | LoadError::Syntax { line, col, .. }
            | LoadError::NewerVersion { line, col, .. } => Some((*line, *col)),
        }
    }
}

/// Why a project could not be saved. The previous file, if any, is untouched.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Serialising the project failed (should not happen for a valid model).
    #[error("cannot write the project as RON: {0}")]
    Serialize(String),
    /// A file-system step failed.
    #[error("cannot save {}: {step}: {source}", path.display())]
    Io {
        /// The file being saved or the temporary file next to it.
        path: PathBuf,
        /// The step that failed ("create a temporary file", "replace the file").
        step: &'static str,
        /// The system's reason.
        source: std::io::Error,
    },
}

/// A version a little above ours is a newer release's; a huge one is no version at all.
fn newer_message(found: u64, supported: u32) -> String {
    if found > 1000 {
        format!(
            "format_version {found} is not a version of the file format (this Treaty Tracker \
             reads versions 1 to {supported})"
        )
    } else {
        format!(
            "file format version {found} is newer than this Treaty Tracker supports (version \
             {supported}); update Treaty Tracker to open it"
        )
    }
}
