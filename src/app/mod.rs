//! The desktop window (eframe/egui). The only part of the crate that names egui or eframe.
//!
//! Three kinds of state, never mixed: the [`Document`] (written only to the user's file),
//! the [`Preferences`] (eframe storage) and runtime state in [`TreatyApp`] (undo history,
//! dialogs, caches), which is never serialized.

mod actions;
mod command;
mod dialogs;
mod document;
mod editors;
mod export;
mod files;
mod icon;
mod insight;
mod log;
mod navigation;
mod palette;
mod prefs;
mod quick_bar;
mod statement_editor;
mod treaty_app;
mod view_ctx;
mod views;

pub use actions::{ACTIONS, Action, ActionInfo, Navigate, View};
pub use command::{Answer, Command, CommandSender, Pending, command_channel};
pub use dialogs::DialogMode;
pub use document::{Document, Origin, describe};
pub use editors::Confirm;
pub use insight::{InsightState, show as show_insight};
pub use log::{LogState, show as statement_log};
pub use prefs::{Preferences, ThemeChoice};
pub use quick_bar::QuickEntry;
pub use treaty_app::{AppConfig, TreatyApp};
pub use view_ctx::ViewCtx;

use std::path::PathBuf;
use std::process::ExitCode;

/// The eframe application id: names the preferences and recovery folder.
pub const APP_ID: &str = "treaty-tracker";

/// Opens the desktop window on `file` (or the last project, or the embedded sample) and runs
/// it until the user quits.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let config = AppConfig::for_user(file);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Treaty Tracker")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Treaty Tracker",
        options,
        Box::new(move |cc| Ok(Box::new(TreatyApp::new(cc.storage, config)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "treaty-tracker: cannot open the window: {e}\n\
                 The command line works without a display: try `treaty-tracker --help`."
            );
            ExitCode::from(1)
        }
    }
}
