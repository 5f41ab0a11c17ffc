//! File dialogs: the desktop's native dialog through rfd where a dialog service answers, and
//! an in-app path prompt where none does (no desktop portal, e.g. a bare X session), so that
//! no menu item is ever dead.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    /// Choose a project to open.
    Open,
    /// Choose where to save the project.
    SaveAs,
    /// Choose where to write a report.
    Export,
    /// Choose a colleague's file to merge in.
    Merge,
    /// Choose a spreadsheet to import statements from.
    Import,
}

impl FilePurpose {
    /// The prompt's title, in the window's language.
    pub fn title(self) -> String {
        match self {
            FilePurpose::Open => crate::tr!("dialog-open-title"),
            FilePurpose::SaveAs => crate::tr!("dialog-save-as-title"),
            FilePurpose::Export => crate::tr!("dialog-export-title"),
            FilePurpose::Merge => crate::tr!("dialog-merge-title"),
            FilePurpose::Import => crate::tr!("dialog-import-title"),
        }
    }
}

/// Which dialogs to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogMode {
    /// rfd's native dialogs, falling back to the prompt when nothing answers.
    Native,
    /// Always the in-app prompt (tests, and machines without a dialog service).
    Prompt,
}

impl DialogMode {
    /// Native where a desktop session bus or zenity could answer, else the prompt.
    pub fn detect() -> Self {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
        let zenity = std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file())
        });
        if bus || zenity {
            DialogMode::Native
        } else {
            DialogMode::Prompt
        }
    }
}

/// The outcome of asking for a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Asked {
    /// The user chose this path.
    Chosen(PathBuf),
    /// The user cancelled.
    Cancelled,
    /// No dialog service answered: ask in the window instead.
    Unavailable,
}

/// A dialog that returns faster than this without a path did not reach a human.
const HUMAN_SECS: Duration = Duration::from_millis(400);

/// Shows the native dialog for `purpose` (blocking, from the command handler).
pub fn ask_native(purpose: FilePurpose, suggested_name: &str, folder: Option<PathBuf>) -> Asked {
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
    match purpose {
        FilePurpose::Export => {}
        FilePurpose::Import => {
            dialog = dialog.add_filter(
                crate::tr!("dialog-filter-spreadsheet"),
                &["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"],
            );
        }
        _ => dialog = dialog.add_filter(crate::tr!("dialog-filter-project"), &["ron"]),
    }
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    let started = Instant::now();
    let chosen = match purpose {
        FilePurpose::Open | FilePurpose::Merge | FilePurpose::Import => dialog.pick_file(),
        FilePurpose::SaveAs | FilePurpose::Export => {
            dialog.set_file_name(suggested_name).save_file()
        }
    };
    match chosen {
        Some(path) => Asked::Chosen(path),
        None if started.elapsed() < HUMAN_SECS => {
            log::warn!("no file dialog service answered; asking for a path in the window");
            Asked::Unavailable
        }
        None => Asked::Cancelled,
    }
}

/// The in-app path prompt's state.
#[derive(Clone, Debug)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: FilePurpose,
    /// The text typed so far.
    pub text: String,
    /// Why the prompt is shown instead of a native dialog, if it is.
    pub note: Option<String>,
    /// Whether the field has been given the keyboard (once, as the prompt opens).
    pub focused: bool,
}

/// A typed path with a leading `~` (`~/negotiation.ron`) made the home folder's, as a shell
/// would; any other text as it is.
pub fn expand_home(text: &str) -> std::path::PathBuf {
    let home = || std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    match text.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => match home() {
            Some(home) => std::path::PathBuf::from(home).join(rest.trim_start_matches(['/', '\\'])),
            None => std::path::PathBuf::from(text),
        },
        _ => std::path::PathBuf::from(text),
    }
}

/// The folder a path prompt starts in when the project has none: the home folder, else the
/// current one.
pub fn default_folder() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
}
