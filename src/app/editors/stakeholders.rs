//! The stakeholders editor: the list, and the form of the selected stakeholder (id, name,
//! kind, UN regional group, weight, notes, a bloc's members), with deletion and a jump to
//! everything it said.

use egui::{RichText, Ui};

use super::super::command::{Command, Confirm};
use super::super::navigation::Navigate;
use super::super::view_ctx::ViewCtx;
use super::state::{
    EditorsState, IdOf, PasteRows, RosterPick, fresh_id, id_row, list_panel, list_row,
    optional_row, position_of, text_row,
};
use crate::i18n::Localized as _;
use crate::model::{
    Collection, Edit, Item, Project, Stakeholder, StakeholderKind, UnRegion, delete_stakeholder,
    rename_stakeholder,
};
use crate::text::{fold, folded_word_prefix};
use crate::{counted, tr};

/// A UN regional group in words, or the choice of none.
fn region_words(region: Option<UnRegion>) -> String {
    region.map_or_else(|| tr!("stakeholders-no-region"), UnRegion::words)
}

/// The UN regional group the roster shows, in words: all when none.
fn group_words(region: Option<UnRegion>) -> String {
    region.map_or_else(|| tr!("stakeholders-all-groups"), UnRegion::words)
}

/// The stakeholders editor.
pub fn stakeholders(ui: &mut Ui, ctx: &ViewCtx<'_>, state: &mut EditorsState) {
    let project = ctx.project();
    let ids: Vec<&str> = project.stakeholders.iter().map(|s| s.id.as_str()).collect();
    list_panel(ui, "stakeholder-list", |ui| {
        if ui.button(tr!("stakeholders-add")).clicked() {
            let index = project.stakeholders.len();
            let new_id = fresh_id(&ids, "NEW");
            state.stakeholder = Some(new_id.clone());
            ctx.edit(Edit::Insert {
                index,
                item: Item::Stakeholder(Stakeholder {
                    id: new_id.clone(),
                    name: tr!("stakeholders-new-name"),
                    kind: StakeholderKind::State,
                    region: None,
                    members: Vec::new(),
                    weight: 1.0,
                    notes: None,
                }),
            });
        }
        if ui
            .button(tr!("stakeholders-add-roster"))
            .on_hover_text(tr!("stakeholders-add-roster-tip"))
            .clicked()
        {
            state.roster = Some(RosterPick::default());
        }
        if ui
            .button(tr!("stakeholders-paste-rows"))
            .on_hover_text(tr!("stakeholders-paste-rows-tip"))
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
        ui.heading(tr!("view-stakeholders"));
        ui.label(tr!("stakeholders-choose"));
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
            .button(tr!("stakeholders-statements"))
            .on_hover_text(tr!("stakeholders-statements-tip"))
            .clicked()
        {
            ctx.navigate(Navigate::Log {
                stakeholder: Some(stakeholder.id.clone()),
                principle: None,
                session: None,
            });
        }
        if ui.button(tr!("editor-delete")).clicked() {
            let deletion = delete_stakeholder(project, k);
            if deletion.deleted + deletion.delivered + deletion.blocs == 0 {
                ctx.edit(deletion.edit);
            } else {
                let mut parts = Vec::new();
                if deletion.deleted > 0 {
                    parts.push(tr!(
                        "stakeholders-delete-own",
                        n = deletion.deleted,
                        statements = counted!("count-statements", deletion.deleted)
                    ));
                }
                if deletion.delivered > 0 {
                    parts.push(tr!(
                        "stakeholders-delete-delivered",
                        n = deletion.delivered,
                        statements = counted!("count-statements", deletion.delivered)
                    ));
                }
                if deletion.blocs > 0 {
                    parts.push(tr!(
                        "stakeholders-delete-blocs",
                        blocs = counted!("count-blocs", deletion.blocs)
                    ));
                }
                ctx.send(Command::Confirm(Box::new(Confirm {
                    title: tr!(
                        "stakeholders-delete-title",
                        name = stakeholder.name.as_str()
                    ),
                    message: tr!(
                        "stakeholders-delete-message",
                        name = stakeholder.name.as_str(),
                        id = stakeholder.id.as_str(),
                        uses = parts.join(&tr!("stakeholders-delete-separator"))
                    ),
                    button: tr!("stakeholders-delete-button"),
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
                    text_row(ui, &tr!("editor-name"), &mut s.name, false);
                    let label = ui.label(tr!("editor-kind"));
                    let combo = egui::ComboBox::from_id_salt("stakeholder-kind")
                        .selected_text(s.kind.words())
                        .show_ui(ui, |ui| {
                            for kind in StakeholderKind::ALL {
                                ui.selectable_value(&mut s.kind, kind, kind.words());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    super::super::a11y::name_with_value(
                        &combo,
                        &tr!("editor-kind"),
                        &s.kind.words(),
                    );
                    ui.end_row();
                    let label = ui.label(tr!("stakeholders-region"));
                    let combo = egui::ComboBox::from_id_salt("stakeholder-region")
                        .selected_text(region_words(s.region))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut s.region, None, region_words(None));
                            for region in UnRegion::ALL {
                                ui.selectable_value(&mut s.region, Some(region), region.words());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    super::super::a11y::name_with_value(
                        &combo,
                        &tr!("stakeholders-region"),
                        &region_words(s.region),
                    );
                    ui.end_row();
                    let label = ui.label(tr!("editor-weight"));
                    ui.add(
                        egui::DragValue::new(&mut s.weight)
                            .range(0.0..=100.0)
                            .clamp_existing_to_range(false)
                            .speed(0.1),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                    optional_row(ui, &tr!("editor-notes"), &mut s.notes, true);
                    if s.kind == StakeholderKind::Bloc || !s.members.is_empty() {
                        members_row(ui, project, k, &mut s, &mut state.member_search);
                        ui.label("");
                        if ui
                            .button(tr!("stakeholders-paste-members"))
                            .on_hover_text(tr!("stakeholders-paste-members-tip"))
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
    ui.label(tr!("stakeholders-members"));
    ui.vertical(|ui| {
        let name_of = |id: &str| {
            project.stakeholder(id).map_or_else(
                || tr!("stakeholders-not-in-project", id = id),
                |x| format!("{} ({id})", x.name),
            )
        };
        ui.label(RichText::new(counted!("stakeholders-count-members", s.members.len())).weak());
        let mut remove = None;
        egui::ScrollArea::vertical()
            .id_salt("members")
            .max_height(180.0)
            .show(ui, |ui| {
                for (i, id) in s.members.iter().enumerate() {
                    let name = name_of(id);
                    ui.horizontal(|ui| {
                        let remove_name = tr!("stakeholders-remove-name", name = name.as_str());
                        if named_button(ui, &tr!("stakeholders-remove"), &remove_name).clicked() {
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
                let label = ui.label(tr!("stakeholders-add-member"));
                ui.add(
                    egui::TextEdit::singleline(search)
                        .hint_text(tr!("stakeholders-add-member-hint"))
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
            ui.label(RichText::new(tr!("stakeholders-no-match")).weak());
        }
        for other in matches.iter().take(12) {
            ui.horizontal(|ui| {
                let name = tr!(
                    "stakeholders-add-name",
                    name = other.name.as_str(),
                    id = other.id.as_str()
                );
                if named_button(ui, &tr!("stakeholders-add-button"), &name).clicked() {
                    add = Some(other.id.clone());
                }
                ui.label(format!("{} ({})", other.name, other.id));
            });
        }
        if matches.len() > 12 {
            let more: usize = matches.len() - 12;
            ui.label(RichText::new(tr!("stakeholders-more-matches", n = more)).weak());
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
    egui::Window::new(tr!("stakeholders-roster-title"))
        .open(&mut open)
        .default_size([520.0, 560.0])
        .show(egui_ctx, |ui| {
            ui.label(tr!("stakeholders-roster-intro"));
            ui.horizontal(|ui| {
                let label = ui.label(tr!("stakeholders-find"));
                ui.add(
                    egui::TextEdit::singleline(&mut state.search)
                        .hint_text(tr!("stakeholders-find-hint"))
                        .desired_width(200.0),
                )
                .labelled_by(label.id);
                let label = ui.label(tr!("stakeholders-group-label"));
                let combo = egui::ComboBox::from_id_salt("roster-region")
                    .selected_text(group_words(state.region))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(
                            &mut state.region,
                            None,
                            tr!("stakeholders-all-groups"),
                        );
                        for region in UnRegion::ALL {
                            ui.selectable_value(&mut state.region, Some(region), region.words());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                super::super::a11y::name_with_value(
                    &combo,
                    &tr!("stakeholders-group"),
                    &group_words(state.region),
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
                    .button(tr!("stakeholders-tick-shown", n = shown.len()))
                    .clicked()
                {
                    for e in &shown {
                        if !in_project(e) {
                            state.picked.insert(e.iso3.clone());
                        }
                    }
                }
                if ui.button(tr!("stakeholders-untick-all")).clicked() {
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
                            // The roster's name in the window's language; what is added
                            // keeps the English name.
                            match crate::i18n::language() {
                                crate::i18n::Lang::Fr => &e.name_fr,
                                crate::i18n::Lang::En => &e.name_en,
                            },
                            e.iso3,
                            e.region
                                .map_or(String::new(), |r| format!(", {}", r.words())),
                            if e.observer {
                                format!(", {}", tr!("stakeholders-observer-state"))
                            } else {
                                String::new()
                            }
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
                    egui::Button::new(tr!(
                        "stakeholders-add-states",
                        states = counted!("stakeholders-count-states", n)
                    )),
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
                ctx.send(Command::Status(tr!(
                    "stakeholders-roster-added",
                    states = counted!("stakeholders-count-states", n)
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
        Some(b) => tr!(
            "stakeholders-paste-members-title",
            name = project.stakeholders[b].name.as_str()
        ),
        None => tr!("stakeholders-paste-title"),
    };
    let mut open = true;
    let mut done = false;
    egui::Window::new(title)
        .open(&mut open)
        .default_size([560.0, 480.0])
        .show(egui_ctx, |ui| {
            ui.label(match bloc {
                Some(_) => tr!("stakeholders-paste-members-intro"),
                None => tr!("stakeholders-paste-intro"),
            });
            let label = ui.label(tr!("stakeholders-rows"));
            ui.add(
                egui::TextEdit::multiline(&mut state.text)
                    .desired_rows(8)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr!("stakeholders-rows-hint")),
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
                            "{}{}",
                            tr!(
                                "stakeholders-paste-new",
                                name = s.name.as_str(),
                                id = s.id.as_str(),
                                kind = s.kind.words()
                            ),
                            s.region
                                .map_or(String::new(), |r| format!(", {}", r.words()))
                        ));
                    }
                    if bloc.is_some() {
                        for id in &pasted.existing {
                            if !pasted.add.iter().any(|s| &s.id == id) {
                                let name = project
                                    .stakeholder(id)
                                    .map_or(id.as_str(), |s| s.name.as_str());
                                ui.label(tr!(
                                    "stakeholders-paste-member",
                                    name = name,
                                    id = id.as_str()
                                ));
                            }
                        }
                    } else if !pasted.existing.is_empty() {
                        ui.label(tr!(
                            "stakeholders-paste-existing",
                            ids = pasted.existing.join(", ")
                        ));
                    }
                    for (line, why) in &pasted.problems {
                        ui.colored_label(ui.visuals().error_fg_color, {
                            let row: usize = *line;
                            let problem = super::super::problem_words::paste_problem(
                                crate::i18n::language(),
                                why,
                            );
                            tr!("stakeholders-paste-problem", row = row, problem = problem)
                        });
                    }
                });
            ui.separator();
            let label = match bloc {
                Some(_) if pasted.add.is_empty() => tr!(
                    "stakeholders-paste-add-members",
                    members = counted!("stakeholders-count-members", pasted.existing.len())
                ),
                Some(_) => tr!(
                    "stakeholders-paste-add-members-new",
                    members = counted!("stakeholders-count-members", pasted.existing.len()),
                    new = pasted.add.len()
                ),
                None => tr!(
                    "stakeholders-paste-add",
                    stakeholders = counted!("count-stakeholders", pasted.add.len())
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
