//! Widgets the analysis views share: the session bar and the carry-forward switch, the
//! interactive stance cell of the matrix, the profile and the comparison, its painting and
//! tooltip, and the thin share bar of a principle.

use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Ui};

use super::super::a11y::keep_in_view;
use super::super::palette;
use super::common::{self, Ctx, position_words, statement_ui};
use crate::analysis::EffectivePosition;
use crate::model::StanceCounts;
use crate::tr;

/// A thin stacked bar of the stance counts over the stakeholders in scope.
pub fn share_bar(
    painter: &egui::Painter,
    rect: Rect,
    counts: &StanceCounts,
    in_scope: usize,
    visuals: &egui::Visuals,
) {
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(0.5, palette::no_position(visuals)),
        StrokeKind::Inside,
    );
    if in_scope == 0 {
        return;
    }
    let mut x = rect.left();
    for (stance, count) in counts.iter() {
        let w = rect.width() * count as f32 / in_scope as f32;
        if w > 0.0 {
            painter.rect_filled(
                Rect::from_min_max(Pos2::new(x, rect.top()), Pos2::new(x + w, rect.bottom())),
                0.0,
                palette::stance_fill(stance),
            );
        }
        x += w;
    }
}

/// One interactive stance cell, as the matrix, the profile and the comparison show it:
/// stakeholder `a` on principle `j` at session `k`, painted, announced to screen readers as
/// `label(cx)`, with the statements behind it on hover; a click asks the log for everything
/// `a` said on `j`. The label is made only when a screen reader asks for it: a matrix has
/// thousands of cells, and making every name on every frame would cost more than drawing.
pub fn stance_cell(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    id: egui::Id,
    cell: Rect,
    (k, a, j): (usize, usize, usize),
    position: Option<&EffectivePosition>,
    label: impl Fn(&Ctx<'_>) -> String,
) -> egui::Response {
    let response = ui.interact(cell, id, Sense::click());
    let named: &Ctx<'_> = cx;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label(named)));
    keep_in_view(&response);
    paint_cell(ui, cell, position, response.hovered());
    if position.is_some_and(|p| common::rests_on_confidential(cx, p)) {
        paint_confidential_mark(ui, cell);
    }
    // The keyboard's place is drawn (a ring in the selection colour), and the statement
    // behind the cell shows for the keyboard as it does for the mouse.
    let focused = response.has_focus();
    if focused {
        paint_focus(ui, cell);
        response.show_tooltip_ui(|ui| cell_tooltip(ui, cx, k, a, j, position));
    }
    let response = if focused {
        response
    } else {
        response.on_hover_ui(|ui| cell_tooltip(ui, cx, k, a, j, position))
    };
    if response.clicked() {
        cx.navigate(cx.behind(a, j));
    }
    response
}

/// The ring that shows which cell, header or bar has the keyboard: two points wide, in the
/// theme's selection colour, outside the cell so that its fill stays readable.
pub fn paint_focus(ui: &Ui, rect: Rect) {
    let colour = ui.visuals().selection.stroke.color;
    ui.painter().rect_stroke(
        rect.expand(1.0),
        3.0,
        Stroke::new(2.0, colour),
        StrokeKind::Outside,
    );
}

/// Paints one stance cell: fill and symbol; carried faded with a corner mark; no position as an
/// empty outline with a dot.
pub fn paint_cell(ui: &Ui, rect: Rect, position: Option<&EffectivePosition>, hovered: bool) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    let inner = rect.shrink(1.5);
    match position {
        None => {
            let weak = palette::no_position(visuals);
            painter.rect_stroke(
                inner.shrink(1.0),
                2.0,
                Stroke::new(1.0, weak),
                StrokeKind::Inside,
            );
            painter.circle_filled(inner.center(), 1.6, weak);
        }
        Some(p) => {
            let fill = if p.carried {
                palette::carried_fill(p.stance, visuals)
            } else {
                palette::stance_fill(p.stance)
            };
            let text = palette::text_on(fill);
            painter.rect_filled(inner, 2.0, fill);
            painter.text(
                inner.center(),
                Align2::CENTER_CENTER,
                p.stance.symbol(),
                FontId::monospace(13.0),
                text,
            );
            if p.inherited {
                // Inherited from a bloc: a bar along the bottom edge (carried is a corner).
                let h = (inner.height() * 0.16).clamp(2.0, 3.5);
                painter.rect_filled(
                    Rect::from_min_max(
                        Pos2::new(inner.left() + 3.0, inner.bottom() - h - 1.0),
                        Pos2::new(inner.right() - 3.0, inner.bottom() - 1.0),
                    ),
                    1.0,
                    visuals.strong_text_color(),
                );
            }
            if p.carried {
                let s = (inner.height() * 0.35).min(7.0);
                let corner = inner.right_top();
                painter.add(egui::Shape::convex_polygon(
                    vec![
                        corner,
                        Pos2::new(corner.x, corner.y + s),
                        Pos2::new(corner.x - s, corner.y),
                    ],
                    visuals.strong_text_color(),
                    Stroke::NONE,
                ));
            }
        }
    }
    if hovered {
        painter.rect_stroke(
            rect.shrink(0.5),
            2.0,
            Stroke::new(1.5, visuals.strong_text_color()),
            StrokeKind::Inside,
        );
    }
}

/// Marks a cell whose position rests on a confidential statement: a small ring in the top
/// left corner (the views count such statements; exports leave them out).
pub fn paint_confidential_mark(ui: &Ui, rect: Rect) {
    let inner = rect.shrink(1.5);
    let r = (inner.height() * 0.16).clamp(2.0, 3.5);
    ui.painter().circle(
        Pos2::new(inner.left() + r + 2.0, inner.top() + r + 2.0),
        r,
        ui.visuals().extreme_bg_color,
        Stroke::new(1.2, ui.visuals().strong_text_color()),
    );
}

/// The statement(s) behind a cell: the one that decides it, then earlier ones.
#[expect(
    clippy::many_single_char_names,
    reason = "k, a, j are the session, stakeholder and principle of METHODOLOGY.md"
)]
pub fn cell_tooltip(
    ui: &mut Ui,
    cx: &Ctx<'_>,
    k: usize,
    a: usize,
    j: usize,
    position: Option<&EffectivePosition>,
) {
    ui.set_max_width(440.0);
    let principle = &cx.project.principles[j];
    ui.label(
        egui::RichText::new(tr!(
            "insight-cell-tip-title",
            name = cx.name(a),
            principle = format!("{} {}", principle.id, principle.title),
            session = cx.session_id(k)
        ))
        .strong(),
    );
    match position {
        None => {
            ui.label(if cx.stamp.options.carry_forward {
                tr!("insight-no-position-up-to", session = cx.session_id(k))
            } else {
                tr!("insight-no-position-carry-off", session = cx.session_id(k))
            });
            ui.label(egui::RichText::new(tr!("insight-cell-click-none")).weak());
        }
        Some(p) => {
            ui.label(position_words(cx, p));
            ui.separator();
            if let Some(statement) = cx.project.statements.get(p.statement) {
                statement_ui(ui, cx, statement);
            }
            let earlier: Vec<usize> = common::statements_on(cx, a, j, k)
                .into_iter()
                .filter(|&i| i != p.statement)
                .collect();
            if !earlier.is_empty() {
                ui.separator();
                ui.label(tr!(
                    "insight-earlier",
                    principle = principle.id.as_str(),
                    count = earlier.len()
                ));
                for &i in earlier.iter().take(2) {
                    let s = &cx.project.statements[i];
                    let stance = s.stances.get(&principle.id).map_or("", |st| st.symbol());
                    ui.label(format!(
                        "{} {stance} · {}",
                        s.session,
                        crate::text::clip(&s.summary, crate::text::ROW_BYTES)
                    ));
                }
            }
            ui.label(egui::RichText::new(tr!("insight-cell-click")).weak());
        }
    }
}

/// A session chooser: previous and next buttons around a drop-down (Alt+Left and Alt+Right do
/// the same from the keyboard). Returns the chosen session.
pub fn session_bar(
    ui: &mut Ui,
    cx: &Ctx<'_>,
    label: &str,
    id_salt: &str,
    chosen: &mut Option<usize>,
) -> Option<usize> {
    let current = cx.session(*chosen)?;
    let order = cx.analysis.session_order();
    let at = order.iter().position(|&k| k == current).unwrap_or(0);
    let text = ui.label(label);
    let previous = ui
        .add_enabled(at > 0, egui::Button::new("<"))
        .on_hover_text(tr!("insight-previous-session-tip"));
    previous.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            at > 0,
            tr!("insight-previous-session", label = label),
        )
    });
    if previous.clicked() {
        *chosen = Some(order[at - 1]);
    }
    let combo = egui::ComboBox::from_id_salt(id_salt)
        .width(300.0)
        .selected_text(cx.session_long(current))
        .show_ui(ui, |ui| {
            for &k in order.iter().rev() {
                if ui
                    .selectable_label(k == current, cx.session_long(k))
                    .clicked()
                {
                    *chosen = Some(k);
                }
            }
        });
    let combo = combo.response.labelled_by(text.id);
    let now = chosen.map_or(current, |k| k);
    super::super::a11y::name_with_value(&combo, label, &cx.session_long(now));
    let next = ui
        .add_enabled(at + 1 < order.len(), egui::Button::new(">"))
        .on_hover_text(tr!("insight-next-session-tip"));
    next.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            at + 1 < order.len(),
            tr!("insight-next-session", label = label),
        )
    });
    if next.clicked() {
        *chosen = Some(order[at + 1]);
    }
    cx.session(*chosen)
}
