//! The sessions editor: the list by date, and the form of the selected session (id, name,
//! kind, dates, city, draft, notes), with deletion and a jump to its statements.

use chrono::Local;
use egui::Ui;

use super::super::command::{Command, Confirm};
use super::super::navigation::Navigate;
use super::super::view_ctx::ViewCtx;
use super::state::{
    DateBox, EditorsState, IdOf, error, fresh_id, id_row, list_panel, list_row, optional_row,
    position_of, text_row,
};
use crate::i18n::Localized as _;
use crate::model::{
    Collection, Edit, Item, Session, SessionKind, delete_session, parse_date, rename_session,
};
use crate::{counted, tr};

/// The sessions editor.
pub fn sessions(ui: &mut Ui, ctx: &ViewCtx<'_>, state: &mut EditorsState) {
    let project = ctx.project();
    let ids: Vec<&str> = project.sessions.iter().map(|s| s.id.as_str()).collect();
    list_panel(ui, "session-list", |ui| {
        if ui.button(tr!("sessions-add")).clicked() {
            let index = project.sessions.len();
            let new_id = fresh_id(&ids, "S");
            state.session = Some(new_id.clone());
            ctx.edit(Edit::Insert {
                index,
                item: Item::Session(Session {
                    id: new_id.clone(),
                    name: tr!("sessions-new-name"),
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
        ui.heading(tr!("view-sessions"));
        ui.label(tr!("sessions-choose"));
        return;
    };
    let session = &project.sessions[k];
    let used_by = project
        .statements
        .iter()
        .filter(|s| s.session == session.id)
        .count();
    ui.heading(tr!("sessions-heading", id = session.id.as_str()));
    ui.horizontal(|ui| {
        if ui.button(tr!("sessions-statements")).clicked() {
            ctx.navigate(Navigate::Log {
                stakeholder: None,
                principle: None,
                session: Some(session.id.clone()),
            });
        }
        if ui.button(tr!("editor-delete")).clicked() {
            let (edit, deleted) = delete_session(project, k);
            if deleted == 0 {
                ctx.edit(edit);
            } else {
                ctx.send(Command::Confirm(Box::new(Confirm {
                    title: tr!("sessions-delete-title", id = session.id.as_str()),
                    message: tr!(
                        "sessions-delete-message",
                        n = deleted,
                        statements = counted!("count-statements", deleted),
                        id = session.id.as_str()
                    ),
                    button: tr!(
                        "sessions-delete-button",
                        statements = counted!("count-statements", deleted)
                    ),
                    edit,
                })));
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
                ctx,
                |new_id| rename_session(project, k, new_id).0,
            );
            text_row(ui, &tr!("editor-name"), &mut s.name, false);
            let label = ui.label(tr!("editor-kind"));
            let combo = egui::ComboBox::from_id_salt("session-kind")
                .selected_text(s.kind.words())
                .show_ui(ui, |ui| {
                    for kind in SessionKind::ALL {
                        ui.selectable_value(&mut s.kind, kind, kind.words());
                    }
                })
                .response
                .labelled_by(label.id);
            super::super::a11y::name_with_value(&combo, &tr!("editor-kind"), &s.kind.words());
            ui.end_row();
            dates_rows(ui, state, k, &mut s);
            optional_row(ui, &tr!("sessions-city"), &mut s.location, false);
            optional_row(ui, &tr!("sessions-draft"), &mut s.draft, false);
            optional_row(ui, &tr!("editor-notes"), &mut s.notes, true);
        });
    if s != *session {
        ctx.edit(Edit::Replace {
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
    let label = ui.label(tr!("sessions-start"));
    ui.add(
        egui::TextEdit::singleline(start)
            .hint_text(tr!("sessions-date-hint"))
            .desired_width(120.0),
    )
    .labelled_by(label.id);
    ui.end_row();
    let label = ui.label(tr!("sessions-end"));
    ui.vertical(|ui| {
        ui.add(
            egui::TextEdit::singleline(end)
                .hint_text(tr!("sessions-end-hint"))
                .desired_width(120.0),
        )
        .labelled_by(label.id);
        let parsed_start = match parse_date(start) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err(tr!("sessions-start-missing")),
            Err(e) => Err(tr!(
                "sessions-start-problem",
                problem = super::super::words::date_problem(crate::i18n::language(), &e)
            )),
        };
        let parsed_end = parse_date(end).map_err(|e| {
            tr!(
                "sessions-end-problem",
                problem = super::super::words::date_problem(crate::i18n::language(), &e)
            )
        });
        match (parsed_start, parsed_end) {
            (Ok(from), Ok(to)) if to.is_some_and(|to| to < from) => error(
                ui,
                tr!(
                    "sessions-end-before-start",
                    end = to.map(|d| d.to_string()).unwrap_or_default(),
                    start = from.to_string()
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
