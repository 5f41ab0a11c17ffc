//! The stakeholders editor: the list, and the form of the selected stakeholder (id, name,
//! kind, UN regional group, weight, notes, a bloc's members), with deletion and a jump to
//! everything it said.

use egui::{RichText, Ui};

use super::super::command::{Command, Confirm};
use super::super::navigation::Navigate;
use super::super::view_ctx::ViewCtx;
use super::state::{
    EditorsState, IdOf, fresh_id, id_row, list_panel, list_row, optional_row, plural, position_of,
    text_row,
};
use crate::model::{
    Collection, Edit, Item, Project, Stakeholder, StakeholderKind, UnRegion, delete_stakeholder,
    rename_stakeholder,
};
use crate::text::{fold, folded_word_prefix};

/// The choice of no UN regional group, in words.
const NO_REGION: &str = "No UN group";

/// The stakeholders editor.
pub fn stakeholders(ui: &mut Ui, ctx: &ViewCtx<'_>, state: &mut EditorsState) {
    let project = ctx.project();
    let ids: Vec<&str> = project.stakeholders.iter().map(|s| s.id.as_str()).collect();
    list_panel(ui, "stakeholder-list", |ui| {
        if ui.button("Add stakeholder").clicked() {
            let index = project.stakeholders.len();
            let new_id = fresh_id(&ids, "NEW");
            state.stakeholder = Some(new_id.clone());
            ctx.edit(Edit::Insert {
                index,
                item: Item::Stakeholder(Stakeholder {
                    id: new_id.clone(),
                    name: "New stakeholder".to_owned(),
                    kind: StakeholderKind::State,
                    region: None,
                    members: Vec::new(),
                    weight: 1.0,
                    notes: None,
                }),
            });
        }
        ui.separator();
        for s in &project.stakeholders {
            list_row(
                ui,
                &mut state.stakeholder,
                &s.id,
                format!("{} — {}", s.id, s.name),
            );
        }
    });
    let Some(k) = position_of(ids.iter().copied(), state.stakeholder.as_deref()) else {
        ui.heading("Stakeholders");
        ui.label("Choose a stakeholder on the left, or add one.");
        return;
    };
    let stakeholder = &project.stakeholders[k];
    let used_by = project
        .statements
        .iter()
        .filter(|s| {
            s.stakeholder == stakeholder.id || s.delivered_by.as_ref() == Some(&stakeholder.id)
        })
        .count();
    ui.heading(stakeholder.name.clone());
    ui.horizontal(|ui| {
        if ui
            .button("Everything they said")
            .on_hover_text("This stakeholder's statements across sessions, in the log")
            .clicked()
        {
            ctx.navigate(Navigate::Log {
                stakeholder: Some(stakeholder.id.clone()),
                principle: None,
                session: None,
            });
        }
        if ui.button("Delete…").clicked() {
            let deletion = delete_stakeholder(project, k);
            if deletion.deleted + deletion.delivered + deletion.blocs == 0 {
                ctx.edit(deletion.edit);
            } else {
                let mut parts = Vec::new();
                if deletion.deleted > 0 {
                    parts.push(format!(
                        "its {} will be deleted",
                        plural(deletion.deleted, "statement", "statements")
                    ));
                }
                if deletion.delivered > 0 {
                    parts.push(format!(
                        "{} it delivered for others will no longer name it",
                        plural(deletion.delivered, "statement", "statements")
                    ));
                }
                if deletion.blocs > 0 {
                    parts.push(format!(
                        "it will leave {}",
                        plural(deletion.blocs, "bloc", "blocs")
                    ));
                }
                ctx.send(Command::Confirm(Box::new(Confirm {
                    title: format!("Delete {}?", stakeholder.name),
                    message: format!(
                        "{} ({}) is referred to: {}. Edit > Undo brings everything back.",
                        stakeholder.name,
                        stakeholder.id,
                        parts.join("; ")
                    ),
                    button: "Delete stakeholder".to_owned(),
                    edit: deletion.edit,
                })));
            }
        }
    });
    ui.add_space(4.0);
    let mut s = stakeholder.clone();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("stakeholder-form")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    id_row(
                        ui,
                        state,
                        &IdOf {
                            collection: Collection::Stakeholders,
                            index: k,
                            current: &stakeholder.id,
                            existing: &ids,
                            used_by,
                        },
                        ctx,
                        |new_id| rename_stakeholder(project, k, new_id).0,
                    );
                    text_row(ui, "Name", &mut s.name, false);
                    let label = ui.label("Kind");
                    egui::ComboBox::from_id_salt("stakeholder-kind")
                        .selected_text(s.kind.label())
                        .show_ui(ui, |ui| {
                            for kind in StakeholderKind::ALL {
                                ui.selectable_value(&mut s.kind, kind, kind.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("UN regional group");
                    egui::ComboBox::from_id_salt("stakeholder-region")
                        .selected_text(s.region.map_or(NO_REGION, UnRegion::label))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut s.region, None, NO_REGION);
                            for region in UnRegion::ALL {
                                ui.selectable_value(&mut s.region, Some(region), region.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("Weight");
                    ui.add(
                        egui::DragValue::new(&mut s.weight)
                            .range(0.0..=100.0)
                            .clamp_existing_to_range(false)
                            .speed(0.1),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                    optional_row(ui, "Notes", &mut s.notes, true);
                    if s.kind == StakeholderKind::Bloc || !s.members.is_empty() {
                        members_row(ui, project, k, &mut s, &mut state.member_search);
                    }
                });
        });
    if s != *stakeholder {
        ctx.edit(Edit::Replace {
            index: k,
            item: Item::Stakeholder(s),
        });
    }
}

/// The members of a bloc: a search box, and a checkbox per stakeholder (members always shown,
/// others when they match the search).
fn members_row(
    ui: &mut Ui,
    project: &Project,
    own: usize,
    s: &mut Stakeholder,
    search: &mut String,
) {
    let label = ui.label("Members");
    ui.vertical(|ui| {
        ui.label(RichText::new(format!("{} members", s.members.len())).weak());
        ui.add(
            egui::TextEdit::singleline(search)
                .hint_text("find a stakeholder to add or remove")
                .desired_width(220.0),
        )
        .labelled_by(label.id);
        let typed = fold(search.trim());
        egui::ScrollArea::vertical()
            .id_salt("members")
            .max_height(200.0)
            .show(ui, |ui| {
                for (k, other) in project.stakeholders.iter().enumerate() {
                    if k == own {
                        continue;
                    }
                    let member = s.members.contains(&other.id);
                    if !member
                        && (typed.is_empty()
                            || !(folded_word_prefix(&fold(&other.name), &typed)
                                || fold(&other.id).starts_with(&typed)))
                    {
                        continue;
                    }
                    let mut checked = member;
                    if ui
                        .checkbox(&mut checked, format!("{} ({})", other.name, other.id))
                        .changed()
                    {
                        if checked {
                            s.members.push(other.id.clone());
                        } else {
                            s.members.retain(|m| m != &other.id);
                        }
                    }
                }
            });
    });
    ui.end_row();
}
