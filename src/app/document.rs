//! The open document: the project, where it lives, and its undo history.
//!
//! Every edit goes through [`Document::apply`], which is also where undo snapshots and the
//! dirty state live. A burst of edits to one field within [`MERGE_WINDOW_SECS`] is one undo
//! step, so that typing a word is undone in one go.

use std::path::PathBuf;
use std::sync::Arc;

use crate::analysis::StatementEdit;
use crate::i18n::Lang;
use crate::model::{Collection, Edit, Item, Project, Statement};
use crate::store::DiskStamp;
use crate::tr_in;

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

/// The edit in a few words in `lang`, for the status line.
pub fn describe(lang: Lang, edit: &Edit) -> String {
    match edit {
        Edit::Title(_) => tr_in!(lang, "edit-title"),
        Edit::TreatyName(_) | Edit::TreatyShortName(_) | Edit::TreatyDescription(_) => {
            tr_in!(lang, "edit-treaty")
        }
        Edit::FrameworkName(_) | Edit::FrameworkSource(_) => tr_in!(lang, "edit-framework"),
        Edit::Method(_) => tr_in!(lang, "edit-method"),
        Edit::Conflicts(_) => tr_in!(lang, "edit-conflict"),
        Edit::ReplaceAll(_) => tr_in!(lang, "edit-merge"),
        Edit::Insert {
            item: Item::Statement(s),
            ..
        } => tr_in!(
            lang,
            "edit-new-statement",
            stakeholder = s.stakeholder.as_str(),
            session = s.session.as_str()
        ),
        Edit::Replace {
            item: Item::Statement(s),
            ..
        } => tr_in!(lang, "edit-statement", stakeholder = s.stakeholder.as_str()),
        Edit::Insert { item, .. } => {
            tr_in!(lang, "edit-adding", thing = one(lang, item.collection()))
        }
        Edit::Replace { item, .. } => {
            tr_in!(lang, "edit-editing", thing = one(lang, item.collection()))
        }
        Edit::Remove { collection, .. } => {
            tr_in!(lang, "edit-deleting", thing = one(lang, *collection))
        }
        Edit::Move { collection, .. } => {
            tr_in!(lang, "edit-moving", thing = one(lang, *collection))
        }
        Edit::Batch(edits) => batch_description(lang, edits),
    }
}

/// One record of a collection, with its article: "a statement", "une déclaration".
fn one(lang: Lang, collection: Collection) -> String {
    match collection {
        Collection::Statements => tr_in!(lang, "edit-a-statement"),
        Collection::Principles => tr_in!(lang, "edit-a-principle"),
        Collection::Sessions => tr_in!(lang, "edit-a-session"),
        Collection::Stakeholders => tr_in!(lang, "edit-a-stakeholder"),
    }
}

/// What a batch does to its records.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verb {
    Adding,
    Editing,
    Deleting,
    Moving,
}

/// What a batch did, counted by verb and record: "adding 40 statements and 2 stakeholders"
/// (an import), "deleting 1 stakeholder, editing 12 statements" (a delete with the statements
/// it touched), "editing 1 principle and 3 statements" (a rename).
fn batch_description(lang: Lang, edits: &[Edit]) -> String {
    let mut counts: Vec<(Verb, Collection, usize)> = Vec::new();
    let mut count = |verb: Verb, collection: Collection| match counts
        .iter_mut()
        .find(|(v, c, _)| *v == verb && *c == collection)
    {
        Some((_, _, n)) => *n += 1,
        None => counts.push((verb, collection, 1)),
    };
    let mut stack: Vec<&Edit> = edits.iter().rev().collect();
    while let Some(edit) = stack.pop() {
        match edit {
            Edit::Insert { item, .. } => count(Verb::Adding, item.collection()),
            Edit::Replace { item, .. } => count(Verb::Editing, item.collection()),
            Edit::Remove { collection, .. } => count(Verb::Deleting, *collection),
            Edit::Move { collection, .. } => count(Verb::Moving, *collection),
            Edit::Batch(inner) => stack.extend(inner.iter().rev()),
            Edit::Conflicts(_) | Edit::ReplaceAll(_) => return tr_in!(lang, "edit-merge"),
            other => return describe(lang, other),
        }
    }
    if counts.is_empty() {
        return tr_in!(lang, "edit-nothing");
    }
    // Verbs in the order met, each with its records: "deleting 1 stakeholder, editing 12
    // statements".
    let mut verbs: Vec<Verb> = Vec::new();
    for &(verb, ..) in &counts {
        if !verbs.contains(&verb) {
            verbs.push(verb);
        }
    }
    let parts: Vec<String> = verbs
        .iter()
        .map(|&verb| {
            let listed = counts
                .iter()
                .filter(|(v, ..)| *v == verb)
                .map(|&(_, collection, n)| records(lang, collection, n))
                .reduce(|before, next| tr_in!(lang, "edit-and", before = before, next = next))
                .unwrap_or_default();
            match verb {
                Verb::Adding => tr_in!(lang, "edit-batch-adding", records = listed.as_str()),
                Verb::Editing => tr_in!(lang, "edit-batch-editing", records = listed.as_str()),
                Verb::Deleting => tr_in!(lang, "edit-batch-deleting", records = listed.as_str()),
                Verb::Moving => tr_in!(lang, "edit-batch-moving", records = listed.as_str()),
            }
        })
        .collect();
    parts.join(", ")
}

/// `n` records of a collection: "12 statements", "12 déclarations" (the number as the
/// status line has always written it in English, without a thousands separator).
fn records(lang: Lang, collection: Collection, n: usize) -> String {
    let shown = match lang {
        Lang::En => n.to_string(),
        Lang::Fr => crate::i18n::integer(lang, n),
    };
    match collection {
        Collection::Statements => tr_in!(lang, "count-statements", n = n, shown = shown),
        Collection::Principles => tr_in!(lang, "count-principles", n = n, shown = shown),
        Collection::Sessions => tr_in!(lang, "count-sessions", n = n, shown = shown),
        Collection::Stakeholders => tr_in!(lang, "count-stakeholders", n = n, shown = shown),
    }
}

/// What one edit, undo or redo did to a single statement, so that caches over the statements
/// (the analysis, the log's columns and order) can follow it in place instead of rebuilding.
#[derive(Clone, Debug, PartialEq)]
pub enum StatementChange {
    /// A statement was inserted at this index (later ones moved up by one).
    Added(usize),
    /// The statement at this index changed; the statement as it was.
    Changed(usize, Box<Statement>),
    /// The statement at this index was removed (later ones moved down by one); as it was.
    Removed(usize, Box<Statement>),
}

impl StatementChange {
    /// The same change as the analysis takes it.
    pub fn as_analysis_edit(&self) -> StatementEdit<'_> {
        match self {
            StatementChange::Added(index) => StatementEdit::Added(*index),
            StatementChange::Changed(index, old) => StatementEdit::Changed(*index, old),
            StatementChange::Removed(index, old) => StatementEdit::Removed(*index, old),
        }
    }

    /// What applying `applied`, whose inverse is `inverse`, did to one statement; `None` for
    /// any other edit (a batch, a rename, another list), after which caches rebuild.
    fn of(applied: &Edit, inverse: &Edit) -> Option<Self> {
        match (applied, inverse) {
            (
                Edit::Insert {
                    index,
                    item: Item::Statement(_),
                },
                _,
            ) => Some(StatementChange::Added(*index)),
            (
                Edit::Remove {
                    collection: Collection::Statements,
                    index,
                },
                Edit::Insert {
                    item: Item::Statement(old),
                    ..
                },
            ) => Some(StatementChange::Removed(*index, old.clone())),
            (
                Edit::Replace {
                    index,
                    item: Item::Statement(_),
                },
                Edit::Replace {
                    item: Item::Statement(old),
                    ..
                },
            ) => Some(StatementChange::Changed(*index, old.clone())),
            _ => None,
        }
    }
}

/// One step of the document's content: from revision `from` to `to`, by `change` (`None`:
/// anything but a single statement's edit).
#[derive(Clone, Debug)]
pub struct Change {
    /// The revision before.
    pub from: u64,
    /// The revision after.
    pub to: u64,
    /// What happened to a statement, when that is all that happened.
    pub change: Option<StatementChange>,
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
    /// The last change of content (edit, undo or redo).
    last_change: Option<Change>,
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
            last_change: None,
        }
    }

    /// The last change of content: a cache made at its `from` revision can follow it in
    /// place (only the last one: replaying several against the current project would read
    /// statements at indices a later change moved).
    pub fn last_change(&self) -> Option<&Change> {
        self.last_change.as_ref().filter(|c| c.to == self.state)
    }

    fn record(&mut self, from: u64, applied: &Edit, inverse: &Edit) {
        self.last_change = Some(Change {
            from,
            to: self.state,
            change: StatementChange::of(applied, inverse),
        });
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
        self.record(state_before, edit, &before);
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

    /// What the next undo takes back, in a few words of the window's language ("the
    /// statement of RUS in AHC7R").
    pub fn undo_label(&self) -> Option<String> {
        let lang = crate::i18n::language();
        self.undo.last().map(|step| describe(lang, &step.after))
    }

    /// What the next redo brings back, in a few words of the window's language.
    pub fn redo_label(&self) -> Option<String> {
        let lang = crate::i18n::language();
        self.redo.last().map(|step| describe(lang, &step.after))
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
            self.last_change = None;
            return false;
        }
        let from = self.state;
        self.state = step.state_before;
        self.record(from, &step.before, &step.after);
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
            self.last_change = None;
            return false;
        }
        let from = self.state;
        self.state = step.state_after;
        self.record(from, &step.after, &step.before);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What undo and redo say, in English as it has always read, and in French.
    #[test]
    fn edits_are_described_in_either_language() {
        let remove = |collection| Edit::Remove {
            collection,
            index: 0,
        };
        let batch = Edit::Batch(vec![
            remove(Collection::Stakeholders),
            remove(Collection::Statements),
            Edit::Batch(vec![
                remove(Collection::Statements),
                remove(Collection::Statements),
            ]),
            Edit::Move {
                collection: Collection::Principles,
                from: 0,
                to: 1,
            },
        ]);
        assert_eq!(
            describe(Lang::En, &batch),
            "deleting 1 stakeholder and 3 statements, moving 1 principle"
        );
        assert_eq!(
            describe(Lang::Fr, &batch),
            "la suppression de 1 partie prenante et 3 déclarations, le déplacement de 1 principe"
        );
        let many = Edit::Batch(vec![remove(Collection::Statements); 1200]);
        assert_eq!(describe(Lang::En, &many), "deleting 1200 statements");
        assert_eq!(
            describe(Lang::Fr, &many),
            "la suppression de 1\u{202f}200 déclarations"
        );
        assert_eq!(
            describe(Lang::En, &remove(Collection::Sessions)),
            "deleting a session"
        );
        assert_eq!(
            describe(Lang::Fr, &remove(Collection::Sessions)),
            "la suppression d'une session"
        );
        assert_eq!(describe(Lang::En, &Edit::Batch(Vec::new())), "nothing");
        assert_eq!(
            describe(Lang::Fr, &Edit::Title(String::new())),
            "le titre du projet"
        );
    }
}
