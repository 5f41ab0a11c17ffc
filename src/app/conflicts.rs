//! The merge conflicts window: every conflict a merge left in the project, with our value,
//! theirs and the common ancestor's side by side, and a button to keep each. A choice is one
//! edit (undoable); the list says how many are left (the way JOSM lists a merge's conflicts).

use egui::{RichText, Ui};

use super::view_ctx::ViewCtx;
use crate::merge::{WHOLE, accept_as_is_edit, resolution_edit};
use crate::model::Conflict;
use crate::tr;

/// A value as people read it: JSON strings without their quotes, "(none)" for an absent one.
fn shown(value: Option<&str>) -> String {
    match value {
        None => tr!("conflicts-none"),
        Some(text) => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(other) => serde_json::to_string_pretty(&other).unwrap_or_else(|_| text.to_owned()),
            Err(_) => text.to_owned(),
        },
    }
}

/// The window, open while `open` is set; closes itself when nothing is left.
pub fn window(ctx: &egui::Context, open: &mut bool, view: &ViewCtx<'_>) {
    let project = view.project();
    if project.conflicts.is_empty() {
        if *open {
            egui::Window::new(tr!("conflicts-title"))
                .open(open)
                .show(ctx, |ui| {
                    ui.label(tr!("conflicts-none-left"));
                });
        }
        return;
    }
    egui::Window::new(tr!("conflicts-title"))
        .open(open)
        .default_size([760.0, 520.0])
        .show(ctx, |ui| {
            ui.label(tr!("conflicts-left", n = project.conflicts.len()));
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (index, conflict) in project.conflicts.iter().enumerate() {
                    conflict_ui(ui, view, index, conflict);
                    ui.separator();
                }
            });
        });
}

fn conflict_ui(ui: &mut Ui, view: &ViewCtx<'_>, index: usize, c: &Conflict) {
    // The conflict's number as the list shows it.
    let number: usize = index + 1;
    let project = view.project();
    // "statement 01H…" reads better with whose statement it is.
    let record = match c.record.strip_prefix("statement ") {
        Some(id) => project.statements.iter().find(|s| s.id == id).map_or_else(
            || super::problem_words::conflict_record(crate::i18n::language(), &c.record),
            |s| {
                let who = project
                    .stakeholder(&s.stakeholder)
                    .map_or(s.stakeholder.as_str(), |x| x.name.as_str());
                tr!(
                    "conflicts-statement-of",
                    who = who,
                    session = s.session.as_str(),
                    id = id
                )
            },
        ),
        None => super::problem_words::conflict_record(crate::i18n::language(), &c.record),
    };
    let what = if c.field == WHOLE {
        tr!("conflicts-whole-record", record = record)
    } else {
        tr!("conflicts-field", record = record, field = c.field.as_str())
    };
    ui.label(RichText::new(format!("{number}. {what}")).strong());
    let mut choice: Option<Option<&str>> = None;
    egui::Grid::new(("conflict", index))
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for (side, keep, value) in [
                (
                    tr!("conflicts-mine", label = c.ours_label.as_str()),
                    tr!("conflicts-keep-mine"),
                    c.ours.as_deref(),
                ),
                (
                    tr!("conflicts-theirs", label = c.theirs_label.as_str()),
                    tr!("conflicts-keep-theirs"),
                    c.theirs.as_deref(),
                ),
                (
                    tr!("conflicts-base"),
                    tr!("conflicts-keep-base"),
                    c.base.as_deref(),
                ),
            ] {
                ui.label(&side);
                ui.scope(|ui| {
                    ui.set_min_width(420.0);
                    ui.set_max_width(420.0);
                    ui.add(egui::Label::new(shown(value)).wrap());
                });
                let button = ui
                    .button(keep)
                    .on_hover_text(tr!("conflicts-keep-tip", n = number));
                button.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        tr!("conflicts-keep-name", side = side.as_str(), n = number),
                    )
                });
                if button.clicked() {
                    choice = Some(value);
                }
                ui.end_row();
            }
        });
    let as_is = ui
        .button(tr!("conflicts-as-is"))
        .on_hover_text(tr!("conflicts-as-is-tip"));
    as_is.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            tr!("conflicts-as-is-name", n = number),
        )
    });
    if as_is.clicked() {
        match accept_as_is_edit(view.project(), index) {
            Ok(edit) => view.edit(edit),
            Err(message) => view.send(super::command::Command::Status(message)),
        }
    }
    if let Some(value) = choice {
        match resolution_edit(view.project(), index, value) {
            Ok(edit) => view.edit(edit),
            Err(message) => view.send(super::command::Command::Status(tr!(
                "conflicts-cannot-resolve",
                n = number,
                problem = message
            ))),
        }
    }
}
