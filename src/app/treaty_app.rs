//! The application: applies queued actions and edits once per frame (`logic`), lays out the
//! panels and views (`ui`), guards unsaved work, autosaves for crash recovery.

use std::path::{Path, PathBuf};

use egui::{Context, Id, Modal, ViewportCommand};

use super::actions::{self, Action, Navigate, View};
use super::dialogs::{self, Asked, DialogMode, FilePurpose, PathPrompt};
use super::document::{Collection, Document, Edit, Item, Origin};
use super::editors::{self, Confirm, EditorsState};
use super::export::{ExportDialog, ExportRequest, write_in_background};
use super::insight::{self, InsightState};
use super::log::{self as log_view, LogRequest, LogState};
use super::prefs::{Preferences, ThemeChoice};
use super::quick_bar::{self, QuickEntry};
use super::recovery::{Recovered, Recovery};
use super::views;
use crate::analysis::StatementEdit;
use crate::model::Project;
use crate::store;

/// How the app is set up: what to open, where recovery files go, which dialogs to use.
#[derive(Clone, Debug)]
pub struct AppConfig {
    /// The file given on the command line.
    pub file: Option<PathBuf>,
    /// The folder for the recovery file; `None` disables autosave (and says so).
    pub recovery_dir: Option<PathBuf>,
    /// Native dialogs or the in-app prompt.
    pub dialogs: DialogMode,
    /// Seconds after the last edit before unsaved work is written to the recovery file.
    pub autosave_delay_secs: f64,
    /// The time reports are dated with; `None` for now (or `SOURCE_DATE_EPOCH`).
    pub report_time: Option<chrono::DateTime<chrono::Utc>>,
}

impl AppConfig {
    /// The configuration of a normal run: recovery in the user's data folder.
    pub fn for_user(file: Option<PathBuf>) -> Self {
        AppConfig {
            file,
            recovery_dir: eframe::storage_dir(super::APP_ID).map(|d| d.join("recovery")),
            dialogs: DialogMode::detect(),
            autosave_delay_secs: 3.0,
            report_time: None,
        }
    }
}

/// Something that would lose unsaved work, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    CloseWindow,
    CloseProject,
    Open(Option<PathBuf>),
    OpenByPath,
    NewFromTemplate,
    NewBlank,
}

#[derive(Clone, Debug)]
enum Modal_ {
    UnsavedGuard(Pending),
    ChangedOnDisk(Option<Pending>),
    ConfirmReplace(PathBuf, Option<Pending>),
    ConfirmExportReplace(PathBuf),
    Prompt(PathPrompt, Option<Pending>),
    Error(String, String),
    Recovery(Box<Recovered>),
    Confirm(Box<Confirm>),
}

/// The Treaty Tracker window.
pub struct TreatyApp {
    doc: Option<Document>,
    prefs: Preferences,
    config: AppConfig,
    recovery: Option<Recovery>,
    view: View,
    modal: Option<Modal_>,
    show_shortcuts: bool,
    show_about: bool,
    status: String,
    queued_edits: Vec<Edit>,
    queued_actions: Vec<Action>,
    queued_pending: Option<Pending>,
    queued_open: Option<PathBuf>,
    export: Option<ExportDialog>,
    export_text: Option<String>,
    export_name: Option<String>,
    export_target: Option<PathBuf>,
    export_job: Option<std::sync::mpsc::Receiver<Result<PathBuf, String>>>,
    autosave_due: Option<f64>,
    allow_close: bool,
    applied: Option<(ThemeChoice, f32, String)>,
    insight: InsightState,
    navigate: Vec<Navigate>,
    quick: QuickEntry,
    log: LogState,
    log_requests: Vec<LogRequest>,
    editors: EditorsState,
    confirm: Option<Confirm>,
}

impl TreatyApp {
    /// The app, with preferences from `storage`, opening what `config` says.
    pub fn new(storage: Option<&dyn eframe::Storage>, config: AppConfig) -> Self {
        let prefs = Preferences::load(storage);
        let recovery = config.recovery_dir.clone().map(Recovery::new);
        let mut app = TreatyApp {
            doc: None,
            view: prefs.last_view,
            prefs,
            recovery,
            modal: None,
            show_shortcuts: false,
            show_about: false,
            status: String::new(),
            queued_edits: Vec::new(),
            queued_actions: Vec::new(),
            queued_pending: None,
            queued_open: None,
            export: None,
            export_text: None,
            export_name: None,
            export_target: None,
            export_job: None,
            autosave_due: None,
            allow_close: false,
            applied: None,
            insight: InsightState::default(),
            navigate: Vec::new(),
            quick: QuickEntry::default(),
            log: LogState::default(),
            log_requests: Vec::new(),
            editors: EditorsState::default(),
            confirm: None,
            config,
        };
        // Look for what a crashed window left before opening anything.
        let recovered = app.recovery.as_ref().and_then(Recovery::orphan);
        app.open_at_start();
        if let Some(recovered) = recovered {
            app.modal = Some(Modal_::Recovery(Box::new(recovered)));
        }
        if app.recovery.is_none() {
            "No data folder: unsaved work is not autosaved for recovery"
                .clone_into(&mut app.status);
        }
        app.prefs.has_run_before = true;
        app
    }

    fn open_at_start(&mut self) {
        if let Some(file) = self.config.file.clone() {
            if self.open_path(&file) {
                return;
            }
        } else if self.prefs.has_run_before
            && let Some(last) = self.prefs.recent_files.first().cloned()
            && last.is_file()
            && self.open_path(&last)
        {
            return;
        }
        self.open_sample();
    }

    fn open_sample(&mut self) {
        match store::from_str(crate::SAMPLE_PROJECT) {
            Ok(loaded) => {
                self.export = None;
                self.doc = Some(Document::new(loaded.project, None, Origin::Sample, true));
            }
            Err(e) => self.error("The embedded sample cannot be read", &e.to_string()),
        }
    }

    /// The open document, if any.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The preferences as they are now.
    pub fn preferences(&self) -> &Preferences {
        &self.prefs
    }

    /// Mutable preferences (the user's name, set from the Edit menu).
    pub fn preferences_mut(&mut self) -> &mut Preferences {
        &mut self.prefs
    }

    /// The view shown.
    pub fn view(&self) -> View {
        self.view
    }

    /// The status line.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// The message of the error dialog, when one is shown.
    pub fn error_message(&self) -> Option<&str> {
        match &self.modal {
            Some(Modal_::Error(_, message)) => Some(message),
            _ => None,
        }
    }

    /// Queues an action as if it was chosen from a menu; it runs on the next frame.
    pub fn queue_action(&mut self, action: Action) {
        self.queued_actions.push(action);
    }

    /// The statement log's state (filters, selection).
    pub fn log_state(&self) -> &LogState {
        &self.log
    }

    /// Selects a statement in the log (by id) and shows the log.
    pub fn select_statement(&mut self, id: &str) {
        self.log.select(id);
        self.view = View::Log;
    }

    /// The quick entry (the line being typed, the current session).
    pub fn quick_entry(&self) -> &QuickEntry {
        &self.quick
    }

    /// Whether the window may close now (no unsaved work, or the user chose).
    pub fn close_allowed(&self) -> bool {
        self.allow_close
    }

    fn error(&mut self, title: &str, message: &str) {
        log::error!("{title}: {message}");
        self.status = format!("{title}: {message}");
        self.modal = Some(Modal_::Error(title.to_owned(), message.to_owned()));
    }

    /// Opens a project file; false (with the error shown, and the current project kept) when
    /// it cannot be read.
    fn open_path(&mut self, path: &Path) -> bool {
        match store::load(path) {
            Ok(loaded) => {
                let problems = loaded.problems.len();
                let lines = if problems == 0 {
                    Vec::new()
                } else {
                    crate::store::check_lines(path, &Ok(loaded.clone()))
                };
                self.export = None;
                self.doc = Some(Document::new(
                    loaded.project,
                    Some(path.to_path_buf()),
                    Origin::File,
                    true,
                ));
                self.prefs.remember(path.to_path_buf());
                if problems == 0 {
                    self.status = format!("Opened {}", path.display());
                } else {
                    let shown: Vec<&str> = lines.iter().take(20).map(String::as_str).collect();
                    self.error(
                        &format!("{} has {problems} problem(s)", path.display()),
                        &format!(
                            "The project is open; fix these before sharing it:\n{}{}",
                            shown.join("\n"),
                            if lines.len() > 20 { "\n…" } else { "" }
                        ),
                    );
                }
                true
            }
            Err(e) => {
                let message = crate::store::check_lines(path, &Err(e)).join("\n");
                self.error("Cannot open the project", &message);
                false
            }
        }
    }

    fn now(ctx: &Context) -> f64 {
        ctx.input(|i| i.time)
    }

    fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Document::is_dirty)
    }

    /// Runs `pending` now, or asks first when it would lose unsaved work.
    fn guarded(&mut self, ctx: &Context, pending: Pending) {
        if self.is_dirty() {
            self.modal = Some(Modal_::UnsavedGuard(pending));
        } else {
            self.perform(ctx, pending);
        }
    }

    fn discard_recovery(&self) {
        if let Some(recovery) = &self.recovery {
            recovery.clear();
        }
    }

    fn perform(&mut self, ctx: &Context, pending: Pending) {
        match pending {
            Pending::CloseWindow => {
                self.discard_recovery();
                self.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::CloseProject => {
                self.discard_recovery();
                self.export = None;
                self.doc = None;
                "Project closed".clone_into(&mut self.status);
            }
            Pending::Open(Some(path)) => {
                if self.open_path(&path) {
                    self.discard_recovery();
                    self.view = View::Overview;
                }
            }
            Pending::Open(None) => self.ask_path(FilePurpose::Open, None),
            Pending::OpenByPath => self.prompt_path(FilePurpose::Open, None, None),
            Pending::NewFromTemplate | Pending::NewBlank => {
                let project = if pending == Pending::NewFromTemplate {
                    match store::from_str(crate::MANIFESTO_TEMPLATE) {
                        Ok(loaded) => loaded.project,
                        Err(e) => {
                            self.error(
                                "The embedded manifesto template cannot be read",
                                &e.to_string(),
                            );
                            return;
                        }
                    }
                } else {
                    Project::new("Untitled project")
                };
                self.discard_recovery();
                self.export = None;
                self.doc = Some(Document::new(project, None, Origin::New, true));
                self.view = View::Overview;
                "New project".clone_into(&mut self.status);
            }
        }
    }

    /// The file name and folder a dialog starts from: the project's, or the last one used.
    fn suggested_path(&self) -> (String, Option<PathBuf>) {
        let suggested = self
            .doc
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .and_then(|p| p.file_name())
            .map_or_else(
                || "project.ron".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let folder = self
            .doc
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .or(self.prefs.recent_files.first())
            .and_then(|p| p.parent().map(Path::to_path_buf));
        (suggested, folder)
    }

    fn suggested_path_for(&self, purpose: FilePurpose) -> (String, Option<PathBuf>) {
        let (suggested, folder) = self.suggested_path();
        match (&self.export_name, purpose) {
            (Some(name), FilePurpose::Export) => (name.clone(), folder),
            _ => (suggested, folder),
        }
    }

    fn ask_path(&mut self, purpose: FilePurpose, then: Option<Pending>) {
        let (suggested, folder) = self.suggested_path_for(purpose);
        let note = match self.config.dialogs {
            DialogMode::Native => match dialogs::ask_native(purpose, &suggested, folder.clone()) {
                Asked::Chosen(path) => {
                    self.path_chosen(purpose, &path, then);
                    return;
                }
                Asked::Cancelled => return,
                Asked::Unavailable => {
                    Some("No file dialog service answered: type the path.".to_owned())
                }
            },
            DialogMode::Prompt => None,
        };
        self.prompt_path(purpose, then, note);
    }

    /// Asks for a path in the window.
    fn prompt_path(&mut self, purpose: FilePurpose, then: Option<Pending>, note: Option<String>) {
        let (suggested, folder) = self.suggested_path_for(purpose);
        let text = match (purpose, folder) {
            (FilePurpose::SaveAs | FilePurpose::Export, Some(folder)) => {
                folder.join(&suggested).display().to_string()
            }
            (_, Some(folder)) => format!("{}/", folder.display()),
            (_, None) => String::new(),
        };
        self.modal = Some(Modal_::Prompt(
            PathPrompt {
                purpose,
                text,
                note,
            },
            then,
        ));
    }

    fn path_chosen(&mut self, purpose: FilePurpose, path: &Path, then: Option<Pending>) {
        match purpose {
            FilePurpose::Open => {
                if self.open_path(path) {
                    self.discard_recovery();
                    self.view = View::Overview;
                }
            }
            FilePurpose::Export => {
                if path.exists() {
                    self.modal = Some(Modal_::ConfirmExportReplace(path.to_path_buf()));
                } else {
                    self.export_target = Some(path.to_path_buf());
                }
            }
            FilePurpose::SaveAs => {
                let current = self.doc.as_ref().and_then(|d| d.path.clone());
                if current.as_deref() == Some(path) {
                    // Saving as the same file is a Save, with its changed-on-disk check.
                    self.save(then);
                } else if path.exists() {
                    self.modal = Some(Modal_::ConfirmReplace(path.to_path_buf(), then));
                } else if self.write_to(path) {
                    self.continue_after_save(then);
                }
            }
        }
    }

    fn continue_after_save(&mut self, then: Option<Pending>) {
        if let Some(pending) = then {
            self.queued_pending = Some(pending);
        }
    }

    /// Saves to `path`; false (error shown, document still dirty) when it fails.
    fn write_to(&mut self, path: &Path) -> bool {
        let Some(doc) = self.doc.as_mut() else {
            return false;
        };
        match store::save(&doc.project, path) {
            Ok(()) => {
                doc.mark_saved(path.to_path_buf());
                self.prefs.remember(path.to_path_buf());
                self.discard_recovery();
                self.autosave_due = None;
                self.status = format!("Saved {}", path.display());
                true
            }
            Err(e) => {
                self.error(
                    "Cannot save the project",
                    &format!("{e}\nYour changes are still open and unsaved."),
                );
                false
            }
        }
    }

    /// Save: to the file, asking first if another program changed it; or Save as.
    fn save(&mut self, then: Option<Pending>) {
        let Some(doc) = &self.doc else {
            return;
        };
        match doc.path.clone() {
            Some(path) if doc.origin != Origin::Recovered || path.is_file() => {
                if doc.changed_on_disk() {
                    self.modal = Some(Modal_::ChangedOnDisk(then));
                } else if self.write_to(&path) {
                    self.continue_after_save(then);
                }
            }
            _ => self.ask_path(FilePurpose::SaveAs, then),
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
                    self.export = Some(ExportDialog::new(&doc.project, at));
                }
            }
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
                    self.status = format!("Undone: {what}. Ctrl+Shift+Z redoes it.");
                    self.schedule_autosave(ctx);
                }
            }
            Action::Redo => {
                if let Some(doc) = &mut self.doc
                    && let Some(what) = doc.redo_label()
                    && doc.redo()
                {
                    self.status = format!("Redone: {what}.");
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

    /// Keeps the quick entry's session and the log's filters pointing at what they chose:
    /// through a rename they follow the new id; what was deleted (or renamed back by an undo)
    /// is let go, with a word on the status line for the logging session.
    fn follow_renames(&mut self) {
        for (collection, old, new) in std::mem::take(&mut self.editors.renamed) {
            if collection == Collection::Sessions && self.quick.session.as_deref() == Some(&old) {
                self.quick.session = Some(new.clone());
            }
            self.log.renamed(collection, &old, &new);
        }
        let Some(doc) = &self.doc else {
            return;
        };
        if let Some(id) = self.quick.session.clone()
            && doc.project.session(&id).is_none()
        {
            self.quick.session = None;
            self.status = format!(
                "Session {id} no longer exists: new statements go to the current session again"
            );
        }
        self.log.forget_missing(&doc.project);
    }

    fn navigate_to(&mut self, request: Navigate) {
        match request {
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

    fn schedule_autosave(&mut self, ctx: &Context) {
        let delay = self.config.autosave_delay_secs;
        self.autosave_due = Some(Self::now(ctx) + delay);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(delay.max(0.0)));
    }

    fn autosave(&mut self, ctx: &Context) {
        let Some(due) = self.autosave_due else {
            return;
        };
        let now = Self::now(ctx);
        if now < due {
            // A repaint requested in an earlier frame does not survive later frames: ask again
            // every frame until the autosave is done.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
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
        if let Err(e) = recovery.write(&doc.project, doc.path.as_deref(), doc.disk) {
            log::error!("autosave failed: {e}");
            self.status = format!("Autosave failed: {e}");
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

impl TreatyApp {
    /// Renders previews, starts the write once a path is chosen, and reports its outcome.
    fn export_logic(&mut self, ctx: &Context) {
        if let (Some(export), Some(doc)) = (&mut self.export, &self.doc) {
            if export.open {
                export.poll(ctx, &doc.project, doc.revision());
            } else {
                self.export = None;
            }
        }
        if let Some(path) = self.export_target.take() {
            match self.export_text.take() {
                Some(text) => {
                    self.status = format!("Exporting to {}…", path.display());
                    self.export_job = Some(write_in_background(path, text, ctx));
                }
                None => self.error("Nothing to export", "The report was not ready; try again."),
            }
        }
        if let Some(job) = &self.export_job {
            match job.try_recv() {
                Ok(Ok(path)) => {
                    self.export_job = None;
                    self.status = format!("Exported the report to {}", path.display());
                }
                Ok(Err(message)) => {
                    self.export_job = None;
                    self.error("Cannot export the report", &message);
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(50));
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.export_job = None;
                    self.error(
                        "Cannot export the report",
                        "the export stopped unexpectedly",
                    );
                }
            }
        }
    }

    /// Whether the export window's report is ready to write (tests wait for it).
    pub fn export_ready(&self) -> bool {
        match (&self.export, &self.doc) {
            (Some(export), Some(doc)) => export.ready_text(doc.revision()).is_some(),
            _ => false,
        }
    }

    /// Whether an export is still being written (tests wait for it).
    pub fn exporting(&self) -> bool {
        self.export_job.is_some() || self.export_target.is_some()
    }

    fn modal_ui(&mut self, ctx: &Context) {
        let Some(modal) = self.modal.clone() else {
            return;
        };
        let mut close = false;
        match modal {
            Modal_::UnsavedGuard(pending) => {
                let name = self
                    .doc
                    .as_ref()
                    .map(Document::display_name)
                    .unwrap_or_default();
                Modal::new(Id::unique("unsaved-guard")).show(ctx, |ui| {
                    ui.heading("Unsaved changes");
                    ui.label(format!("Save the changes to {name} first?"));
                    ui.horizontal(|ui| {
                        if ui.button("Save").clicked() {
                            close = true;
                            self.modal = None;
                            self.save(Some(pending.clone()));
                        }
                        if ui.button("Don't save").clicked() {
                            close = true;
                            self.modal = None;
                            self.perform(ctx, pending.clone());
                        }
                        if ui.button("Cancel").clicked() {
                            close = true;
                            self.modal = None;
                        }
                    });
                });
            }
            Modal_::ChangedOnDisk(then) => {
                Modal::new(Id::unique("changed-on-disk")).show(ctx, |ui| {
                    ui.heading("The file changed on disk");
                    ui.label(
                        "Another program changed the file since you opened or saved it. \
                         Overwrite it with your version?",
                    );
                    ui.horizontal(|ui| {
                        if ui.button("Overwrite").clicked() {
                            self.modal = None;
                            let path = self.doc.as_ref().and_then(|d| d.path.clone());
                            if let Some(path) = path
                                && self.write_to(&path)
                            {
                                self.continue_after_save(then.clone());
                            }
                        }
                        if ui.button("Save as…").clicked() {
                            self.modal = None;
                            self.ask_path(FilePurpose::SaveAs, then.clone());
                        }
                        if ui.button("Cancel").clicked() {
                            self.modal = None;
                        }
                    });
                });
            }
            Modal_::ConfirmReplace(path, then) => {
                Modal::new(Id::unique("confirm-replace")).show(ctx, |ui| {
                    ui.heading("Replace the file?");
                    ui.label(format!(
                        "{} already exists. Replace it with this project?",
                        path.display()
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Replace").clicked() {
                            self.modal = None;
                            if self.write_to(&path) {
                                self.continue_after_save(then.clone());
                            }
                        }
                        if ui.button("Cancel").clicked() {
                            self.modal = None;
                        }
                    });
                });
            }
            Modal_::ConfirmExportReplace(path) => {
                Modal::new(Id::unique("confirm-export-replace")).show(ctx, |ui| {
                    ui.heading("Replace the file?");
                    ui.label(format!(
                        "{} already exists. Replace it with the report?",
                        path.display()
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Replace").clicked() {
                            self.modal = None;
                            self.export_target = Some(path.clone());
                        }
                        if ui.button("Cancel").clicked() {
                            self.modal = None;
                        }
                    });
                });
            }
            Modal_::Prompt(mut prompt, then) => {
                let mut outcome: Option<Option<PathBuf>> = None;
                Modal::new(Id::unique("path-prompt")).show(ctx, |ui| {
                    ui.heading(prompt.purpose.title());
                    if let Some(note) = &prompt.note {
                        ui.label(note);
                    }
                    let label = ui.label("Path");
                    let edit = ui.add(
                        egui::TextEdit::singleline(&mut prompt.text)
                            .desired_width(420.0)
                            .hint_text("/home/me/negotiation.ron"),
                    );
                    let edit = edit.labelled_by(label.id);
                    let entered =
                        edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        let ok = match prompt.purpose {
                            FilePurpose::Open => "Open",
                            FilePurpose::SaveAs => "Save",
                            FilePurpose::Export => "Export",
                        };
                        if ui.button(ok).clicked() || entered {
                            outcome = Some(Some(PathBuf::from(prompt.text.trim())));
                        }
                        if ui.button("Cancel").clicked() {
                            outcome = Some(None);
                        }
                    });
                });
                match outcome {
                    Some(Some(path)) if !path.as_os_str().is_empty() => {
                        self.modal = None;
                        self.path_chosen(prompt.purpose, &path, then);
                    }
                    Some(_) => self.modal = None,
                    None => self.modal = Some(Modal_::Prompt(prompt, then)),
                }
            }
            Modal_::Confirm(confirm) => {
                let mut apply = false;
                Modal::new(Id::unique("confirm")).show(ctx, |ui| {
                    ui.heading(&confirm.title);
                    ui.label(&confirm.message);
                    ui.horizontal(|ui| {
                        if ui.button(&confirm.button).clicked() {
                            apply = true;
                        }
                        if ui.button("Cancel").clicked()
                            || ui.input(|i| i.key_pressed(egui::Key::Escape))
                        {
                            close = true;
                        }
                    });
                });
                if apply {
                    self.status = format!(
                        "{} Done: Ctrl+Z undoes it.",
                        confirm.title.trim_end_matches('?')
                    );
                    self.queued_edits.push(confirm.edit.clone());
                    close = true;
                }
                if close {
                    self.modal = None;
                }
            }
            Modal_::Error(title, message) => {
                Modal::new(Id::unique("error")).show(ctx, |ui| {
                    ui.heading(&title);
                    egui::ScrollArea::vertical()
                        .max_height(300.0)
                        .show(ui, |ui| {
                            ui.label(egui::RichText::new(&message).monospace());
                        });
                    if ui.button("OK").clicked() {
                        close = true;
                    }
                });
                if close {
                    self.modal = None;
                }
            }
            Modal_::Recovery(recovered) => {
                Modal::new(Id::unique("recovery")).show(ctx, |ui| {
                    ui.heading("Recover unsaved work?");
                    ui.label(format!(
                        "Treaty Tracker did not close normally. Unsaved changes to {} were kept \
                         ({} statements).",
                        recovered.path.as_ref().map_or_else(
                            || "an unsaved project".to_owned(),
                            |p| p.display().to_string()
                        ),
                        recovered.project.statements.len()
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Restore").clicked() {
                            self.modal = None;
                            let recovered = (*recovered).clone();
                            if let Some(recovery) = &self.recovery {
                                recovery.forget(&recovered);
                            }
                            let mut doc = Document::new(
                                recovered.project,
                                recovered.path,
                                Origin::Recovered,
                                false,
                            );
                            // Compare with the file as the crashed window knew it, so that a
                            // change made on disk since then is noticed before saving over it.
                            doc.disk = recovered.disk;
                            self.export = None;
                            self.doc = Some(doc);
                            "Restored unsaved work; save it to keep it"
                                .clone_into(&mut self.status);
                            self.schedule_autosave(ctx);
                        }
                        if ui.button("Discard").clicked() {
                            self.modal = None;
                            if let Some(recovery) = &self.recovery {
                                recovery.forget(&recovered);
                            }
                        }
                    });
                });
            }
        }
    }
}

impl eframe::App for TreatyApp {
    fn logic(&mut self, ctx: &Context, _frame: &mut eframe::Frame) {
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        // Edits typed last frame first, so that every check below sees them.
        let edits = std::mem::take(&mut self.queued_edits);
        if !edits.is_empty() {
            let now = Self::now(ctx);
            if let Some(doc) = &mut self.doc {
                for edit in &edits {
                    // A statement's old value, for the analysis's incremental update.
                    let old = match edit {
                        Edit::Remove {
                            collection: Collection::Statements,
                            index,
                        }
                        | Edit::Replace {
                            index,
                            item: Item::Statement(_),
                        } => doc.project.statements.get(*index).cloned(),
                        _ => None,
                    };
                    let before = doc.revision();
                    if !doc.apply(edit, now) {
                        continue;
                    }
                    let change = match (edit, &old) {
                        (
                            Edit::Insert {
                                index,
                                item: Item::Statement(_),
                            },
                            _,
                        ) => Some(StatementEdit::Added(*index)),
                        (Edit::Remove { index, .. }, Some(old)) => {
                            Some(StatementEdit::Removed(*index, old))
                        }
                        (Edit::Replace { index, .. }, Some(old)) => {
                            Some(StatementEdit::Changed(*index, old))
                        }
                        _ => None,
                    };
                    if let Some(change) = change {
                        self.insight.statement_edited(doc, before, change);
                    }
                }
            }
            self.schedule_autosave(ctx);
        }
        if self.modal.is_none() {
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
                self.guarded(ctx, Pending::Open(Some(path)));
            }
        }
        if self.modal.is_none() {
            // While a line is being typed in the quick entry, Ctrl+Z undoes typing there,
            // not the last logged statement.
            let typing =
                ctx.memory(|m| m.has_focus(quick_bar::entry_id())) && !self.quick.line.is_empty();
            let pressed = actions::pressed(ctx, typing);
            self.queued_actions.extend(pressed);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.modal = Some(Modal_::UnsavedGuard(Pending::CloseWindow));
            } else {
                self.discard_recovery();
                self.allow_close = true;
            }
        }
        if let Some(path) = self.queued_open.take() {
            self.guarded(ctx, Pending::Open(Some(path)));
        }
        if let Some(pending) = self.queued_pending.take() {
            self.perform(ctx, pending);
        }
        for action in std::mem::take(&mut self.queued_actions) {
            self.run_action(ctx, action);
        }
        for request in std::mem::take(&mut self.navigate) {
            self.navigate_to(request);
        }
        self.follow_renames();
        for request in std::mem::take(&mut self.log_requests) {
            match request {
                LogRequest::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
                LogRequest::Status(text) => self.status = text,
            }
        }
        self.export_logic(ctx);
        self.autosave(ctx);
        if let Some(rect) = ctx.input(|i| i.viewport().inner_rect) {
            self.prefs.window_size = Some([rect.width(), rect.height()]);
        }
        self.prefs.last_view = self.view;
        self.apply_preferences(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        egui::Panel::top("menu").show(ui, |ui| {
            views::menu_bar(
                ui,
                self.doc.as_ref(),
                &mut self.prefs,
                &mut self.queued_actions,
                &mut self.queued_open,
            );
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            views::status_bar(ui, self.doc.as_ref(), &self.status);
        });
        if let Some(doc) = &self.doc {
            egui::Panel::top("quick-entry").show(ui, |ui| {
                let now = chrono::Utc::now();
                if let Some(quick_bar::Logged(statement)) = quick_bar::show(
                    ui,
                    &doc.project,
                    &mut self.quick,
                    &self.prefs.user_name,
                    now,
                ) {
                    self.status = format!(
                        "Logged {} on {} in {}. Ctrl+Z removes it.",
                        statement.stakeholder,
                        statement
                            .stances
                            .iter()
                            .map(|(p, s)| format!("{p}{}", s.symbol()))
                            .collect::<Vec<_>>()
                            .join(" "),
                        statement.session
                    );
                    self.log.select(&statement.id);
                    self.queued_edits.push(Edit::Insert {
                        index: doc.project.statements.len(),
                        item: Item::Statement(Box::new(statement)),
                    });
                }
            });
            egui::Panel::left("navigator")
                .resizable(true)
                .default_size(220.0)
                .show(ui, |ui| {
                    views::navigator(ui, &doc.project, &mut self.view);
                });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| match &self.doc {
            Some(doc) => match self.view {
                View::Matrix
                | View::Trends
                | View::Gaps
                | View::Shifts
                | View::Coalition
                | View::Profile => {
                    insight::show(ui, self.view, doc, &mut self.insight, &mut self.navigate);
                }
                View::Log => log_view::show(
                    ui,
                    doc,
                    &mut self.log,
                    chrono::Utc::now(),
                    &self.prefs.user_name,
                    &mut self.queued_edits,
                    &mut self.log_requests,
                ),
                View::Principles => editors::principles(
                    ui,
                    &doc.project,
                    &mut self.editors,
                    &mut self.queued_edits,
                    &mut self.confirm,
                    &mut self.navigate,
                ),
                View::Sessions => editors::sessions(
                    ui,
                    &doc.project,
                    &mut self.editors,
                    &mut self.queued_edits,
                    &mut self.confirm,
                    &mut self.navigate,
                ),
                View::Stakeholders => editors::stakeholders(
                    ui,
                    &doc.project,
                    &mut self.editors,
                    &mut self.queued_edits,
                    &mut self.confirm,
                    &mut self.navigate,
                ),
                View::Overview => {
                    views::central(ui, self.view, &doc.project, &mut self.queued_edits);
                }
            },
            None => views::start_screen(
                ui,
                &self.prefs,
                &mut self.queued_actions,
                &mut self.queued_open,
            ),
        });
        if let (Some(export), Some(doc)) = (&mut self.export, &self.doc)
            && let Some(ExportRequest::ChoosePath { suggested }) =
                export.show(&ctx, &doc.project, doc.revision())
        {
            self.export_text = export.ready_text(doc.revision()).map(str::to_owned);
            self.export_name = Some(suggested);
            self.ask_path(FilePurpose::Export, None);
        }
        if let Some(confirm) = self.confirm.take()
            && self.modal.is_none()
        {
            self.modal = Some(Modal_::Confirm(Box::new(confirm)));
        }
        self.modal_ui(&ctx);
        views::shortcuts_window(&ctx, &mut self.show_shortcuts);
        views::about_window(&ctx, &mut self.show_about);
        if !self.queued_edits.is_empty()
            || !self.navigate.is_empty()
            || !self.log_requests.is_empty()
            || !self.queued_actions.is_empty()
            || self.queued_open.is_some()
            || self.queued_pending.is_some()
        {
            ctx.request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.store(storage);
    }
}
