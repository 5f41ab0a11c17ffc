//! File work off the UI thread: opening, saving, autosaving and writing exports each run on a
//! named thread and send their outcome back through a channel that wakes the window. The UI
//! thread never reads, serializes or writes a project file; it hands a shared snapshot of the
//! project ([`Arc`]) to the thread, so that the user can go on editing while it is written.
//!
//! At most one job of each kind runs at a time; the app queues what comes meanwhile (a second
//! Ctrl+S follows the first).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::command::Pending;
use crate::model::Project;
use crate::store::Recovery;
use crate::store::{self, DiskStamp};

/// Why a file is being opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenPurpose {
    /// At start (the command line's file, or the last project): on failure the window falls
    /// back to the embedded sample.
    Start,
    /// The user asked for it (menu, recent files, drop): on failure the open project stays.
    User,
    /// A colleague's file, to merge into the open project.
    Merge,
    /// The open file again, after another program changed it; `keep_mine` merges the unsaved
    /// edits into what is on disk now.
    Reload {
        /// Keep the unsaved edits (three-way merge with the version last read or written).
        keep_mine: bool,
    },
}

/// A project read from its file.
#[derive(Debug)]
pub struct Opened {
    /// The project.
    pub project: Project,
    /// Copies a sync tool left beside the file (two computers changed it at once).
    pub sync_copies: Vec<PathBuf>,
    /// For a merge: the project as it was at the git merge base of the open file and this one,
    /// when git knows it (`store::git`); `None` means a two-way merge.
    pub merge_base: Option<Project>,
    /// The file as read.
    pub disk: DiskStamp,
    /// Its semantic problems as `FILE:LINE:COL: message` lines (empty when valid), its
    /// unresolved merge conflicts apart.
    pub problems: Vec<String>,
}

/// A spreadsheet read for the import window.
#[derive(Debug)]
pub struct SpreadsheetRead {
    /// Its sheets.
    pub workbook: crate::import::Workbook,
    /// The mapping file beside it (`NAME.mapping.ron`), when there is one: read, or why not.
    pub mapping: Option<(PathBuf, Result<crate::import::Mapping, String>)>,
}

/// The mapping file that goes with a spreadsheet: `NAME.mapping.ron` beside it.
pub fn mapping_path_for(spreadsheet: &std::path::Path) -> PathBuf {
    let stem = spreadsheet
        .file_stem()
        .map_or_else(|| "import".to_owned(), |s| s.to_string_lossy().into_owned());
    spreadsheet.with_file_name(format!("{stem}.mapping.ron"))
}

fn read_mapping(path: &std::path::Path) -> Result<crate::import::Mapping, String> {
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|text| crate::import::Mapping::from_ron(&text))
}

/// How a save ended.
#[derive(Debug)]
pub enum SaveOutcome {
    /// Written; the file is now this.
    Saved(DiskStamp),
    /// Not written: another program changed the file since we last read or wrote it.
    ChangedOnDisk,
    /// Not written, for this reason.
    Failed(String),
}

/// The outcome of one job.
#[derive(Debug)]
pub enum Done {
    /// An open finished.
    Opened {
        /// Which open (a later open, or a restore, makes earlier ones stale).
        token: u64,
        /// The file.
        path: PathBuf,
        /// Why it was opened.
        purpose: OpenPurpose,
        /// The project, or the lines that say why it cannot be read.
        result: Result<Box<Opened>, Vec<String>>,
    },
    /// A save finished.
    Saved {
        /// The file.
        path: PathBuf,
        /// The document it saved.
        document: u64,
        /// The revision it saved.
        revision: u64,
        /// What it did.
        outcome: SaveOutcome,
        /// What to do once saved.
        then: Option<Pending>,
        /// The project it wrote (the common ancestor of a later reload that keeps changes).
        written: Option<Arc<Project>>,
    },
    /// A copy of a document's project as opened was made ([`FileWork::copy_as_read`]).
    CopiedAsRead {
        /// The document.
        document: u64,
        /// The copy.
        copy: Arc<Project>,
    },
    /// A look at the open file on disk finished.
    Watched {
        /// The document whose file it looked at.
        document: u64,
        /// The file's stamp, when its content differs from what the document knows.
        changed: Option<DiskStamp>,
    },
    /// An autosave to the recovery file finished.
    Autosaved {
        /// The document it saved.
        document: u64,
        /// Why it failed, if it did.
        error: Option<String>,
    },
    /// A spreadsheet to import was read.
    SpreadsheetRead {
        /// The file.
        path: PathBuf,
        /// Its sheets, and the mapping file found beside it (read, or why not), or why the
        /// spreadsheet cannot be read.
        result: Result<Box<SpreadsheetRead>, String>,
    },
    /// A mapping file for the import window was read.
    MappingRead {
        /// The file.
        path: PathBuf,
        /// The mapping, or why it cannot be read.
        result: Result<crate::import::Mapping, String>,
    },
    /// An export finished writing.
    Exported {
        /// What was written, in words ("the report", "the mapping").
        what: String,
        /// The file.
        path: PathBuf,
        /// Why it failed, if it did.
        error: Option<String>,
    },
}

/// A save to hand to [`FileWork::save`].
#[derive(Debug)]
pub struct SaveJob {
    /// The project as it is now.
    pub project: Arc<Project>,
    /// Where to write it.
    pub path: PathBuf,
    /// The document saved (its id).
    pub document: u64,
    /// The revision written.
    pub revision: u64,
    /// When `Some`, write only if the file still is what this says; `None` writes whatever
    /// the file holds now (a new file, or the user chose to overwrite).
    pub expected: Option<DiskStamp>,
    /// What to do once saved.
    pub then: Option<Pending>,
}

/// The jobs in flight and the channel their outcomes come back through.
pub struct FileWork {
    tx: Sender<Done>,
    rx: Receiver<Done>,
    ctx: Option<egui::Context>,
    next_token: u64,
    /// The open in flight: its token and file.
    pub opening: Option<(u64, PathBuf)>,
    /// How far the open in flight has got (the window shows it).
    pub open_progress: Arc<store::LoadProgress>,
    /// The file being saved.
    pub saving: Option<PathBuf>,
    /// An autosave is being written.
    pub autosaving: bool,
    /// The file an export is being written to.
    pub exporting: Option<PathBuf>,
    /// A look at the open file on disk is in flight.
    watching: bool,
    /// Copies of opened projects in flight ([`FileWork::copy_as_read`]).
    copying: usize,
}

impl Default for FileWork {
    fn default() -> Self {
        let (tx, rx) = channel();
        FileWork {
            tx,
            rx,
            ctx: None,
            next_token: 1,
            opening: None,
            open_progress: Arc::default(),
            watching: false,
            copying: 0,
            saving: None,
            autosaving: false,
            exporting: None,
        }
    }
}

impl FileWork {
    /// Wake this context when a job finishes (set once the window exists).
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    /// Whether any job is in flight.
    pub fn busy(&self) -> bool {
        self.opening.is_some()
            || self.copying > 0
            || self.saving.is_some()
            || self.autosaving
            || self.exporting.is_some()
    }

    fn spawn(&self, name: &str, job: impl FnOnce() -> Done + Send + 'static) -> Result<(), String> {
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let done = job();
                if tx.send(done).is_err() {
                    log::warn!("a file job finished after the window closed");
                }
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            })
            .map(drop)
            .map_err(|e| format!("cannot start a thread for the file work: {e}"))
    }

    /// Starts reading `path`; its outcome comes back as [`Done::Opened`]. A later open, or
    /// [`FileWork::cancel_open`], makes this one's outcome stale (it is then dropped).
    pub fn open(&mut self, path: PathBuf, purpose: OpenPurpose) {
        self.start_open(path, purpose, None);
    }

    /// Starts reading a colleague's file to merge into the open file `ours` (when it has one):
    /// the read, and the git merge base of the two when git knows it, on a thread.
    pub fn open_for_merge(&mut self, path: PathBuf, ours: Option<PathBuf>) {
        self.start_open(path, OpenPurpose::Merge, ours);
    }

    /// The one open job: reads `path` (and, with `merge_into`, the git merge base of that file
    /// and this one) on a thread.
    fn start_open(&mut self, path: PathBuf, purpose: OpenPurpose, merge_into: Option<PathBuf>) {
        let token = self.next_token;
        self.next_token += 1;
        self.opening = Some((token, path.clone()));
        let progress = Arc::new(store::LoadProgress::default());
        self.open_progress = Arc::clone(&progress);
        let job_path = path.clone();
        let started = self.spawn("open-project", move || {
            let mut result = read_project(&job_path, &progress);
            if let (Ok(opened), Some(ours)) = (&mut result, merge_into) {
                opened.merge_base = store::git::merge_base_text(&ours, &job_path)
                    .and_then(|text| store::from_str(&text).ok())
                    .map(|loaded| loaded.project);
            }
            Done::Opened {
                token,
                purpose,
                result,
                path: job_path,
            }
        });
        if let Err(message) = started {
            self.report(Done::Opened {
                token,
                path,
                purpose,
                result: Err(vec![message]),
            });
        }
    }

    /// Forgets the open in flight: its outcome will be ignored.
    pub fn cancel_open(&mut self) {
        self.opening = None;
    }

    /// Starts saving; its outcome comes back as [`Done::Saved`].
    pub fn save(&mut self, job: SaveJob) {
        self.saving = Some(job.path.clone());
        let (path, document, revision, then) = (
            job.path.clone(),
            job.document,
            job.revision,
            job.then.clone(),
        );
        let started = self.spawn("save-project", move || {
            let SaveJob {
                project,
                path,
                document,
                revision,
                expected,
                then,
            } = job;
            // A copy of its own, made here rather than by the next edit on the window's
            // thread: what the file holds, for a later "Reload and keep my changes".
            let written = Arc::new((*project).clone());
            let outcome = write_project(project, &path, expected);
            Done::Saved {
                written: matches!(outcome, SaveOutcome::Saved(_)).then_some(written),
                outcome,
                path,
                document,
                revision,
                then,
            }
        });
        if let Err(message) = started {
            self.report(Done::Saved {
                path,
                document,
                revision,
                outcome: SaveOutcome::Failed(message),
                then,
                written: None,
            });
        }
    }

    /// Looks, on a thread, whether the file at `path` still holds what `known` says; the
    /// answer comes back as [`Done::Watched`]. One look at a time.
    pub fn watch(&mut self, path: PathBuf, known: DiskStamp, document: u64) {
        if self.watching {
            return;
        }
        self.watching = true;
        let started = self.spawn("watch-file", move || Done::Watched {
            document,
            changed: DiskStamp::changed_since(&path, &known),
        });
        if started.is_err() {
            self.watching = false;
        }
    }

    /// Starts writing the recovery file; its outcome comes back as [`Done::Autosaved`].
    pub fn autosave(
        &mut self,
        recovery: Arc<Recovery>,
        project: Arc<Project>,
        path: Option<PathBuf>,
        disk: Option<DiskStamp>,
        document: u64,
    ) {
        self.autosaving = true;
        let started = self.spawn("autosave", move || Done::Autosaved {
            document,
            error: recovery.write(&project, path.as_deref(), disk).err(),
        });
        if let Err(message) = started {
            self.report(Done::Autosaved {
                document,
                error: Some(message),
            });
        }
    }

    /// Copies a document's project as just opened, on a thread, for its
    /// [`Document::on_disk`](super::document::Document::on_disk) (the common ancestor of a
    /// later "Reload and keep my changes"); the copy comes back as [`Done::CopiedAsRead`]. The
    /// window shows the project meanwhile: a million statements take a second or more to copy.
    /// An edit made before the copy is done copies the project for itself
    /// ([`Arc::make_mut`]), leaving the snapshot as read.
    pub fn copy_as_read(&mut self, document: u64, snapshot: Arc<Project>) {
        let started = self.spawn("copy-as-read", move || Done::CopiedAsRead {
            document,
            copy: Arc::new((*snapshot).clone()),
        });
        match started {
            Ok(()) => self.copying += 1,
            Err(message) => log::warn!("{message}: a reload that keeps changes will merge two-way"),
        }
    }

    /// Starts reading a spreadsheet to import, and the mapping file beside it; the outcome
    /// comes back as [`Done::SpreadsheetRead`].
    pub fn read_spreadsheet(&mut self, path: PathBuf) {
        let job_path = path.clone();
        let started = self.spawn("read-spreadsheet", move || {
            let result = crate::import::read_file(&job_path).map(|workbook| {
                let mapping_path = mapping_path_for(&job_path);
                let mapping = mapping_path
                    .is_file()
                    .then(|| (mapping_path.clone(), read_mapping(&mapping_path)));
                Box::new(SpreadsheetRead { workbook, mapping })
            });
            Done::SpreadsheetRead {
                path: job_path,
                result,
            }
        });
        if let Err(message) = started {
            self.report(Done::SpreadsheetRead {
                path,
                result: Err(message),
            });
        }
    }

    /// Starts reading a mapping file; the outcome comes back as [`Done::MappingRead`].
    pub fn read_mapping(&mut self, path: PathBuf) {
        let job_path = path.clone();
        let started = self.spawn("read-mapping", move || Done::MappingRead {
            result: read_mapping(&job_path),
            path: job_path,
        });
        if let Err(message) = started {
            self.report(Done::MappingRead {
                path,
                result: Err(message),
            });
        }
    }

    /// Starts writing an export (`what`: "the export", "the mapping"); its outcome comes back
    /// as [`Done::Exported`]. The bytes are shared with the export window, never copied here.
    pub fn export(&mut self, path: PathBuf, bytes: std::sync::Arc<Vec<u8>>, what: String) {
        self.exporting = Some(path.clone());
        let job_path = path.clone();
        let job_what = what.clone();
        let started = self.spawn("export", move || Done::Exported {
            what: job_what,
            error: store::write_export(&job_path, &bytes)
                .err()
                .map(|e| e.to_string()),
            path: job_path,
        });
        if let Err(message) = started {
            self.report(Done::Exported {
                what,
                path,
                error: Some(message),
            });
        }
    }

    fn report(&self, done: Done) {
        if self.tx.send(done).is_err() {
            log::error!("the file work channel is closed");
        }
    }

    /// The jobs finished since the last call; their in-flight marks are cleared (an open that
    /// was cancelled or replaced is dropped here).
    pub fn finished(&mut self) -> Vec<Done> {
        let mut out = Vec::new();
        while let Ok(done) = self.rx.try_recv() {
            match &done {
                Done::Opened { token, .. } => {
                    if self.opening.as_ref().map(|(t, _)| *t) != Some(*token) {
                        continue;
                    }
                    self.opening = None;
                }
                Done::Saved { .. } => self.saving = None,
                Done::Watched { .. } => self.watching = false,
                Done::CopiedAsRead { .. } => self.copying = self.copying.saturating_sub(1),
                Done::Autosaved { .. } => self.autosaving = false,
                Done::Exported { .. } => self.exporting = None,
                Done::SpreadsheetRead { .. } | Done::MappingRead { .. } => {}
            }
            out.push(done);
        }
        out
    }
}

/// Reads and checks a project file, reading it once.
fn read_project(
    path: &std::path::Path,
    progress: &store::LoadProgress,
) -> Result<Box<Opened>, Vec<String>> {
    match store::load_stamped_with_progress(path, progress) {
        Ok((mut loaded, disk)) => {
            // Conflicts a merge left are not problems to fix by hand: the project's
            // `conflicts` list holds them and the conflicts window shows them.
            loaded.problems.retain(|p| {
                !matches!(
                    p.problem.kind,
                    crate::model::ProblemKind::UnresolvedConflict(..)
                )
            });
            let result = Ok(loaded);
            let problems = match &result {
                Ok(loaded) if loaded.problems.is_empty() => Vec::new(),
                // In the window's language; positions and the file's name as `check` writes them.
                _ => store::check_lines_with(path, &result, |p| {
                    super::problem_words::problem(crate::i18n::language(), p)
                }),
            };
            let project = result
                .map(|l| l.project)
                .map_err(|e: store::LoadError| vec![e.to_string()])?;
            progress.start(store::LoadPhase::Preparing, 0);
            Ok(Box::new(Opened {
                merge_base: None,
                project,
                sync_copies: store::sync_conflict_copies(path),
                disk,
                problems,
            }))
        }
        Err(e) => Err(store::check_lines(path, &Err(e))),
    }
}

/// Checks that the file is still what the document last saw, then writes it atomically. The
/// snapshot is let go as soon as it is serialized, so that an edit made while the file is
/// written (fsync, `.bak`, rename) needs no copy of the project.
fn write_project(
    project: Arc<Project>,
    path: &std::path::Path,
    expected: Option<DiskStamp>,
) -> SaveOutcome {
    if let Some(expected) = &expected {
        let now = DiskStamp::read(path);
        if now.is_none_or(|now| now.differs(expected)) {
            return SaveOutcome::ChangedOnDisk;
        }
    }
    let text = store::to_string(&project);
    drop(project);
    let text = match text {
        Ok(text) => text,
        Err(e) => return SaveOutcome::Failed(e.to_string()),
    };
    match store::write_stamped(path, text.as_bytes()) {
        Ok(stamp) => SaveOutcome::Saved(stamp),
        Err(e) => SaveOutcome::Failed(e.to_string()),
    }
}
