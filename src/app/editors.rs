//! Editors for principles, sessions and stakeholders. Every change is an undoable edit.
//! Renaming an id carries the statements (and blocs) that use it along in the same undo step;
//! deleting something statements use asks first, saying how many are affected.

use chrono::{Local, NaiveDate};
use egui::{RichText, Ui};

use super::actions::Navigate;
use crate::model::{
    Collection, Edit, Item, PRINCIPLE_ID_FORBIDDEN, Principle, Project, Session, SessionKind,
    Stakeholder, StakeholderKind, UnRegion, check_id, delete_principle, delete_session,
    delete_stakeholder, parse_date, rename_principle, rename_session, rename_stakeholder,
};
use crate::text::{fold, folded_word_prefix};

/// A destructive edit waiting for the user's yes.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    /// The dialog's title.
    pub title: String,
    /// What will happen, with counts.
    pub message: String,
    /// The label of the button that goes ahead.
    pub button: String,
    /// The edit to apply on yes.
    pub edit: Edit,
}

/// The date boxes of the selected session: which session, the start and end as typed, and
/// the dates they were filled from (a change elsewhere, an undo, refills them).
struct DateBox {
    session: usize,
    start: String,
    end: String,
    shown: (NaiveDate, Option<NaiveDate>),
}

/// What the editors remember between frames.
#[derive(Default)]
pub struct EditorsState {
    /// The selected principle, session and stakeholder, by id: an undo or a move that shifts
    /// the lists keeps the same item selected.
    principle: Option<String>,
    session: Option<String>,
    stakeholder: Option<String>,
    /// The id box of the selected item: (which item, the id it showed, the text typed).
    id_box: Option<(Collection, usize, String, String)>,
    date_box: Option<DateBox>,
    member_search: String,
    /// Ids renamed this frame (which list, old, new), for the app to carry its own references
    /// (the quick entry's session, the log's filters) along.
    pub renamed: Vec<(Collection, String, String)>,
}

fn position_of<'a>(
    mut ids: impl Iterator<Item = &'a str>,
    selected: Option<&str>,
) -> Option<usize> {
    let selected = selected?;
    ids.position(|id| id == selected)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn fresh_id(existing: &[&str], prefix: &str) -> String {
    // One more candidate than there are ids: one of them is free.
    (1..=existing.len() + 1)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !existing.contains(&id.as_str()))
        .unwrap_or_else(|| prefix.to_owned())
}

fn error(ui: &mut Ui, text: impl Into<String>) {
    ui.label(
        RichText::new(text.into())
            .small()
            .color(ui.visuals().error_fg_color),
    );
}

fn note(ui: &mut Ui, text: impl Into<String>) {
    ui.label(RichText::new(text.into()).small().weak());
}

/// The item whose id an id row edits.
struct IdOf<'a> {
    collection: Collection,
    index: usize,
    current: &'a str,
    /// Every id of the list, in order (to refuse duplicates).
    existing: &'a [&'a str],
    /// How many statements use the id.
    used_by: usize,
}

/// The id row of a form: a box applied on Enter (or "Rename"), refused when invalid, with
/// the number of statements that follow a rename; `rename` makes the edit that applies it.
fn id_row(
    ui: &mut Ui,
    state: &mut EditorsState,
    item: &IdOf<'_>,
    edits: &mut Vec<Edit>,
    rename: impl FnOnce(&str) -> Edit,
) {
    let &IdOf {
        collection,
        index,
        current,
        existing,
        used_by,
    } = item;
    let forbidden = if collection == Collection::Principles {
        PRINCIPLE_ID_FORBIDDEN
    } else {
        ""
    };
    let fresh = state
        .id_box
        .as_ref()
        .is_none_or(|(c, i, shown, _)| *c != collection || *i != index || shown != current);
    if fresh {
        state.id_box = Some((collection, index, current.to_owned(), current.to_owned()));
    }
    let Some((_, _, _, typed)) = state.id_box.as_mut() else {
        return;
    };
    let label = ui.label("Id");
    let mut apply = None;
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let response = ui
                .add(egui::TextEdit::singleline(typed).desired_width(120.0))
                .labelled_by(label.id);
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let changed = typed.as_str() != current;
            let valid = check_id(existing, index, typed.trim(), forbidden);
            let rename = ui
                .add_enabled(changed && valid.is_ok(), egui::Button::new("Rename"))
                .on_hover_text("Apply the new id (Enter)");
            if changed && valid.is_ok() && (enter || rename.clicked()) {
                apply = Some(typed.trim().to_owned());
            }
        });
        let changed = typed.as_str() != current;
        if changed {
            match check_id(existing, index, typed.trim(), forbidden) {
                Err(problem) => error(ui, problem.to_string()),
                Ok(()) if used_by > 0 => note(
                    ui,
                    format!(
                        "{} {} to \"{current}\": renaming updates {} too",
                        plural(used_by, "statement", "statements"),
                        if used_by == 1 { "refers" } else { "refer" },
                        if used_by == 1 { "it" } else { "them" },
                    ),
                ),
                Ok(()) => note(ui, "Enter renames"),
            }
        } else if used_by > 0 {
            note(
                ui,
                format!("used by {}", plural(used_by, "statement", "statements")),
            );
        }
    });
    ui.end_row();
    if let Some(new_id) = apply {
        edits.push(rename(&new_id));
        state
            .renamed
            .push((collection, current.to_owned(), new_id.clone()));
        // The selection follows the item to its new id.
        match collection {
            Collection::Principles => state.principle = Some(new_id),
            Collection::Sessions => state.session = Some(new_id),
            Collection::Stakeholders => state.stakeholder = Some(new_id),
            Collection::Statements => {}
        }
    }
}

fn text_row(ui: &mut Ui, label: &str, value: &mut String, multiline: bool) -> bool {
    let label = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(3)
    } else {
        egui::TextEdit::singleline(value)
    };
    let changed = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id)
        .changed();
    ui.end_row();
    changed
}

fn optional_row(ui: &mut Ui, label: &str, value: &mut Option<String>, multiline: bool) -> bool {
    let mut text = value.clone().unwrap_or_default();
    let changed = text_row(ui, label, &mut text, multiline);
    if changed {
        *value = (!text.is_empty()).then_some(text);
    }
    changed
}

/// One row of an editor's list: selects the item by id when clicked.
fn list_row(ui: &mut Ui, selected: &mut Option<String>, id: &str, text: String) {
    if ui
        .selectable_label(selected.as_deref() == Some(id), text)
        .clicked()
    {
        *selected = Some(id.to_owned());
    }
}

fn list_panel(ui: &mut Ui, id: &str, add_contents: impl FnOnce(&mut Ui)) {
    egui::Panel::left(id.to_owned())
        .resizable(true)
        .default_size(260.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, add_contents);
        });
}

/// The principles editor.
pub fn principles(
    ui: &mut Ui,
    project: &Project,
    state: &mut EditorsState,
    edits: &mut Vec<Edit>,
    confirm: &mut Option<Confirm>,
    nav: &mut Vec<Navigate>,
) {
    let ids: Vec<&str> = project.principles.iter().map(|p| p.id.as_str()).collect();
    list_panel(ui, "principle-list", |ui| {
        if ui.button("Add principle").clicked() {
            let index = project.principles.len();
            let new_id = fresh_id(&ids, "P");
            state.principle = Some(new_id.clone());
            edits.push(Edit::Insert {
                index,
                item: Item::Principle(Principle {
                    id: new_id.clone(),
                    title: "New principle".to_owned(),
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
        ui.heading("Principles");
        ui.label("Choose a principle on the left, or add one.");
        return;
    };
    let principle = &project.principles[j];
    let used_by = project
        .statements
        .iter()
        .filter(|s| s.stances.contains_key(&principle.id))
        .count();
    ui.heading(format!("Principle {}", principle.id));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(j > 0, egui::Button::new("Move up"))
            .clicked()
        {
            edits.push(Edit::Move {
                collection: Collection::Principles,
                from: j,
                to: j - 1,
            });
        }
        if ui
            .add_enabled(
                j + 1 < project.principles.len(),
                egui::Button::new("Move down"),
            )
            .clicked()
        {
            edits.push(Edit::Move {
                collection: Collection::Principles,
                from: j,
                to: j + 1,
            });
        }
        if ui
            .button("Statements on it")
            .on_hover_text("Everything said on this principle, across sessions, in the log")
            .clicked()
        {
            nav.push(Navigate::Log {
                stakeholder: None,
                principle: Some(principle.id.clone()),
                session: None,
            });
        }
        if ui.button("Delete…").clicked() {
            let (edit, touched, deleted) = delete_principle(project, j);
            if touched == 0 {
                edits.push(edit);
            } else {
                *confirm = Some(Confirm {
                    title: format!("Delete principle {}?", principle.id),
                    message: format!(
                        "{} give a stance on {}. Their stance on it will be removed{}. \
                         Edit > Undo brings everything back.",
                        plural(touched, "statement", "statements"),
                        principle.id,
                        if deleted > 0 {
                            format!(
                                ", and {} with no other stance will be deleted",
                                plural(deleted, "statement", "statements")
                            )
                        } else {
                            String::new()
                        }
                    ),
                    button: "Delete principle".to_owned(),
                    edit,
                });
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
                edits,
                |new_id| rename_principle(project, j, new_id).0,
            );
            text_row(ui, "Title", &mut p.title, false);
            let label = ui.label("Group");
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
                    if ui.small_button(g).on_hover_text("Use this group").clicked() {
                        g.clone_into(&mut p.group);
                    }
                }
            });
            ui.end_row();
            text_row(ui, "Description", &mut p.description, true);
            let label = ui.label("Weight");
            ui.add(
                egui::DragValue::new(&mut p.weight)
                    .range(0.0..=10.0)
                    .clamp_existing_to_range(false)
                    .speed(0.1),
            )
            .labelled_by(label.id)
            .on_hover_text("How much the principle counts in a stakeholder's alignment");
            ui.end_row();
        });
    if p != *principle {
        edits.push(Edit::Replace {
            index: j,
            item: Item::Principle(p),
        });
    }
}

/// The sessions editor.
pub fn sessions(
    ui: &mut Ui,
    project: &Project,
    state: &mut EditorsState,
    edits: &mut Vec<Edit>,
    confirm: &mut Option<Confirm>,
    nav: &mut Vec<Navigate>,
) {
    let ids: Vec<&str> = project.sessions.iter().map(|s| s.id.as_str()).collect();
    list_panel(ui, "session-list", |ui| {
        if ui.button("Add session").clicked() {
            let index = project.sessions.len();
            let new_id = fresh_id(&ids, "S");
            state.session = Some(new_id.clone());
            edits.push(Edit::Insert {
                index,
                item: Item::Session(Session {
                    id: new_id.clone(),
                    name: "New session".to_owned(),
                    kind: SessionKind::Formal,
                    start: Local::now().date_naive(),
                    end: None,
                    location: None,
                    draft: None,
                    notes: None,
                }),
            });
        }
        ui.separator();
        for k in project.session_order() {
            let s = &project.sessions[k];
            let text = format!("{} — {} ({})", s.id, s.name, s.start);
            list_row(ui, &mut state.session, &s.id, text);
        }
    });
    let Some(k) = position_of(ids.iter().copied(), state.session.as_deref()) else {
        ui.heading("Sessions");
        ui.label("Choose a session on the left, or add one.");
        return;
    };
    let session = &project.sessions[k];
    let used_by = project
        .statements
        .iter()
        .filter(|s| s.session == session.id)
        .count();
    ui.heading(format!("Session {}", session.id));
    ui.horizontal(|ui| {
        if ui.button("Statements in it").clicked() {
            nav.push(Navigate::Log {
                stakeholder: None,
                principle: None,
                session: Some(session.id.clone()),
            });
        }
        if ui.button("Delete…").clicked() {
            let (edit, deleted) = delete_session(project, k);
            if deleted == 0 {
                edits.push(edit);
            } else {
                *confirm = Some(Confirm {
                    title: format!("Delete session {}?", session.id),
                    message: format!(
                        "{} were logged in {}. They will be deleted with it. \
                         Edit > Undo brings everything back.",
                        plural(deleted, "statement", "statements"),
                        session.id
                    ),
                    button: format!(
                        "Delete session and {}",
                        plural(deleted, "statement", "statements")
                    ),
                    edit,
                });
            }
        }
    });
    ui.add_space(4.0);
    let mut s = session.clone();
    egui::Grid::new("session-form")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            id_row(
                ui,
                state,
                &IdOf {
                    collection: Collection::Sessions,
                    index: k,
                    current: &session.id,
                    existing: &ids,
                    used_by,
                },
                edits,
                |new_id| rename_session(project, k, new_id).0,
            );
            text_row(ui, "Name", &mut s.name, false);
            let label = ui.label("Kind");
            egui::ComboBox::from_id_salt("session-kind")
                .selected_text(s.kind.name())
                .show_ui(ui, |ui| {
                    for kind in SessionKind::ALL {
                        ui.selectable_value(&mut s.kind, kind, kind.name());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            dates_rows(ui, state, k, &mut s);
            optional_row(ui, "City", &mut s.location, false);
            optional_row(ui, "Draft text", &mut s.draft, false);
            optional_row(ui, "Notes", &mut s.notes, true);
        });
    if s != *session {
        edits.push(Edit::Replace {
            index: k,
            item: Item::Session(s),
        });
    }
}

/// The start and end boxes: applied only when both read as dates and the end is not before
/// the start; otherwise the typed text stays, marked.
fn dates_rows(ui: &mut Ui, state: &mut EditorsState, k: usize, s: &mut Session) {
    let shown = (s.start, s.end);
    let fresh = state
        .date_box
        .as_ref()
        .is_none_or(|b| b.session != k || b.shown != shown);
    if fresh {
        state.date_box = Some(DateBox {
            session: k,
            start: s.start.to_string(),
            end: s.end.map(|d| d.to_string()).unwrap_or_default(),
            shown,
        });
    }
    let Some(DateBox {
        start,
        end,
        shown: was,
        ..
    }) = state.date_box.as_mut()
    else {
        return;
    };
    let label = ui.label("Start");
    ui.add(
        egui::TextEdit::singleline(start)
            .hint_text("YYYY-MM-DD")
            .desired_width(120.0),
    )
    .labelled_by(label.id);
    ui.end_row();
    let label = ui.label("End");
    ui.vertical(|ui| {
        ui.add(
            egui::TextEdit::singleline(end)
                .hint_text("YYYY-MM-DD, or empty for one day")
                .desired_width(120.0),
        )
        .labelled_by(label.id);
        let parsed_start = match parse_date(start) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err("a session needs a start date".to_owned()),
            Err(e) => Err(format!("start: {e}")),
        };
        let parsed_end = parse_date(end).map_err(|e| format!("end: {e}"));
        match (parsed_start, parsed_end) {
            (Ok(from), Ok(to)) if to.is_some_and(|to| to < from) => error(
                ui,
                format!(
                    "the end ({}) is before the start ({from})",
                    to.map(|d| d.to_string()).unwrap_or_default()
                ),
            ),
            (Ok(from), Ok(to)) => {
                s.start = from;
                s.end = to;
                *was = (from, to);
            }
            (Err(e), _) | (_, Err(e)) => error(ui, e),
        }
    });
    ui.end_row();
}

/// The stakeholders editor.
pub fn stakeholders(
    ui: &mut Ui,
    project: &Project,
    state: &mut EditorsState,
    edits: &mut Vec<Edit>,
    confirm: &mut Option<Confirm>,
    nav: &mut Vec<Navigate>,
) {
    let ids: Vec<&str> = project.stakeholders.iter().map(|s| s.id.as_str()).collect();
    list_panel(ui, "stakeholder-list", |ui| {
        if ui.button("Add stakeholder").clicked() {
            let index = project.stakeholders.len();
            let new_id = fresh_id(&ids, "NEW");
            state.stakeholder = Some(new_id.clone());
            edits.push(Edit::Insert {
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
            nav.push(Navigate::Log {
                stakeholder: Some(stakeholder.id.clone()),
                principle: None,
                session: None,
            });
        }
        if ui.button("Delete…").clicked() {
            let deletion = delete_stakeholder(project, k);
            if deletion.deleted + deletion.delivered + deletion.blocs == 0 {
                edits.push(deletion.edit);
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
                *confirm = Some(Confirm {
                    title: format!("Delete {}?", stakeholder.name),
                    message: format!(
                        "{} ({}) is referred to: {}. Edit > Undo brings everything back.",
                        stakeholder.name,
                        stakeholder.id,
                        parts.join("; ")
                    ),
                    button: "Delete stakeholder".to_owned(),
                    edit: deletion.edit,
                });
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
                        edits,
                        |new_id| rename_stakeholder(project, k, new_id).0,
                    );
                    text_row(ui, "Name", &mut s.name, false);
                    let label = ui.label("Kind");
                    egui::ComboBox::from_id_salt("stakeholder-kind")
                        .selected_text(s.kind.name())
                        .show_ui(ui, |ui| {
                            for kind in StakeholderKind::ALL {
                                ui.selectable_value(&mut s.kind, kind, kind.name());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("UN regional group");
                    egui::ComboBox::from_id_salt("stakeholder-region")
                        .selected_text(s.region.map_or("none", UnRegion::name))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut s.region, None, "none");
                            for region in UnRegion::ALL {
                                ui.selectable_value(&mut s.region, Some(region), region.name());
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
        edits.push(Edit::Replace {
            index: k,
            item: Item::Stakeholder(s),
        });
    }
}

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
