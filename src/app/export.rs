//! File > Export report…: the options and a preview rendered on a named thread, so that a
//! long report never freezes the window (the app's file work writes it). The text comes from [`crate::report::render`],
//! the same function as the command line, so both give the same bytes.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use chrono::{DateTime, Utc};
use egui::Ui;

use super::command::Command;
use super::method_ui::MethodOverrides;
use super::view_ctx::ViewCtx;
use crate::model::Project;
use crate::report::{ReportFormat, ReportOptions, render};

/// A preview being rendered: for which format, options and document revision.
type RenderJob = (
    ReportFormat,
    ReportOptions,
    u64,
    Receiver<Result<String, String>>,
);

/// The export window's state.
pub struct ExportDialog {
    /// Open?
    pub open: bool,
    format: ReportFormat,
    options: ReportOptions,
    /// The window's switches over the project's method.
    overrides: MethodOverrides,
    /// The rendered text for the current options, once ready.
    preview: Option<Result<String, String>>,
    rendering: Option<RenderJob>,
    rendered_for: Option<(ReportFormat, ReportOptions, u64)>,
}

impl ExportDialog {
    /// A dialog on the latest session of `project`, the report dated `generated_at`.
    pub fn new(project: &Project, generated_at: DateTime<Utc>) -> Self {
        let session = project.session_order().last().copied().unwrap_or(0);
        ExportDialog {
            open: true,
            format: ReportFormat::Html,
            options: ReportOptions {
                session,
                from: None,
                analysis: project.method.into(),
                include_confidential: false,
                generated_at,
            },
            overrides: MethodOverrides::default(),
            preview: None,
            rendering: None,
            rendered_for: None,
        }
    }

    /// The text to write, when the preview for the current options and document revision is
    /// ready.
    pub fn ready_text(&self, revision: u64) -> Option<&str> {
        let current = self
            .rendered_for
            .as_ref()
            .is_some_and(|(f, o, r)| *f == self.format && *o == self.options && *r == revision);
        match &self.preview {
            Some(Ok(text)) if current => Some(text),
            _ => None,
        }
    }

    /// Starts rendering on a thread when the options or the document changed; collects the
    /// result when it is done.
    pub fn poll(&mut self, ctx: &egui::Context, project: &Arc<Project>, revision: u64) {
        if let Some((format, options, rev, rx)) = &self.rendering {
            match rx.try_recv() {
                Ok(result) => {
                    self.rendered_for = Some((*format, options.clone(), *rev));
                    self.preview = Some(result);
                    self.rendering = None;
                }
                Err(TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(50));
                    return;
                }
                Err(TryRecvError::Disconnected) => {
                    self.preview = Some(Err("the report could not be made".to_owned()));
                    self.rendering = None;
                }
            }
        }
        // The project's method may have changed since the window opened.
        self.options.analysis = self.overrides.options(project.method);
        let wanted = (self.format, self.options.clone(), revision);
        if self.rendered_for.as_ref() == Some(&wanted) || self.rendering.is_some() {
            return;
        }
        let (tx, rx) = channel();
        // A shared snapshot: the thread renders it while edits go on, with no copy made here.
        let project = Arc::clone(project);
        let (format, options) = (self.format, self.options.clone());
        let ctx2 = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("report-render".to_owned())
            .spawn(move || {
                if tx.send(render(&project, format, options)).is_err() {
                    log::debug!("the export window closed before its preview was ready");
                }
                ctx2.request_repaint();
            });
        match spawned {
            Ok(_) => self.rendering = Some((wanted.0, wanted.1, wanted.2, rx)),
            Err(e) => self.preview = Some(Err(format!("cannot start the report thread: {e}"))),
        }
    }

    /// The window: options, preview, and the Export button, which sends
    /// [`Command::ExportTo`] (the app asks where, then writes the previewed text there).
    pub fn show(&mut self, ctx: &egui::Context, view: &ViewCtx<'_>) {
        let mut open = self.open;
        egui::Window::new("Export report")
            .open(&mut open)
            .default_size([720.0, 560.0])
            .show(ctx, |ui| self.options_ui(ui, view));
        self.open = open && self.open;
    }

    fn options_ui(&mut self, ui: &mut Ui, view: &ViewCtx<'_>) {
        let (project, revision) = (view.project(), view.doc.revision());
        ui.horizontal(|ui| {
            ui.label("Format");
            for (format, label) in [
                (ReportFormat::Html, "HTML"),
                (ReportFormat::Markdown, "Markdown"),
                (ReportFormat::Csv, "CSV"),
                (ReportFormat::Json, "JSON"),
            ] {
                ui.radio_value(&mut self.format, format, label);
            }
        });
        let order = project.session_order();
        let name = |k: usize| {
            project
                .sessions
                .get(k)
                .map_or_else(String::new, |s| format!("{} ({})", s.name, s.id))
        };
        ui.horizontal(|ui| {
            let label = ui.label("Session");
            egui::ComboBox::from_id_salt("export-session")
                .selected_text(name(self.options.session))
                .show_ui(ui, |ui| {
                    for &k in order.iter().rev() {
                        ui.selectable_value(&mut self.options.session, k, name(k));
                    }
                })
                .response
                .labelled_by(label.id);
            let label = ui.label("compared with");
            egui::ComboBox::from_id_salt("export-from")
                .selected_text(
                    self.options
                        .from
                        .map_or_else(|| "the previous session".to_owned(), name),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.options.from, None, "the previous session");
                    for &k in order.iter().rev() {
                        ui.selectable_value(&mut self.options.from, Some(k), name(k));
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.horizontal_wrapped(|ui| self.overrides.ui(ui, project.method));
        self.options.analysis = self.overrides.options(project.method);
        ui.checkbox(
            &mut self.options.include_confidential,
            "Count confidential statements in the figures",
        )
        .on_hover_text(
            "Off by default: an export leaves them out of every figure. Their text, tags, \
             articles, source and id never appear in any export either way",
        );
        ui.horizontal(|ui| {
            let ready = self.ready_text(revision).is_some();
            if ui
                .add_enabled(ready, egui::Button::new("Export…"))
                .clicked()
            {
                let stem = project
                    .sessions
                    .get(self.options.session)
                    .map_or_else(|| "report".to_owned(), |s| format!("alignment-{}", s.id));
                view.send(Command::ExportTo {
                    suggested: format!("{stem}.{}", self.format.extension()),
                });
            }
            if !ready {
                ui.spinner();
                ui.label("Preparing the report…");
            }
        });
        ui.separator();
        ui.label("Preview");
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show(ui, |ui| match &self.preview {
                Some(Ok(text)) => {
                    // The first lines only: enough to check the options, cheap on any size.
                    let head: String = text.lines().take(400).collect::<Vec<_>>().join("\n");
                    ui.add(
                        egui::Label::new(egui::RichText::new(head).monospace())
                            .wrap_mode(egui::TextWrapMode::Extend),
                    );
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
