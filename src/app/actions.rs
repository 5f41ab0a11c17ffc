//! Every user action with its label, shortcut and tooltip, in one table that feeds both the
//! menus and the keyboard handling.

use super::navigation::View;
use super::prefs::ThemeChoice;
use egui::{Key, KeyboardShortcut, Modifiers};

/// A user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// A new project with the manifesto's principles.
    NewFromTemplate,
    /// A new empty project.
    NewBlank,
    /// Open a project file.
    Open,
    /// Open a project file by typing its path (where no file dialog works).
    OpenByPath,
    /// Save to the project's file.
    Save,
    /// Save to another file.
    SaveAs,
    /// Save to another file by typing its path.
    SaveAsByPath,
    /// The export window (HTML, Markdown, CSV, JSON report).
    ExportReport,
    /// Merge a colleague's copy of the project into this one.
    MergeFile,
    /// Import statements from a spreadsheet (the mapping window).
    ImportSpreadsheet,
    /// The merge conflicts window.
    Conflicts,
    /// Close the project.
    Close,
    /// Quit the application.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Show a view.
    ShowView(View),
    /// Focus the quick entry line for live logging.
    QuickEntry,
    /// Light, dark or system theme.
    SetTheme(ThemeChoice),
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Default text size.
    ZoomReset,
    /// The keyboard shortcuts window.
    Shortcuts,
    /// The about window.
    About,
}

/// How an action appears in menus and what triggers it.
#[derive(Clone, Copy, Debug)]
pub struct ActionInfo {
    /// The action.
    pub action: Action,
    /// Its message id in `i18n/*/treaty_tracker.ftl`: the menu label (with `…` when it opens
    /// a dialog) is that message, the tooltip the message `ID-tip`.
    pub id: &'static str,
    /// Its keyboard shortcut, if any.
    pub shortcut: Option<KeyboardShortcut>,
    /// A second shortcut (Ctrl+Y for redo).
    pub alternative: Option<KeyboardShortcut>,
}

impl ActionInfo {
    /// The menu label, in the window's language.
    pub fn label(&self) -> String {
        crate::i18n::text(self.id)
    }

    /// The tooltip, in the window's language.
    pub fn tooltip(&self) -> String {
        crate::i18n::text(&format!("{}-tip", self.id))
    }
}

#[expect(
    clippy::unnecessary_wraps,
    reason = "the table holds optional shortcuts"
)]
const fn command(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(Modifiers::COMMAND, key))
}

#[expect(
    clippy::unnecessary_wraps,
    reason = "the table holds optional shortcuts"
)]
const fn command_shift(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        key,
    ))
}

const fn info(action: Action, id: &'static str, shortcut: Option<KeyboardShortcut>) -> ActionInfo {
    ActionInfo {
        action,
        id,
        shortcut,
        alternative: None,
    }
}

/// The table. Shortcuts with more modifiers come first so that Ctrl+Shift+S is not taken for
/// Ctrl+S.
pub const ACTIONS: [ActionInfo; 35] = [
    info(Action::SaveAs, "action-save-as", command_shift(Key::S)),
    ActionInfo {
        action: Action::Redo,
        id: "action-redo",
        shortcut: command_shift(Key::Z),
        alternative: command(Key::Y),
    },
    info(
        Action::NewFromTemplate,
        "action-new-from-template", // Before New blank project's Ctrl+N: a shifted key would match it too.
        command_shift(Key::N),
    ),
    info(Action::NewBlank, "action-new-blank", command(Key::N)),
    info(Action::Open, "action-open", command(Key::O)),
    info(Action::OpenByPath, "action-open-by-path", None),
    info(Action::Save, "action-save", command(Key::S)),
    info(Action::SaveAsByPath, "action-save-as-by-path", None),
    info(Action::MergeFile, "action-merge-file", None),
    info(Action::ImportSpreadsheet, "action-import-spreadsheet", None),
    info(Action::Conflicts, "action-conflicts", None),
    info(
        Action::ExportReport,
        "action-export-report",
        command(Key::E),
    ),
    info(Action::Close, "action-close", command(Key::W)),
    info(Action::Quit, "action-quit", command(Key::Q)),
    info(Action::Undo, "action-undo", command(Key::Z)),
    info(Action::QuickEntry, "action-quick-entry", command(Key::L)),
    info(
        Action::ShowView(View::Overview),
        "view-overview",
        command(Key::Num1),
    ),
    info(Action::ShowView(View::Log), "view-log", command(Key::Num2)),
    info(
        Action::ShowView(View::Matrix),
        "view-matrix",
        command(Key::Num3),
    ),
    info(
        Action::ShowView(View::Trends),
        "view-trends",
        command(Key::Num4),
    ),
    info(
        Action::ShowView(View::Gaps),
        "view-gaps",
        command(Key::Num5),
    ),
    info(
        Action::ShowView(View::Shifts),
        "view-shifts",
        command(Key::Num6),
    ),
    info(
        Action::ShowView(View::Coalition),
        "view-coalition",
        command(Key::Num7),
    ),
    info(
        Action::ShowView(View::Profile),
        "view-profile",
        command(Key::Num8),
    ),
    info(
        Action::ShowView(View::Principles),
        "view-principles",
        command(Key::Num9),
    ),
    info(Action::ShowView(View::Sessions), "view-sessions", None),
    info(
        Action::ShowView(View::Stakeholders),
        "view-stakeholders",
        None,
    ),
    info(Action::SetTheme(ThemeChoice::System), "theme-system", None),
    info(Action::SetTheme(ThemeChoice::Light), "theme-light", None),
    info(Action::SetTheme(ThemeChoice::Dark), "theme-dark", None),
    info(Action::ZoomIn, "action-zoom-in", command(Key::Plus)),
    info(Action::ZoomOut, "action-zoom-out", command(Key::Minus)),
    info(Action::ZoomReset, "action-zoom-reset", command(Key::Num0)),
    info(
        Action::Shortcuts,
        "action-shortcuts",
        Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
    ),
    info(Action::About, "action-about", None),
];

/// The table entry of an action.
pub fn info_of(action: Action) -> Option<&'static ActionInfo> {
    ACTIONS.iter().find(|a| a.action == action)
}

/// Actions whose shortcut was pressed this frame (consumed from the input). With
/// `text_undo`, undo and redo are left to the text field being typed in.
pub fn pressed(ctx: &egui::Context, text_undo: bool) -> Vec<Action> {
    let mut out = Vec::new();
    ctx.input_mut(|input| {
        // The views' Ctrl+1…9 by the key's place, not the character it types: on a French
        // AZERTY keyboard the digit keys type & é " ' ( - è _ ç, and Ctrl+6 would zoom out. Only
        // where the two differ; the event is consumed so that the character's own shortcut
        // does not run as well.
        input.events.retain(|event| {
            let egui::Event::Key {
                key,
                physical_key: Some(place),
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            if key == place || !modifiers.command_only() {
                return true;
            }
            let by_place = ACTIONS.iter().find(|entry| {
                matches!(entry.action, Action::ShowView(_))
                    && entry.shortcut.is_some_and(|s| {
                        s.logical_key == *place && s.modifiers == Modifiers::COMMAND
                    })
            });
            match by_place {
                Some(entry) => {
                    out.push(entry.action);
                    false
                }
                None => true,
            }
        });
        for entry in &ACTIONS {
            if text_undo && matches!(entry.action, Action::Undo | Action::Redo) {
                continue;
            }
            for shortcut in [entry.shortcut, entry.alternative].into_iter().flatten() {
                if input.consume_shortcut(&shortcut) {
                    out.push(entry.action);
                }
            }
        }
        // `Ctrl+=` is how most keyboards type Ctrl+plus.
        if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)) {
            out.push(Action::ZoomIn);
        }
    });
    out
}
