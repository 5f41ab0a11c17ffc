//! What the editors share: their state between frames ([`EditorsState`], the date boxes), the
//! confirmation a destructive edit waits for ([`Confirm`]), and the rows every form and list
//! is made of (the id row, text rows, the list panel and its rows, notes and errors).

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::super::command::Command;
use super::super::view_ctx::ViewCtx;
use crate::model::{Collection, Edit, PRINCIPLE_ID_FORBIDDEN, check_id};
use crate::{counted, tr};

/// The date boxes of the selected session: which session, the start and end as typed, and
/// the dates they were filled from (a change elsewhere, an undo, refills them).
pub(super) struct DateBox {
    /// The session's index in the project.
    pub(super) session: usize,
    /// The start date as typed.
    pub(super) start: String,
    /// The end date as typed (empty for a one-day session).
    pub(super) end: String,
    /// The (start, end) the boxes were filled from.
    pub(super) shown: (NaiveDate, Option<NaiveDate>),
}

/// What the editors remember between frames.
#[derive(Default)]
pub struct EditorsState {
    /// The selected principle, session and stakeholder, by id: an undo or a move that shifts
    /// the lists keeps the same item selected.
    pub(super) principle: Option<String>,
    /// The selected session, by id.
    pub(super) session: Option<String>,
    /// The selected stakeholder, by id.
    pub(super) stakeholder: Option<String>,
    /// The id box of the selected item: (which item, the id it showed, the text typed).
    pub(super) id_box: Option<(Collection, usize, String, String)>,
    /// The date boxes of the selected session.
    pub(super) date_box: Option<DateBox>,
    /// The search box of a bloc's members.
    pub(super) member_search: String,
    /// The "Add from the UN roster" window, when open.
    pub(super) roster: Option<RosterPick>,
    /// The "Paste rows" window, when open: for new stakeholders, or a bloc's members (by id).
    pub(super) paste: Option<PasteRows>,
}

/// The state of the "Add from the UN roster" window.
#[derive(Default)]
pub(super) struct RosterPick {
    /// The search box.
    pub(super) search: String,
    /// The region shown: all when none.
    pub(super) region: Option<crate::model::UnRegion>,
    /// The states ticked, by code.
    pub(super) picked: std::collections::BTreeSet<String>,
}

/// The state of the "Paste rows" window.
#[derive(Default)]
pub(super) struct PasteRows {
    /// The bloc the rows are members of (by id); new stakeholders when none.
    pub(super) bloc: Option<String>,
    /// The text pasted.
    pub(super) text: String,
}

/// Where the selected id is among `ids`, if it is still there.
pub(super) fn position_of<'a>(
    mut ids: impl Iterator<Item = &'a str>,
    selected: Option<&str>,
) -> Option<usize> {
    let selected = selected?;
    ids.position(|id| id == selected)
}

/// The first of `prefix`1, `prefix`2… that no item uses yet.
pub(super) fn fresh_id(existing: &[&str], prefix: &str) -> String {
    // One more candidate than there are ids: one of them is free.
    (1..=existing.len() + 1)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !existing.contains(&id.as_str()))
        .unwrap_or_else(|| prefix.to_owned())
}

/// A problem beside a field, small and in the error colour.
pub(super) fn error(ui: &mut Ui, text: impl Into<String>) {
    ui.label(
        RichText::new(text.into())
            .small()
            .color(ui.visuals().error_fg_color),
    );
}

/// A remark beside a field, small and weak.
pub(super) fn note(ui: &mut Ui, text: impl Into<String>) {
    ui.label(RichText::new(text.into()).small().weak());
}

/// The item whose id an id row edits.
pub(super) struct IdOf<'a> {
    /// The list the item is in.
    pub(super) collection: Collection,
    /// Its position in the list.
    pub(super) index: usize,
    /// Its id now.
    pub(super) current: &'a str,
    /// Every id of the list, in order (to refuse duplicates).
    pub(super) existing: &'a [&'a str],
    /// How many statements use the id.
    pub(super) used_by: usize,
}

/// The id row of a form: a box applied on Enter (or "Rename"), refused when invalid, with
/// the number of statements that follow a rename; `rename` makes the edit that applies it.
pub(super) fn id_row(
    ui: &mut Ui,
    state: &mut EditorsState,
    item: &IdOf<'_>,
    ctx: &ViewCtx<'_>,
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
    let label = ui.label(tr!("editor-id"));
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
                .add_enabled(
                    changed && valid.is_ok(),
                    egui::Button::new(tr!("editor-rename")),
                )
                .on_hover_text(tr!("editor-rename-tip"));
            if changed && valid.is_ok() && (enter || rename.clicked()) {
                apply = Some(typed.trim().to_owned());
            }
        });
        let changed = typed.as_str() != current;
        if changed {
            match check_id(existing, index, typed.trim(), forbidden) {
                Err(problem) => error(
                    ui,
                    super::super::problem_words::id_problem(crate::i18n::language(), &problem),
                ),
                Ok(()) if used_by > 0 => note(
                    ui,
                    tr!(
                        "editor-rename-follows",
                        n = used_by,
                        shown = crate::i18n::integer(crate::i18n::language(), used_by),
                        id = current
                    ),
                ),
                Ok(()) => note(ui, tr!("editor-enter-renames")),
            }
        } else if used_by > 0 {
            note(
                ui,
                tr!(
                    "editor-used-by",
                    statements = counted!("count-statements", used_by)
                ),
            );
        }
    });
    ui.end_row();
    if let Some(new_id) = apply {
        ctx.edit(rename(&new_id));
        // What the app keeps by id (the quick entry's session, the log's filters) follows.
        ctx.send(Command::Renamed {
            collection,
            old: current.to_owned(),
            new: new_id.clone(),
        });
        // The selection follows the item to its new id.
        match collection {
            Collection::Principles => state.principle = Some(new_id),
            Collection::Sessions => state.session = Some(new_id),
            Collection::Stakeholders => state.stakeholder = Some(new_id),
            Collection::Statements => {}
        }
    }
}

/// A labelled text row of a form; whether it changed this frame.
pub(super) fn text_row(ui: &mut Ui, label: &str, value: &mut String, multiline: bool) -> bool {
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

/// A labelled text row for an optional value: empty text is no value.
pub(super) fn optional_row(
    ui: &mut Ui,
    label: &str,
    value: &mut Option<String>,
    multiline: bool,
) -> bool {
    let mut text = value.clone().unwrap_or_default();
    let changed = text_row(ui, label, &mut text, multiline);
    if changed {
        *value = (!text.is_empty()).then_some(text);
    }
    changed
}

/// One row of an editor's list: selects the item by id when clicked.
pub(super) fn list_row(ui: &mut Ui, selected: &mut Option<String>, id: &str, text: String) {
    if ui
        .selectable_label(selected.as_deref() == Some(id), text)
        .clicked()
    {
        *selected = Some(id.to_owned());
    }
}

/// The resizable, scrolling panel on the left that holds an editor's list.
pub(super) fn list_panel(ui: &mut Ui, id: &str, add_contents: impl FnOnce(&mut Ui)) {
    egui::Panel::left(id.to_owned())
        .resizable(true)
        .default_size(260.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, add_contents);
        });
}
