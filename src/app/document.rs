//! The open document: the project, where it lives, and its undo history.
//!
//! Every edit goes through [`Document::apply`], which is also where undo snapshots and the
//! dirty state live. A burst of edits to one field within [`MERGE_WINDOW_SECS`] is one undo
//! step, so that typing a word is undone in one go.

use std::hash::Hasher as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use crate::model::{Principle, Project, Session, Stakeholder, Statement};

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

/// The lists of a project that edits insert into, remove from and reorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Collection {
    /// `project.statements`.
    Statements,
    /// `project.principles`.
    Principles,
    /// `project.sessions`.
    Sessions,
    /// `project.stakeholders`.
    Stakeholders,
}

/// One element of a [`Collection`].
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A statement.
    Statement(Box<Statement>),
    /// A principle.
    Principle(Principle),
    /// A session.
    Session(Session),
    /// A stakeholder.
    Stakeholder(Stakeholder),
}

impl Item {
    /// The list this item belongs to.
    pub fn collection(&self) -> Collection {
        match self {
            Item::Statement(_) => Collection::Statements,
            Item::Principle(_) => Collection::Principles,
            Item::Session(_) => Collection::Sessions,
            Item::Stakeholder(_) => Collection::Stakeholders,
        }
    }
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
    /// Inserts `item` at `index` of its list (`index` = length appends).
    Insert {
        /// Position in the list.
        index: usize,
        /// What to insert.
        item: Item,
    },
    /// Removes the element at `index`.
    Remove {
        /// Which list.
        collection: Collection,
        /// Position in the list.
        index: usize,
    },
    /// Replaces the element at `index` of `item`'s list.
    Replace {
        /// Position in the list.
        index: usize,
        /// The new value.
        item: Item,
    },
    /// Moves the element at `from` so that it ends at `to`.
    Move {
        /// Which list.
        collection: Collection,
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Several edits applied in order as one undo step (a rename that updates the statements
    /// that use the id, a delete that takes the statements with it).
    Batch(Vec<Edit>),
}

fn optional(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

fn noun(collection: Collection) -> &'static str {
    match collection {
        Collection::Statements => "statement",
        Collection::Principles => "principle",
        Collection::Sessions => "session",
        Collection::Stakeholders => "stakeholder",
    }
}

fn list_len(project: &Project, collection: Collection) -> usize {
    match collection {
        Collection::Statements => project.statements.len(),
        Collection::Principles => project.principles.len(),
        Collection::Sessions => project.sessions.len(),
        Collection::Stakeholders => project.stakeholders.len(),
    }
}

fn item_at(project: &Project, collection: Collection, index: usize) -> Option<Item> {
    Some(match collection {
        Collection::Statements => Item::Statement(Box::new(project.statements.get(index)?.clone())),
        Collection::Principles => Item::Principle(project.principles.get(index)?.clone()),
        Collection::Sessions => Item::Session(project.sessions.get(index)?.clone()),
        Collection::Stakeholders => Item::Stakeholder(project.stakeholders.get(index)?.clone()),
    })
}

fn put(project: &mut Project, index: usize, item: Item, replace: bool) {
    fn place<T>(list: &mut Vec<T>, index: usize, value: T, replace: bool) {
        if replace {
            list[index] = value;
        } else {
            list.insert(index, value);
        }
    }
    match item {
        Item::Statement(s) => place(&mut project.statements, index, *s, replace),
        Item::Principle(p) => place(&mut project.principles, index, p, replace),
        Item::Session(s) => place(&mut project.sessions, index, s, replace),
        Item::Stakeholder(s) => place(&mut project.stakeholders, index, s, replace),
    }
}

fn take(project: &mut Project, collection: Collection, index: usize) -> Item {
    match collection {
        Collection::Statements => Item::Statement(Box::new(project.statements.remove(index))),
        Collection::Principles => Item::Principle(project.principles.remove(index)),
        Collection::Sessions => Item::Session(project.sessions.remove(index)),
        Collection::Stakeholders => Item::Stakeholder(project.stakeholders.remove(index)),
    }
}

fn relocate(project: &mut Project, collection: Collection, from: usize, to: usize) {
    fn shift<T>(list: &mut [T], from: usize, to: usize) {
        if from < to {
            list[from..=to].rotate_left(1);
        } else {
            list[to..=from].rotate_right(1);
        }
    }
    match collection {
        Collection::Statements => shift(&mut project.statements, from, to),
        Collection::Principles => shift(&mut project.principles, from, to),
        Collection::Sessions => shift(&mut project.sessions, from, to),
        Collection::Stakeholders => shift(&mut project.stakeholders, from, to),
    }
}

impl Edit {
    /// Edits with the same key merge into one undo step when close in time; `None` never
    /// merges.
    fn merge_key(&self) -> Option<String> {
        Some(match self {
            Edit::Title(_) => "title".to_owned(),
            Edit::TreatyName(_) => "treaty.name".to_owned(),
            Edit::TreatyShortName(_) => "treaty.short_name".to_owned(),
            Edit::TreatyDescription(_) => "treaty.description".to_owned(),
            Edit::FrameworkName(_) => "framework.name".to_owned(),
            Edit::FrameworkSource(_) => "framework.source".to_owned(),
            Edit::Replace { index, item } => format!("{:?}[{index}]", item.collection()),
            Edit::Insert { .. } | Edit::Remove { .. } | Edit::Move { .. } | Edit::Batch(_) => {
                return None;
            }
        })
    }

    /// The edit in a few words, for the status line.
    pub fn describe(&self) -> String {
        match self {
            Edit::Title(_) => "the project title".to_owned(),
            Edit::TreatyName(_) | Edit::TreatyShortName(_) | Edit::TreatyDescription(_) => {
                "an edit to the treaty".to_owned()
            }
            Edit::FrameworkName(_) | Edit::FrameworkSource(_) => {
                "an edit to the framework".to_owned()
            }
            Edit::Insert {
                item: Item::Statement(s),
                ..
            } => format!("the statement of {} in {}", s.stakeholder, s.session),
            Edit::Replace {
                item: Item::Statement(s),
                ..
            } => format!("an edit to a statement of {}", s.stakeholder),
            Edit::Insert { item, .. } => format!("adding a {}", noun(item.collection())),
            Edit::Replace { item, .. } => format!("an edit to a {}", noun(item.collection())),
            Edit::Remove { collection, .. } => format!("deleting a {}", noun(*collection)),
            Edit::Move { collection, .. } => format!("moving a {}", noun(*collection)),
            Edit::Batch(_) => "a rename or delete (with the statements it touched)".to_owned(),
        }
    }

    /// Applies the edit and returns the edit that undoes it; `None` (and the project
    /// untouched) when it does not apply, e.g. an index past the end.
    pub fn apply_to(&self, project: &mut Project) -> Option<Edit> {
        let field = |slot: &mut String, text: &String| std::mem::replace(slot, text.clone());
        let optional_field = |slot: &mut Option<String>, text: &String| {
            std::mem::replace(slot, optional(text)).unwrap_or_default()
        };
        Some(match self {
            Edit::Title(text) => Edit::Title(field(&mut project.title, text)),
            Edit::TreatyName(text) => Edit::TreatyName(field(&mut project.treaty.name, text)),
            Edit::TreatyShortName(text) => {
                Edit::TreatyShortName(optional_field(&mut project.treaty.short_name, text))
            }
            Edit::TreatyDescription(text) => {
                Edit::TreatyDescription(optional_field(&mut project.treaty.description, text))
            }
            Edit::FrameworkName(text) => {
                Edit::FrameworkName(field(&mut project.framework.name, text))
            }
            Edit::FrameworkSource(text) => {
                Edit::FrameworkSource(optional_field(&mut project.framework.source, text))
            }
            Edit::Insert { index, item } => {
                let collection = item.collection();
                if *index > list_len(project, collection) {
                    return None;
                }
                put(project, *index, item.clone(), false);
                Edit::Remove {
                    collection,
                    index: *index,
                }
            }
            Edit::Remove { collection, index } => {
                if *index >= list_len(project, *collection) {
                    return None;
                }
                Edit::Insert {
                    index: *index,
                    item: take(project, *collection, *index),
                }
            }
            Edit::Replace { index, item } => {
                let old = item_at(project, item.collection(), *index)?;
                put(project, *index, item.clone(), true);
                Edit::Replace {
                    index: *index,
                    item: old,
                }
            }
            Edit::Move {
                collection,
                from,
                to,
            } => {
                let len = list_len(project, *collection);
                if *from >= len || *to >= len {
                    return None;
                }
                relocate(project, *collection, *from, *to);
                Edit::Move {
                    collection: *collection,
                    from: *to,
                    to: *from,
                }
            }
            Edit::Batch(edits) => {
                let mut undo = Vec::with_capacity(edits.len());
                for edit in edits {
                    if let Some(inverse) = edit.apply_to(project) {
                        undo.push(inverse);
                    } else {
                        // Roll back what was applied: a batch applies whole or not at all.
                        for inverse in undo.iter().rev() {
                            let _ = inverse.apply_to(project);
                        }
                        return None;
                    }
                }
                undo.reverse();
                Edit::Batch(undo)
            }
        })
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
        Some(DiskStamp::of_bytes(&bytes, modified))
    }

    /// The stamp of a file that holds `bytes`, modified at `modified`: for a file just read or
    /// written, without reading it again.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> DiskStamp {
        DiskStamp {
            len: bytes.len() as u64,
            modified,
            hash: fnv(bytes),
        }
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

/// Revisions are unique in the process, not per document: a cache keyed on a revision can
/// never mistake a document opened later (or the same file reopened) for the one it saw.
static NEXT_REVISION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_revision() -> u64 {
    NEXT_REVISION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
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
    merge_key: Option<String>,
    at_secs: f64,
}

/// The open project.
#[derive(Clone, Debug)]
pub struct Document {
    /// The project. Shared with the threads that save it: an edit while a save runs copies it
    /// first ([`Arc::make_mut`]), so that the save writes the revision it was given.
    pub project: Arc<Project>,
    /// Its file, once it has one.
    pub path: Option<PathBuf>,
    /// Where it came from.
    pub origin: Origin,
    /// The file as last read or written.
    pub disk: Option<DiskStamp>,
    /// Identifies the current content: changes on every edit, undo and redo, and comes back
    /// to an earlier value when undo returns to that content. The analysis cache keys on it.
    state: u64,
    /// Identifies this document among all opened in the process (caches of views).
    id: u64,
    saved_state: Option<u64>,
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl Document {
    /// A document for a project; `saved` when it is exactly what its file holds.
    pub fn new(project: Project, path: Option<PathBuf>, origin: Origin, saved: bool) -> Self {
        let disk = path.as_deref().and_then(DiskStamp::read);
        Document::with_stamp(project, path, disk, origin, saved)
    }

    /// A document for a project read from `path`, which was `disk` when read.
    pub fn with_stamp(
        project: Project,
        path: Option<PathBuf>,
        disk: Option<DiskStamp>,
        origin: Origin,
        saved: bool,
    ) -> Self {
        let state = next_revision();
        Document {
            project: Arc::new(project),
            path,
            origin,
            disk,
            state,
            id: state,
            saved_state: saved.then_some(state),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Identifies this document among all opened in this process: a new document, or the same
    /// file opened again, gets a new one. Stable across edits, saves and Save as.
    pub fn id(&self) -> u64 {
        self.id
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
    pub fn apply(&mut self, edit: &Edit, now_secs: f64) -> bool {
        let Some(before) = edit.apply_to(Arc::make_mut(&mut self.project)) else {
            log::warn!("edit not applied (stale index): {edit:?}");
            return false;
        };
        if &before == edit && edit.merge_key().is_some() {
            // A field set to the value it had: nothing changed.
            return false;
        }
        let state_before = self.state;
        self.state = next_revision();
        let key = edit.merge_key();
        let continues = key.is_some()
            && self.redo.is_empty()
            && self.saved_state != Some(state_before)
            && self.undo.last().is_some_and(|last| {
                last.merge_key == key && now_secs - last.at_secs < MERGE_WINDOW_SECS
            });
        self.redo.clear();
        if continues && let Some(last) = self.undo.last_mut() {
            last.after = edit.clone();
            last.state_after = self.state;
            last.at_secs = now_secs;
            return true;
        }
        self.push_undo(Step {
            before,
            after: edit.clone(),
            state_before,
            state_after: self.state,
            merge_key: key,
            at_secs: now_secs,
        });
        true
    }

    fn push_undo(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    /// What the next undo takes back, in a few words ("the statement of RUS in AHC7R").
    pub fn undo_label(&self) -> Option<String> {
        self.undo.last().map(|step| step.after.describe())
    }

    /// What the next redo brings back, in a few words.
    pub fn redo_label(&self) -> Option<String> {
        self.redo.last().map(|step| step.after.describe())
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
        if step
            .before
            .apply_to(Arc::make_mut(&mut self.project))
            .is_none()
        {
            log::error!("undo step did not apply; history dropped");
            self.undo.clear();
            self.redo.clear();
            return false;
        }
        self.state = step.state_before;
        self.redo.push(step);
        true
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        if step
            .after
            .apply_to(Arc::make_mut(&mut self.project))
            .is_none()
        {
            log::error!("redo step did not apply; history dropped");
            self.redo.clear();
            return false;
        }
        self.state = step.state_after;
        self.undo.push(step);
        true
    }

    /// Records that `path` now holds the content of `revision` (the current one, or an
    /// earlier one when edits went on while it was written), and that the file is `disk`.
    pub fn mark_saved(&mut self, path: PathBuf, revision: u64, disk: Option<DiskStamp>) {
        self.disk = disk;
        self.path = Some(path);
        self.origin = Origin::File;
        self.saved_state = Some(revision);
    }

    /// The project as it is now, to hand to a thread (no copy is made).
    pub fn snapshot(&self) -> Arc<Project> {
        Arc::clone(&self.project)
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
}
