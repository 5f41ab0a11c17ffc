//! The one place where commands are applied, at the end of each frame: edits go into the
//! document (and its undo history), actions run, dialogs are answered, and file work starts.
//! Native file dialogs (rfd) are opened only from here.

use crate::tr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Context, ViewportCommand};

use super::super::actions::Action;
use super::super::command::{Answer, Command, Pending};
use super::super::dialogs::{self, Asked, DialogMode, FilePurpose, PathPrompt};
use super::super::document::{Document, Origin};
use super::super::export::ExportDialog;
use super::super::files::{OpenPurpose, SaveJob};
use super::super::navigation::{Navigate, View};
use super::state::{Dialog, QueuedSave, TreatyApp};
use crate::model::Project;
use crate::model::{Collection, Edit, Item};
use crate::store;

/// Commands that lead to more commands (a save that goes on to open a file) are followed up
/// to this depth in one frame; the rest wait for the next.
const MAX_ROUNDS: usize = 8;

impl TreatyApp {
    /// Applies every command sent this frame, in the order sent.
    pub(super) fn run_commands(&mut self, ctx: &Context) {
        let mut applied = false;
        for _ in 0..MAX_ROUNDS {
            let commands: Vec<Command> = self.command_rx.try_iter().collect();
            if commands.is_empty() {
                break;
            }
            applied = true;
            for command in commands {
                self.run_command(ctx, command);
            }
        }
        if applied {
            // After renames were followed: what is gone now is let go.
            self.forget_missing();
            // Lay the frame out once more before it is painted, so that what the commands did
            // (a statement just logged, an edit) shows in this very frame; egui gives the
            // second pass no input. Should egui decline (its pass limit), the repaint shows it
            // next frame.
            ctx.request_discard("commands applied");
            ctx.request_repaint();
        }
    }

    fn run_command(&mut self, ctx: &Context, command: Command) {
        match command {
            Command::Action(action) => self.run_action(ctx, action),
            Command::Edit(edit) => {
                if self.apply_edit(ctx, &edit) {
                    self.schedule_autosave(ctx);
                }
            }
            Command::Log(statement) => self.log_statement(ctx, *statement),
            Command::Open(path) => self.guarded(ctx, Pending::Open(Some(path))),
            Command::Navigate(request) => self.navigate_to(request),
            Command::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
            Command::Status(text) => self.status = text,
            Command::Confirm(confirm) => {
                if self.dialog.is_none() {
                    self.dialog = Some(Dialog::Confirm(confirm));
                }
            }
            Command::Renamed {
                collection,
                old,
                new,
            } => {
                if collection == Collection::Sessions && self.quick.session.as_deref() == Some(&old)
                {
                    self.quick.session = Some(new.clone());
                }
                self.log.renamed(collection, &old, &new);
            }
            Command::ExportTo { suggested } => {
                if let (Some(export), Some(doc)) = (&self.export, &self.doc) {
                    self.export_bytes = export.ready_bytes(doc.revision());
                    self.prefs.csv = Some(export.csv_options());
                    self.export_name = Some(suggested);
                    self.ask_path(FilePurpose::Export, None);
                }
            }
            Command::WriteMapping { path, text } => {
                self.status = tr!("status-writing-mapping", path = path.display().to_string());
                self.files.export(
                    path,
                    Arc::new(text.into_bytes()),
                    tr!("export-what-mapping"),
                );
            }
            Command::ReadMapping(path) => self.files.read_mapping(path),
            Command::Answer(answer) => {
                self.dialog = None;
                self.answer(ctx, answer);
            }
        }
    }

    /// Applies one edit to the document, keeping the cached analysis current for statement
    /// edits. False when it changed nothing.
    pub(super) fn apply_edit(&mut self, ctx: &Context, edit: &Edit) -> bool {
        let Some(doc) = &mut self.doc else {
            return false;
        };
        if !doc.apply(edit, ctx.input(|i| i.time)) {
            return false;
        }
        self.follow_change();
        true
    }

    /// Moves the cached analysis along the document's last change when that was one
    /// statement's (an edit, an undo or a redo): at the cost of the cells it touches instead
    /// of a whole analysis on the next frame.
    fn follow_change(&mut self) {
        let Some(doc) = &self.doc else {
            return;
        };
        if let Some(last) = doc.last_change()
            && let Some(change) = &last.change
        {
            self.analysis.update_if_cached(
                &doc.project,
                last.from,
                last.to,
                change.as_analysis_edit(),
                self.insight.options(doc.project.method),
            );
        }
    }

    /// A statement from the quick entry: inserted at the end, selected in the log.
    fn log_statement(&mut self, ctx: &Context, statement: crate::model::Statement) {
        let Some(doc) = &self.doc else {
            return;
        };
        let status = tr!(
            "status-logged",
            who = statement.stakeholder.as_str(),
            stances = statement
                .stances
                .iter()
                .map(|(p, s)| format!("{p}{}", s.shown_symbol()))
                .collect::<Vec<_>>()
                .join(" "),
            session = statement.session.as_str()
        );
        let id = statement.id.clone();
        let edit = Edit::Insert {
            index: doc.project.statements.len(),
            item: Item::Statement(Box::new(statement)),
        };
        if self.apply_edit(ctx, &edit) {
            self.log.select(&id);
            self.status = status;
            self.schedule_autosave(ctx);
        }
    }

    /// Lets go of what the quick entry and the log keep by id once it is gone (deleted, or
    /// renamed back by an undo), with a word on the status line for the logging session.
    /// Runs after every batch of commands, once renames have been followed.
    fn forget_missing(&mut self) {
        let Some(doc) = &self.doc else {
            return;
        };
        if let Some(id) = self.quick.session.clone()
            && doc.project.session(&id).is_none()
        {
            self.quick.session = None;
            self.status = tr!("status-session-gone", id = id.as_str());
        }
        self.log.forget_missing(&doc.project);
    }

    fn navigate_to(&mut self, request: Navigate) {
        match request {
            Navigate::LogBehind {
                stakeholder,
                principle,
            } => {
                self.log.show_behind(stakeholder, principle);
                self.view = View::Log;
            }
            Navigate::Log {
                stakeholder,
                principle,
                session,
            } => {
                self.log.show_only(stakeholder, principle, session);
                self.view = View::Log;
            }
            Navigate::Profile(id) => {
                self.insight.show_profile(&id);
                self.view = View::Profile;
            }
        }
    }

    fn run_action(&mut self, ctx: &Context, action: Action) {
        match action {
            Action::NewFromTemplate => self.guarded(ctx, Pending::NewFromTemplate),
            Action::NewBlank => self.guarded(ctx, Pending::NewBlank),
            Action::Open => self.guarded(ctx, Pending::Open(None)),
            Action::OpenByPath => self.guarded(ctx, Pending::OpenByPath),
            Action::SaveAsByPath => {
                if self.doc.is_some() {
                    self.prompt_path(FilePurpose::SaveAs, None, None);
                }
            }
            Action::SetTheme(choice) => self.prefs.theme = choice,
            Action::ExportReport => {
                if let Some(doc) = &self.doc {
                    let at = self
                        .config
                        .report_time
                        .unwrap_or_else(crate::report::report_time);
                    let csv = self.prefs.csv.unwrap_or_else(|| {
                        crate::tables::CsvOptions::for_language(
                            &sys_locale::get_locale().unwrap_or_default(),
                        )
                    });
                    self.export = Some(ExportDialog::new(&doc.project, at, csv));
                }
            }
            Action::MergeFile => {
                if self.doc.is_some() {
                    self.ask_path(FilePurpose::Merge, None);
                }
            }
            Action::ImportSpreadsheet => {
                if self.doc.is_some() {
                    self.ask_path(FilePurpose::Import, None);
                }
            }
            Action::Conflicts => self.show_conflicts = true,
            Action::Save => self.save(None),
            Action::SaveAs => {
                if self.doc.is_some() {
                    self.ask_path(FilePurpose::SaveAs, None);
                }
            }
            Action::Close => {
                if self.doc.is_some() {
                    self.guarded(ctx, Pending::CloseProject);
                }
            }
            Action::Quit => self.guarded(ctx, Pending::CloseWindow),
            Action::Undo => {
                if let Some(doc) = &mut self.doc
                    && let Some(what) = doc.undo_label()
                    && doc.undo()
                {
                    self.follow_change();
                    self.status = tr!("status-undone", what = what.as_str());
                    self.schedule_autosave(ctx);
                }
            }
            Action::Redo => {
                if let Some(doc) = &mut self.doc
                    && let Some(what) = doc.redo_label()
                    && doc.redo()
                {
                    self.follow_change();
                    self.status = tr!("status-redone", what = what.as_str());
                    self.schedule_autosave(ctx);
                }
            }
            Action::ShowView(view) => self.view = view,
            Action::QuickEntry => self.quick.focus = true,
            Action::ZoomIn => self.prefs.zoom = (self.prefs.clamped_zoom() + 0.1).min(3.0),
            Action::ZoomOut => self.prefs.zoom = (self.prefs.clamped_zoom() - 0.1).max(0.5),
            Action::ZoomReset => self.prefs.zoom = 1.0,
            Action::Shortcuts => self.show_shortcuts = true,
            Action::About => self.show_about = true,
        }
    }

    fn answer(&mut self, ctx: &Context, answer: Answer) {
        match answer {
            Answer::SaveFirst(pending) => self.save(Some(pending)),
            Answer::DontSave(pending) => self.perform(ctx, pending),
            Answer::Overwrite(then) => {
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.start_save(path, false, then);
                }
            }
            Answer::SaveAsInstead(then) => self.ask_path(FilePurpose::SaveAs, then),
            Answer::Reload { keep_mine } => {
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.status = tr!("status-reading-again", path = path.display().to_string());
                    self.files.open(path, OpenPurpose::Reload { keep_mine });
                }
            }
            Answer::Replace(path, then) => self.start_save(path, false, then),
            Answer::ReplaceExport(path) => self.start_export(path),
            Answer::PathChosen(purpose, path, then) => self.path_chosen(purpose, &path, then),
            Answer::Confirmed(confirm) => {
                if self.apply_edit(ctx, &confirm.edit) {
                    self.status = tr!(
                        "status-done",
                        what = confirm.title.trim_end_matches(['?', '\u{a0}'])
                    );
                    self.schedule_autosave(ctx);
                }
            }
            Answer::Restore(recovered) => self.restore(ctx, *recovered),
            Answer::DiscardRecovery(recovered) => {
                if let Some(recovery) = &self.recovery {
                    recovery.forget(&recovered);
                }
            }
            Answer::Dismiss => {}
        }
    }

    fn restore(&mut self, ctx: &Context, recovered: crate::store::Recovered) {
        // The work becomes this window's recovery file before anything else: never deleted
        // before it is safe somewhere (a crash now offers it again at the next start).
        if let Some(recovery) = &self.recovery
            && let Err(message) = recovery.adopt(&recovered)
        {
            log::warn!("{message}");
        }
        // The file being opened at start is not what the user wants now.
        self.files.cancel_open();
        // Compare with the file as the crashed window knew it, so that a change made on disk
        // since then is noticed before saving over it.
        let doc = Document::with_stamp(
            recovered.project,
            recovered.path,
            recovered.disk,
            Origin::Recovered,
            false,
        );
        self.replace_document(doc);
        self.status = tr!("status-restored");
        self.schedule_autosave(ctx);
    }

    /// Runs `pending` now, or asks first when it would lose unsaved work.
    pub(super) fn guarded(&mut self, ctx: &Context, pending: Pending) {
        if self.is_dirty() {
            self.dialog = Some(Dialog::UnsavedGuard(pending));
        } else {
            self.perform(ctx, pending);
        }
    }

    pub(super) fn discard_recovery(&self) {
        if let Some(recovery) = &self.recovery {
            recovery.clear();
        }
    }

    fn perform(&mut self, ctx: &Context, pending: Pending) {
        match pending {
            Pending::CloseWindow if self.files.saving.is_some() => {
                self.close_after_save = true;
                self.status = tr!("status-closing-after-save");
            }
            Pending::CloseWindow => {
                self.discard_recovery();
                self.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::CloseProject => {
                self.discard_recovery();
                self.export = None;
                self.doc = None;
                self.status = tr!("status-closed");
            }
            Pending::Open(Some(path)) => self.start_open(path),
            Pending::Open(None) => self.ask_path(FilePurpose::Open, None),
            Pending::OpenByPath => self.prompt_path(FilePurpose::Open, None, None),
            Pending::NewFromTemplate | Pending::NewBlank => {
                let project = if pending == Pending::NewFromTemplate {
                    match store::from_str(crate::MANIFESTO_TEMPLATE) {
                        Ok(loaded) => loaded.project,
                        Err(e) => {
                            self.error(&tr!("error-template"), &e.to_string());
                            return;
                        }
                    }
                } else {
                    Project::new(tr!("project-untitled"))
                };
                self.discard_recovery();
                self.replace_document(Document::new(project, Origin::New, true));
                self.view = View::Overview;
                self.status = tr!("status-new-project");
            }
        }
    }

    fn start_open(&mut self, path: PathBuf) {
        self.status = tr!("dialog-opening", path = path.display().to_string());
        self.files.open(path, OpenPurpose::User);
    }

    /// The file name and folder a dialog starts from: the project's, or the last one used.
    fn suggested_path_for(&self, purpose: FilePurpose) -> (String, Option<PathBuf>) {
        let path = self.doc.as_ref().and_then(|d| d.path.as_ref());
        let suggested = match (&self.export_name, purpose) {
            (Some(name), FilePurpose::Export) => name.clone(),
            _ => path.and_then(|p| p.file_name()).map_or_else(
                || "project.ron".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            ),
        };
        let folder = path
            .or(self.prefs.recent_files.first())
            .and_then(|p| p.parent().map(Path::to_path_buf));
        (suggested, folder)
    }

    /// Asks for a path: the native dialog where one answers, else the prompt in the window.
    fn ask_path(&mut self, purpose: FilePurpose, then: Option<Pending>) {
        let (suggested, folder) = self.suggested_path_for(purpose);
        let note = match self.config.dialogs {
            DialogMode::Native => match dialogs::ask_native(purpose, &suggested, folder) {
                Asked::Chosen(path) => {
                    self.path_chosen(purpose, &path, then);
                    return;
                }
                Asked::Cancelled => return,
                Asked::Unavailable => Some(tr!("status-no-file-dialog")),
            },
            DialogMode::Prompt => None,
        };
        self.prompt_path(purpose, then, note);
    }

    /// Asks for a path in the window.
    fn prompt_path(&mut self, purpose: FilePurpose, then: Option<Pending>, note: Option<String>) {
        let (suggested, folder) = self.suggested_path_for(purpose);
        let folder = folder.or_else(dialogs::default_folder);
        let text = match (purpose, folder) {
            (FilePurpose::SaveAs | FilePurpose::Export, Some(folder)) => {
                folder.join(&suggested).display().to_string()
            }
            (_, Some(folder)) => format!("{}/", folder.display()),
            (_, None) => String::new(),
        };
        self.dialog = Some(Dialog::Prompt(
            PathPrompt {
                purpose,
                text,
                note,
                focused: false,
            },
            then,
        ));
    }

    fn path_chosen(&mut self, purpose: FilePurpose, path: &Path, then: Option<Pending>) {
        match purpose {
            FilePurpose::Open => self.start_open(path.to_path_buf()),
            FilePurpose::Merge => {
                self.status = tr!("status-reading-to-merge", path = path.display().to_string());
                let ours = self.doc.as_ref().and_then(|d| d.path.clone());
                self.files.open_for_merge(path.to_path_buf(), ours);
            }
            FilePurpose::Import => {
                self.status = tr!("status-reading", path = path.display().to_string());
                self.files.read_spreadsheet(path.to_path_buf());
            }
            FilePurpose::Export => {
                if path.exists() {
                    self.dialog = Some(Dialog::ConfirmExportReplace(path.to_path_buf()));
                } else {
                    self.start_export(path.to_path_buf());
                }
            }
            FilePurpose::SaveAs => {
                let current = self.doc.as_ref().and_then(|d| d.path.clone());
                if current.as_deref() == Some(path) {
                    // Saving as the same file is a Save, with its changed-on-disk check.
                    self.save(then);
                } else if path.exists() {
                    self.dialog = Some(Dialog::ConfirmReplace(path.to_path_buf(), then));
                } else {
                    self.start_save(path.to_path_buf(), false, then);
                }
            }
        }
    }

    fn start_export(&mut self, path: PathBuf) {
        // An export over the project's own file would destroy it.
        if let Some(project) = self.doc.as_ref().and_then(|d| d.path.as_deref())
            && store::same_file(project, &path)
        {
            self.error(
                &tr!("error-not-exported"),
                &tr!(
                    "error-export-over-project",
                    path = path.display().to_string()
                ),
            );
            return;
        }
        match self.export_bytes.take() {
            Some(bytes) => {
                self.status = tr!("status-exporting", path = path.display().to_string());
                let what = self
                    .export
                    .as_ref()
                    .map_or_else(|| tr!("export-what-export"), ExportDialog::what);
                self.files.export(path, bytes, what);
            }
            None => self.error(
                &tr!("error-nothing-to-export"),
                &tr!("error-export-not-ready"),
            ),
        }
    }

    /// Save: to the file, asking first if another program changed it; or Save as.
    pub(super) fn save(&mut self, then: Option<Pending>) {
        let Some(doc) = &self.doc else {
            return;
        };
        match doc.path.clone() {
            Some(path) if doc.origin != Origin::Recovered || path.is_file() => {
                self.start_save(path, true, then);
            }
            _ => self.ask_path(FilePurpose::SaveAs, then),
        }
    }

    /// Writes the document to `path` on a thread; with `check`, only if the file is still
    /// what the document last read or wrote. A save asked for while one runs follows it.
    fn start_save(&mut self, path: PathBuf, check: bool, then: Option<Pending>) {
        let Some(doc) = &self.doc else {
            return;
        };
        if self.files.saving.is_some() {
            self.save_queued = Some(QueuedSave { then });
            return;
        }
        let same_file = doc.path.as_deref() == Some(path.as_path());
        self.status = tr!("status-saving", path = path.display().to_string());
        self.files.save(SaveJob {
            project: doc.snapshot(),
            path,
            document: doc.id(),
            revision: doc.revision(),
            expected: if check && same_file { doc.disk } else { None },
            then,
        });
    }

    /// After a save finished: a save asked for meanwhile starts now.
    pub(super) fn run_queued_save(&mut self) {
        if let Some(QueuedSave { then }) = self.save_queued.take()
            && (self.is_dirty() || then.is_some())
        {
            self.save(then);
        }
    }
}
