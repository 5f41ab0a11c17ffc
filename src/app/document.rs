//! The open document: the project, where it lives, and its undo history.
//!
//! Every edit goes through [`Document::apply`], which is also where undo snapshots and the
//! dirty state live. A burst of edits to one field within [`MERGE_WINDOW_SECS`] is one undo
//! step, so that typing a word is undone in one go.

use std::hash::Hasher as _;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::Project;

/// Edits closer together than this, on the same field, make one undo step.
pub const MERGE_WINDOW_SECS: f64 = 1.0;

/// Undo steps kept; the oldest are dropped beyond it.
pub const UNDO_LIMIT: usize = 200;

/// Where the document came from, for the title bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file the user opened or saved.
    File,
    /// The embedded AHC sample, not saved anywhere yet.
    Sample,
    /// A new project (from the template or blank), not saved yet.
    New,
    /// Restored from the recovery file after a crash.
    Recovered,
}

/// One edit to the document. Views never mutate the project: they queue edits.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// The project title.
    Title(String),
    /// The treaty's full name.
    TreatyName(String),
    /// The treaty's short name (empty for none).
    TreatyShortName(String),
    /// The treaty description (empty for none).
    TreatyDescription(String),
    /// The framework's name.
    FrameworkName(String),
    /// Where the framework is published (empty for none).
    FrameworkSource(String),
}

fn optional(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

impl Edit {
    /// Edits with the same key merge into one undo step when close in time.
    fn merge_key(&self) -> &'static str {
        match self {
            Edit::Title(_) => "title",
            Edit::TreatyName(_) => "treaty.name",
            Edit::TreatyShortName(_) => "treaty.short_name",
            Edit::TreatyDescription(_) => "treaty.description",
            Edit::FrameworkName(_) => "framework.name",
            Edit::FrameworkSource(_) => "framework.source",
        }
    }

    /// The same edit carrying the value the project holds now: applying it undoes `self`.
    fn current(&self, project: &Project) -> Edit {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        match self {
            Edit::Title(_) => Edit::Title(project.title.clone()),
            Edit::TreatyName(_) => Edit::TreatyName(project.treaty.name.clone()),
            Edit::TreatyShortName(_) => Edit::TreatyShortName(text(&project.treaty.short_name)),
            Edit::TreatyDescription(_) => {
                Edit::TreatyDescription(text(&project.treaty.description))
            }
            Edit::FrameworkName(_) => Edit::FrameworkName(project.framework.name.clone()),
            Edit::FrameworkSource(_) => Edit::FrameworkSource(text(&project.framework.source)),
        }
    }

    fn apply_to(&self, project: &mut Project) {
        match self {
            Edit::Title(text) => project.title.clone_from(text),
            Edit::TreatyName(text) => project.treaty.name.clone_from(text),
            Edit::TreatyShortName(text) => project.treaty.short_name = optional(text),
            Edit::TreatyDescription(text) => project.treaty.description = optional(text),
            Edit::FrameworkName(text) => project.framework.name.clone_from(text),
            Edit::FrameworkSource(text) => project.framework.source = optional(text),
        }
    }
}

/// What the file on disk looked like when we last read or wrote it, to notice that another
/// program (a sync, a git pull, a colleague) changed it since.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DiskStamp {
    /// Length in bytes.
    pub len: u64,
    /// Last modification time.
    pub modified: Option<SystemTime>,
    /// FNV-1a of the content: a touch without a change is not a change.
    pub hash: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path` now; `None` when it cannot be read.
    pub fn read(path: &Path) -> Option<DiskStamp> {
        let bytes = std::fs::read(path).ok()?;
        let modified = std::fs::metadata(path).ok().and_then(|m| m.modified().ok());
        Some(DiskStamp {
            len: bytes.len() as u64,
            modified,
            hash: fnv(&bytes),
        })
    }

    /// Whether two stamps describe different contents.
    pub fn differs(&self, other: &DiskStamp) -> bool {
        self.len != other.len || self.hash != other.hash
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut hasher = crate::fnv::Fnv::default();
    hasher.write(bytes);
    hasher.finish()
}

/// One undo step: the edit that undoes it and the edit that redoes it, with the content
/// revisions on either side. Steps hold field values, never copies of the project, so that
/// history stays small on a project of any size.
#[derive(Clone, Debug)]
struct Step {
    before: Edit,
    after: Edit,
    state_before: u64,
    state_after: u64,
    merge_key: &'static str,
    at_secs: f64,
}

/// The open project.
#[derive(Clone, Debug)]
pub struct Document {
    /// The project.
    pub project: Project,
    /// Its file, once it has one.
    pub path: Option<PathBuf>,
    /// Where it came from.
    pub origin: Origin,
    /// The file as last read or written.
    pub disk: Option<DiskStamp>,
    /// Identifies the current content: changes on every edit, undo and redo, and comes back
    /// to an earlier value when undo returns to that content. The analysis cache keys on it.
    state: u64,
    next_state: u64,
    saved_state: Option<u64>,
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl Document {
    /// A document for a project; `saved` when it is exactly what its file holds.
    pub fn new(project: Project, path: Option<PathBuf>, origin: Origin, saved: bool) -> Self {
        let disk = path.as_deref().and_then(DiskStamp::read);
        Document {
            project,
            path,
            origin,
            disk,
            state: 1,
            next_state: 2,
            saved_state: saved.then_some(1),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// The revision of the content, for caches.
    pub fn revision(&self) -> u64 {
        self.state
    }

    /// Unsaved changes?
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.state)
    }

    /// Applies one edit at time `now_secs`, recording an undo step unless it continues a
    /// burst on the same field. An edit that changes nothing is ignored.
    pub fn apply(&mut self, edit: &Edit, now_secs: f64) {
        let before = edit.current(&self.project);
        if &before == edit {
            return;
        }
        edit.apply_to(&mut self.project);
        let state_before = self.state;
        self.state = self.fresh_state();
        let key = edit.merge_key();
        let continues = self.redo.is_empty()
            && self.saved_state != Some(state_before)
            && self.undo.last().is_some_and(|last| {
                last.merge_key == key && now_secs - last.at_secs < MERGE_WINDOW_SECS
            });
        self.redo.clear();
        if continues && let Some(last) = self.undo.last_mut() {
            last.after = edit.clone();
            last.state_after = self.state;
            last.at_secs = now_secs;
            return;
        }
        self.push_undo(Step {
            before,
            after: edit.clone(),
            state_before,
            state_after: self.state,
            merge_key: key,
            at_secs: now_secs,
        });
    }

    fn fresh_state(&mut self) -> u64 {
        let state = self.next_state;
        self.next_state += 1;
        state
    }

    fn push_undo(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        step.before.apply_to(&mut self.project);
        self.state = step.state_before;
        self.redo.push(step);
        true
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        step.after.apply_to(&mut self.project);
        self.state = step.state_after;
        self.undo.push(step);
        true
    }

    /// Records that the current content is what `path` now holds.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.disk = DiskStamp::read(&path);
        self.path = Some(path);
        self.origin = Origin::File;
        self.saved_state = Some(self.state);
    }

    /// The file name shown in the title, or what the document is when it has none.
    pub fn display_name(&self) -> String {
        match (&self.path, &self.origin) {
            (Some(path), Origin::Recovered) => format!(
                "{} (recovered)",
                path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
            ),
            (Some(path), _) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            (None, Origin::Sample) => "AHC sample (unsaved copy)".to_owned(),
            (None, Origin::Recovered) => "Recovered project (unsaved)".to_owned(),
            (None, _) => "Untitled project (unsaved)".to_owned(),
        }
    }

    /// The window title: file name first, then `*` when there are unsaved changes.
    pub fn window_title(&self) -> String {
        format!(
            "{}{} — Treaty Tracker",
            self.display_name(),
            if self.is_dirty() { " *" } else { "" }
        )
    }

    /// Whether the file changed on disk since we last read or wrote it.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.disk) {
            (Some(path), Some(stamp)) => DiskStamp::read(path).is_none_or(|now| now.differs(stamp)),
            _ => false,
        }
    }
}
