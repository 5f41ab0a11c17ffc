//! [`ViewCtx`]: what every view borrows for one frame (as Rerun's `ViewerContext`): the
//! document, its analysis, the preferences and the command sender. A view reads through it and
//! asks for changes by sending commands; it never holds the document mutably.

use chrono::{DateTime, Utc};

use super::command::{Command, CommandSender};
use super::document::Document;
use super::navigation::Navigate;
use super::prefs::Preferences;
use crate::analysis::ProjectAnalysis;
use crate::model::{Edit, Project};

/// The borrowed context of a frame.
#[derive(Clone, Copy)]
pub struct ViewCtx<'a> {
    /// The open document.
    pub doc: &'a Document,
    /// Its analysis with the analysis views' options, when an analysis view is shown (the app
    /// computes it only then, from its cache).
    pub analysis: Option<&'a ProjectAnalysis>,
    /// The preferences (the user's name for new statements, theme, zoom).
    pub prefs: &'a Preferences,
    /// Where the view sends what it wants done.
    pub commands: &'a CommandSender,
    /// The time of this frame (new statements are logged at it).
    pub now: DateTime<Utc>,
}

impl<'a> ViewCtx<'a> {
    /// The project.
    pub fn project(&self) -> &'a Project {
        &self.doc.project
    }

    /// Sends a command; it is applied at the end of the frame.
    pub fn send(&self, command: Command) {
        self.commands.send(command);
    }

    /// Sends an edit.
    pub fn edit(&self, edit: Edit) {
        self.commands.send(Command::Edit(edit));
    }

    /// Asks to show something in another view.
    pub fn navigate(&self, to: Navigate) {
        self.commands.send(Command::Navigate(to));
    }
}
