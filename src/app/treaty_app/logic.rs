//! What runs before the panels are laid out each frame: outcomes of file work, shortcuts and
//! dropped files turned into commands, the close guard, autosave timing and preferences.

use crate::tr;
use std::path::{Path, PathBuf};

use egui::{Context, ViewportCommand};

use super::super::actions;
use super::super::command::{Command, Pending};
use super::super::document::{Document, Origin};
use super::super::files::{Done, OpenPurpose, Opened, SaveOutcome};
use super::super::navigation::View;
use super::super::prefs::ThemeChoice;
use super::super::quick_bar;
use super::state::{Dialog, TreatyApp};

impl TreatyApp {
    /// Everything before the layout of a frame (eframe's `logic`).
    pub(super) fn frame_logic(&mut self, ctx: &Context) {
        self.files.set_context(ctx);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        for done in self.files.finished() {
            self.job_done(ctx, done);
        }
        if self.files.busy() {
            // A job wakes the window when it ends; this keeps its progress shown meanwhile.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        if self.dialog.is_none() && self.files.opening.is_none() {
            // Drag and drop of project files.
            let dropped: Vec<PathBuf> = ctx.input(|i| {
                i.raw
                    .dropped_files
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect()
            });
            if let Some(path) = dropped
                .into_iter()
                .find(|p| p.extension().is_some_and(|e| e == "ron"))
            {
                self.commands.send(Command::Open(path));
            }
            // While a line is being typed in the quick entry, Ctrl+Z undoes typing there,
            // not the last logged statement.
            let typing =
                ctx.memory(|m| m.has_focus(quick_bar::entry_id())) && !self.quick.line.is_empty();
            for action in actions::pressed(ctx, typing) {
                self.commands.send(Command::Action(action));
            }
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.files.saving.is_some() {
                // Never cut a save short: close once the file is written.
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.close_after_save = true;
                self.status = tr!("status-closing-after-save");
            } else if self.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::UnsavedGuard(Pending::CloseWindow));
            } else {
                self.discard_recovery();
                self.allow_close = true;
            }
        }
        self.export_logic(ctx);
        self.autosave(ctx);
        self.watch_file(ctx);
        if let Some(rect) = ctx.input(|i| i.viewport().inner_rect) {
            self.prefs.window_size = Some([rect.width(), rect.height()]);
        }
        self.prefs.last_view = self.view;
        self.apply_preferences(ctx);
    }

    fn job_done(&mut self, ctx: &Context, done: Done) {
        match done {
            Done::Opened {
                path,
                purpose,
                result,
                ..
            } => match result {
                Ok(opened) if purpose == OpenPurpose::Merge => self.merge_in(ctx, &path, &opened),
                Ok(opened) if purpose == (OpenPurpose::Reload { keep_mine: true }) => {
                    self.reload_keeping_mine(ctx, &path, *opened);
                }
                Ok(opened) => self.opened(&path, purpose, *opened),
                Err(lines) => {
                    self.error(&tr!("error-cannot-open"), &lines.join("\n"));
                    if purpose == OpenPurpose::Start && self.doc.is_none() {
                        self.open_sample();
                    }
                }
            },
            Done::Watched { document, changed } => self.watched(document, changed),
            Done::CopiedAsRead { document, copy } => {
                if let Some(doc) = self.doc.as_mut()
                    && doc.id() == document
                    && doc.on_disk.is_none()
                {
                    doc.on_disk = Some(copy);
                }
            }
            Done::Saved {
                path,
                document,
                revision,
                outcome,
                then,
                written: snapshot,
            } => {
                if let (Some(snapshot), Some(doc)) = (snapshot, self.doc.as_mut())
                    && doc.id() == document
                {
                    doc.on_disk = Some(snapshot);
                }
                let written = matches!(outcome, SaveOutcome::Saved(_));
                self.saved(ctx, &path, document, revision, outcome, then);
                self.run_queued_save();
                if std::mem::take(&mut self.close_after_save) {
                    if written && self.files.saving.is_none() {
                        self.guarded(ctx, Pending::CloseWindow);
                    } else if self.files.saving.is_some() {
                        self.close_after_save = true;
                    }
                }
            }
            Done::Autosaved { document, error } => {
                if let Some(e) = error {
                    log::error!("autosave failed: {e}");
                    self.status = tr!("status-autosave-failed", error = e.clone());
                } else if self
                    .doc
                    .as_ref()
                    .is_none_or(|d| d.id() != document || !d.is_dirty())
                {
                    // Saved or closed while the autosave was written: nothing left to recover.
                    self.discard_recovery();
                }
            }
            Done::Exported { what, path, error } => match error {
                None => {
                    self.status = tr!(
                        "status-exported",
                        what = what.as_str(),
                        path = path.display().to_string()
                    );
                }
                Some(message) => {
                    self.error(&tr!("error-cannot-write", what = what.as_str()), &message);
                }
            },
            Done::SpreadsheetRead { path, result } => match result {
                Ok(read) => {
                    if let Some(doc) = &self.doc {
                        let window =
                            super::super::import::ImportWindow::new(&doc.project, path, *read);
                        self.status = window.status_line();
                        self.import = Some(window);
                    }
                }
                Err(message) => {
                    self.error(
                        &tr!("error-cannot-import", path = path.display().to_string()),
                        &message,
                    );
                }
            },
            Done::MappingRead { path, result } => {
                if let Some(window) = &mut self.import {
                    self.status = window.mapping_read(&path, result);
                }
            }
        }
    }

    /// Every two seconds, a look (on a thread) at whether the open file changed on disk: a
    /// `git pull`, a sync folder, another window.
    pub(super) fn watch_file(&mut self, ctx: &Context) {
        let now = ctx.input(|i| i.time);
        if now < self.watch_due || self.files.saving.is_some() || self.files.opening.is_some() {
            return;
        }
        self.watch_due = now + 2.0;
        if let Some(doc) = &self.doc
            && let (Some(path), Some(disk)) = (&doc.path, doc.disk)
        {
            self.files.watch(path.clone(), disk, doc.id());
        }
        ctx.request_repaint_after(std::time::Duration::from_secs(2));
    }

    fn watched(&mut self, document: u64, changed: Option<crate::store::DiskStamp>) {
        let Some(stamp) = changed else {
            return;
        };
        let Some(doc) = self.doc.as_ref().filter(|d| d.id() == document) else {
            return;
        };
        // Asked once per version of the file; a dialog already up is not replaced.
        if doc.disk == Some(stamp) || self.asked_about_disk == Some(stamp) || self.dialog.is_some()
        {
            return;
        }
        self.asked_about_disk = Some(stamp);
        self.dialog = Some(Dialog::ExternalChange(doc.is_dirty()));
    }

    /// The file was changed on disk while edits were unsaved: what is on disk now, with the
    /// edits merged in (three-way, from the version last read or written), as one undoable
    /// step over the reloaded file.
    fn reload_keeping_mine(&mut self, ctx: &Context, path: &Path, opened: Opened) {
        let Some(doc) = &self.doc else {
            return;
        };
        let labels = crate::merge::Labels {
            ours: tr!("merge-label-mine-unsaved"),
            theirs: tr!("merge-label-disk"),
        };
        let merged = match &doc.on_disk {
            Some(base) => crate::merge::merge(base, &doc.project, &opened.project, &labels),
            None => crate::merge::merge_two_way(&doc.project, &opened.project, &labels),
        };
        let conflicts = merged.project.conflicts.len();
        let summary = merged.summary;
        let mut reloaded = Document::with_stamp(
            opened.project,
            Some(path.to_path_buf()),
            Some(opened.disk),
            Origin::File,
            true,
        );
        reloaded.origin = doc.origin.clone();
        self.files.copy_as_read(reloaded.id(), reloaded.snapshot());
        self.replace_document(reloaded);
        self.take_open_lock(path);
        self.asked_about_disk = None;
        self.apply_edit(
            ctx,
            &crate::model::Edit::ReplaceAll(Box::new(merged.project)),
        );
        self.status = tr!(
            "status-reloaded-kept",
            path = path.display().to_string(),
            summary = summary.to_string()
        );
        if conflicts > 0 {
            self.show_conflicts = true;
        }
    }

    /// Notes, in the recovery folder, that this window has `path` open;
    /// returns the other window that had it open, if one still runs.
    fn take_open_lock(&mut self, path: &Path) -> Option<crate::store::Holder> {
        let folder = self.config.recovery_dir.clone()?;
        let (lock, other) = crate::store::OpenLock::take(&folder, path);
        self.open_lock = lock;
        other
    }

    /// A colleague's file read: merged into the open project as one undoable edit (two-way:
    /// what only they have comes in, nothing is deleted, differing fields become conflicts).
    fn merge_in(&mut self, ctx: &Context, path: &Path, opened: &Opened) {
        let Some(doc) = &self.doc else {
            return;
        };
        if !opened.problems.is_empty() {
            let shown: Vec<&str> = opened
                .problems
                .iter()
                .take(20)
                .map(String::as_str)
                .collect();
            self.error(
                &tr!("error-cannot-merge", path = path.display().to_string()),
                &tr!("error-not-a-project-to-merge", problems = shown.join("\n")),
            );
            return;
        }
        let labels = crate::merge::Labels {
            ours: doc.display_name(),
            theirs: path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        };
        // Three-way when git gives the common ancestor, else two-way.
        let (merged, how) = match &opened.merge_base {
            Some(base) => (
                crate::merge::merge(base, &doc.project, &opened.project, &labels),
                tr!("merge-three-way"),
            ),
            None => (
                crate::merge::merge_two_way(&doc.project, &opened.project, &labels),
                tr!("merge-two-way"),
            ),
        };
        let summary = merged.summary;
        let conflicts = merged.project.conflicts.len();
        if merged.project == *doc.project {
            self.status = tr!("status-merged-nothing", path = path.display().to_string());
            return;
        }
        if self.apply_edit(
            ctx,
            &crate::model::Edit::ReplaceAll(Box::new(merged.project)),
        ) {
            self.status = tr!(
                "status-merged",
                path = path.display().to_string(),
                how = how,
                summary = summary.to_string()
            );
            if conflicts > 0 {
                self.show_conflicts = true;
            }
        }
    }

    fn opened(&mut self, path: &Path, purpose: OpenPurpose, opened: Opened) {
        let Opened {
            project,
            disk,
            problems,
            sync_copies,
            ..
        } = opened;
        let doc = Document::with_stamp(
            project,
            Some(path.to_path_buf()),
            Some(disk),
            Origin::File,
            true,
        );
        self.files.copy_as_read(doc.id(), doc.snapshot());
        self.replace_document(doc);
        self.prefs.remember(path.to_path_buf());
        if purpose == OpenPurpose::User {
            self.discard_recovery();
            self.view = View::Overview;
        }
        // Conflicts a merge left are not among `problems` (the read leaves them out): the
        // conflicts window lists them.
        let conflicts = self.doc.as_ref().map_or(0, |d| d.project.conflicts.len());
        if conflicts > 0 {
            self.show_conflicts = true;
        }
        if let Some(other) = self.take_open_lock(path) {
            self.error(
                &tr!("error-already-open-title"),
                &tr!(
                    "error-already-open",
                    path = path.display().to_string(),
                    pid = other.pid
                ),
            );
        }
        if let Some(copy) = sync_copies.first()
            && self.dialog.is_none()
            && purpose != OpenPurpose::Merge
        {
            self.dialog = Some(Dialog::SyncCopy(copy.clone(), sync_copies.len()));
        }
        if problems.is_empty() && conflicts > 0 {
            self.status = tr!(
                "status-opened-conflicts",
                path = path.display().to_string(),
                conflicts = conflicts
            );
        } else if problems.is_empty() {
            self.status = tr!("status-opened", path = path.display().to_string());
        } else {
            let shown: Vec<&str> = problems.iter().take(20).map(String::as_str).collect();
            self.error(
                &tr!(
                    "error-has-problems",
                    path = path.display().to_string(),
                    problems = problems.len()
                ),
                &tr!(
                    "error-open-with-problems",
                    problems = format!(
                        "{}{}",
                        shown.join("\n"),
                        if problems.len() > 20 { "\n…" } else { "" }
                    )
                ),
            );
        }
    }

    fn saved(
        &mut self,
        ctx: &Context,
        path: &Path,
        document: u64,
        revision: u64,
        outcome: SaveOutcome,
        then: Option<super::super::command::Pending>,
    ) {
        let Some(doc) = self.doc.as_mut().filter(|d| d.id() == document) else {
            log::warn!("a save finished for a document no longer open");
            return;
        };
        match outcome {
            SaveOutcome::Saved(stamp) => {
                doc.mark_saved(path.to_path_buf(), revision, Some(stamp));
                let dirty = doc.is_dirty();
                self.prefs.remember(path.to_path_buf());
                self.status = tr!("status-saved", path = path.display().to_string());
                if dirty {
                    // Edits went on while it was written: they still need recovery.
                    self.schedule_autosave(ctx);
                } else {
                    self.discard_recovery();
                    self.autosave_due = None;
                }
                if let Some(pending) = then {
                    self.guarded(ctx, pending);
                }
            }
            SaveOutcome::ChangedOnDisk => {
                self.status.clear();
                self.dialog = Some(Dialog::ChangedOnDisk(then));
            }
            SaveOutcome::Failed(message) => self.error(
                &tr!("error-cannot-save"),
                &tr!("error-cannot-save-message", message = message.as_str()),
            ),
        }
    }

    /// Asks for an autosave at most `autosave_delay_secs` after the first unsaved edit: a
    /// later edit does not push it back, so that a burst of typing is never more than that
    /// long without a recovery copy (the copy is written on a thread).
    pub(super) fn schedule_autosave(&mut self, ctx: &Context) {
        let delay = self.config.autosave_delay_secs;
        let now = ctx.input(|i| i.time);
        let due = *self.autosave_due.get_or_insert(now + delay);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64((due - now).max(0.0)));
    }

    fn autosave(&mut self, ctx: &Context) {
        let Some(due) = self.autosave_due else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if now < due || self.files.autosaving {
            // A repaint requested in an earlier frame does not survive later frames: ask again
            // every frame until the autosave is done.
            let wait = (due - now).max(0.05);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            return;
        }
        self.autosave_due = None;
        let (Some(recovery), Some(doc)) = (&self.recovery, &self.doc) else {
            return;
        };
        if !doc.is_dirty() {
            recovery.clear();
            return;
        }
        self.files.autosave(
            recovery.clone(),
            doc.snapshot(),
            doc.path.clone(),
            doc.disk,
            doc.id(),
        );
    }

    /// Renders the export window's preview on its thread when the options changed.
    fn export_logic(&mut self, ctx: &Context) {
        if let (Some(export), Some(doc)) = (&mut self.export, &self.doc) {
            if export.open {
                export.poll(ctx, &doc.project, doc.revision());
            } else {
                self.export = None;
            }
        }
    }

    fn apply_preferences(&mut self, ctx: &Context) {
        let title = self
            .doc
            .as_ref()
            .map_or_else(|| "Treaty Tracker".to_owned(), Document::window_title);
        let wanted = (self.prefs.theme, self.prefs.clamped_zoom(), title);
        if self.applied.as_ref() == Some(&wanted) {
            return;
        }
        super::super::palette::apply(ctx);
        ctx.set_theme(match wanted.0 {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(wanted.1);
        ctx.send_viewport_cmd(ViewportCommand::Title(wanted.2.clone()));
        self.applied = Some(wanted);
    }
}
