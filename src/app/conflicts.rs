//! The merge conflicts window: every conflict a merge left in the project, with our value,
//! theirs and the common ancestor's side by side, and a button to keep each. A choice is one
//! edit (undoable); the list says how many are left (the way JOSM lists a merge's conflicts).

use egui::{RichText, Ui};

use super::view_ctx::ViewCtx;
use crate::merge::{WHOLE, accept_as_is_edit, resolution_edit};
use crate::model::Conflict;

/// A value as people read it: JSON strings without their quotes, "(none)" for an absent one.
fn shown(value: Option<&str>) -> String {
    match value {
        None => "(none: deleted or never there)".to_owned(),
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
            egui::Window::new("Merge conflicts")
                .open(open)
                .show(ctx, |ui| {
                    ui.label("No conflict left: the merge is complete.");
                });
        }
        return;
    }
    egui::Window::new("Merge conflicts")
        .open(open)
        .default_size([760.0, 520.0])
        .show(ctx, |ui| {
            ui.label(format!(
                "{} left to resolve. Until then the project holds your value for each, and \
                 `check` lists them. Each choice can be undone (Ctrl+Z).",
                project.conflicts.len()
            ));
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
    let project = view.project();
    // "statement 01H…" reads better with whose statement it is.
    let record = match c.record.strip_prefix("statement ") {
        Some(id) => project.statements.iter().find(|s| s.id == id).map_or_else(
            || c.record.clone(),
            |s| {
                let who = project
                    .stakeholder(&s.stakeholder)
                    .map_or(s.stakeholder.as_str(), |x| x.name.as_str());
                format!("statement of {who} at {} ({id})", s.session)
            },
        ),
        None => c.record.clone(),
    };
    let what = if c.field == WHOLE {
        format!("{record}: the whole record")
    } else {
        format!("{record}: {}", c.field)
    };
    ui.label(RichText::new(format!("{}. {what}", index + 1)).strong());
    let mut choice: Option<Option<&str>> = None;
    egui::Grid::new(("conflict", index))
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for (side, value) in [
                (format!("Mine ({})", c.ours_label), c.ours.as_deref()),
                (format!("Theirs ({})", c.theirs_label), c.theirs.as_deref()),
                ("Before both (base)".to_owned(), c.base.as_deref()),
            ] {
                ui.label(&side);
                ui.scope(|ui| {
                    ui.set_min_width(420.0);
                    ui.set_max_width(420.0);
                    ui.add(egui::Label::new(shown(value)).wrap());
                });
                let button = ui
                    .button(format!(
                        "Keep {}",
                        side.split(' ').next().unwrap_or("this").to_lowercase()
                    ))
                    .on_hover_text(format!("Resolve conflict {} with this value", index + 1));
                button.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("Keep {side} for conflict {}", index + 1),
                    )
                });
                if button.clicked() {
                    choice = Some(value);
                }
                ui.end_row();
            }
        });
    let as_is = ui
        .button("Resolved: keep the project as it is now")
        .on_hover_text(
            "After editing the record yourself (in the log or the editors): the conflict leaves \
             the list and the record stays as you made it",
        );
    as_is.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            format!("Resolved as it is now, conflict {}", index + 1),
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
            Err(message) => view.send(super::command::Command::Status(format!(
                "Cannot resolve conflict {}: {message}",
                index + 1
            ))),
        }
    }
}
