//! File > Export…: the alignment report (HTML, Markdown, CSV, JSON, or its tables as XLSX),
//! the statements table (CSV, XLSX) or the whole project (JSON), with the CSV's separator,
//! decimal mark and byte-order mark defaulting from the user's locale. The bytes and a preview
//! are made on a named thread, so that a long report never freezes the window (the app's file
//! work writes them). They come from [`crate::report::render_bytes`] and
//! [`crate::tables::export`], the same functions as the command line, so both give the same
//! bytes.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use chrono::{DateTime, Utc};
use egui::Ui;

use super::command::Command;
use super::method_ui::MethodOverrides;
use super::view_ctx::ViewCtx;
use crate::model::Project;
use crate::report::{ReportFormat, ReportOptions, render_bytes};
use crate::tables::{Cell, CsvOptions, Table, TableExport};
use crate::tr;

/// What the window exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportChoice {
    /// The alignment report of a session, in a format.
    Report(ReportFormat),
    /// A table or the project.
    Table(TableExport),
}

impl ExportChoice {
    /// Every choice, as the window lists them: the report's formats, then the tables.
    pub const ALL: [ExportChoice; 8] = [
        ExportChoice::Report(ReportFormat::Html),
        ExportChoice::Report(ReportFormat::Markdown),
        ExportChoice::Report(ReportFormat::Csv),
        ExportChoice::Report(ReportFormat::Json),
        ExportChoice::Report(ReportFormat::Xlsx),
        ExportChoice::Table(TableExport::StatementsCsv),
        ExportChoice::Table(TableExport::StatementsXlsx),
        ExportChoice::Table(TableExport::ProjectJson),
    ];

    /// The choice as the window names it, in the window's language (a format's own name
    /// stays as it is).
    pub fn label(self) -> String {
        match self {
            ExportChoice::Report(ReportFormat::Html) => "HTML".to_owned(),
            ExportChoice::Report(ReportFormat::Markdown) => "Markdown".to_owned(),
            ExportChoice::Report(ReportFormat::Csv) => "CSV".to_owned(),
            ExportChoice::Report(ReportFormat::Json) => "JSON".to_owned(),
            ExportChoice::Report(ReportFormat::Xlsx) => tr!("export-report-xlsx"),
            ExportChoice::Table(TableExport::StatementsCsv) => tr!("export-statements-csv"),
            ExportChoice::Table(TableExport::StatementsXlsx) => tr!("export-statements-xlsx"),
            ExportChoice::Table(TableExport::ProjectJson) => tr!("export-project-json"),
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportChoice::Report(f) => f.extension(),
            ExportChoice::Table(t) => t.extension(),
        }
    }

    fn is_csv(self) -> bool {
        matches!(
            self,
            ExportChoice::Report(ReportFormat::Csv)
                | ExportChoice::Table(TableExport::StatementsCsv)
        )
    }

    fn is_binary(self) -> bool {
        matches!(
            self,
            ExportChoice::Report(ReportFormat::Xlsx)
                | ExportChoice::Table(TableExport::StatementsXlsx)
        )
    }

    /// The bytes to write: the one path behind the window, the same functions as the command
    /// line's `report` and `export`.
    fn render(self, project: &Project, options: ReportOptions) -> Result<Vec<u8>, String> {
        match self {
            ExportChoice::Report(format) => render_bytes(project, format, options),
            ExportChoice::Table(what) => {
                crate::tables::export(project, what, options.include_confidential, options.csv)
            }
        }
    }
}

/// What the preview shows: the report's tables as widgets (HTML, Markdown, XLSX: what a
/// reader sees), or the first lines of a data format's text (CSV, JSON).
enum Preview {
    /// The report's facts, summary and tables ([`crate::report::tables`]).
    Tables(Vec<Table>),
    /// The first lines of a data format's text.
    Text(String),
    /// What a workbook holds, described in the window's language when shown: its size in KB,
    /// and whether it is the report's (a sheet per table) or the statements' (one sheet).
    Workbook {
        /// Its size, in KB.
        kb: usize,
        /// The report's tables, rather than the statements.
        report: bool,
    },
}

/// What a finished job made: the bytes to write and the preview.
type Rendered = Result<(Arc<Vec<u8>>, Preview), String>;

/// A preview being rendered: for which choice, options and document revision.
type RenderJob = (ExportChoice, ReportOptions, u64, Receiver<Rendered>);

/// The preview of `bytes`: for the report as HTML, Markdown or XLSX, its tables (what a reader
/// sees, not the markup); the first 400 lines of a data format; for the statements workbook,
/// what it holds.
fn preview_of(
    choice: ExportChoice,
    bytes: &[u8],
    project: &Project,
    options: &ReportOptions,
) -> Preview {
    if let ExportChoice::Report(ReportFormat::Html | ReportFormat::Markdown | ReportFormat::Xlsx) =
        choice
    {
        // Built again from the same project and options: the same figures as the bytes.
        if let Ok(report) = crate::report::Report::build(project, options.clone()) {
            // The workbook's words are English, whatever the report's language.
            let lang = if choice == ExportChoice::Report(ReportFormat::Xlsx) {
                crate::i18n::Lang::En
            } else {
                report.options.lang
            };
            return Preview::Tables(crate::report::tables_in(&report, lang));
        }
    }
    if choice.is_binary() {
        return Preview::Workbook {
            kb: bytes.len().div_ceil(1024),
            report: matches!(choice, ExportChoice::Report(_)),
        };
    }
    let text = String::from_utf8_lossy(bytes);
    Preview::Text(text.lines().take(400).collect::<Vec<_>>().join("\n"))
}

/// What a workbook holds, in the window's language (its sheets' names are the file's own).
fn workbook_text(kb: usize, report: bool) -> String {
    let kb = crate::i18n::integer(crate::i18n::language(), kb);
    if report {
        tr!("export-workbook-report", kb = kb)
    } else {
        tr!("export-workbook-statements", kb = kb)
    }
}

/// The export window's state.
pub struct ExportDialog {
    /// Open?
    pub open: bool,
    choice: ExportChoice,
    options: ReportOptions,
    /// The window's switches over the project's method.
    overrides: MethodOverrides,
    /// The bytes and preview for the current options, once ready.
    preview: Option<Rendered>,
    rendering: Option<RenderJob>,
    rendered_for: Option<(ExportChoice, ReportOptions, u64)>,
    /// Put the keyboard on the chosen format at the next frame (the window has just opened).
    focus_choice: bool,
}

impl ExportDialog {
    /// A dialog on the default session of `project` (the latest with statements), the report dated `generated_at`, CSV
    /// written with `csv` (the user's last choice, or their locale's).
    pub fn new(project: &Project, generated_at: DateTime<Utc>, csv: CsvOptions) -> Self {
        let session = project.default_session().unwrap_or(0);
        ExportDialog {
            open: true,
            focus_choice: true,
            choice: ExportChoice::Report(ReportFormat::Html),
            options: ReportOptions {
                session,
                from: None,
                analysis: project.method.into(),
                include_confidential: false,
                // The report speaks the window's language unless another is chosen.
                lang: crate::i18n::language(),
                generated_at,
                csv,
            },
            overrides: MethodOverrides::default(),
            preview: None,
            rendering: None,
            rendered_for: None,
        }
    }

    /// The bytes to write, when those for the current options and document revision are
    /// ready.
    pub fn ready_bytes(&self, revision: u64) -> Option<Arc<Vec<u8>>> {
        let current = self
            .rendered_for
            .as_ref()
            .is_some_and(|(f, o, r)| *f == self.choice && *o == self.options && *r == revision);
        match &self.preview {
            Some(Ok((bytes, _))) if current => Some(Arc::clone(bytes)),
            _ => None,
        }
    }

    /// What is exported, for the status line: "the report", "the statements table", "the
    /// project".
    pub fn what(&self) -> String {
        match self.choice {
            ExportChoice::Report(_) => crate::tr!("export-what-report"),
            ExportChoice::Table(TableExport::ProjectJson) => crate::tr!("export-what-project"),
            ExportChoice::Table(_) => crate::tr!("export-what-statements"),
        }
    }

    /// The CSV options chosen, to remember for the next export.
    pub fn csv_options(&self) -> CsvOptions {
        self.options.csv
    }

    /// Starts rendering on a thread when the options or the document changed; collects the
    /// result when it is done.
    pub fn poll(&mut self, ctx: &egui::Context, project: &Arc<Project>, revision: u64) {
        if let Some((choice, options, rev, rx)) = &self.rendering {
            match rx.try_recv() {
                Ok(result) => {
                    self.rendered_for = Some((*choice, options.clone(), *rev));
                    self.preview = Some(result);
                    self.rendering = None;
                }
                Err(TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(50));
                    return;
                }
                Err(TryRecvError::Disconnected) => {
                    self.preview = Some(Err(tr!("export-failed")));
                    self.rendering = None;
                }
            }
        }
        // The project's method may have changed since the window opened.
        self.options.analysis = self.overrides.options(project.method);
        let wanted = (self.choice, self.options.clone(), revision);
        if self.rendered_for.as_ref() == Some(&wanted) || self.rendering.is_some() {
            return;
        }
        let (tx, rx) = channel();
        // A shared snapshot: the thread renders it while edits go on, with no copy made here.
        let project = Arc::clone(project);
        let (choice, options) = (self.choice, self.options.clone());
        let ctx2 = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("report-render".to_owned())
            .spawn(move || {
                let rendered = choice.render(&project, options.clone()).map(|bytes| {
                    let preview = preview_of(choice, &bytes, &project, &options);
                    (Arc::new(bytes), preview)
                });
                if tx.send(rendered).is_err() {
                    log::debug!("the export window closed before its preview was ready");
                }
                ctx2.request_repaint();
            });
        match spawned {
            Ok(_) => self.rendering = Some((wanted.0, wanted.1, wanted.2, rx)),
            Err(e) => {
                self.preview = Some(Err(tr!("export-thread-failed", error = e.to_string())));
            }
        }
    }

    /// The window: options, preview, and the Export button, which sends
    /// [`Command::ExportTo`] (the app asks where, then writes the previewed text there).
    pub fn show(&mut self, ctx: &egui::Context, view: &ViewCtx<'_>) {
        let mut open = self.open;
        // Escape closes the window (unless a drop-down of it is open: Escape closes that first).
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) && !egui::Popup::is_any_open(ctx) {
            open = false;
        }
        egui::Window::new(tr!("export-title"))
            .open(&mut open)
            .default_size([720.0, 560.0])
            .show(ctx, |ui| self.options_ui(ui, view));
        self.open = open && self.open;
    }

    fn options_ui(&mut self, ui: &mut Ui, view: &ViewCtx<'_>) {
        let (project, revision) = (view.project(), view.doc.revision());
        egui::Grid::new("export-what")
            .num_columns(2)
            .show(ui, |ui| {
                for (heading, range) in [(tr!("export-report"), 0..5), (tr!("export-tables"), 5..8)]
                {
                    ui.label(heading);
                    ui.horizontal_wrapped(|ui| {
                        for choice in &ExportChoice::ALL[range] {
                            let radio = ui.radio_value(&mut self.choice, *choice, choice.label());
                            // Opened, the window has the keyboard, on the chosen format.
                            if self.focus_choice && self.choice == *choice {
                                radio.request_focus();
                                self.focus_choice = false;
                            }
                        }
                    });
                    ui.end_row();
                }
            });
        if self.choice.is_csv() {
            self.csv_ui(ui);
        }
        if matches!(self.choice, ExportChoice::Table(_)) {
            self.table_ui(ui, revision, view);
            return;
        }
        let order = project.session_order();
        let name = |k: usize| {
            project
                .sessions
                .get(k)
                .map_or_else(String::new, |s| format!("{} ({})", s.name, s.id))
        };
        ui.horizontal(|ui| {
            let session = tr!("column-session");
            let label = ui.label(&session);
            let combo = egui::ComboBox::from_id_salt("export-session")
                .selected_text(name(self.options.session))
                .show_ui(ui, |ui| {
                    for &k in order.iter().rev() {
                        ui.selectable_value(&mut self.options.session, k, name(k));
                    }
                })
                .response
                .labelled_by(label.id);
            super::a11y::name_with_value(&combo, &session, &name(self.options.session));
            let previous = tr!("export-previous-session");
            let label = ui.label(tr!("export-compared-with"));
            let combo = egui::ComboBox::from_id_salt("export-from")
                .selected_text(self.options.from.map_or_else(|| previous.clone(), name))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.options.from, None, previous.as_str());
                    for &k in order.iter().rev() {
                        ui.selectable_value(&mut self.options.from, Some(k), name(k));
                    }
                })
                .response
                .labelled_by(label.id);
            let from = self.options.from.map_or_else(|| previous.clone(), name);
            super::a11y::name_with_value(&combo, &tr!("export-compared-with-name"), &from);
        });
        ui.horizontal_wrapped(|ui| self.overrides.ui(ui, project.method));
        // The HTML and Markdown reports in either language, whatever the window's; the CSV,
        // JSON and XLSX are the same in both.
        if matches!(
            self.choice,
            ExportChoice::Report(ReportFormat::Html | ReportFormat::Markdown)
        ) {
            ui.horizontal(|ui| {
                ui.label(crate::tr!("export-language"));
                for lang in crate::i18n::Lang::ALL {
                    ui.radio_value(&mut self.options.lang, lang, lang.native_name());
                }
            });
        }
        self.options.analysis = self.overrides.options(project.method);
        ui.checkbox(
            &mut self.options.include_confidential,
            tr!("export-count-confidential"),
        )
        .on_hover_text(tr!("export-count-confidential-tip"));
        let stem = project
            .sessions
            .get(self.options.session)
            .map_or_else(|| "report".to_owned(), |s| format!("alignment-{}", s.id));
        self.export_button(ui, revision, view, &stem);
        self.preview_ui(ui);
    }

    /// The CSV's separator, decimal mark and byte-order mark.
    fn csv_ui(&mut self, ui: &mut Ui) {
        let csv = &mut self.options.csv;
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("export-separator"));
            for (byte, label) in [
                (b',', tr!("export-comma")),
                (b';', tr!("export-semicolon")),
                (b'\t', tr!("export-tab")),
            ] {
                ui.radio_value(&mut csv.separator, byte, label);
            }
            ui.separator();
            ui.label(tr!("export-decimals"));
            ui.radio_value(&mut csv.decimal_comma, false, "0.25");
            ui.radio_value(&mut csv.decimal_comma, true, "0,25");
            ui.separator();
            ui.checkbox(&mut csv.bom, tr!("export-bom"))
                .on_hover_text(tr!("export-bom-tip"));
        });
        if csv.decimal_comma && csv.separator == b',' {
            // The one combination no spreadsheet reads: move the separator rather than refuse.
            csv.separator = b';';
        }
    }

    /// The statements table or the project: only the confidential switch matters.
    fn table_ui(&mut self, ui: &mut Ui, revision: u64, view: &ViewCtx<'_>) {
        ui.checkbox(
            &mut self.options.include_confidential,
            tr!("export-include-confidential"),
        )
        .on_hover_text(tr!("export-include-confidential-tip"));
        let stem = if self.choice == ExportChoice::Table(TableExport::ProjectJson) {
            "project"
        } else {
            "statements"
        };
        self.export_button(ui, revision, view, stem);
        self.preview_ui(ui);
    }

    fn export_button(&self, ui: &mut Ui, revision: u64, view: &ViewCtx<'_>, stem: &str) {
        ui.horizontal(|ui| {
            let ready = self.ready_bytes(revision).is_some();
            if ui
                .add_enabled(ready, egui::Button::new(tr!("export-button")))
                .clicked()
            {
                view.send(Command::ExportTo {
                    suggested: format!("{stem}.{}", self.choice.extension()),
                });
            }
            if !ready {
                ui.spinner();
                ui.label(tr!("export-preparing"));
            }
        });
    }

    fn preview_ui(&self, ui: &mut Ui) {
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(tr!("export-preview"));
            if self.choice == ExportChoice::Report(ReportFormat::Html)
                && let Some(Ok((bytes, _))) = &self.preview
                && ui
                    .button(tr!("export-open-in-browser"))
                    .on_hover_text(tr!("export-open-in-browser-tip"))
                    .clicked()
            {
                open_in_browser(ui.ctx(), Arc::clone(bytes));
            }
        });
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show(ui, |ui| match &self.preview {
                Some(Ok((_, Preview::Tables(tables)))) => tables_preview(ui, tables),
                Some(Ok((_, Preview::Text(head)))) => {
                    // The first lines only: enough to check the options, cheap on any size.
                    ui.add(
                        egui::Label::new(egui::RichText::new(head).monospace())
                            .wrap_mode(egui::TextWrapMode::Extend),
                    );
                }
                Some(Ok((_, Preview::Workbook { kb, report }))) => {
                    ui.label(workbook_text(*kb, *report));
                }
                Some(Err(message)) => {
                    ui.colored_label(ui.visuals().error_fg_color, message);
                }
                None => {
                    ui.label("…");
                }
            });
    }
}

/// A cell as the preview shows it: shares as percentages, numbers to two decimals.
fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::Number(v) => crate::format::number(Some(*v)),
        Cell::Share(v) => crate::format::percent(Some(*v)),
        Cell::Date(d) => d.to_string(),
        Cell::Time(t) => t.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// The report's tables as a reader sees them: the facts and summary, then each table under its
/// name (the positions table, one row per stakeholder and principle, is left to the file).
fn tables_preview(ui: &mut Ui, tables: &[Table]) {
    for table in tables.iter().filter(|t| t.name != "Positions") {
        ui.heading(table.name);
        egui::Grid::new(("export-preview", table.name))
            .striped(true)
            .show(ui, |ui| {
                if table.name != "About" {
                    for c in &table.columns {
                        ui.label(egui::RichText::new(c.replace('_', " ")).strong());
                    }
                    ui.end_row();
                }
                // Enough rows to check the report; the file has them all.
                for row in table.rows.iter().take(60) {
                    for cell in row {
                        ui.label(cell_text(cell));
                    }
                    ui.end_row();
                }
            });
        if table.rows.len() > 60 {
            ui.label(
                egui::RichText::new(crate::counted!("export-more-rows", table.rows.len() - 60))
                    .weak(),
            );
        }
        ui.add_space(8.0);
    }
}

/// Writes the HTML report to a temporary file readable by the user only, on a thread, then
/// asks the system to open it in the web browser.
fn open_in_browser(ctx: &egui::Context, bytes: Arc<Vec<u8>>) {
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("report-preview".to_owned())
        .spawn(move || {
            // A new name each time: the file is created, never reused or followed.
            let stamp = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let path = std::env::temp_dir().join(format!(
                "treaty-tracker-report-{}-{stamp}.html",
                std::process::id()
            ));
            match crate::store::write_private(&path, &bytes) {
                Ok(()) => {
                    ctx.open_url(egui::OpenUrl::new_tab(format!("file://{}", path.display())));
                    ctx.request_repaint();
                }
                Err(e) => log::error!("cannot write the preview to {}: {e}", path.display()),
            }
        });
    if let Err(e) = spawned {
        log::error!("cannot start the preview thread: {e}");
    }
}
