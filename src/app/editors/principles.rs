//! The principles editor: the list, and the form of the selected principle (id, title,
//! group, description, weight), with moves, deletion and a jump to its statements.

use egui::Ui;

use super::super::command::{Command, Confirm};
use super::super::navigation::Navigate;
use super::super::view_ctx::ViewCtx;
use super::state::{
    EditorsState, IdOf, fresh_id, id_row, list_panel, list_row, position_of, text_row,
};
use crate::model::{Collection, Edit, Item, Principle, delete_principle, rename_principle};
use crate::{counted, tr};

/// The principles editor.
pub fn principles(ui: &mut Ui, ctx: &ViewCtx<'_>, state: &mut EditorsState) {
    let project = ctx.project();
    let ids: Vec<&str> = project.principles.iter().map(|p| p.id.as_str()).collect();
    list_panel(ui, "principle-list", |ui| {
        if ui.button(tr!("principles-add")).clicked() {
            let index = project.principles.len();
            let new_id = fresh_id(&ids, "P");
            state.principle = Some(new_id.clone());
            ctx.edit(Edit::Insert {
                index,
                item: Item::Principle(Principle {
                    id: new_id.clone(),
                    title: tr!("principles-new-title"),
                    group: String::new(),
                    description: String::new(),
                    weight: 1.0,
                }),
            });
        }
        ui.separator();
        for p in &project.principles {
            list_row(
                ui,
                &mut state.principle,
                &p.id,
                format!("{} — {}", p.id, p.title),
            );
        }
    });
    let Some(j) = position_of(ids.iter().copied(), state.principle.as_deref()) else {
        ui.heading(tr!("view-principles"));
        ui.label(tr!("principles-choose"));
        return;
    };
    let principle = &project.principles[j];
    let used_by = project
        .statements
        .iter()
        .filter(|s| s.stances.contains_key(&principle.id))
        .count();
    ui.heading(tr!("principles-heading", id = principle.id.as_str()));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(j > 0, egui::Button::new(tr!("principles-move-up")))
            .clicked()
        {
            ctx.edit(Edit::Move {
                collection: Collection::Principles,
                from: j,
                to: j - 1,
            });
        }
        if ui
            .add_enabled(
                j + 1 < project.principles.len(),
                egui::Button::new(tr!("principles-move-down")),
            )
            .clicked()
        {
            ctx.edit(Edit::Move {
                collection: Collection::Principles,
                from: j,
                to: j + 1,
            });
        }
        if ui
            .button(tr!("principles-statements"))
            .on_hover_text(tr!("principles-statements-tip"))
            .clicked()
        {
            ctx.navigate(Navigate::Log {
                stakeholder: None,
                principle: Some(principle.id.clone()),
                session: None,
            });
        }
        if ui.button(tr!("editor-delete")).clicked() {
            let (edit, touched, deleted) = delete_principle(project, j);
            if touched == 0 {
                ctx.edit(edit);
            } else {
                ctx.send(Command::Confirm(Box::new(Confirm {
                    title: tr!("principles-delete-title", id = principle.id.as_str()),
                    message: if deleted > 0 {
                        tr!(
                            "principles-delete-message-and-deleted",
                            n = touched,
                            statements = counted!("count-statements", touched),
                            id = principle.id.as_str(),
                            deleted = counted!("count-statements", deleted)
                        )
                    } else {
                        tr!(
                            "principles-delete-message",
                            n = touched,
                            statements = counted!("count-statements", touched),
                            id = principle.id.as_str()
                        )
                    },
                    button: tr!("principles-delete-button"),
                    edit,
                })));
            }
        }
    });
    ui.add_space(4.0);
    let mut p = principle.clone();
    egui::Grid::new("principle-form")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            id_row(
                ui,
                state,
                &IdOf {
                    collection: Collection::Principles,
                    index: j,
                    current: &principle.id,
                    existing: &ids,
                    used_by,
                },
                ctx,
                |new_id| rename_principle(project, j, new_id).0,
            );
            text_row(ui, &tr!("principles-title"), &mut p.title, false);
            let label = ui.label(tr!("principles-group"));
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut p.group).desired_width(160.0))
                    .labelled_by(label.id);
                let mut groups: Vec<&str> = project
                    .principles
                    .iter()
                    .map(|x| x.group.as_str())
                    .filter(|g| !g.is_empty())
                    .collect();
                groups.sort_unstable();
                groups.dedup();
                for g in groups {
                    if ui
                        .small_button(g)
                        .on_hover_text(tr!("principles-use-group-tip"))
                        .clicked()
                    {
                        g.clone_into(&mut p.group);
                    }
                }
            });
            ui.end_row();
            text_row(ui, &tr!("overview-description"), &mut p.description, true);
            let label = ui.label(tr!("editor-weight"));
            ui.add(
                egui::DragValue::new(&mut p.weight)
                    .range(0.0..=10.0)
                    .clamp_existing_to_range(false)
                    .speed(0.1),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!("principles-weight-tip"));
            ui.end_row();
        });
    if p != *principle {
        ctx.edit(Edit::Replace {
            index: j,
            item: Item::Principle(p),
        });
    }
}
