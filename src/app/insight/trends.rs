//! Trends: alignment of chosen stakeholders and blocs, or support share or gap of chosen
//! principles, over the sessions (dates on the x axis). Undefined values are gaps in the line,
//! never zeros.

use chrono::{Datelike, NaiveDate};
use egui::Ui;
use egui_plot::{GridInput, GridMark, HoverPosition, Legend, Line, MarkerShape, Plot, Points};

use super::super::method_ui::MethodOverrides;
use super::super::palette;
use super::common::{Ctx, most_active, number, percent, signed_percent};
use crate::model::StakeholderKind;
use crate::tr;

/// Marker shapes of the series, so that colour is not the only thing telling them apart.
const MARKERS: [MarkerShape; 6] = [
    MarkerShape::Circle,
    MarkerShape::Square,
    MarkerShape::Diamond,
    MarkerShape::Up,
    MarkerShape::Down,
    MarkerShape::Asterisk,
];

/// The figure plotted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Metric {
    /// Alignment of stakeholders and blocs (a bloc also gets its members' mean).
    #[default]
    Alignment,
    /// Support share of principles.
    Support,
    /// Gap of principles.
    Gap,
}

impl Metric {
    fn label(self) -> String {
        match self {
            Metric::Alignment => tr!("trends-metric-alignment"),
            Metric::Support => tr!("trends-metric-support"),
            Metric::Gap => tr!("trends-metric-gap"),
        }
    }

    fn value(self, v: f64) -> String {
        match self {
            Metric::Alignment => signed_percent(Some(v)),
            Metric::Support => percent(Some(v)),
            Metric::Gap => number(Some(v)),
        }
    }
}

/// The trends' choices.
#[derive(Default)]
pub struct TrendsState {
    metric: Metric,
    /// Chosen stakeholder ids.
    stakeholders: Vec<String>,
    /// Chosen principle ids.
    principles: Vec<String>,
    /// The document the default choice was made for.
    defaults_for: Option<u64>,
    filter: String,
}

/// One line: its name and a value (or none) per session in chronological order.
struct Series {
    name: String,
    values: Vec<Option<f64>>,
    dashed: bool,
}

/// Session start as days since the common era (the x coordinate).
fn day(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

fn date_of(x: f64) -> Option<NaiveDate> {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "plot days are far inside i32"
    )]
    NaiveDate::from_num_days_from_ce_opt(x.round() as i32)
}

/// A mark at each session's start within the bounds. Sessions are labelled from the first on,
/// leaving out those too close to the last labelled one to read (they keep a faint line): a
/// labelled mark is as wide as the view, the others as narrow as the plot allows.
fn session_marks(input: GridInput, xs: &[f64]) -> Vec<GridMark> {
    let shown: Vec<f64> = xs
        .iter()
        .copied()
        .filter(|x| *x >= input.bounds.0 && *x <= input.bounds.1)
        .collect();
    if shown.is_empty() {
        return month_marks(input);
    }
    // About the width of a session id ("AHC7R") at the smallest spacing egui_plot labels.
    let room = input.base_step_size * 6.0;
    let wide = (input.bounds.1 - input.bounds.0).max(1.0);
    let mut last: Option<f64> = None;
    shown
        .iter()
        .map(|&x| {
            let labelled = last.is_none_or(|l| x - l >= room);
            if labelled {
                last = Some(x);
            }
            GridMark {
                value: x,
                step_size: if labelled { wide } else { input.base_step_size },
            }
        })
        .collect()
}

/// Grid marks on the first day of months, every 1, 3, 6, 12 or 24 months as the zoom allows.
#[expect(
    clippy::needless_pass_by_value,
    reason = "the signature egui_plot asks of a grid spacer"
)]
fn month_marks(input: GridInput) -> Vec<GridMark> {
    let (Some(from), Some(to)) = (date_of(input.bounds.0), date_of(input.bounds.1)) else {
        return Vec::new();
    };
    let span_months =
        (to.year() - from.year()) * 12 + to.month0().cast_signed() - from.month0().cast_signed();
    let step = [1, 3, 6, 12, 24]
        .into_iter()
        .find(|&s| span_months / s <= 8)
        .unwrap_or(48);
    let mut marks = Vec::new();
    let mut month = from.year() * 12 + from.month0().cast_signed();
    month -= month.rem_euclid(step);
    while let Some(date) = NaiveDate::from_ymd_opt(
        month.div_euclid(12),
        month.rem_euclid(12).cast_unsigned() + 1,
        1,
    ) {
        if date > to {
            break;
        }
        if date >= from {
            marks.push(GridMark {
                value: day(date),
                step_size: f64::from(step) * 30.0,
            });
        }
        month += step;
    }
    marks
}

/// Draws the trends.
pub fn ui(ui: &mut Ui, cx: &mut Ctx<'_>, state: &mut TrendsState, overrides: &mut MethodOverrides) {
    if state.defaults_for != Some(cx.stamp.document) {
        state.defaults_for = Some(cx.stamp.document);
        state.stakeholders = most_active(cx, 5);
        state.principles = cx
            .project
            .principles
            .iter()
            .take(4)
            .map(|p| p.id.clone())
            .collect();
    }
    ui.horizontal_wrapped(|ui| {
        let show = tr!("trends-show");
        let label = ui.label(&show);
        let combo = egui::ComboBox::from_id_salt("trends-metric")
            .selected_text(state.metric.label())
            .show_ui(ui, |ui| {
                for metric in [Metric::Alignment, Metric::Support, Metric::Gap] {
                    ui.selectable_value(&mut state.metric, metric, metric.label());
                }
            })
            .response
            .labelled_by(label.id);
        super::super::a11y::name_with_value(&combo, &show, &state.metric.label());
        overrides.ui(ui, cx.project.method);
    });
    let order = cx.analysis.session_order();
    if order.is_empty() {
        ui.label(tr!("trends-no-session"));
        return;
    }
    egui::Panel::left("trends-choices")
        .resizable(true)
        .default_size(250.0)
        .show(ui, |ui| chooser(ui, cx, state));
    let series = series(cx, state);
    plot(ui, cx, state.metric, &series);
}

fn chooser(ui: &mut Ui, cx: &Ctx<'_>, state: &mut TrendsState) {
    match state.metric {
        Metric::Alignment => {
            ui.label(egui::RichText::new(tr!("trends-stakeholders-and-blocs")).strong());
            ui.horizontal(|ui| {
                let label = ui.label(tr!("trends-find"));
                ui.add(egui::TextEdit::singleline(&mut state.filter).desired_width(150.0))
                    .labelled_by(label.id);
                if ui
                    .small_button(tr!("trends-clear"))
                    .on_hover_text(tr!("trends-clear-tip"))
                    .clicked()
                {
                    state.stakeholders.clear();
                }
            });
            let needle = state.filter.to_lowercase();
            egui::ScrollArea::vertical()
                .id_salt("trends-stakeholders")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    // By name, as a reader looks one up (the file's order is the order typed).
                    let mut by_name: Vec<&crate::model::Stakeholder> =
                        cx.project.stakeholders.iter().collect();
                    by_name.sort_by_cached_key(|s| crate::text::fold(&s.name));
                    for s in by_name {
                        if !needle.is_empty() && !s.name.to_lowercase().contains(&needle) {
                            continue;
                        }
                        let mut on = state.stakeholders.contains(&s.id);
                        let text = if s.kind == StakeholderKind::Bloc {
                            tr!("insight-bloc-name", name = s.name.as_str())
                        } else {
                            s.name.clone()
                        };
                        if ui.checkbox(&mut on, text).changed() {
                            if on {
                                state.stakeholders.push(s.id.clone());
                            } else {
                                state.stakeholders.retain(|id| id != &s.id);
                            }
                        }
                    }
                });
        }
        Metric::Support | Metric::Gap => {
            ui.label(egui::RichText::new(tr!("view-principles")).strong());
            egui::ScrollArea::vertical()
                .id_salt("trends-principles")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    for p in &cx.project.principles {
                        let mut on = state.principles.contains(&p.id);
                        if ui
                            .checkbox(&mut on, format!("{} {}", p.id, p.title))
                            .changed()
                        {
                            if on {
                                state.principles.push(p.id.clone());
                            } else {
                                state.principles.retain(|id| id != &p.id);
                            }
                        }
                    }
                });
        }
    }
}

fn series(cx: &Ctx<'_>, state: &TrendsState) -> Vec<Series> {
    let order = cx.analysis.session_order();
    let mut out = Vec::new();
    match state.metric {
        Metric::Alignment => {
            for id in &state.stakeholders {
                let Some(a) = cx.project.stakeholders.iter().position(|s| &s.id == id) else {
                    continue;
                };
                let s = &cx.project.stakeholders[a];
                out.push(Series {
                    name: s.name.clone(),
                    values: cx
                        .analysis
                        .stakeholder_trend(a)
                        .into_iter()
                        .map(|(_, f)| f.alignment)
                        .collect(),
                    dashed: false,
                });
                if s.kind == StakeholderKind::Bloc {
                    let values: Vec<Option<f64>> = order
                        .iter()
                        .map(|&k| {
                            cx.analysis
                                .bloc_aggregate(cx.project, k, a)
                                .and_then(|agg| agg.members_mean)
                        })
                        .collect();
                    // Members who never spoke leave nothing to draw.
                    if values.iter().any(Option::is_some) {
                        out.push(Series {
                            name: tr!("trends-members-mean", name = s.name.as_str()),
                            values,
                            dashed: true,
                        });
                    }
                }
            }
        }
        Metric::Support | Metric::Gap => {
            for id in &state.principles {
                let Some(j) = cx.project.principles.iter().position(|p| &p.id == id) else {
                    continue;
                };
                let p = &cx.project.principles[j];
                out.push(Series {
                    name: format!("{} {}", p.id, p.title),
                    values: cx
                        .analysis
                        .principle_trend(j)
                        .into_iter()
                        .map(|(_, f)| {
                            if state.metric == Metric::Support {
                                f.support_share
                            } else {
                                f.gap
                            }
                        })
                        .collect(),
                    dashed: false,
                });
            }
        }
    }
    out
}

/// The runs of consecutive defined values as (x, y) points: where a value is undefined the
/// line stops, and starts again at the next defined one (never drawn through zero).
fn runs(xs: &[f64], values: &[Option<f64>]) -> Vec<Vec<[f64; 2]>> {
    let mut out: Vec<Vec<[f64; 2]>> = Vec::new();
    let mut current: Vec<[f64; 2]> = Vec::new();
    for (x, v) in xs.iter().zip(values) {
        if let Some(v) = v {
            current.push([*x, *v]);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn plot(ui: &mut Ui, cx: &Ctx<'_>, metric: Metric, series: &[Series]) {
    let order = cx.analysis.session_order();
    let xs: Vec<f64> = order
        .iter()
        .map(|&k| day(cx.project.sessions[k].start))
        .collect();
    let sessions: Vec<(f64, String)> = order
        .iter()
        .zip(&xs)
        .map(|(&k, &x)| {
            let s = &cx.project.sessions[k];
            (x, format!("{} ({})", s.id, s.start))
        })
        .collect();
    let session_xs: Vec<f64> = sessions.iter().map(|(x, _)| *x).collect();
    if series.is_empty() {
        ui.label(tr!("trends-choose"));
    }
    let (y_min, y_max) = match metric {
        Metric::Alignment => (-1.0, 1.0),
        Metric::Support | Metric::Gap => (0.0, 1.0),
    };
    let y_label = match metric {
        Metric::Alignment => tr!("insight-alignment"),
        Metric::Support => tr!("trends-axis-support"),
        Metric::Gap => tr!("trends-axis-gap"),
    };
    let response = Plot::new("trends-plot")
        .legend(Legend::default())
        .include_y(y_min)
        .include_y(y_max)
        .x_grid_spacer(move |input| session_marks(input, &session_xs))
        .x_axis_formatter(|mark, _| {
            // The session that starts there; a month where none does.
            sessions
                .iter()
                .find(|(x, _)| (x - mark.value).abs() < 0.5)
                .map_or_else(
                    || {
                        date_of(mark.value)
                            .map_or_else(String::new, |d| d.format("%Y-%m").to_string())
                    },
                    |(_, label)| label.split(' ').next().unwrap_or_default().to_owned(),
                )
        })
        .y_axis_formatter(move |mark, _| match metric {
            Metric::Alignment => crate::format::signed_percent_tight(mark.value),
            Metric::Support => crate::format::percent_tight(mark.value),
            Metric::Gap => format!("{:.1}", mark.value),
        })
        .y_axis_label(y_label)
        .x_axis_label(tr!("trends-axis-sessions"))
        .label_formatter(|hover| match hover {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => {
                let session = sessions
                    .iter()
                    .find(|(x, _)| (x - position.x).abs() < 0.5)
                    .map_or("", |(_, s)| s.as_str());
                Some(tr!(
                    "trends-point",
                    series = (*plot_name),
                    session = session,
                    value = metric.value(position.y)
                ))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (i, s) in series.iter().enumerate() {
                let color = palette::series(i);
                let style = if s.dashed {
                    egui_plot::LineStyle::dashed_loose()
                } else {
                    egui_plot::LineStyle::Solid
                };
                // One line per run of defined values: an undefined value breaks the line.
                let runs = runs(&xs, &s.values);
                for run in &runs {
                    if run.len() > 1 {
                        plot_ui.line(
                            Line::new(s.name.clone(), run.clone())
                                .color(color)
                                .style(style)
                                .width(2.0),
                        );
                    }
                }
                let points: Vec<[f64; 2]> = runs.into_iter().flatten().collect();
                plot_ui.points(
                    Points::new(s.name.clone(), points)
                        .color(color)
                        .radius(3.5)
                        .shape(MARKERS[i % MARKERS.len()]),
                );
            }
        });
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    response.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            tr!(
                "trends-plot-label",
                metric = metric.label().to_lowercase(),
                series = names.join(", ")
            ),
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_undefined_value_breaks_the_line_instead_of_dropping_to_zero() {
        let xs = [1.0, 2.0, 3.0, 4.0, 5.0];
        let values = [None, Some(0.5), None, Some(-0.25), Some(0.0)];
        assert_eq!(
            runs(&xs, &values),
            vec![vec![[2.0, 0.5]], vec![[4.0, -0.25], [5.0, 0.0]]]
        );
    }

    #[test]
    fn month_marks_fall_on_first_days_of_months() {
        let from = day(NaiveDate::from_ymd_opt(2021, 5, 10).expect("date"));
        let to = day(NaiveDate::from_ymd_opt(2024, 8, 9).expect("date"));
        let marks = month_marks(GridInput {
            bounds: (from, to),
            base_step_size: 1.0,
        });
        assert!(
            !marks.is_empty() && marks.len() <= 9,
            "{} marks",
            marks.len()
        );
        for mark in marks {
            assert_eq!(date_of(mark.value).expect("a date").day(), 1);
        }
    }
}
