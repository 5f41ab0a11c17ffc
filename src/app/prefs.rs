//! Preferences, kept in eframe's storage (never in the project file).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::navigation::View;

/// The eframe application id: names the preferences and recovery folder.
pub const APP_ID: &str = "treaty-tracker";

/// The storage key of the preferences.
pub const PREFS_KEY: &str = "treaty-tracker.preferences";

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// Light, dark or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Everything remembered between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Theme.
    pub theme: ThemeChoice,
    /// Zoom factor (1 = 100 %).
    pub zoom: f32,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    /// The view shown last.
    pub last_view: View,
    /// Written into `recorded_by` of new statements.
    pub user_name: String,
    /// Inner size of the window at the last exit, in points.
    pub window_size: Option<[f32; 2]>,
    /// False until the first run has opened the sample.
    pub has_run_before: bool,
    /// How CSV exports are written, as last chosen; from the locale until then.
    pub csv: Option<crate::tables::CsvOptions>,
    /// The window's language, as chosen in the View menu; the system's until then.
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            theme: ThemeChoice::System,
            zoom: 1.0,
            recent_files: Vec::new(),
            last_view: View::Overview,
            user_name: String::new(),
            window_size: None,
            has_run_before: false,
            csv: None,
            language: None,
        }
    }
}

impl Preferences {
    /// Reads the preferences from eframe's storage; defaults when absent or unreadable.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| eframe::get_value::<Preferences>(s, PREFS_KEY))
            .unwrap_or_default()
    }

    /// Writes them to eframe's storage.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, self);
    }

    /// Puts `path` first in the recent files, as an absolute path: a file given relative to
    /// one folder is the same file when the app starts from another.
    pub fn remember(&mut self, path: PathBuf) {
        let path = std::path::absolute(&path).unwrap_or(path);
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// The zoom factor kept within 50 %..300 %.
    pub fn clamped_zoom(&self) -> f32 {
        if self.zoom.is_finite() {
            self.zoom.clamp(0.5, 3.0)
        } else {
            1.0
        }
    }
}
