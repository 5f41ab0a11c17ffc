//! The layout of a frame: menus, status line, quick entry, navigator and the central view,
//! then the windows and dialogs on top. Everything the user asks for is sent as a command
//! and applied at the end of the frame.

use egui::Ui;

use super::super::command::{Command, CommandSender};
use super::super::navigation::{Navigate, View};
use super::super::{editors, insight, log as log_view, quick_bar, views};
use super::state::TreatyApp;

/// Sends what a view queued in the older return-value style as commands.
fn send_all<T>(commands: &CommandSender, queued: Vec<T>, to_command: impl Fn(T) -> Command) {
    for item in queued {
        commands.send(to_command(item));
    }
}

impl TreatyApp {
    /// Lays out the frame (eframe's `ui`), then applies the commands it sent.
    pub(super) fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        egui::Panel::top("menu").show(ui, |ui| {
            views::menu_bar(ui, self.doc.as_ref(), &mut self.prefs, &self.commands);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            views::status_bar(ui, self.doc.as_ref(), &self.status, self.files.busy());
        });
        if let Some(doc) = &self.doc {
            egui::Panel::top("quick-entry").show(ui, |ui| {
                if let Some(quick_bar::Logged(statement)) = quick_bar::show(
                    ui,
                    &doc.project,
                    &mut self.quick,
                    &self.prefs.user_name,
                    chrono::Utc::now(),
                ) {
                    self.commands.send(Command::Log(Box::new(statement)));
                }
            });
            egui::Panel::left("navigator")
                .resizable(true)
                .default_size(220.0)
                .show(ui, |ui| {
                    views::navigator(ui, &doc.project, &mut self.view);
                });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| self.central_ui(ui));
        if let (Some(export), Some(doc)) = (&mut self.export, &self.doc)
            && let Some(super::super::export::ExportRequest::ChoosePath { suggested }) =
                export.show(&ctx, &doc.project, doc.revision())
        {
            self.commands.send(Command::ExportTo { suggested });
        }
        self.dialog_ui(&ctx);
        views::shortcuts_window(&ctx, &mut self.show_shortcuts);
        views::about_window(&ctx, &mut self.show_about);
        self.run_commands(&ctx);
    }

    fn central_ui(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else {
            if let Some((_, path)) = &self.files.opening {
                ui.vertical_centered(|ui| {
                    ui.add_space(40.0);
                    ui.spinner();
                    ui.label(format!("Opening {}…", path.display()));
                });
            } else {
                views::start_screen(ui, &self.prefs, &self.commands);
            }
            return;
        };
        let mut edits = Vec::new();
        let mut navigate: Vec<Navigate> = Vec::new();
        let mut confirm = None;
        match self.view {
            View::Matrix
            | View::Trends
            | View::Gaps
            | View::Shifts
            | View::Coalition
            | View::Profile => {
                insight::show(ui, self.view, doc, &mut self.insight, &mut navigate);
            }
            View::Log => {
                let mut requests = Vec::new();
                log_view::show(
                    ui,
                    doc,
                    &mut self.log,
                    chrono::Utc::now(),
                    &self.prefs.user_name,
                    &mut edits,
                    &mut requests,
                );
                send_all(&self.commands, requests, |request| match request {
                    log_view::LogRequest::OpenUrl(url) => Command::OpenUrl(url),
                    log_view::LogRequest::Status(text) => Command::Status(text),
                });
            }
            View::Principles => editors::principles(
                ui,
                &doc.project,
                &mut self.editors,
                &mut edits,
                &mut confirm,
                &mut navigate,
            ),
            View::Sessions => editors::sessions(
                ui,
                &doc.project,
                &mut self.editors,
                &mut edits,
                &mut confirm,
                &mut navigate,
            ),
            View::Stakeholders => editors::stakeholders(
                ui,
                &doc.project,
                &mut self.editors,
                &mut edits,
                &mut confirm,
                &mut navigate,
            ),
            View::Overview => views::overview_ui(ui, doc, &mut self.overview, &self.commands),
        }
        send_all(&self.commands, edits, Command::Edit);
        send_all(&self.commands, navigate, Command::Navigate);
        if let Some(confirm) = confirm {
            self.commands.send(Command::Confirm(Box::new(confirm)));
        }
        send_all(
            &self.commands,
            std::mem::take(&mut self.editors.renamed),
            |(collection, old, new)| Command::Renamed {
                collection,
                old,
                new,
            },
        );
    }
}
