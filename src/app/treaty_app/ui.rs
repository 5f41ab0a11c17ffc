//! The layout of a frame: menus, status line, quick entry, navigator and the central view,
//! then the windows and dialogs on top. Views get a [`ViewCtx`] of borrows; everything the user
//! asks for is sent as a command and applied at the end of the frame.

use egui::Ui;

use super::super::document::Document;
use super::super::navigation::View;
use super::super::view_ctx::ViewCtx;
use super::super::{editors, insight, log as log_view, quick_bar, views};
use super::state::TreatyApp;

impl TreatyApp {
    /// Lays out the frame (eframe's `ui`), then applies the commands it sent.
    pub(super) fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let now = chrono::Utc::now();
        // The window's title (with its unsaved `*`) as the accessible name of its root: what a
        // screen reader announces for the window. egui leaves the root unnamed.
        let title = self
            .doc
            .as_ref()
            .map_or_else(|| "Treaty Tracker".to_owned(), Document::window_title);
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
        egui::Panel::top("menu").show(ui, |ui| {
            views::menu_bar(ui, self.doc.as_ref(), &mut self.prefs, &self.commands);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            views::status_bar(ui, self.doc.as_ref(), &self.status, self.files.busy());
        });
        if let Some(doc) = &self.doc {
            // The analysis, from its cache, only when an analysis view is shown.
            let analysis = self.view.is_analysis().then(|| {
                self.analysis.get(
                    &doc.project,
                    doc.revision(),
                    self.insight.options(doc.project.method),
                )
            });
            let view_ctx = ViewCtx {
                doc,
                analysis,
                prefs: &self.prefs,
                commands: &self.commands,
                now,
            };
            egui::Panel::top("quick-entry").show(ui, |ui| {
                quick_bar::show(ui, &view_ctx, &mut self.quick);
            });
            egui::Panel::left("navigator")
                .resizable(true)
                .default_size(220.0)
                .show(ui, |ui| views::navigator(ui, &view_ctx, self.view));
            egui::CentralPanel::default_margins().show(ui, |ui| match self.view {
                View::Matrix
                | View::Trends
                | View::Gaps
                | View::Shifts
                | View::Coalition
                | View::Profile => insight::show(ui, &view_ctx, self.view, &mut self.insight),
                View::Log => log_view::show(ui, &view_ctx, &mut self.log),
                View::Principles | View::Sessions | View::Stakeholders => {
                    editors_ui(ui, &view_ctx, self.view, &mut self.editors);
                }
                View::Overview => views::overview_ui(ui, &view_ctx, &mut self.overview),
            });
            if let Some(export) = &mut self.export {
                export.show(&ctx, &view_ctx);
            }
            super::super::conflicts::window(&ctx, &mut self.show_conflicts, &view_ctx);
            if let Some(import) = &mut self.import {
                import.show(&ctx, &view_ctx);
                if !import.open {
                    self.import = None;
                }
            }
        } else {
            egui::CentralPanel::default_margins().show(ui, |ui| {
                if let Some((_, path)) = &self.files.opening {
                    ui.vertical_centered(|ui| {
                        ui.add_space(40.0);
                        views::opening(ui, path, &self.files.open_progress);
                    });
                } else {
                    views::start_screen(ui, &self.prefs, &self.commands);
                }
            });
        }
        self.dialog_ui(&ctx);
        views::shortcuts_window(&ctx, &mut self.show_shortcuts);
        views::about_window(&ctx, &mut self.show_about);
        self.run_commands(&ctx);
    }
}

/// The three editors.
fn editors_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, view: View, state: &mut editors::EditorsState) {
    match view {
        View::Principles => editors::principles(ui, ctx, state),
        View::Sessions => editors::sessions(ui, ctx, state),
        _ => editors::stakeholders(ui, ctx, state),
    }
}
