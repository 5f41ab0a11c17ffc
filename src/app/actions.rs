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
    /// Menu label (with `…` when it opens a dialog).
    pub label: &'static str,
    /// Its keyboard shortcut, if any.
    pub shortcut: Option<KeyboardShortcut>,
    /// A second shortcut (Ctrl+Y for redo).
    pub alternative: Option<KeyboardShortcut>,
    /// Tooltip.
    pub tooltip: &'static str,
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

const fn info(
    action: Action,
    label: &'static str,
    shortcut: Option<KeyboardShortcut>,
    tooltip: &'static str,
) -> ActionInfo {
    ActionInfo {
        action,
        label,
        shortcut,
        alternative: None,
        tooltip,
    }
}

/// The table. Shortcuts with more modifiers come first so that Ctrl+Shift+S is not taken for
/// Ctrl+S.
pub const ACTIONS: [ActionInfo; 35] = [
    info(
        Action::SaveAs,
        "Save as…",
        command_shift(Key::S),
        "Save the project to another file",
    ),
    ActionInfo {
        action: Action::Redo,
        label: "Redo",
        shortcut: command_shift(Key::Z),
        alternative: command(Key::Y),
        tooltip: "Redo the last undone edit",
    },
    info(
        Action::NewFromTemplate,
        "New from the manifesto template",
        // Before New blank project's Ctrl+N: a shifted key would match it too.
        command_shift(Key::N),
        "Start a project with the ten principles of the 2021 Multistakeholder Manifesto",
    ),
    info(
        Action::NewBlank,
        "New blank project",
        command(Key::N),
        "Start a project of your own: add its principles, sessions and stakeholders",
    ),
    info(
        Action::Open,
        "Open…",
        command(Key::O),
        "Open a project file (.ron)",
    ),
    info(
        Action::OpenByPath,
        "Open by typing a path…",
        None,
        "Open a project file whose path you type, without the file dialog",
    ),
    info(
        Action::Save,
        "Save",
        command(Key::S),
        "Save the project to its file",
    ),
    info(
        Action::SaveAsByPath,
        "Save as by typing a path…",
        None,
        "Save the project to a path you type, without the file dialog",
    ),
    info(
        Action::MergeFile,
        "Merge a colleague's file…",
        None,
        "Bring in a colleague's copy of this project: what only they have is added, nothing is \
         deleted, and fields you hold differently become conflicts (one undo step)",
    ),
    info(
        Action::ImportSpreadsheet,
        "Import statements from a spreadsheet…",
        None,
        "Bring in statements from a CSV, XLSX or ODS file: map its columns and values, see \
         every problem by row and column before anything changes (one undo step)",
    ),
    info(
        Action::Conflicts,
        "Merge conflicts…",
        None,
        "The conflicts a merge left: yours, theirs and the common ancestor's value side by side",
    ),
    info(
        Action::ExportReport,
        "Export…",
        command(Key::E),
        "Write the alignment report (HTML, Markdown, CSV, JSON, or its tables as XLSX), the \
         statements table (CSV, XLSX) or the whole project (JSON), with a preview",
    ),
    info(Action::Close, "Close", command(Key::W), "Close the project"),
    info(Action::Quit, "Quit", command(Key::Q), "Quit Treaty Tracker"),
    info(Action::Undo, "Undo", command(Key::Z), "Undo the last edit"),
    info(
        Action::QuickEntry,
        "Log a statement",
        command(Key::L),
        "Focus the quick entry line: stakeholder, principles with stances, summary",
    ),
    info(
        Action::ShowView(View::Overview),
        "Overview",
        command(Key::Num1),
        "Treaty, framework, counts, timeline and latest statements",
    ),
    info(
        Action::ShowView(View::Log),
        "Statement log",
        command(Key::Num2),
        "Every statement, filtered and sorted, with its evidence",
    ),
    info(
        Action::ShowView(View::Matrix),
        "Alignment matrix",
        command(Key::Num3),
        "Stakeholders × principles for one session, coloured by stance",
    ),
    info(
        Action::ShowView(View::Trends),
        "Trends",
        command(Key::Num4),
        "Alignment, support and gap over the sessions",
    ),
    info(
        Action::ShowView(View::Gaps),
        "Gaps",
        command(Key::Num5),
        "Per principle: support, mixed, opposition and silence",
    ),
    info(
        Action::ShowView(View::Shifts),
        "Shifts",
        command(Key::Num6),
        "Who moved on what between two sessions",
    ),
    info(
        Action::ShowView(View::Coalition),
        "Coalition map",
        command(Key::Num7),
        "Who stands with whom, as a 2D map",
    ),
    info(
        Action::ShowView(View::Profile),
        "Stakeholder profile",
        command(Key::Num8),
        "One stakeholder over time, or up to four side by side",
    ),
    info(
        Action::ShowView(View::Principles),
        "Principles",
        command(Key::Num9),
        "Edit the principles of the framework",
    ),
    info(
        Action::ShowView(View::Sessions),
        "Sessions",
        None,
        "Edit the sessions",
    ),
    info(
        Action::ShowView(View::Stakeholders),
        "Stakeholders",
        None,
        "Edit the states, blocs and other participants",
    ),
    info(
        Action::SetTheme(ThemeChoice::System),
        "Follow the system theme",
        None,
        "Light or dark as the system says",
    ),
    info(
        Action::SetTheme(ThemeChoice::Light),
        "Light theme",
        None,
        "Dark text on a light background",
    ),
    info(
        Action::SetTheme(ThemeChoice::Dark),
        "Dark theme",
        None,
        "Light text on a dark background",
    ),
    info(Action::ZoomIn, "Zoom in", command(Key::Plus), "Larger text"),
    info(
        Action::ZoomOut,
        "Zoom out",
        command(Key::Minus),
        "Smaller text",
    ),
    info(
        Action::ZoomReset,
        "Reset zoom",
        command(Key::Num0),
        "Default text size",
    ),
    info(
        Action::Shortcuts,
        "Keyboard shortcuts",
        Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
        "Every shortcut",
    ),
    info(
        Action::About,
        "About Treaty Tracker",
        None,
        "Version and licence",
    ),
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
