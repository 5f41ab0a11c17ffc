//! The stakeholders editor: the list, and the form of the selected stakeholder (id, name,
//! kind, UN regional group, weight, notes, a bloc's members), with deletion and a jump to
//! everything it said.

use egui::{RichText, Ui};

use super::super::command::{Command, Confirm};
use super::super::navigation::Navigate;
use super::super::view_ctx::ViewCtx;
use super::state::{
    EditorsState, IdOf, PasteRows, RosterPick, fresh_id, id_row, list_panel, list_row,
    optional_row, plural, position_of, text_row,
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
        if ui
            .button("Add from the UN roster…")
            .on_hover_text(
                "The 193 UN member states and 2 observer states, with their codes, names and \
                 regional groups: all, by region, or picked by search",
            )
            .clicked()
        {
            state.roster = Some(RosterPick::default());
        }
        if ui
            .button("Paste rows…")
            .on_hover_text("Add stakeholders from rows copied from a spreadsheet")
            .clicked()
        {
            state.paste = Some(PasteRows::default());
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
    roster_window(ui.ctx(), ctx, &mut state.roster);
    paste_window(ui.ctx(), ctx, &mut state.paste);
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
                    let combo = egui::ComboBox::from_id_salt("stakeholder-kind")
                        .selected_text(s.kind.label())
                        .show_ui(ui, |ui| {
                            for kind in StakeholderKind::ALL {
                                ui.selectable_value(&mut s.kind, kind, kind.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    super::super::a11y::name_with_value(&combo, "Kind", s.kind.label());
                    ui.end_row();
                    let label = ui.label("UN regional group");
                    let combo = egui::ComboBox::from_id_salt("stakeholder-region")
                        .selected_text(s.region.map_or(NO_REGION, UnRegion::label))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut s.region, None, NO_REGION);
                            for region in UnRegion::ALL {
                                ui.selectable_value(&mut s.region, Some(region), region.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    super::super::a11y::name_with_value(
                        &combo,
                        "UN regional group",
                        s.region.map_or(NO_REGION, UnRegion::label),
                    );
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
                        ui.label("");
                        if ui
                            .button("Paste members…")
                            .on_hover_text(
                                "Add members from names or codes copied from a spreadsheet, \
                                 one per row",
                            )
                            .clicked()
                        {
                            state.paste = Some(PasteRows {
                                bloc: Some(stakeholder.id.clone()),
                                text: String::new(),
                            });
                        }
                        ui.end_row();
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

/// The members of a bloc, in two lists that never mix: the members, each with its own
/// Remove button (nothing else removes one), and below them a search box whose matches (never
/// members already) each have an Add button; Enter in the box adds the first match and clears
/// the box, so that members can be added one after another by keyboard.
fn members_row(
    ui: &mut Ui,
    project: &Project,
    own: usize,
    s: &mut Stakeholder,
    search: &mut String,
) {
    ui.label("Members");
    ui.vertical(|ui| {
        let name_of = |id: &str| {
            project.stakeholder(id).map_or_else(
                || format!("{id} (not in the project)"),
                |x| format!("{} ({id})", x.name),
            )
        };
        ui.label(RichText::new(plural(s.members.len(), "member", "members")).weak());
        let mut remove = None;
        egui::ScrollArea::vertical()
            .id_salt("members")
            .max_height(180.0)
            .show(ui, |ui| {
                for (i, id) in s.members.iter().enumerate() {
                    let name = name_of(id);
                    ui.horizontal(|ui| {
                        if named_button(ui, "Remove", &format!("Remove {name} from the bloc"))
                            .clicked()
                        {
                            remove = Some(i);
                        }
                        ui.label(name);
                    });
                }
            });
        if let Some(i) = remove {
            s.members.remove(i);
        }
        ui.add_space(4.0);
        let field = ui
            .horizontal(|ui| {
                let label = ui.label("Add a member");
                ui.add(
                    egui::TextEdit::singleline(search)
                        .hint_text("a name or id; Enter adds the first match")
                        .desired_width(260.0),
                )
                .labelled_by(label.id)
            })
            .inner;
        // Those the text names, best first (the quick entry's ranking), never the bloc itself
        // nor a member already.
        let matches: Vec<&Stakeholder> =
            crate::quick_entry::stakeholder_candidates(project, search)
                .into_iter()
                .filter(|&k| k != own && !s.members.contains(&project.stakeholders[k].id))
                .map(|k| &project.stakeholders[k])
                .collect();
        let typed = search.trim();
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let mut add = None;
        if entered && let Some(first) = matches.first() {
            add = Some(first.id.clone());
        }
        if !typed.is_empty() && matches.is_empty() {
            ui.label(RichText::new("No stakeholder to add matches this.").weak());
        }
        for other in matches.iter().take(12) {
            ui.horizontal(|ui| {
                let name = format!("Add {} ({}) to the bloc", other.name, other.id);
                if named_button(ui, "Add", &name).clicked() {
                    add = Some(other.id.clone());
                }
                ui.label(format!("{} ({})", other.name, other.id));
            });
        }
        if matches.len() > 12 {
            ui.label(
                RichText::new(format!(
                    "… and {} more: type more of the name",
                    matches.len() - 12
                ))
                .weak(),
            );
        }
        if let Some(id) = add {
            s.members.push(id);
            search.clear();
            // Back in the box for the next member.
            field.request_focus();
        }
    });
    ui.end_row();
}

/// A small button showing `text` whose accessible name (what a screen reader reads, and its
/// tooltip) is the longer `name`: a list's "Remove" buttons each say what they remove.
fn named_button(ui: &mut Ui, text: &str, name: &str) -> egui::Response {
    let response = ui.small_button(text).on_hover_text(name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    response
}

/// The edit that appends `new` stakeholders, one undo step.
fn append_edit(project: &Project, new: Vec<Stakeholder>) -> Edit {
    let start = project.stakeholders.len();
    Edit::Batch(
        new.into_iter()
            .enumerate()
            .map(|(i, s)| Edit::Insert {
                index: start + i,
                item: Item::Stakeholder(s),
            })
            .collect(),
    )
}

/// "Add from the UN roster": every state not in the project yet, filtered by region and
/// search, ticked one by one or all shown at once.
fn roster_window(egui_ctx: &egui::Context, ctx: &ViewCtx<'_>, pick: &mut Option<RosterPick>) {
    let Some(state) = pick else { return };
    let project = ctx.project();
    let roster = crate::roster::un_roster();
    let mut open = true;
    let mut done = false;
    egui::Window::new("Add from the UN roster")
        .open(&mut open)
        .default_size([520.0, 560.0])
        .show(egui_ctx, |ui| {
            ui.label(
                "The UN's 193 member states and 2 observer states (source: \
                 assets/un_roster.SOURCES.md). States already in the project are ticked and \
                 greyed.",
            );
            ui.horizontal(|ui| {
                let label = ui.label("Find:");
                ui.add(
                    egui::TextEdit::singleline(&mut state.search)
                        .hint_text("name, French name or code")
                        .desired_width(200.0),
                )
                .labelled_by(label.id);
                let label = ui.label("Group:");
                let combo = egui::ComboBox::from_id_salt("roster-region")
                    .selected_text(state.region.map_or("All groups", UnRegion::label))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut state.region, None, "All groups");
                        for region in UnRegion::ALL {
                            ui.selectable_value(&mut state.region, Some(region), region.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                super::super::a11y::name_with_value(
                    &combo,
                    "Group",
                    state.region.map_or("All groups", UnRegion::label),
                );
            });
            let typed = fold(state.search.trim());
            let shown: Vec<&crate::roster::RosterEntry> = roster
                .entries
                .iter()
                .filter(|e| state.region.is_none() || e.region == state.region)
                .filter(|e| {
                    typed.is_empty()
                        || e.names().any(|n| {
                            folded_word_prefix(&fold(n), &typed) || fold(n).starts_with(&typed)
                        })
                })
                .collect();
            let in_project = |e: &crate::roster::RosterEntry| {
                project.stakeholder(&e.iso3).is_some()
                    || project
                        .stakeholders
                        .iter()
                        .any(|s| roster.find(&s.name).is_some_and(|x| x.iso3 == e.iso3))
            };
            ui.horizontal(|ui| {
                if ui
                    .button(format!("Tick the {} shown", shown.len()))
                    .clicked()
                {
                    for e in &shown {
                        if !in_project(e) {
                            state.picked.insert(e.iso3.clone());
                        }
                    }
                }
                if ui.button("Untick all").clicked() {
                    state.picked.clear();
                }
            });
            egui::ScrollArea::vertical()
                .id_salt("roster-list")
                .max_height(360.0)
                .show(ui, |ui| {
                    for e in &shown {
                        let there = in_project(e);
                        let mut ticked = there || state.picked.contains(&e.iso3);
                        let text = format!(
                            "{} ({}){}{}",
                            e.name_en,
                            e.iso3,
                            e.region
                                .map_or(String::new(), |r| format!(", {}", r.label())),
                            if e.observer { ", observer state" } else { "" }
                        );
                        let response =
                            ui.add_enabled(!there, egui::Checkbox::new(&mut ticked, text));
                        if response.changed() {
                            if ticked {
                                state.picked.insert(e.iso3.clone());
                            } else {
                                state.picked.remove(&e.iso3);
                            }
                        }
                    }
                });
            ui.separator();
            let n = state.picked.len();
            if ui
                .add_enabled(
                    n > 0,
                    egui::Button::new(format!("Add {}", plural(n, "state", "states"))),
                )
                .clicked()
            {
                let new: Vec<Stakeholder> = roster
                    .entries
                    .iter()
                    .filter(|e| state.picked.contains(&e.iso3))
                    .map(crate::roster::RosterEntry::stakeholder)
                    .collect();
                ctx.edit(append_edit(project, new));
                ctx.send(Command::Status(format!(
                    "Added {} from the UN roster. Ctrl+Z undoes it.",
                    plural(n, "state", "states")
                )));
                done = true;
            }
        });
    if !open || done {
        *pick = None;
    }
}

/// "Paste rows" / "Paste members": rows copied from a spreadsheet, read as stakeholders (or a
/// bloc's members), with what they would add shown before anything changes.
fn paste_window(egui_ctx: &egui::Context, ctx: &ViewCtx<'_>, paste: &mut Option<PasteRows>) {
    let Some(state) = paste else { return };
    let project = ctx.project();
    let bloc = state
        .bloc
        .as_deref()
        .and_then(|id| project.stakeholders.iter().position(|s| s.id == id));
    let title = match bloc {
        Some(b) => format!("Paste members of {}", project.stakeholders[b].name),
        None => "Paste stakeholders".to_owned(),
    };
    let mut open = true;
    let mut done = false;
    egui::Window::new(title)
        .open(&mut open)
        .default_size([560.0, 480.0])
        .show(egui_ctx, |ui| {
            ui.label(match bloc {
                Some(_) => {
                    "Paste names or codes, one per row (the first cell of each row counts): \
                     stakeholders of the project, or UN states (added from the roster)."
                }
                None => {
                    "Paste rows copied from a spreadsheet: a name per row, or an id and a \
                     name, optionally a kind and a UN group; or a header row (id, name, kind, \
                     region). UN states take their code and group from the roster."
                }
            });
            let label = ui.label("Rows:");
            ui.add(
                egui::TextEdit::multiline(&mut state.text)
                    .desired_rows(8)
                    .desired_width(f32::INFINITY)
                    .hint_text("Ctrl+V here"),
            )
            .labelled_by(label.id);
            let pasted = match bloc {
                Some(b) => crate::import::members_from_rows(&state.text, project, b),
                None => crate::import::stakeholders_from_rows(&state.text, project),
            };
            egui::ScrollArea::vertical()
                .id_salt("paste-preview")
                .max_height(180.0)
                .show(ui, |ui| {
                    for s in &pasted.add {
                        ui.label(format!(
                            "New: {} ({}), {}{}",
                            s.name,
                            s.id,
                            s.kind.label(),
                            s.region
                                .map_or(String::new(), |r| format!(", {}", r.label()))
                        ));
                    }
                    if bloc.is_some() {
                        for id in &pasted.existing {
                            if !pasted.add.iter().any(|s| &s.id == id) {
                                let name = project
                                    .stakeholder(id)
                                    .map_or(id.as_str(), |s| s.name.as_str());
                                ui.label(format!("Member: {name} ({id})"));
                            }
                        }
                    } else if !pasted.existing.is_empty() {
                        ui.label(format!(
                            "Already in the project: {}",
                            pasted.existing.join(", ")
                        ));
                    }
                    for (line, why) in &pasted.problems {
                        ui.colored_label(ui.visuals().error_fg_color, format!("Row {line}: {why}"));
                    }
                });
            ui.separator();
            let label = match bloc {
                Some(_) => format!(
                    "Add {}{}",
                    plural(pasted.existing.len(), "member", "members"),
                    if pasted.add.is_empty() {
                        String::new()
                    } else {
                        format!(" ({} new to the project)", pasted.add.len())
                    }
                ),
                None => format!(
                    "Add {}",
                    plural(pasted.add.len(), "stakeholder", "stakeholders")
                ),
            };
            let can = match bloc {
                Some(_) => !pasted.existing.is_empty(),
                None => !pasted.add.is_empty(),
            };
            if ui.add_enabled(can, egui::Button::new(label)).clicked() {
                let mut edit = append_edit(project, pasted.add.clone());
                if let Some(b) = bloc {
                    let mut s = project.stakeholders[b].clone();
                    s.members.extend(pasted.existing.iter().cloned());
                    if let Edit::Batch(edits) = &mut edit {
                        edits.push(Edit::Replace {
                            index: b,
                            item: Item::Stakeholder(s),
                        });
                    }
                }
                ctx.edit(edit);
                done = true;
            }
        });
    if !open || done {
        *paste = None;
    }
}
