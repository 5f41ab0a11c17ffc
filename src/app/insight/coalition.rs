//! The coalition map: stakeholders placed in 2D by classical MDS of their disagreement at one
//! session, coloured (and shaped) by bloc, UN regional group or kind, names on hover.

use egui::{RichText, Ui};
use egui_plot::{HoverPosition, Legend, MarkerShape, Plot, Points};

use super::super::method_ui::MethodOverrides;
use super::super::palette;
use super::common::{Ctx, Stamp, percent, signed_percent};
use super::widgets::session_bar;
use crate::analysis::CoalitionMap;
use crate::i18n::{Lang, Localized as _};
use crate::model::{StakeholderKind, UnRegion};
use crate::tr;

/// What the colours mean.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColourBy {
    /// The blocs a stakeholder belongs to: one colour per bloc, and one per combination of
    /// blocs that some stakeholder is in.
    Bloc,
    /// UN regional group.
    #[default]
    Region,
    /// Stakeholder kind.
    Kind,
}

impl ColourBy {
    fn label(self) -> String {
        match self {
            ColourBy::Bloc => tr!("insight-bloc"),
            ColourBy::Region => tr!("insight-un-regional-group"),
            ColourBy::Kind => tr!("insight-kind"),
        }
    }
}

/// The groups of the legend: a name and the indices (into the map's points) of its members.
struct Group {
    name: String,
    colour: egui::Color32,
    members: Vec<usize>,
}

/// The map's choices and caches (the map itself costs ~90 ms at 300 stakeholders).
#[derive(Default)]
pub struct CoalitionState {
    colour_by: ColourBy,
    map: Option<((Stamp, usize), CoalitionMap)>,
    groups: Option<(GroupKey, Vec<Group>)>,
}

/// What the legend's groups depend on (the language too: they are named in it).
type GroupKey = (Stamp, usize, ColourBy, Lang);

const SHAPES: [MarkerShape; 7] = [
    MarkerShape::Circle,
    MarkerShape::Square,
    MarkerShape::Diamond,
    MarkerShape::Up,
    MarkerShape::Down,
    MarkerShape::Cross,
    MarkerShape::Plus,
];

/// Draws the coalition map of session `k`.
pub fn ui(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    state: &mut CoalitionState,
    session: &mut Option<usize>,
    k: Option<usize>,
    overrides: &mut MethodOverrides,
) {
    let Some(mut k) = k else {
        ui.heading(tr!("view-coalition"));
        ui.label(tr!("coalition-no-session"));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let label = tr!("column-session");
        if let Some(chosen) = session_bar(ui, cx, &label, "coalition-session", session) {
            k = chosen;
        }
        ui.separator();
        let colour_by = tr!("coalition-colour-by");
        let label = ui.label(&colour_by);
        let combo = egui::ComboBox::from_id_salt("coalition-colour")
            .selected_text(state.colour_by.label())
            .show_ui(ui, |ui| {
                for c in [ColourBy::Region, ColourBy::Bloc, ColourBy::Kind] {
                    ui.selectable_value(&mut state.colour_by, c, c.label());
                }
            })
            .response
            .labelled_by(label.id);
        super::super::a11y::name_with_value(&combo, &colour_by, &state.colour_by.label());
        overrides.ui(ui, cx.project.method);
    });
    let key = (cx.stamp, k);
    if state.map.as_ref().is_none_or(|(old, _)| *old != key) {
        state.map = Some((key, cx.analysis.coalition_map(k)));
        state.groups = None;
    }
    let Some((_, map)) = &state.map else {
        return;
    };
    let group_key = (cx.stamp, k, state.colour_by, crate::i18n::language());
    if state
        .groups
        .as_ref()
        .is_none_or(|(old, _)| *old != group_key)
    {
        state.groups = Some((group_key, groups(cx, map, state.colour_by)));
    }
    let Some((_, groups)) = &state.groups else {
        return;
    };
    ui.label(
        RichText::new(map.explained.map_or_else(
            || tr!("coalition-explanation"),
            |e| tr!("coalition-explanation-variance", share = percent(Some(e))),
        ))
        .weak(),
    );
    if map.stakeholders.is_empty() {
        ui.label(tr!("coalition-nobody", session = cx.session_id(k)));
        return;
    }
    let text_colour = ui.visuals().text_color();
    let response = Plot::new("coalition-plot")
        .legend(Legend::default())
        .data_aspect(1.0)
        .show_axes(false)
        .show_grid(false)
        .label_formatter(|hover| match hover {
            HoverPosition::NearDataPoint {
                plot_name, index, ..
            } => {
                let group = groups.iter().find(|g| g.name == *plot_name)?;
                let point = *group.members.get(*index)?;
                let a = map.stakeholders[point];
                let figures = cx.analysis.stakeholder(k, a);
                let here = map.points[point];
                // Stakeholders with the same positions sit on one spot: name them all.
                let others: Vec<&str> = map
                    .points
                    .iter()
                    .enumerate()
                    .filter(|&(i, p)| {
                        i != point && (p[0] - here[0]).abs() < 1e-6 && (p[1] - here[1]).abs() < 1e-6
                    })
                    .map(|(i, _)| cx.name(map.stakeholders[i]))
                    .collect();
                let mut text = format!(
                    "{}\n{}\n{}",
                    cx.name(a),
                    group.name,
                    tr!(
                        "coalition-point-figures",
                        alignment = signed_percent(figures.alignment),
                        coverage = percent(figures.coverage)
                    )
                );
                if !others.is_empty() {
                    let mut names = others
                        .iter()
                        .take(12)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ");
                    if others.len() > 12 {
                        names = tr!(
                            "coalition-and-more",
                            names = names,
                            count = (others.len() - 12)
                        );
                    }
                    text.push('\n');
                    text.push_str(&tr!("coalition-same-place", names = names));
                }
                Some(text)
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (i, group) in groups.iter().enumerate() {
                let points: Vec<[f64; 2]> = group.members.iter().map(|&p| map.points[p]).collect();
                plot_ui.points(
                    Points::new(group.name.clone(), points)
                        .color(group.colour)
                        .shape(SHAPES[i % SHAPES.len()])
                        .filled(true)
                        .radius(5.0),
                );
            }
            // Names beside the points (ids when many), and how many stand on a spot that
            // several share: identical positions would otherwise hide each other.
            let many = map.stakeholders.len() > 30;
            for spot in spots(&map.points) {
                let first = map.stakeholders[spot[0]];
                let name = if many {
                    cx.project.stakeholders[first].id.clone()
                } else {
                    cx.name(first).to_owned()
                };
                let text = if spot.len() > 1 {
                    format!("{name} +{}", spot.len() - 1)
                } else {
                    name
                };
                let [x, y] = map.points[spot[0]];
                plot_ui.text(
                    egui_plot::Text::new("", egui_plot::PlotPoint::new(x, y), text)
                        .anchor(egui::Align2::LEFT_BOTTOM)
                        .color(text_colour),
                );
            }
        });
    let summary: Vec<String> = groups
        .iter()
        .map(|g| format!("{} {}", g.name, g.members.len()))
        .collect();
    response.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            tr!(
                "coalition-plot-label",
                session = cx.session_id(k),
                count = map.stakeholders.len(),
                groups = summary.join(", ")
            ),
        )
    });
}

/// The points that sit on the same spot (within 1e-6), each spot as the indices of its points,
/// in the order of their first point.
fn spots(points: &[[f64; 2]]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let same = |q: &[f64; 2]| (p[0] - q[0]).abs() < 1e-6 && (p[1] - q[1]).abs() < 1e-6;
        match out.iter_mut().find(|spot| same(&points[spot[0]])) {
            Some(spot) => spot.push(i),
            None => out.push(vec![i]),
        }
    }
    out
}

fn groups(cx: &Ctx<'_>, map: &CoalitionMap, by: ColourBy) -> Vec<Group> {
    let stakeholders = &cx.project.stakeholders;
    // (group key, name) per placed stakeholder; key orders the legend.
    let mut named: Vec<(usize, String)> = Vec::new();
    let key_of: Vec<(usize, String)> = map
        .stakeholders
        .iter()
        .map(|&a| match by {
            // Every bloc the stakeholder is in: a member of two blocs has a colour of its own
            // ("European Union + Safeguards group"), never silently the first bloc's.
            ColourBy::Bloc => {
                let blocs: Vec<(usize, &str)> = stakeholders
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| {
                        b.kind == StakeholderKind::Bloc && b.members.contains(&stakeholders[a].id)
                    })
                    .map(|(b, s)| (b, s.name.as_str()))
                    .collect();
                match blocs.first() {
                    None => (usize::MAX, tr!("insight-in-no-bloc")),
                    Some(&(first, _)) => (
                        first,
                        blocs
                            .iter()
                            .map(|(_, name)| *name)
                            .collect::<Vec<_>>()
                            .join(" + "),
                    ),
                }
            }
            ColourBy::Region => {
                let regions = [
                    UnRegion::African,
                    UnRegion::AsiaPacific,
                    UnRegion::EasternEuropean,
                    UnRegion::LatinAmericanCaribbean,
                    UnRegion::WesternEuropeanOthers,
                ];
                match stakeholders[a].region {
                    Some(r) => (regions.iter().position(|&x| x == r).unwrap_or(0), r.words()),
                    None => (usize::MAX, tr!("coalition-no-region")),
                }
            }
            ColourBy::Kind => {
                let kind = stakeholders[a].kind;
                (
                    StakeholderKind::ALL
                        .iter()
                        .position(|&x| x == kind)
                        .unwrap_or(0),
                    kind.words(),
                )
            }
        })
        .collect();
    for key in &key_of {
        if !named.contains(key) {
            named.push(key.clone());
        }
    }
    named.sort();
    named
        .iter()
        .enumerate()
        .map(|(i, key)| Group {
            name: key.1.clone(),
            colour: palette::group((key.0 != usize::MAX).then_some(i)),
            members: key_of
                .iter()
                .enumerate()
                .filter(|(_, k)| *k == key)
                .map(|(p, _)| p)
                .collect(),
        })
        .collect()
}
