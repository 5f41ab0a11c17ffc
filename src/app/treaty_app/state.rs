//! [`TreatyApp`]: what the window holds, how it starts, and what tests may read of it.
//!
//! Three kinds of state, never mixed: the document (written only to the user's file), the
//! preferences (eframe storage) and runtime state (undo history inside the document, dialogs,
//! caches, file work in flight), never serialized.

use crate::tr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use super::super::command::Confirm;
use super::super::command::{Command, CommandSender, Pending, command_channel};
use super::super::dialogs::{DialogMode, PathPrompt};
use super::super::document::{Document, Origin};
use super::super::editors::EditorsState;
use super::super::export::ExportDialog;
use super::super::files::{FileWork, OpenPurpose};
use super::super::insight::InsightState;
use super::super::log::LogState;
use super::super::navigation::View;
use super::super::prefs::{Preferences, ThemeChoice};
use super::super::quick_bar::QuickEntry;
use super::super::views::OverviewState;
use crate::analysis::AnalysisCache;
use crate::store;
use crate::store::{Recovered, Recovery};

/// How the app is set up: what to open, where recovery files go, which dialogs to use.
#[derive(Clone, Debug)]
pub struct AppConfig {
    /// The file given on the command line.
    pub file: Option<PathBuf>,
    /// The folder for the recovery file; `None` disables autosave (and says so).
    pub recovery_dir: Option<PathBuf>,
    /// Native dialogs or the in-app prompt.
    pub dialogs: DialogMode,
    /// Seconds after the first unsaved edit before the work is written to the recovery file
    /// (later edits do not push it back).
    pub autosave_delay_secs: f64,
    /// The time reports are dated with; `None` for now (or `SOURCE_DATE_EPOCH`).
    pub report_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The window's language, over the preferences and the system's (tests fix it).
    pub language: Option<crate::i18n::Lang>,
}

impl AppConfig {
    /// The configuration of a normal run: recovery in the user's data folder.
    pub fn for_user(file: Option<PathBuf>) -> Self {
        AppConfig {
            file,
            recovery_dir: eframe::storage_dir(super::super::prefs::APP_ID)
                .map(|d| d.join("recovery")),
            dialogs: DialogMode::detect(),
            autosave_delay_secs: 1.0,
            report_time: None,
            language: None,
        }
    }
}

/// The dialog shown over the window, waiting for the user.
#[derive(Clone, Debug)]
pub(super) enum Dialog {
    UnsavedGuard(Pending),
    ChangedOnDisk(Option<Pending>),
    /// The open file changed on disk (noticed without saving); `true` when edits are unsaved.
    ExternalChange(bool),
    /// A sync tool's conflict copy lies beside the file (and how many there are).
    SyncCopy(PathBuf, usize),
    ConfirmReplace(PathBuf, Option<Pending>),
    ConfirmExportReplace(PathBuf),
    Prompt(PathPrompt, Option<Pending>),
    Error(String, String),
    Recovery(Box<Recovered>),
    Confirm(Box<Confirm>),
}

/// A save asked for while another was being written, and what to do after it.
#[derive(Clone, Debug)]
pub(super) struct QueuedSave {
    pub(super) then: Option<Pending>,
}

/// The Treaty Tracker window.
#[expect(
    clippy::struct_excessive_bools,
    reason = "two open/closed windows and two independent steps of closing the window"
)]
pub struct TreatyApp {
    pub(super) milestones: Milestones,
    pub(super) doc: Option<Document>,
    pub(super) prefs: Preferences,
    pub(super) config: AppConfig,
    pub(super) recovery: Option<Arc<Recovery>>,
    pub(super) view: View,
    pub(super) dialog: Option<Dialog>,
    pub(super) show_shortcuts: bool,
    pub(super) show_about: bool,
    /// The merge conflicts window is open.
    pub(super) show_conflicts: bool,
    /// When to look next at the open file on disk (input time, seconds).
    pub(super) watch_due: f64,
    /// The version of the file on disk already asked about.
    pub(super) asked_about_disk: Option<crate::store::DiskStamp>,
    /// This window's note that it has the file open (a second window warns).
    pub(super) open_lock: Option<crate::store::OpenLock>,
    pub(super) status: String,
    /// Where views, menus, shortcuts and dialogs send what they want done.
    pub(super) commands: CommandSender,
    pub(super) command_rx: Receiver<Command>,
    pub(super) files: FileWork,
    /// A save asked for while one was running: it follows the first.
    pub(super) save_queued: Option<QueuedSave>,
    /// The window was asked to close while a save was being written: it closes (asking first
    /// if there are newer changes) once the file is written.
    pub(super) close_after_save: bool,
    pub(super) export: Option<ExportDialog>,
    /// The import window, once a spreadsheet was read.
    pub(super) import: Option<super::super::import::ImportWindow>,
    /// The report text and suggested name the export window handed over with Export….
    pub(super) export_bytes: Option<std::sync::Arc<Vec<u8>>>,
    pub(super) export_name: Option<String>,
    pub(super) autosave_due: Option<f64>,
    pub(super) allow_close: bool,
    pub(super) applied: Option<(ThemeChoice, f32, String)>,
    /// The analysis of the document with the analysis views' options, by revision.
    pub(super) analysis: AnalysisCache,
    pub(super) insight: InsightState,
    pub(super) quick: QuickEntry,
    pub(super) log: LogState,
    pub(super) editors: EditorsState,
    pub(super) overview: OverviewState,
}

impl TreatyApp {
    /// The app, with preferences from `storage`, opening what `config` says: the file of the
    /// command line or the last project is read on a thread while the window shows.
    pub fn new(storage: Option<&dyn eframe::Storage>, config: AppConfig) -> Self {
        let prefs = Preferences::load(storage);
        // The language: the one fixed by the configuration, or chosen in the View menu, or the
        // system's.
        crate::i18n::set_language(
            config
                .language
                .or(prefs.language)
                .unwrap_or_else(crate::i18n::Lang::from_system),
        );
        let recovery = config.recovery_dir.clone().map(Recovery::new).map(Arc::new);
        let (commands, command_rx) = command_channel();
        let mut app = TreatyApp {
            milestones: Milestones::default(),
            doc: None,
            view: prefs.last_view,
            prefs,
            recovery,
            dialog: None,
            show_shortcuts: false,
            show_about: false,
            show_conflicts: false,
            import: None,
            watch_due: 0.0,
            asked_about_disk: None,
            open_lock: None,
            status: String::new(),
            commands,
            command_rx,
            files: FileWork::default(),
            save_queued: None,
            close_after_save: false,
            export: None,
            export_bytes: None,
            export_name: None,
            autosave_due: None,
            allow_close: false,
            applied: None,
            analysis: AnalysisCache::default(),
            insight: InsightState::default(),
            quick: QuickEntry::default(),
            log: LogState::default(),
            editors: EditorsState::default(),
            overview: OverviewState::default(),
            config,
        };
        // Look for what a crashed window left before opening anything.
        let recovered = app.recovery.as_ref().and_then(|r| r.orphan());
        app.open_at_start();
        if let Some(recovered) = recovered {
            app.dialog = Some(Dialog::Recovery(Box::new(recovered)));
        }
        if app.recovery.is_none() {
            tr!("status-no-data-folder").clone_into(&mut app.status);
        }
        app.prefs.has_run_before = true;
        app
    }

    fn open_at_start(&mut self) {
        if let Some(file) = self.config.file.clone() {
            self.files.open(file, OpenPurpose::Start);
        } else if self.prefs.has_run_before
            && let Some(last) = self.prefs.recent_files.first().cloned()
            && last.is_file()
        {
            self.files.open(last, OpenPurpose::Start);
        } else {
            self.open_sample();
        }
    }

    pub(super) fn open_sample(&mut self) {
        match store::from_str(crate::SAMPLE_PROJECT) {
            Ok(loaded) => {
                self.replace_document(Document::new(loaded.project, Origin::Sample, true));
            }
            Err(e) => self.error(&tr!("error-sample"), &e.to_string()),
        }
    }

    /// Puts `doc` in the window in place of the open document.
    pub(super) fn replace_document(&mut self, doc: Document) {
        self.export = None;
        self.autosave_due = None;
        self.asked_about_disk = None;
        self.open_lock = None;
        self.doc = Some(doc);
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
        match &self.dialog {
            Some(Dialog::Error(_, message)) => Some(message),
            _ => None,
        }
    }

    /// Sends an action as if it was chosen from a menu; it runs at the end of the next frame.
    pub fn queue_action(&mut self, action: super::super::actions::Action) {
        self.commands.send(Command::Action(action));
    }

    /// The sender views and tests use to ask the app for something.
    pub fn command_sender(&self) -> &CommandSender {
        &self.commands
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

    /// Whether file work (open, save, autosave, export) is still running on a thread.
    pub fn busy(&self) -> bool {
        self.files.busy() || self.save_queued.is_some()
    }

    /// Whether the export window's report is ready to write (tests wait for it).
    pub fn export_ready(&self) -> bool {
        match (&self.export, &self.doc) {
            (Some(export), Some(doc)) => export.ready_bytes(doc.revision()).is_some(),
            _ => false,
        }
    }

    /// Whether an export is still being written (tests wait for it).
    pub fn exporting(&self) -> bool {
        self.files.exporting.is_some()
    }

    pub(super) fn error(&mut self, title: &str, message: &str) {
        log::error!("{title}: {message}");
        self.status = format!("{title}: {message}");
        // The offer to recover a crashed window's work is never pushed aside.
        if !matches!(self.dialog, Some(Dialog::Recovery(_))) {
            self.dialog = Some(Dialog::Error(title.to_owned(), message.to_owned()));
        }
    }

    pub(super) fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Document::is_dirty)
    }
}

/// When the window was asked for, to log how long the first frames took to come.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Notes the moment the window is asked for (`native::run`).
pub fn mark_start() {
    STARTED.get_or_init(std::time::Instant::now);
}

/// Milestones logged once each (`RUST_LOG=info`): the first frame, and the first frame that
/// shows a project, with the time since [`mark_start`]. `docs/BENCHMARKS.md` measures with it.
#[derive(Debug, Default)]
pub(super) struct Milestones {
    window: bool,
    project: bool,
}

impl TreatyApp {
    fn log_milestones(&mut self) {
        let Some(started) = STARTED.get() else {
            return;
        };
        let seconds = started.elapsed().as_secs_f64();
        if !self.milestones.window {
            self.milestones.window = true;
            log::info!("first frame {seconds:.2} s after start");
        }
        if let Some(doc) = &self.doc
            && !self.milestones.project
        {
            self.milestones.project = true;
            log::info!(
                "first frame showing the project ({} statements) {seconds:.2} s after start",
                doc.project.statements.len()
            );
        }
    }
}

impl eframe::App for TreatyApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.frame_logic(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
        self.log_milestones();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.store(storage);
    }
}
