//! The alignment matrix: stakeholders × principles at one session, each cell the effective
//! stance (colour and symbol), with row figures (alignment, coverage) and column figures
//! (verdict, support and opposition). Every row is laid out (for the keyboard and screen
//! readers); only the visible ones are painted.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, Vec2};

use super::super::a11y::{keep_in_view, name_with_value};
use super::super::method_ui::MethodOverrides;
use super::super::navigation::Navigate;
use super::super::palette;
use super::common::{
    self, Ctx, Stamp, cell_label, percent, region_words, signed_percent, verdict_words,
};
use super::widgets::{paint_cell, paint_confidential_mark, session_bar, share_bar, stance_cell};
use crate::analysis::EffectivePosition;
use crate::i18n::{Lang, Localized as _};
use crate::model::{StakeholderKind, Stance, UnRegion};
use crate::tr;

const NAME_W: f32 = 230.0;
const ALIGN_W: f32 = 84.0;
const COVER_W: f32 = 84.0;
const ROW_H: f32 = 22.0;
const HEADER_H: f32 = 150.0;
const BAR_H: f32 = 10.0;
/// Two lines of column figures (support, opposition) under the share bar.
const FIG_H: f32 = 32.0;

/// How rows are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Most aligned first; no alignment last.
    #[default]
    Alignment,
    /// By name.
    Name,
    /// By UN regional group (or kind), then name.
    Region,
    /// By first bloc, then name.
    Bloc,
}

impl Sort {
    const ALL: [Sort; 4] = [Sort::Alignment, Sort::Name, Sort::Region, Sort::Bloc];

    fn label(self) -> String {
        match self {
            Sort::Alignment => tr!("insight-alignment"),
            Sort::Name => tr!("matrix-sort-name"),
            Sort::Region => tr!("matrix-sort-region"),
            Sort::Bloc => tr!("insight-bloc"),
        }
    }
}

/// How rows are grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// One list.
    #[default]
    None,
    /// Under each bloc (a member of two blocs appears under both), then those in none.
    Bloc,
    /// By UN regional group, then the stakeholders without one.
    Region,
}

impl Grouping {
    const ALL: [Grouping; 3] = [Grouping::None, Grouping::Bloc, Grouping::Region];

    fn label(self) -> String {
        match self {
            Grouping::None => tr!("matrix-no-grouping"),
            Grouping::Bloc => tr!("insight-bloc"),
            Grouping::Region => tr!("insight-un-regional-group"),
        }
    }
}

/// One line of the matrix.
#[derive(Clone, Debug, PartialEq)]
enum Row {
    /// A group title.
    Header(String),
    /// A stakeholder (index into the project).
    Stakeholder(usize),
}

/// What the row order depends on (the language too: the group titles are words).
type LayoutKey = (Stamp, usize, Sort, Grouping, Option<StakeholderKind>, Lang);

/// The matrix's choices and its cached row order.
#[derive(Default)]
pub struct MatrixState {
    sort: Sort,
    grouping: Grouping,
    kind: Option<StakeholderKind>,
    layout: Option<(LayoutKey, Vec<Row>)>,
}

/// Draws the matrix for session `k` (already stepped by the keyboard).
pub fn ui(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    state: &mut MatrixState,
    session: &mut Option<usize>,
    k: Option<usize>,
    overrides: &mut MethodOverrides,
) {
    let Some(mut k) = k else {
        ui.heading(tr!("view-matrix"));
        ui.label(tr!("matrix-no-session"));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        if let Some(chosen) = session_bar(ui, cx, &tr!("column-session"), "matrix-session", session)
        {
            k = chosen;
        }
        ui.separator();
        let sort_by = tr!("matrix-sort-by");
        let label = ui.label(&sort_by);
        let combo = egui::ComboBox::from_id_salt("matrix-sort")
            .selected_text(state.sort.label())
            .show_ui(ui, |ui| {
                for sort in Sort::ALL {
                    ui.selectable_value(&mut state.sort, sort, sort.label());
                }
            })
            .response
            .labelled_by(label.id);
        name_with_value(&combo, &sort_by, &state.sort.label());
        let group_by = tr!("matrix-group-by");
        let label = ui.label(&group_by);
        let combo = egui::ComboBox::from_id_salt("matrix-group")
            .selected_text(state.grouping.label())
            .show_ui(ui, |ui| {
                for grouping in Grouping::ALL {
                    ui.selectable_value(&mut state.grouping, grouping, grouping.label());
                }
            })
            .response
            .labelled_by(label.id);
        name_with_value(&combo, &group_by, &state.grouping.label());
        let kind_words = |kind: Option<StakeholderKind>| {
            kind.map_or_else(|| tr!("matrix-all-kinds"), StakeholderKind::words)
        };
        let kind_label = tr!("insight-kind");
        let label = ui.label(&kind_label);
        let combo = egui::ComboBox::from_id_salt("matrix-kind")
            .selected_text(kind_words(state.kind))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.kind, None, kind_words(None));
                for kind in StakeholderKind::ALL {
                    if cx.project.stakeholders.iter().any(|s| s.kind == kind) {
                        ui.selectable_value(&mut state.kind, Some(kind), kind.words());
                    }
                }
            })
            .response
            .labelled_by(label.id);
        name_with_value(&combo, &kind_label, &kind_words(state.kind));
        overrides.ui(ui, cx.project.method);
    });
    // On a short view (a large zoom) the legend folds away, leaving the room to the rows.
    if ui.available_height() < 480.0 {
        egui::CollapsingHeader::new(tr!("matrix-legend"))
            .default_open(false)
            .show(ui, legend);
    } else {
        legend(ui);
    }
    let key = (
        cx.stamp,
        k,
        state.sort,
        state.grouping,
        state.kind,
        crate::i18n::language(),
    );
    if state.layout.as_ref().is_none_or(|(old, _)| *old != key) {
        state.layout = Some((
            key,
            build_rows(cx, k, state.sort, state.grouping, state.kind),
        ));
    }
    let rows: &[Row] = state.layout.as_ref().map_or(&[], |(_, rows)| rows);
    if rows.is_empty() {
        ui.label(tr!("matrix-no-stakeholder-of-kind"));
        return;
    }
    grid(ui, cx, k, rows);
}

/// The stance colours, "carried" and "no recorded position", as a key above the matrix.
fn legend(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        let swatch = |ui: &mut Ui, position: Option<EffectivePosition>, text: &str| {
            let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, 18.0), Sense::hover());
            paint_cell(ui, rect, position.as_ref(), false);
            ui.label(text);
            ui.add_space(6.0);
        };
        for stance in Stance::ALL {
            swatch(
                ui,
                Some(EffectivePosition {
                    stance,
                    from_session: 0,
                    statement: 0,
                    carried: false,
                    inherited: false,
                }),
                &stance.words(),
            );
        }
        swatch(
            ui,
            Some(EffectivePosition {
                stance: Stance::Supports,
                from_session: 0,
                statement: 0,
                carried: true,
                inherited: false,
            }),
            &tr!("matrix-legend-carried"),
        );
        swatch(
            ui,
            Some(EffectivePosition {
                stance: Stance::Supports,
                from_session: 0,
                statement: 0,
                carried: false,
                inherited: true,
            }),
            &tr!("matrix-legend-inherited"),
        );
        let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, 18.0), Sense::hover());
        paint_cell(
            ui,
            rect,
            Some(&EffectivePosition {
                stance: Stance::Supports,
                from_session: 0,
                statement: 0,
                carried: false,
                inherited: false,
            }),
            false,
        );
        paint_confidential_mark(ui, rect);
        ui.label(tr!("matrix-legend-confidential"));
        ui.add_space(6.0);
        swatch(ui, None, &tr!("matrix-legend-no-position"));
    });
}

fn build_rows(
    cx: &Ctx<'_>,
    k: usize,
    sort: Sort,
    grouping: Grouping,
    kind: Option<StakeholderKind>,
) -> Vec<Row> {
    let project = cx.project;
    let stakeholders = &project.stakeholders;
    let blocs: Vec<usize> = (0..stakeholders.len())
        .filter(|&b| stakeholders[b].kind == StakeholderKind::Bloc)
        .collect();
    // First bloc (file order) of each stakeholder, for sorting by bloc.
    let mut first_bloc: Vec<Option<usize>> = vec![None; stakeholders.len()];
    let mut members_of: Vec<Vec<usize>> = Vec::with_capacity(blocs.len());
    for &b in &blocs {
        let members: Vec<usize> = stakeholders[b]
            .members
            .iter()
            .filter_map(|id| stakeholders.iter().position(|s| &s.id == id))
            .collect();
        for &m in &members {
            first_bloc[m].get_or_insert(b);
        }
        members_of.push(members);
    }
    let mut shown: Vec<usize> = (0..stakeholders.len())
        .filter(|&a| kind.is_none_or(|kind| stakeholders[a].kind == kind))
        .collect();
    let names: Vec<String> = stakeholders.iter().map(|s| s.name.to_lowercase()).collect();
    let by_name = |a: &usize, b: &usize| names[*a].cmp(&names[*b]).then(a.cmp(b));
    match sort {
        Sort::Alignment => shown.sort_by(|a, b| {
            let (x, y) = (
                cx.analysis.stakeholder(k, *a).alignment,
                cx.analysis.stakeholder(k, *b).alignment,
            );
            match (x, y) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| by_name(a, b))
        }),
        Sort::Name => shown.sort_by(by_name),
        Sort::Region => {
            let regions: Vec<String> = stakeholders.iter().map(region_words).collect();
            shown.sort_by(|a, b| regions[*a].cmp(&regions[*b]).then_with(|| by_name(a, b)));
        }
        Sort::Bloc => shown.sort_by(|a, b| {
            let key = |x: usize| first_bloc[x].map(|f| &names[f]);
            match (key(*a), key(*b)) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| by_name(a, b))
        }),
    }
    let mut rows = Vec::with_capacity(shown.len() + 8);
    match grouping {
        Grouping::None => rows.extend(shown.iter().map(|&a| Row::Stakeholder(a))),
        Grouping::Region => {
            let regions = [
                Some(UnRegion::African),
                Some(UnRegion::AsiaPacific),
                Some(UnRegion::EasternEuropean),
                Some(UnRegion::LatinAmericanCaribbean),
                Some(UnRegion::WesternEuropeanOthers),
                None,
            ];
            for region in regions {
                let members: Vec<usize> = shown
                    .iter()
                    .copied()
                    .filter(|&a| stakeholders[a].region == region)
                    .collect();
                if members.is_empty() {
                    continue;
                }
                let title = region.map_or_else(|| tr!("matrix-no-region"), UnRegion::words);
                rows.push(Row::Header(format!("{title} ({})", members.len())));
                rows.extend(members.into_iter().map(Row::Stakeholder));
            }
        }
        Grouping::Bloc => {
            let mut in_some = vec![false; stakeholders.len()];
            for (i, &b) in blocs.iter().enumerate() {
                let members: Vec<usize> = shown
                    .iter()
                    .copied()
                    .filter(|a| members_of[i].contains(a))
                    .collect();
                let bloc_shown = shown.contains(&b);
                if members.is_empty() && !bloc_shown {
                    continue;
                }
                let title = match cx.analysis.bloc_aggregate(project, k, b) {
                    Some(agg) => tr!(
                        "matrix-bloc-header",
                        bloc = stakeholders[b].name.as_str(),
                        own = signed_percent(agg.own),
                        mean = signed_percent(agg.members_mean),
                        counted = agg.members_counted,
                        members = agg.members
                    ),
                    None => stakeholders[b].name.clone(),
                };
                rows.push(Row::Header(title));
                if bloc_shown {
                    rows.push(Row::Stakeholder(b));
                    in_some[b] = true;
                }
                for m in members {
                    in_some[m] = true;
                    rows.push(Row::Stakeholder(m));
                }
            }
            let rest: Vec<usize> = shown.iter().copied().filter(|&a| !in_some[a]).collect();
            if !rest.is_empty() {
                rows.push(Row::Header(format!(
                    "{} ({})",
                    tr!("insight-in-no-bloc"),
                    rest.len()
                )));
                rows.extend(rest.into_iter().map(Row::Stakeholder));
            }
        }
    }
    rows
}

/// The column headers, then the visible rows.
fn grid(ui: &mut Ui, cx: &mut Ctx<'_>, k: usize, rows: &[Row]) {
    let num_principles = cx.project.principles.len();
    let fixed = NAME_W + ALIGN_W + COVER_W;
    let cell_w = if num_principles == 0 {
        0.0
    } else {
        ((ui.available_width() - fixed - 20.0) / num_principles as f32).clamp(34.0, 56.0)
    };
    let total_w = fixed + cell_w * num_principles as f32;
    // When the header would leave room for fewer than five rows (a large zoom, a short
    // window), the header scrolls away with the rows instead of staying on top: the rows are
    // never squeezed out of sight.
    let header_h = HEADER_H + BAR_H + 4.0 + FIG_H;
    let cramped = ui.available_height() - header_h < 5.0 * ROW_H;
    // Cramped, the rotated titles are shorter (cut with an ellipsis; the full title is in each
    // column's accessible name and tooltip).
    let head = if cramped { 64.0 } else { HEADER_H };
    let mut moved = None;
    egui::ScrollArea::horizontal()
        .id_salt("matrix-h")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_width(total_w);
            if !cramped {
                header(ui, cx, k, cell_w, total_w, head);
            }
            egui::ScrollArea::vertical()
                .id_salt(if cramped {
                    "matrix-v-cramped"
                } else {
                    "matrix-v"
                })
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_width(total_w);
                    if cramped {
                        header(ui, cx, k, cell_w, total_w, head);
                    }
                    // Every row is laid out, on screen or not (only the visible ones are
                    // painted): Tab, the arrows and a screen reader reach them all, and a row
                    // scrolls into view when it takes the keyboard.
                    #[expect(
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "a screen's rows: at least 1, a few hundred at most"
                    )]
                    let page = (ui.clip_rect().height() / ROW_H).floor().max(1.0) as usize;
                    let scope = ui.scope_id();
                    for (i, row) in rows.iter().enumerate() {
                        match row {
                            Row::Header(title) => group_row(ui, title, total_w),
                            Row::Stakeholder(a) => {
                                if let Some(jump) = stakeholder_row(ui, cx, k, *a, i, cell_w) {
                                    moved = target_row(rows, i, jump, page)
                                        .map(|(to, column)| (scope, to, column));
                                }
                            }
                        }
                    }
                });
        });
    if let Some((scope, to, column)) = moved {
        let id = match column {
            Some(j) => scope.with(("matrix-cell", to, j)),
            None => scope.with(("matrix-row", to)),
        };
        ui.memory_mut(|memory| memory.request_focus(id));
    }
}

/// A key that moves the keyboard by more than one row, pressed on a row's name (`column`
/// `None`) or on one of its cells.
#[derive(Clone, Copy, Debug)]
struct Jump {
    key: egui::Key,
    column: Option<usize>,
}

/// Page Up and Page Down move by a screenful, Home and End (with Ctrl) to the first and last
/// rows, keeping the column.
fn jump_pressed(ui: &Ui, column: Option<usize>) -> Option<Jump> {
    use egui::{Key, Modifiers};
    ui.input_mut(|input| {
        for (modifiers, key) in [
            (Modifiers::NONE, Key::PageDown),
            (Modifiers::NONE, Key::PageUp),
            (Modifiers::COMMAND, Key::Home),
            (Modifiers::COMMAND, Key::End),
        ] {
            if input.consume_key(modifiers, key) {
                return Some(Jump { key, column });
            }
        }
        None
    })
}

/// Where a jump from row `from` lands: the nearest stakeholder row in its direction.
fn target_row(
    rows: &[Row],
    from: usize,
    jump: Jump,
    page: usize,
) -> Option<(usize, Option<usize>)> {
    let last = rows.len().checked_sub(1)?;
    let (start, down) = match jump.key {
        egui::Key::PageDown => ((from + page).min(last), true),
        egui::Key::PageUp => (from.saturating_sub(page), false),
        egui::Key::Home => (0, true),
        _ => (last, false),
    };
    let is_row = |i: &usize| matches!(rows[*i], Row::Stakeholder(_));
    let found = if down {
        (start..=last)
            .find(is_row)
            .or_else(|| (0..start).rev().find(is_row))
    } else {
        (0..=start)
            .rev()
            .find(is_row)
            .or_else(|| (start..=last).find(is_row))
    };
    found.filter(|&to| to != from).map(|to| (to, jump.column))
}

/// The column headers (rotated ids and titles, `head` high), the bars and the figures.
fn header(ui: &mut Ui, cx: &mut Ctx<'_>, k: usize, cell_w: f32, total_w: f32, head: f32) {
    let (rect, _) = ui.allocate_exact_size(
        Vec2::new(total_w, head + BAR_H + 4.0 + FIG_H),
        Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals().clone();
    let y0 = rect.top() + head;
    let (y1, y2) = (y0 + BAR_H + 4.0 + 8.0, y0 + BAR_H + 4.0 + 24.0);
    for (y, text) in [
        (y1, tr!("matrix-support-row")),
        (y2, tr!("matrix-opposition-row")),
    ] {
        painter.text(
            Pos2::new(rect.left() + NAME_W - 6.0, y),
            Align2::RIGHT_CENTER,
            text,
            FontId::proportional(11.5),
            visuals.weak_text_color(),
        );
    }
    painter.text(
        Pos2::new(rect.left() + 4.0, y0 - 2.0),
        Align2::LEFT_BOTTOM,
        tr!("insight-stakeholder"),
        FontId::proportional(13.0),
        visuals.strong_text_color(),
    );
    let figures_left = rect.left() + NAME_W + cell_w * cx.project.principles.len() as f32;
    painter.text(
        Pos2::new(figures_left + ALIGN_W - 6.0, y0 - 2.0),
        Align2::RIGHT_BOTTOM,
        tr!("insight-alignment"),
        FontId::proportional(13.0),
        visuals.strong_text_color(),
    );
    painter.text(
        Pos2::new(figures_left + ALIGN_W + COVER_W - 6.0, y0 - 2.0),
        Align2::RIGHT_BOTTOM,
        tr!("insight-coverage"),
        FontId::proportional(13.0),
        visuals.strong_text_color(),
    );
    for (j, principle) in cx.project.principles.iter().enumerate() {
        let figures = cx.analysis.principle(k, j);
        let left = rect.left() + NAME_W + cell_w * j as f32;
        let column = Rect::from_min_size(
            Pos2::new(left, rect.top()),
            Vec2::new(cell_w, head + BAR_H + 4.0 + FIG_H),
        );
        let response = ui.interact(
            column,
            ui.scope_id().with(("matrix-column", j)),
            Sense::click(),
        );
        let label = tr!(
            "matrix-column-label",
            principle = format!("{} {}", principle.id, principle.title),
            verdict = figures.verdict.words(),
            support = percent(figures.support_share),
            opposition = percent(figures.opposition_share),
            n = figures.n,
            total = figures.in_scope
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &label));
        if response.hovered() {
            painter.rect_filled(column, 2.0, visuals.widgets.hovered.weak_bg_fill);
        }
        if response.has_focus() {
            super::widgets::paint_focus(ui, column);
        }
        // Rotated two-line header: id and title, then the verdict.
        let width = head - 6.0;
        let title = painter.layout_job(truncated(
            format!("{} {}", principle.id, principle.title),
            FontId::proportional(12.5),
            visuals.strong_text_color(),
            width,
        ));
        let verdict = painter.layout_job(truncated(
            verdict_words(&figures),
            FontId::proportional(11.5),
            visuals.text_color(),
            width,
        ));
        let lines_h = title.size().y + verdict.size().y;
        let x = left + (cell_w - lines_h) / 2.0;
        let y = rect.top() + head;
        painter.add(
            egui::epaint::TextShape::new(Pos2::new(x, y), title.clone(), visuals.text_color())
                .with_angle(-std::f32::consts::FRAC_PI_2),
        );
        painter.add(
            egui::epaint::TextShape::new(
                Pos2::new(x + title.size().y, y),
                verdict,
                visuals.text_color(),
            )
            .with_angle(-std::f32::consts::FRAC_PI_2),
        );
        // Who stands where: opposition, mixed, support, then silence (outlined).
        let bar = Rect::from_min_size(
            Pos2::new(left + 3.0, y + 2.0),
            Vec2::new(cell_w - 6.0, BAR_H),
        );
        share_bar(&painter, bar, &figures.counts, figures.in_scope, &visuals);
        for (y, value) in [(y1, figures.support_share), (y2, figures.opposition_share)] {
            painter.text(
                Pos2::new(left + cell_w / 2.0, y),
                Align2::CENTER_CENTER,
                percent(value),
                FontId::proportional(11.0),
                visuals.text_color(),
            );
        }
        let response = response.on_hover_ui(|ui| {
            ui.set_max_width(380.0);
            ui.label(egui::RichText::new(format!("{} {}", principle.id, principle.title)).strong());
            ui.label(tr!("insight-verdict", verdict = figures.verdict.words()));
            ui.label(tr!(
                "insight-in-scope",
                n = figures.n,
                total = figures.in_scope,
                silent = percent(figures.silence_share)
            ));
            ui.label(tr!(
                "matrix-shares-tip",
                support = percent(figures.support_share),
                mixed = percent(figures.neutral_share),
                opposition = percent(figures.opposition_share)
            ));
            ui.label(tr!(
                "matrix-scores-tip",
                mean = common::number(figures.mean_score),
                gap = common::number(figures.gap),
                consensus = common::number(figures.consensus)
            ));
            ui.label(egui::RichText::new(tr!("matrix-column-click")).weak());
        });
        if response.clicked() {
            cx.navigate(Navigate::Log {
                stakeholder: None,
                principle: Some(principle.id.clone()),
                session: None,
            });
        }
    }
}

fn truncated(text: String, font: FontId, color: Color32, width: f32) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::simple_singleline(text, font, color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(width);
    job
}

fn group_row(ui: &mut Ui, title: &str, total_w: f32) {
    let (rect, response) = ui.allocate_exact_size(Vec2::new(total_w, ROW_H), Sense::hover());
    let visuals = ui.visuals();
    ui.painter().rect_filled(rect, 2.0, visuals.faint_bg_color);
    ui.painter().text(
        Pos2::new(rect.left() + 4.0, rect.center().y),
        Align2::LEFT_CENTER,
        title,
        FontId::proportional(13.0),
        visuals.strong_text_color(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::RowHeader, true, title));
}

/// One stakeholder's row; returns the jump (Page Down...) pressed on it.
fn stakeholder_row(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    k: usize,
    a: usize,
    row: usize,
    cell_w: f32,
) -> Option<Jump> {
    let num_principles = cx.project.principles.len();
    let total_w = NAME_W + ALIGN_W + COVER_W + cell_w * num_principles as f32;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(total_w, ROW_H), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return unseen_row(ui, cx, k, a, row, rect, cell_w);
    }
    let mut jump = None;
    let stakeholder = &cx.project.stakeholders[a];
    let figures = cx.analysis.stakeholder(k, a);
    let visuals = ui.visuals().clone();
    let painter = ui.painter();

    // The name: its figures for screen readers; click opens the profile.
    let (name_rect, response) = name_stop(ui, cx, k, a, row, rect);
    if response.hovered() {
        painter.rect_filled(name_rect, 2.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        super::widgets::paint_focus(ui, name_rect);
        jump = jump_pressed(ui, None);
    }
    let name = if stakeholder.kind == StakeholderKind::Bloc {
        tr!("insight-bloc-name", name = stakeholder.name.as_str())
    } else {
        stakeholder.name.clone()
    };
    let galley = painter.layout_job(truncated(
        name,
        FontId::proportional(13.0),
        visuals.text_color(),
        NAME_W - 8.0,
    ));
    painter.galley(
        Pos2::new(
            name_rect.left() + 4.0,
            name_rect.center().y - galley.size().y / 2.0,
        ),
        galley,
        visuals.text_color(),
    );
    let response = response.on_hover_ui(|ui| {
        ui.label(egui::RichText::new(&stakeholder.name).strong());
        ui.label(format!(
            "{} · {}",
            stakeholder.kind.words(),
            region_words(stakeholder)
        ));
        ui.label(tr!(
            "matrix-row-tip",
            alignment = signed_percent(figures.alignment),
            coverage = percent(figures.coverage),
            positions = figures.positions
        ));
        ui.label(egui::RichText::new(tr!("matrix-row-click")).weak());
    });
    if response.clicked() {
        cx.navigate(Navigate::Profile(stakeholder.id.clone()));
    }

    // The cells.
    let positions = cx.analysis.row(k, a);
    for j in 0..num_principles {
        let cell = Rect::from_min_size(
            Pos2::new(rect.left() + NAME_W + cell_w * j as f32, rect.top()),
            Vec2::new(cell_w, ROW_H),
        );
        let position = positions.get(j).copied().flatten();
        let id = ui.scope_id().with(("matrix-cell", row, j));
        let label = |cx: &Ctx<'_>| cell_label(cx, a, j, position.as_ref());
        if stance_cell(ui, cx, id, cell, (k, a, j), position.as_ref(), label).has_focus() {
            jump = jump.or_else(|| jump_pressed(ui, Some(j)));
        }
    }

    // Row figures: alignment as a small diverging bar with its value, then coverage.
    let painter = ui.painter();
    let left = rect.left() + NAME_W + cell_w * num_principles as f32;
    // A small diverging bar (left half against, right half for), then the value.
    let bar = Rect::from_min_size(
        Pos2::new(left + 6.0, rect.top() + 5.0),
        Vec2::new(24.0, ROW_H - 10.0),
    );
    painter.rect_stroke(
        bar,
        1.0,
        Stroke::new(0.5, palette::no_position(&visuals)),
        StrokeKind::Inside,
    );
    if let Some(value) = figures.alignment {
        let centre = bar.center().x;
        #[expect(clippy::cast_possible_truncation, reason = "alignment is in -1..=1")]
        let end = centre + bar.width() / 2.0 * value as f32;
        let stance = if value >= 0.0 {
            Stance::StronglySupports
        } else {
            Stance::StronglyOpposes
        };
        painter.rect_filled(
            Rect::from_x_y_ranges(centre.min(end)..=centre.max(end), bar.y_range()),
            0.0,
            palette::stance_fill(stance),
        );
    }
    painter.text(
        Pos2::new(left + ALIGN_W - 6.0, rect.center().y),
        Align2::RIGHT_CENTER,
        signed_percent(figures.alignment),
        FontId::proportional(12.5),
        visuals.text_color(),
    );
    painter.text(
        Pos2::new(left + ALIGN_W + COVER_W - 6.0, rect.center().y),
        Align2::RIGHT_CENTER,
        percent(figures.coverage),
        FontId::proportional(12.5),
        visuals.text_color(),
    );
    jump
}

/// A row's name as a stop for the keyboard and a screen reader, drawn or not: named with the
/// stakeholder's figures, scrolled into view when it takes the keyboard. Its place and response.
fn name_stop(
    ui: &Ui,
    cx: &Ctx<'_>,
    k: usize,
    a: usize,
    row: usize,
    rect: Rect,
) -> (Rect, egui::Response) {
    let name_rect = Rect::from_min_size(rect.min, Vec2::new(NAME_W, ROW_H));
    let response = ui.interact(
        name_rect,
        ui.scope_id().with(("matrix-row", row)),
        Sense::click(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::RowHeader, true, row_label(cx, k, a))
    });
    keep_in_view(&response);
    (name_rect, response)
}

/// A row's name as a screen reader reads it: the stakeholder and its figures.
fn row_label(cx: &Ctx<'_>, k: usize, a: usize) -> String {
    let figures = cx.analysis.stakeholder(k, a);
    tr!(
        "matrix-row-label",
        name = cx.project.stakeholders[a].name.as_str(),
        alignment = signed_percent(figures.alignment),
        coverage = percent(figures.coverage)
    )
}

/// A row off screen: not painted, but its name and cells are there for the keyboard (Tab and
/// the arrows reach them, and taking the keyboard scrolls them into view) and for a screen
/// reader, named as the drawn ones are.
fn unseen_row(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    k: usize,
    a: usize,
    row: usize,
    rect: Rect,
    cell_w: f32,
) -> Option<Jump> {
    let (_, response) = name_stop(ui, cx, k, a, row, rect);
    let mut jump = response
        .has_focus()
        .then(|| jump_pressed(ui, None))
        .flatten();
    let positions = cx.analysis.row(k, a);
    for j in 0..cx.project.principles.len() {
        let cell = Rect::from_min_size(
            Pos2::new(rect.left() + NAME_W + cell_w * j as f32, rect.top()),
            Vec2::new(cell_w, ROW_H),
        );
        let id = ui.scope_id().with(("matrix-cell", row, j));
        let response = ui.interact(cell, id, Sense::click());
        let position = positions.get(j).copied().flatten();
        let named: &Ctx<'_> = cx;
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                cell_label(named, a, j, position.as_ref()),
            )
        });
        keep_in_view(&response);
        if response.has_focus() {
            jump = jump.or_else(|| jump_pressed(ui, Some(j)));
        }
    }
    jump
}
