//! The desktop window (eframe/egui). The only part of the crate that names egui or eframe.
//!
//! Three kinds of state, never mixed: the [`Document`] (written only to the user's file),
//! the [`Preferences`] (eframe storage) and runtime state in [`TreatyApp`] (undo history,
//! dialogs, caches), which is never serialized.

mod a11y;
mod actions;
mod command;
mod conflicts;
mod dialogs;
mod document;
mod editors;
mod export;
mod files;
mod icon;
mod import;
mod insight;
mod log;
mod method_ui;
mod native;
mod navigation;
mod palette;
mod prefs;
mod problem_words;
mod quick_bar;
mod statement_editor;
mod treaty_app;
mod view_ctx;
mod views;
mod words;

pub use actions::{ACTIONS, Action, ActionInfo};
pub use command::{Answer, Command, CommandSender, Confirm, Pending, command_channel};
pub use dialogs::DialogMode;
pub use document::{Change, Document, Origin, StatementChange, describe};
pub use insight::{InsightState, show as show_insight};
pub use log::{LogState, show as statement_log};
pub use native::run;
pub use navigation::{Navigate, View};
pub use prefs::{APP_ID, Preferences, ThemeChoice};
pub use quick_bar::QuickEntry;
pub use treaty_app::{AppConfig, TreatyApp};
pub use view_ctx::ViewCtx;
pub use views::{OverviewState, overview_ui};
