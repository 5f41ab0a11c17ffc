//! Shifts: between two chosen sessions, who moved on what and by how much, with the statements
//! at both ends; positions that are new at the later session are listed apart.

use egui::{RichText, Sense, Ui};
use egui_extras::{Column, TableBuilder};

use super::super::method_ui::MethodOverrides;
use super::common::{Ctx, Stamp, position_words, rests_on_confidential, statement_ui};
use super::widgets::{paint_cell, paint_confidential_mark, session_bar};
use crate::analysis::{EffectivePosition, Shifts};
use crate::tr;

/// Which list is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tab {
    /// Changed positions.
    #[default]
    Moved,
    /// Positions with nothing to compare with.
    New,
}

/// The two sessions compared and the cached shifts between them.
#[derive(Default)]
pub struct ShiftsState {
    from: Option<usize>,
    to: Option<usize>,
    tab: Tab,
    cache: Option<((Stamp, usize, usize), Shifts)>,
}

/// Draws the shifts; `step` (Alt+Left/Right) moves both sessions along the order.
pub fn ui(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    state: &mut ShiftsState,
    overrides: &mut MethodOverrides,
    step: i8,
) {
    let Some(mut to) = cx.step_session(&mut state.to, step) else {
        ui.heading(tr!("view-shifts"));
        ui.label(tr!("shifts-no-session"));
        return;
    };
    if step != 0 || state.from.is_none_or(|f| cx.session(Some(f)) != Some(f)) {
        state.from = cx.analysis.previous_session(to);
    }
    let Some(mut from) = state.from else {
        ui.horizontal_wrapped(|ui| {
            session_bar(
                ui,
                cx,
                &tr!("shifts-to-session"),
                "shifts-to",
                &mut state.to,
            );
        });
        ui.label(tr!("shifts-first-session"));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let label = tr!("shifts-from-session");
        if let Some(f) = session_bar(ui, cx, &label, "shifts-from", &mut state.from) {
            from = f;
        }
        ui.separator();
        let label = tr!("shifts-to-session");
        if let Some(t) = session_bar(ui, cx, &label, "shifts-to", &mut state.to) {
            to = t;
        }
        ui.separator();
        overrides.ui(ui, cx.project.method);
    });
    if from == to {
        ui.label(tr!("shifts-same-session"));
        return;
    }
    let key = (cx.stamp, from, to);
    if state.cache.as_ref().is_none_or(|(k, _)| *k != key) {
        state.cache = Some((key, cx.analysis.shifts(cx.project, from, to)));
    }
    let Some((_, shifts)) = &state.cache else {
        return;
    };
    ui.horizontal(|ui| {
        ui.selectable_value(
            &mut state.tab,
            Tab::Moved,
            tr!("shifts-moved", count = shifts.moved.len()),
        );
        ui.selectable_value(
            &mut state.tab,
            Tab::New,
            tr!("shifts-new", count = shifts.new.len()),
        );
        ui.label(
            RichText::new(tr!(
                "shifts-explanation",
                from = cx.session_id(from),
                to = cx.session_id(to)
            ))
            .weak(),
        );
    });
    ui.separator();
    match state.tab {
        Tab::Moved => moved(ui, cx, shifts, from, to),
        Tab::New => new_positions(ui, cx, shifts, from, to),
    }
}

fn statement_cell(ui: &mut Ui, cx: &Ctx<'_>, position: &EffectivePosition) {
    let Some(statement) = cx.project.statements.get(position.statement) else {
        return;
    };
    let date = statement
        .date
        .map_or_else(String::new, |d| format!(", {d}"));
    ui.add(
        egui::Label::new(format!(
            "{}{date}: {}",
            statement.session,
            crate::text::clip(&statement.summary, crate::text::ROW_BYTES)
        ))
        .truncate()
        .sense(Sense::hover()),
    )
    .on_hover_ui(|ui| {
        ui.set_max_width(440.0);
        statement_ui(ui, cx, statement);
    });
}

/// The change as two stance cells (before, after; or only after for a new position) and the
/// difference, clickable, named for screen readers by `label`.
fn change_button(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    (a, j): (usize, usize),
    cells: (Option<&EffectivePosition>, &EffectivePosition),
    text: &str,
    label: &str,
) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(200.0, 20.0), Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    let cell =
        |x: f32| egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(34.0, 20.0));
    let mut x = rect.left();
    if let Some(from) = cells.0 {
        paint_cell(ui, cell(x), Some(from), false);
        if rests_on_confidential(cx, from) {
            paint_confidential_mark(ui, cell(x));
        }
        ui.painter().text(
            egui::pos2(x + 44.0, rect.center().y),
            egui::Align2::CENTER_CENTER,
            tr!("shifts-to"),
            egui::FontId::proportional(12.0),
            ui.visuals().weak_text_color(),
        );
        x += 54.0;
    }
    paint_cell(ui, cell(x), Some(cells.1), response.hovered());
    if rests_on_confidential(cx, cells.1) {
        paint_confidential_mark(ui, cell(x));
    }
    ui.painter().text(
        egui::pos2(x + 42.0, rect.center().y),
        egui::Align2::LEFT_CENTER,
        text,
        egui::FontId::proportional(13.0),
        ui.visuals().text_color(),
    );
    if response.on_hover_text(tr!("shifts-change-tip")).clicked() {
        cx.navigate(cx.behind(a, j));
    }
}

fn moved(ui: &mut Ui, cx: &mut Ctx<'_>, shifts: &Shifts, from: usize, to: usize) {
    if shifts.moved.is_empty() {
        ui.label(tr!(
            "shifts-nobody-moved",
            from = cx.session_id(from),
            to = cx.session_id(to)
        ));
        return;
    }
    // Shares of the width the view has, so that the last column fits at 1280 px and less.
    let w = ui.available_width();
    TableBuilder::new(ui)
        .id_salt("shifts-moved")
        .striped(true)
        .auto_shrink([false, false])
        .column(Column::initial(w * 0.17).at_least(80.0).clip(true))
        .column(Column::initial(w * 0.18).at_least(60.0).clip(true))
        .column(
            Column::initial(190.0_f32.min(w * 0.2))
                .at_least(120.0)
                .clip(true),
        )
        .column(Column::initial(w * 0.22).at_least(80.0).clip(true))
        .column(Column::remainder().at_least(80.0).clip(true))
        .header(22.0, |mut header| {
            for title in [
                tr!("insight-stakeholder"),
                tr!("shifts-principle"),
                tr!("shifts-change"),
                tr!("shifts-earlier-statement"),
                tr!("shifts-later-statement"),
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(24.0, shifts.moved.len(), |mut row| {
                let shift = &shifts.moved[row.index()];
                let (a, j) = (shift.stakeholder, shift.principle);
                row.col(|ui| {
                    ui.add(egui::Label::new(cx.name(a)).truncate());
                });
                row.col(|ui| {
                    let p = &cx.project.principles[j];
                    ui.add(egui::Label::new(format!("{} {}", p.id, p.title)).truncate());
                });
                row.col(|ui| {
                    let text = format!("{:+}", shift.delta);
                    let label = tr!(
                        "shifts-change-label",
                        name = cx.name(a),
                        principle = cx.project.principles[j].id.as_str(),
                        before = position_words(cx, &shift.from),
                        after = position_words(cx, &shift.to),
                        delta = text.as_str(),
                        from = cx.session_id(from),
                        to = cx.session_id(to)
                    );
                    change_button(
                        ui,
                        cx,
                        (a, j),
                        (Some(&shift.from), &shift.to),
                        &text,
                        &label,
                    );
                });
                row.col(|ui| statement_cell(ui, cx, &shift.from));
                row.col(|ui| statement_cell(ui, cx, &shift.to));
            });
        });
}

fn new_positions(ui: &mut Ui, cx: &mut Ctx<'_>, shifts: &Shifts, from: usize, to: usize) {
    if shifts.new.is_empty() {
        ui.label(tr!(
            "shifts-no-new",
            to = cx.session_id(to),
            from = cx.session_id(from)
        ));
        return;
    }
    let w = ui.available_width();
    TableBuilder::new(ui)
        .id_salt("shifts-new")
        .striped(true)
        .auto_shrink([false, false])
        .column(Column::initial(w * 0.2).at_least(80.0).clip(true))
        .column(Column::initial(w * 0.22).at_least(60.0).clip(true))
        .column(
            Column::initial(190.0_f32.min(w * 0.2))
                .at_least(120.0)
                .clip(true),
        )
        .column(Column::remainder().at_least(80.0).clip(true))
        .header(22.0, |mut header| {
            for title in [
                tr!("insight-stakeholder"),
                tr!("shifts-principle"),
                tr!("shifts-position"),
                tr!("shifts-statement"),
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(24.0, shifts.new.len(), |mut row| {
                let new = &shifts.new[row.index()];
                let (a, j) = (new.stakeholder, new.principle);
                row.col(|ui| {
                    ui.add(egui::Label::new(cx.name(a)).truncate());
                });
                row.col(|ui| {
                    let p = &cx.project.principles[j];
                    ui.add(egui::Label::new(format!("{} {}", p.id, p.title)).truncate());
                });
                row.col(|ui| {
                    let words = position_words(cx, &new.position);
                    let label = tr!(
                        "shifts-new-label",
                        name = cx.name(a),
                        principle = cx.project.principles[j].id.as_str(),
                        session = cx.session_id(to),
                        position = words
                    );
                    let text = if new.position.carried {
                        tr!(
                            "shifts-carried-from",
                            session = cx.session_id(new.position.from_session)
                        )
                    } else {
                        String::new()
                    };
                    change_button(ui, cx, (a, j), (None, &new.position), &text, &label);
                });
                row.col(|ui| statement_cell(ui, cx, &new.position));
            });
        });
}
