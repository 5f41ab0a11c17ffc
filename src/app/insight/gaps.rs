//! Gaps: per principle, who supports, is mixed, opposes or is silent at one session, as
//! diverging stacked bars around zero, furthest from the framework first (as in the report).

use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, Vec2};

use super::super::method_ui::MethodOverrides;
use super::super::navigation::Navigate;
use super::super::palette;
use super::common::{Ctx, number, percent, verdict_words};
use super::widgets::session_bar;
use crate::i18n::Localized as _;
use crate::model::Stance;
use crate::tr;

const LABEL_W: f32 = 300.0;
const VERDICT_W: f32 = 190.0;
const ROW_H: f32 = 30.0;

/// Principle indices, furthest from the framework first: the order of the report
/// ([`crate::analysis::principles_by_gap`]).
pub fn principles_by_gap(cx: &Ctx<'_>, k: usize) -> Vec<usize> {
    crate::analysis::principles_by_gap(cx.analysis, cx.project.principles.len(), k)
}

/// Draws the gaps of session `k`.
pub fn ui(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    session: &mut Option<usize>,
    k: Option<usize>,
    overrides: &mut MethodOverrides,
) {
    let Some(mut k) = k else {
        ui.heading(tr!("view-gaps"));
        ui.label(tr!("gaps-no-session"));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        if let Some(chosen) = session_bar(ui, cx, &tr!("column-session"), "gaps-session", session) {
            k = chosen;
        }
        ui.separator();
        overrides.ui(ui, cx.project.method);
    });
    ui.label(egui::RichText::new(tr!("gaps-explanation")).weak());
    ui.add_space(4.0);
    scale(ui);
    let order = principles_by_gap(cx, k);
    egui::ScrollArea::vertical()
        .id_salt("gaps")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for j in order {
                row(ui, cx, k, j);
            }
        });
}

/// The scale above the bars: all oppose, half, centre, half, all support.
fn scale(ui: &mut Ui) {
    let width = ui.available_width().max(LABEL_W + VERDICT_W + 200.0);
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, 16.0), Sense::hover());
    let bar = rect.left() + LABEL_W..=rect.right() - VERDICT_W;
    let visuals = ui.visuals();
    let painter = ui.painter();
    let (left, right) = (*bar.start(), *bar.end());
    let centre = f32::midpoint(left, right);
    let half = percent(Some(0.5));
    for (x, text, align) in [
        (left, tr!("gaps-scale-oppose"), Align2::LEFT_CENTER),
        (
            f32::midpoint(left, centre),
            half.clone(),
            Align2::CENTER_CENTER,
        ),
        (centre, "0".to_owned(), Align2::CENTER_CENTER),
        (f32::midpoint(centre, right), half, Align2::CENTER_CENTER),
        (right, tr!("gaps-scale-support"), Align2::RIGHT_CENTER),
    ] {
        painter.text(
            Pos2::new(x, rect.center().y),
            align,
            text,
            FontId::proportional(11.0),
            visuals.weak_text_color(),
        );
    }
    painter.text(
        Pos2::new(rect.right() - VERDICT_W + 8.0, rect.center().y),
        Align2::LEFT_CENTER,
        tr!("gaps-verdict"),
        FontId::proportional(11.0),
        visuals.weak_text_color(),
    );
}

#[expect(
    clippy::many_single_char_names,
    reason = "k, a, j are the session, stakeholder and principle of METHODOLOGY.md"
)]
fn row(ui: &mut Ui, cx: &mut Ctx<'_>, k: usize, j: usize) {
    let principle = &cx.project.principles[j];
    let f = cx.analysis.principle(k, j);
    let width = ui.available_width().max(LABEL_W + VERDICT_W + 200.0);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, ROW_H), Sense::click());
    let label = tr!(
        "gaps-row-label",
        principle = format!("{} {}", principle.id, principle.title),
        verdict = verdict_words(&f),
        support = percent(f.support_share),
        mixed = percent(f.neutral_share),
        opposition = percent(f.opposition_share),
        silence = percent(f.silence_share),
        gap = number(f.gap)
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let visuals = ui.visuals().clone();
    let painter = ui.painter();
    if response.hovered() {
        painter.rect_filled(rect, 2.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        super::widgets::paint_focus(ui, rect);
    }
    let galley = painter.layout_job({
        let mut job = egui::text::LayoutJob::simple_singleline(
            format!("{} {}", principle.id, principle.title),
            FontId::proportional(13.5),
            visuals.text_color(),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(LABEL_W - 10.0);
        job
    });
    painter.galley(
        Pos2::new(rect.left() + 4.0, rect.center().y - galley.size().y / 2.0),
        galley,
        visuals.text_color(),
    );
    painter.text(
        Pos2::new(rect.right() - VERDICT_W + 8.0, rect.center().y),
        Align2::LEFT_CENTER,
        verdict_words(&f),
        FontId::proportional(13.5),
        visuals.strong_text_color(),
    );

    // The diverging bar: the whole width is the stakeholders in scope.
    let bar = Rect::from_x_y_ranges(
        rect.left() + LABEL_W..=rect.right() - VERDICT_W,
        rect.top() + 5.0..=rect.bottom() - 5.0,
    );
    // Each half of the bar is the whole scope: opposition (and half of mixed) left of the
    // centre line, support (and the other half) right of it, silence at the right end.
    let total = f.in_scope.max(1) as f32;
    let share = |count: usize| count as f32 / total;
    let centre = bar.center().x;
    let unit = bar.width() / 2.0;
    let mut x = centre - unit * (share(f.counts.neutral()) / 2.0 + share(f.counts.opposing()));
    for (stance, count) in f.counts.iter() {
        let w = unit * share(count);
        if w > 0.0 {
            let r = Rect::from_x_y_ranges(x..=x + w, bar.y_range());
            painter.rect_filled(r, 0.0, palette::stance_fill(stance));
            if w > 22.0 {
                painter.text(
                    r.center(),
                    Align2::CENTER_CENTER,
                    crate::format::percent_tight(f64::from(share(count))),
                    FontId::proportional(11.0),
                    palette::text_on(palette::stance_fill(stance)),
                );
            }
        }
        x += w;
    }
    // Silence to the right of everything, in grey.
    let silence = f.silence_share.unwrap_or(0.0);
    #[expect(clippy::cast_possible_truncation, reason = "a share in 0..=1")]
    let w = unit * silence as f32;
    if w > 0.0 {
        let r = Rect::from_x_y_ranges(bar.right() - w..=bar.right(), bar.y_range());
        painter.rect_filled(r, 0.0, palette::silence(&visuals));
        painter.rect_stroke(
            r,
            0.0,
            Stroke::new(1.0, palette::no_position(&visuals)),
            StrokeKind::Inside,
        );
        if w > 60.0 {
            painter.text(
                r.center(),
                Align2::CENTER_CENTER,
                tr!("gaps-silent", share = crate::format::percent_tight(silence)),
                FontId::proportional(11.0),
                visuals.text_color(),
            );
        }
    }
    painter.line_segment(
        [
            Pos2::new(centre, rect.top() + 1.0),
            Pos2::new(centre, rect.bottom() - 1.0),
        ],
        Stroke::new(1.5, visuals.strong_text_color()),
    );
    let response = response.on_hover_ui(|ui| {
        ui.label(egui::RichText::new(format!("{} {}", principle.id, principle.title)).strong());
        ui.label(tr!("insight-verdict", verdict = f.verdict.words()));
        ui.label(tr!(
            "insight-in-scope",
            n = f.n,
            total = f.in_scope,
            silent = percent(f.silence_share)
        ));
        ui.label(tr!(
            "gaps-shares-tip",
            support = percent(f.support_share),
            mixed = percent(f.neutral_share),
            opposition = percent(f.opposition_share)
        ));
        let counts: Vec<String> = Stance::ALL
            .iter()
            .enumerate()
            .map(|(i, &s)| {
                let words = if i == 0 {
                    s.words()
                } else {
                    s.words().to_lowercase()
                };
                format!("{words} {}", f.counts.get(s))
            })
            .collect();
        ui.label(counts.join(" · "));
        ui.label(tr!(
            "gaps-scores-tip",
            gap = number(f.gap),
            mean = number(f.mean_score),
            consensus = number(f.consensus)
        ));
        ui.label(egui::RichText::new(tr!("gaps-click")).weak());
    });
    if response.clicked() {
        cx.navigate(Navigate::Log {
            stakeholder: None,
            principle: Some(principle.id.clone()),
            session: None,
        });
    }
}
