//! The open document: the project, where it lives, and its undo history.
//!
//! Every edit goes through [`Document::apply`], which is also where undo snapshots and the
//! dirty state live. A burst of edits to one field within [`MERGE_WINDOW_SECS`] is one undo
//! step, so that typing a word is undone in one go.

use std::path::PathBuf;
use std::sync::Arc;

use crate::model::{Edit, Item, Project, noun};
use crate::store::DiskStamp;

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

/// The edit in a few words, for the status line.
pub fn describe(edit: &Edit) -> String {
    match edit {
        Edit::Title(_) => "the project title".to_owned(),
        Edit::TreatyName(_) | Edit::TreatyShortName(_) | Edit::TreatyDescription(_) => {
            "an edit to the treaty".to_owned()
        }
        Edit::FrameworkName(_) | Edit::FrameworkSource(_) => "an edit to the framework".to_owned(),
        Edit::Method(_) => "an edit to the method".to_owned(),
        Edit::Conflicts(_) => "resolving a merge conflict".to_owned(),
        Edit::ReplaceAll(_) => "a merge".to_owned(),
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
        Edit::Batch(edits) => batch_description(edits),
    }
}

/// What a batch did, counted by verb and record: "adding 40 statements and 2 stakeholders"
/// (an import), "deleting 1 stakeholder, editing 12 statements" (a delete with the statements
/// it touched), "editing 1 principle and 3 statements" (a rename).
fn batch_description(edits: &[Edit]) -> String {
    let mut counts: Vec<(&str, &str, &str, usize)> = Vec::new();
    let mut count = |verb: &'static str, collection: crate::model::Collection| {
        let one = noun(collection);
        match counts
            .iter_mut()
            .find(|(v, n, _, _)| *v == verb && *n == one)
        {
            Some((_, _, _, c)) => *c += 1,
            None => counts.push((verb, one, plural_noun(collection), 1)),
        }
    };
    let mut stack: Vec<&Edit> = edits.iter().rev().collect();
    while let Some(edit) = stack.pop() {
        match edit {
            Edit::Insert { item, .. } => count("adding", item.collection()),
            Edit::Replace { item, .. } => count("editing", item.collection()),
            Edit::Remove { collection, .. } => count("deleting", *collection),
            Edit::Move { collection, .. } => count("moving", *collection),
            Edit::Batch(inner) => stack.extend(inner.iter().rev()),
            Edit::Conflicts(_) | Edit::ReplaceAll(_) => return "a merge".to_owned(),
            other => return describe(other),
        }
    }
    if counts.is_empty() {
        return "nothing".to_owned();
    }
    // Verbs in the order met, each with its records: "deleting 1 stakeholder, editing 12
    // statements".
    let mut verbs: Vec<&str> = Vec::new();
    for (verb, ..) in &counts {
        if !verbs.contains(verb) {
            verbs.push(verb);
        }
    }
    let parts: Vec<String> = verbs
        .iter()
        .map(|verb| {
            let records: Vec<String> = counts
                .iter()
                .filter(|(v, ..)| v == verb)
                .map(|(_, one, many, c)| format!("{c} {}", if *c == 1 { one } else { many }))
                .collect();
            format!("{verb} {}", records.join(" and "))
        })
        .collect();
    parts.join(", ")
}

/// A collection's plural noun: "statements", "principles"…
fn plural_noun(collection: crate::model::Collection) -> &'static str {
    match noun(collection) {
        "statement" => "statements",
        "principle" => "principles",
        "session" => "sessions",
        "stakeholder" => "stakeholders",
        other => other,
    }
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
    /// The project as last read from or written to its file: the common ancestor when the
    /// file changes on disk and "Reload and keep my changes" merges. A copy of its own, made
    /// by the thread that read or wrote the file, so that the first edit copies nothing.
    pub on_disk: Option<Arc<Project>>,
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
    /// A document for a project that has no file yet (the sample, a new project); `saved`
    /// when closing it loses nothing.
    pub fn new(project: Project, origin: Origin, saved: bool) -> Self {
        Document::with_stamp(project, None, None, origin, saved)
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
            on_disk: None,
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
        self.undo.last().map(|step| describe(&step.after))
    }

    /// What the next redo brings back, in a few words.
    pub fn redo_label(&self) -> Option<String> {
        self.redo.last().map(|step| describe(&step.after))
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
