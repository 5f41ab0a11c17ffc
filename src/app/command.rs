//! [`Command`]: everything the views, menus, shortcuts and dialogs ask the app to do, sent
//! through one [`CommandSender`] and applied in one place (`treaty_app::command_handling`) at
//! the end of the frame. Views hold a sender, never the document: they cannot mutate it.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::actions::Action;
use super::dialogs::FilePurpose;
use super::navigation::Navigate;
use crate::model::{Collection, Edit, Statement};
use crate::store::Recovered;

/// Something that would lose unsaved work, run once the user answered (or at once when there
/// is nothing to lose).
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Close the window.
    CloseWindow,
    /// Close the project (back to the start screen).
    CloseProject,
    /// Open this file, or ask which one (`None`).
    Open(Option<PathBuf>),
    /// Ask for a path to open in the window.
    OpenByPath,
    /// A new project from the manifesto template.
    NewFromTemplate,
    /// A new blank project.
    NewBlank,
}

/// The answer to one of the app's dialogs.
#[derive(Clone, Debug)]
pub enum Answer {
    /// Unsaved changes: save, then go on with `Pending`.
    SaveFirst(Pending),
    /// Unsaved changes: go on without saving.
    DontSave(Pending),
    /// The file changed on disk: overwrite it, then go on.
    Overwrite(Option<Pending>),
    /// The file changed on disk: save under another name instead, then go on.
    SaveAsInstead(Option<Pending>),
    /// Save as over an existing file: replace it, then go on.
    Replace(PathBuf, Option<Pending>),
    /// Export over an existing file: replace it.
    ReplaceExport(PathBuf),
    /// A path typed in the path prompt.
    PathChosen(FilePurpose, PathBuf, Option<Pending>),
    /// A destructive edit confirmed.
    Confirmed(Box<Confirm>),
    /// Restore the work a crashed window left.
    Restore(Box<Recovered>),
    /// Throw away the work a crashed window left.
    DiscardRecovery(Box<Recovered>),
    /// The file changed on disk: read it again, keeping the unsaved edits (merged) or not.
    Reload {
        /// Merge the unsaved edits into what is on disk now.
        keep_mine: bool,
    },
    /// The dialog closed without anything to do (Cancel, OK).
    Dismiss,
}

/// One thing for the app to do.
#[derive(Clone, Debug)]
pub enum Command {
    /// A menu item or a shortcut.
    Action(Action),
    /// An edit to the document: one undo step (or part of a burst of typing in one field).
    Edit(Edit),
    /// A statement logged from the quick entry: inserted, selected in the log, announced.
    Log(Box<Statement>),
    /// Open this project file (asking first about unsaved work).
    Open(PathBuf),
    /// Show something in another view.
    Navigate(Navigate),
    /// Open a web address in the browser.
    OpenUrl(String),
    /// A message for the status line.
    Status(String),
    /// Ask before a destructive edit.
    Confirm(Box<Confirm>),
    /// An id was renamed: what the app keeps by id (the quick entry's session, the log's
    /// filters) follows it.
    Renamed {
        /// Which list.
        collection: Collection,
        /// The id before.
        old: String,
        /// The id after.
        new: String,
    },
    /// The export window's Export…: ask where, then write its report there.
    ExportTo {
        /// The file name to suggest.
        suggested: String,
    },
    /// The import window's Save mapping: write this mapping file (on a thread).
    WriteMapping {
        /// The file.
        path: PathBuf,
        /// Its RON text.
        text: String,
    },
    /// The import window's Load mapping: read this mapping file (on a thread).
    ReadMapping(PathBuf),
    /// The user answered a dialog.
    Answer(Answer),
}

/// A destructive edit waiting for the user's yes.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    /// The dialog's title.
    pub title: String,
    /// What will happen, with counts.
    pub message: String,
    /// The label of the button that goes ahead.
    pub button: String,
    /// The edit to apply on yes.
    pub edit: Edit,
}

/// Sends commands to the app; cheap to clone, usable from any thread.
#[derive(Clone, Debug)]
pub struct CommandSender(Sender<Command>);

impl CommandSender {
    /// Queues `command`; it is applied at the end of this frame.
    pub fn send(&self, command: Command) {
        if self.0.send(command).is_err() {
            log::warn!("a command was sent after the app closed");
        }
    }

    /// Queues an edit.
    pub fn edit(&self, edit: Edit) {
        self.send(Command::Edit(edit));
    }
}

/// The sender and the receiver the app drains.
pub fn command_channel() -> (CommandSender, Receiver<Command>) {
    let (tx, rx) = channel();
    (CommandSender(tx), rx)
}
