//! Stakeholder profile: one actor's stances per principle over time, its statements, and the
//! others closest to and most distant from it by agreement; or up to four actors compared side
//! by side.

use egui::{Align2, FontId, Pos2, Rect, RichText, Sense, Ui, Vec2};

use super::super::method_ui::MethodOverrides;
use super::super::navigation::Navigate;
use super::common::{Ctx, Stamp, cell_label, percent, region_words, signed_percent, statement_ui};
use super::widgets::{session_bar, stance_cell};
use crate::i18n::Localized as _;
use crate::model::StakeholderKind;
use crate::tr;

const MAX_COMPARED: usize = 4;
const LABEL_W: f32 = 240.0;
const CELL_W: f32 = 44.0;
const CELL_H: f32 = 22.0;
const SESSION_HEADER_H: f32 = 60.0;
const NEIGHBOURS: usize = 5;

/// Profile of one actor, or several compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Mode {
    #[default]
    Profile,
    Compare,
}

/// Agreement of the profiled actor with one other: (stakeholder, agreement, principles in
/// common).
type Neighbour = (usize, f64, usize);

/// The chosen actors and the cached agreement ranking.
#[derive(Default)]
pub struct ProfileState {
    mode: Mode,
    actor: Option<String>,
    compared: Vec<String>,
    neighbours: Option<((Stamp, usize, usize), Vec<Neighbour>)>,
    statements: Option<((Stamp, usize), Vec<usize>)>,
}

impl ProfileState {
    /// Shows `id`'s profile next.
    pub fn request(&mut self, id: &str) {
        self.actor = Some(id.to_owned());
        self.mode = Mode::Profile;
    }
}

/// Draws the profile (or comparison) as of session `k`.
pub fn ui(
    ui: &mut Ui,
    cx: &mut Ctx<'_>,
    state: &mut ProfileState,
    session: &mut Option<usize>,
    k: Option<usize>,
    overrides: &mut MethodOverrides,
) {
    let Some(mut k) = k else {
        ui.heading(tr!("view-profile"));
        ui.label(tr!("profile-no-session"));
        return;
    };
    let stakeholders = &cx.project.stakeholders;
    if stakeholders.is_empty() {
        ui.label(tr!("profile-no-stakeholder"));
        return;
    }
    if state
        .actor
        .as_ref()
        .is_none_or(|id| !stakeholders.iter().any(|s| &s.id == id))
    {
        // The most active stakeholder until one is chosen.
        state.actor = super::common::most_active(cx, 1).pop();
    }
    let actor = state
        .actor
        .as_ref()
        .and_then(|id| stakeholders.iter().position(|s| &s.id == id))
        .unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut state.mode, Mode::Profile, tr!("profile-mode-profile"));
        ui.selectable_value(&mut state.mode, Mode::Compare, tr!("profile-mode-compare"));
        ui.separator();
        if state.mode == Mode::Profile {
            let stakeholder = tr!("insight-stakeholder");
            let label = ui.label(&stakeholder);
            let combo = egui::ComboBox::from_id_salt("profile-actor")
                .width(240.0)
                .selected_text(&stakeholders[actor].name)
                .show_ui(ui, |ui| {
                    for s in stakeholders {
                        if ui
                            .selectable_label(s.id == stakeholders[actor].id, &s.name)
                            .clicked()
                        {
                            state.actor = Some(s.id.clone());
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            let now = state
                .actor
                .as_ref()
                .and_then(|id| stakeholders.iter().find(|s| &s.id == id))
                .map_or(stakeholders[actor].name.as_str(), |s| s.name.as_str());
            super::super::a11y::name_with_value(&combo, &stakeholder, now);
            ui.separator();
        }
        if let Some(chosen) = session_bar(ui, cx, &tr!("profile-as-of"), "profile-session", session)
        {
            k = chosen;
        }
        overrides.ui(ui, cx.project.method);
    });
    ui.separator();
    match state.mode {
        Mode::Profile => {
            let actor = state
                .actor
                .as_ref()
                .and_then(|id| stakeholders.iter().position(|s| &s.id == id))
                .unwrap_or(actor);
            profile(ui, cx, state, k, actor);
        }
        Mode::Compare => compare(ui, cx, state, k, actor),
    }
}

fn profile(ui: &mut Ui, cx: &mut Ctx<'_>, state: &mut ProfileState, k: usize, a: usize) {
    let s = &cx.project.stakeholders[a];
    let figures = cx.analysis.stakeholder(k, a);
    let blocs: Vec<&str> = cx
        .project
        .stakeholders
        .iter()
        .filter(|b| b.kind == StakeholderKind::Bloc && b.members.contains(&s.id))
        .map(|b| b.name.as_str())
        .collect();
    egui::ScrollArea::vertical()
        .id_salt("profile")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(&s.name);
                let button = ui
                    .button(tr!("profile-everything-said", name = s.name.as_str()))
                    .on_hover_text(tr!("profile-everything-said-tip"));
                if button.clicked() {
                    cx.navigate(Navigate::Log {
                        stakeholder: Some(s.id.clone()),
                        principle: None,
                        session: None,
                    });
                }
            });
            let mut about = format!("{} · {}", s.kind.words(), region_words(s));
            if !blocs.is_empty() {
                about.push_str(" · ");
                about.push_str(&tr!("profile-member-of", blocs = blocs.join(", ")));
            }
            ui.label(about);
            ui.label(tr!(
                "profile-figures",
                session = cx.session_id(k),
                alignment = signed_percent(figures.alignment),
                coverage = percent(figures.coverage),
                positions = figures.positions
            ));
            if let Some(note) = &s.notes {
                ui.label(RichText::new(note).weak());
            }
            ui.add_space(6.0);
            ui.label(RichText::new(tr!("profile-stances-over-time")).strong());
            history_grid(ui, cx, a);
            ui.add_space(8.0);
            neighbours(ui, cx, state, k, a);
            ui.add_space(8.0);
            statements(ui, cx, state, a);
        });
}

/// Principles × sessions for one stakeholder.
fn history_grid(ui: &mut Ui, cx: &mut Ctx<'_>, a: usize) {
    let order = cx.analysis.session_order().to_vec();
    let width = LABEL_W + CELL_W * order.len() as f32;
    egui::ScrollArea::horizontal()
        .id_salt("profile-history")
        .show(ui, |ui| {
            let (rect, _) =
                ui.allocate_exact_size(Vec2::new(width, SESSION_HEADER_H), Sense::hover());
            let visuals = ui.visuals().clone();
            for (c, &k) in order.iter().enumerate() {
                let galley = ui.painter().layout_no_wrap(
                    cx.session_id(k).to_owned(),
                    FontId::proportional(12.0),
                    visuals.text_color(),
                );
                let x =
                    rect.left() + LABEL_W + CELL_W * c as f32 + (CELL_W - galley.size().y) / 2.0;
                ui.painter().add(
                    egui::epaint::TextShape::new(
                        Pos2::new(x, rect.bottom() - 2.0),
                        galley,
                        visuals.text_color(),
                    )
                    .with_angle(-std::f32::consts::FRAC_PI_2),
                );
            }
            for (j, principle) in cx.project.principles.iter().enumerate() {
                let (row, _) = ui.allocate_exact_size(Vec2::new(width, CELL_H), Sense::hover());
                if !ui.is_rect_visible(row) {
                    continue;
                }
                let galley = ui.painter().layout_job({
                    let mut job = egui::text::LayoutJob::simple_singleline(
                        format!("{} {}", principle.id, principle.title),
                        FontId::proportional(13.0),
                        visuals.text_color(),
                    );
                    job.wrap = egui::text::TextWrapping::truncate_at_width(LABEL_W - 8.0);
                    job
                });
                ui.painter().galley(
                    Pos2::new(row.left(), row.center().y - galley.size().y / 2.0),
                    galley,
                    visuals.text_color(),
                );
                for (c, &k) in order.iter().enumerate() {
                    let cell = Rect::from_min_size(
                        Pos2::new(row.left() + LABEL_W + CELL_W * c as f32, row.top()),
                        Vec2::new(CELL_W, CELL_H),
                    );
                    let position = cx.analysis.position(k, a, j);
                    let label = |cx: &Ctx<'_>| {
                        tr!(
                            "profile-cell-at",
                            cell = cell_label(cx, a, j, position.as_ref()),
                            session = cx.session_id(k)
                        )
                    };
                    let id = ui.scope_id().with(("profile-cell", j, k));
                    stance_cell(ui, cx, id, cell, (k, a, j), position.as_ref(), label);
                }
            }
        });
}

fn neighbours(ui: &mut Ui, cx: &mut Ctx<'_>, state: &mut ProfileState, k: usize, a: usize) {
    let key = (cx.stamp, k, a);
    if state.neighbours.as_ref().is_none_or(|(old, _)| *old != key) {
        let mut list: Vec<Neighbour> = (0..cx.project.stakeholders.len())
            .filter(|&b| b != a && cx.project.stakeholders[b].kind != StakeholderKind::Bloc)
            .filter_map(|b| {
                let agreement = cx.analysis.agreement(k, a, b);
                agreement.value.map(|v| (b, v, agreement.in_common))
            })
            .collect();
        list.sort_by(|x, y| {
            y.1.total_cmp(&x.1)
                .then(y.2.cmp(&x.2))
                .then_with(|| cx.name(x.0).cmp(cx.name(y.0)))
        });
        state.neighbours = Some((key, list));
    }
    let Some((_, list)) = &state.neighbours else {
        return;
    };
    if list.is_empty() {
        ui.label(tr!(
            "profile-no-neighbour",
            name = cx.name(a),
            session = cx.session_id(k)
        ));
        return;
    }
    let closest: Vec<Neighbour> = list.iter().take(NEIGHBOURS).copied().collect();
    let distant: Vec<Neighbour> = list.iter().rev().take(NEIGHBOURS).copied().collect();
    ui.columns(2, |columns| {
        let session = cx.session_id(k);
        for (ui, (title, items)) in columns.iter_mut().zip([
            (tr!("profile-closest", session = session), closest),
            (tr!("profile-most-distant", session = session), distant),
        ]) {
            ui.label(RichText::new(title).strong());
            for (b, value, in_common) in items {
                let text = tr!(
                    "profile-neighbour",
                    name = cx.name(b),
                    agreement = percent(Some(value)),
                    count = in_common
                );
                if ui
                    .link(text)
                    .on_hover_text(tr!("profile-show-profile-tip"))
                    .clicked()
                {
                    cx.navigate(Navigate::Profile(cx.project.stakeholders[b].id.clone()));
                }
            }
        }
    });
}

fn statements(ui: &mut Ui, cx: &Ctx<'_>, state: &mut ProfileState, a: usize) {
    let key = (cx.stamp, a);
    if state.statements.as_ref().is_none_or(|(old, _)| *old != key) {
        let id = &cx.project.stakeholders[a].id;
        let rank: std::collections::HashMap<&str, usize> = cx
            .analysis
            .session_order()
            .iter()
            .enumerate()
            .map(|(r, &k)| (cx.project.sessions[k].id.as_str(), r))
            .collect();
        let mut list: Vec<usize> = cx
            .project
            .statements
            .iter()
            .enumerate()
            .filter(|(_, s)| &s.stakeholder == id)
            .map(|(i, _)| i)
            .collect();
        list.sort_by_key(|&i| {
            let s = &cx.project.statements[i];
            (
                std::cmp::Reverse(rank.get(s.session.as_str()).copied()),
                std::cmp::Reverse(s.date),
                std::cmp::Reverse(s.recorded_at),
            )
        });
        state.statements = Some((key, list));
    }
    let Some((_, list)) = &state.statements else {
        return;
    };
    ui.label(RichText::new(tr!("profile-statements", count = list.len())).strong());
    egui::ScrollArea::vertical()
        .id_salt("profile-statements")
        .max_height(320.0)
        .auto_shrink([false, true])
        .show_rows(ui, 20.0, list.len(), |ui, range| {
            for &i in &list[range] {
                let s = &cx.project.statements[i];
                let stances: Vec<String> = s
                    .stances
                    .iter()
                    .map(|(p, st)| format!("{p} {}", st.shown_symbol()))
                    .collect();
                let date = s.date.map_or_else(String::new, |d| format!(" {d}"));
                ui.add(
                    egui::Label::new(format!(
                        "{}{date} · {} · {}",
                        s.session,
                        stances.join(" "),
                        crate::text::clip(&s.summary, crate::text::ROW_BYTES)
                    ))
                    .truncate()
                    .sense(Sense::hover()),
                )
                .on_hover_ui(|ui| {
                    ui.set_max_width(440.0);
                    statement_ui(ui, cx, s);
                });
            }
        });
}

fn compare(ui: &mut Ui, cx: &mut Ctx<'_>, state: &mut ProfileState, k: usize, actor: usize) {
    let stakeholders = &cx.project.stakeholders;
    state
        .compared
        .retain(|id| stakeholders.iter().any(|s| &s.id == id));
    if state.compared.is_empty() {
        state.compared.push(stakeholders[actor].id.clone());
    }
    ui.horizontal_wrapped(|ui| {
        let mut remove = None;
        for (slot, id) in state.compared.iter_mut().enumerate() {
            let current = stakeholders.iter().position(|s| &s.id == id).unwrap_or(0);
            let actor = tr!("profile-actor", slot = (slot + 1));
            let label = ui.label(&actor);
            let combo = egui::ComboBox::from_id_salt(("compare-actor", slot))
                .width(180.0)
                .selected_text(&stakeholders[current].name)
                .show_ui(ui, |ui| {
                    for s in stakeholders {
                        if ui.selectable_label(&s.id == id, &s.name).clicked() {
                            id.clone_from(&s.id);
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            let now = stakeholders
                .iter()
                .find(|s| &s.id == id)
                .map_or(stakeholders[current].name.as_str(), |s| s.name.as_str());
            super::super::a11y::name_with_value(&combo, &actor, now);
            let button = ui
                .small_button(tr!("profile-remove"))
                .on_hover_text(tr!("profile-remove-tip"));
            button.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr!("profile-remove-actor", slot = (slot + 1)),
                )
            });
            if button.clicked() {
                remove = Some(slot);
            }
            ui.add_space(8.0);
        }
        if let Some(slot) = remove {
            state.compared.remove(slot);
        }
        if state.compared.len() < MAX_COMPARED
            && ui
                .button(tr!("profile-add-actor"))
                .on_hover_text(tr!("profile-add-actor-tip"))
                .clicked()
        {
            // The most active stakeholder not compared yet, else the first one.
            let next = super::common::most_active(cx, MAX_COMPARED + 1)
                .into_iter()
                .find(|id| !state.compared.contains(id))
                .or_else(|| {
                    stakeholders
                        .iter()
                        .find(|s| !state.compared.contains(&s.id))
                        .map(|s| s.id.clone())
                });
            if let Some(next) = next {
                state.compared.push(next);
            }
        }
    });
    let actors: Vec<usize> = state
        .compared
        .iter()
        .filter_map(|id| stakeholders.iter().position(|s| &s.id == id))
        .collect();
    ui.add_space(6.0);
    let col_w = 170.0;
    egui::ScrollArea::both()
        .id_salt("compare")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Names.
            let (rect, _) = ui.allocate_exact_size(
                Vec2::new(LABEL_W + col_w * actors.len() as f32, 24.0),
                Sense::hover(),
            );
            let visuals = ui.visuals().clone();
            for (c, &a) in actors.iter().enumerate() {
                ui.painter().text(
                    Pos2::new(
                        rect.left() + LABEL_W + col_w * c as f32 + col_w / 2.0,
                        rect.center().y,
                    ),
                    Align2::CENTER_CENTER,
                    cx.name(a),
                    FontId::proportional(13.5),
                    visuals.strong_text_color(),
                );
            }
            for (j, principle) in cx.project.principles.iter().enumerate() {
                let (row, _) = ui.allocate_exact_size(
                    Vec2::new(LABEL_W + col_w * actors.len() as f32, CELL_H + 2.0),
                    Sense::hover(),
                );
                let galley = ui.painter().layout_job({
                    let mut job = egui::text::LayoutJob::simple_singleline(
                        format!("{} {}", principle.id, principle.title),
                        FontId::proportional(13.0),
                        visuals.text_color(),
                    );
                    job.wrap = egui::text::TextWrapping::truncate_at_width(LABEL_W - 8.0);
                    job
                });
                ui.painter().galley(
                    Pos2::new(row.left(), row.center().y - galley.size().y / 2.0),
                    galley,
                    visuals.text_color(),
                );
                for (c, &a) in actors.iter().enumerate() {
                    let cell = Rect::from_min_size(
                        Pos2::new(row.left() + LABEL_W + col_w * c as f32 + 4.0, row.top()),
                        Vec2::new(col_w - 8.0, CELL_H),
                    );
                    let position = cx.analysis.position(k, a, j);
                    let label = |cx: &Ctx<'_>| cell_label(cx, a, j, position.as_ref());
                    let id = ui.scope_id().with(("compare-cell", c, j));
                    stance_cell(ui, cx, id, cell, (k, a, j), position.as_ref(), label);
                }
            }
            ui.add_space(6.0);
            for (title, values) in [
                (
                    tr!("insight-alignment"),
                    actors
                        .iter()
                        .map(|&a| signed_percent(cx.analysis.stakeholder(k, a).alignment))
                        .collect::<Vec<_>>(),
                ),
                (
                    tr!("insight-coverage"),
                    actors
                        .iter()
                        .map(|&a| percent(cx.analysis.stakeholder(k, a).coverage))
                        .collect(),
                ),
            ] {
                let (row, _) = ui.allocate_exact_size(
                    Vec2::new(LABEL_W + col_w * actors.len() as f32, CELL_H),
                    Sense::hover(),
                );
                ui.painter().text(
                    Pos2::new(row.left(), row.center().y),
                    Align2::LEFT_CENTER,
                    &title,
                    FontId::proportional(13.0),
                    visuals.strong_text_color(),
                );
                for (c, value) in values.iter().enumerate() {
                    let cell = Rect::from_min_size(
                        Pos2::new(row.left() + LABEL_W + col_w * c as f32, row.top()),
                        Vec2::new(col_w, CELL_H),
                    );
                    ui.interact(
                        cell,
                        ui.scope_id().with(("compare-figure", title.as_str(), c)),
                        Sense::hover(),
                    )
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Label,
                            true,
                            tr!(
                                "profile-figure-label",
                                name = cx.name(actors[c]),
                                figure = title.to_lowercase(),
                                value = value.as_str()
                            ),
                        )
                    });
                    ui.painter().text(
                        cell.center(),
                        Align2::CENTER_CENTER,
                        value,
                        FontId::proportional(13.0),
                        visuals.text_color(),
                    );
                }
            }
            if actors.len() > 1 {
                ui.add_space(6.0);
                ui.label(
                    RichText::new(tr!("profile-agreement-at", session = cx.session_id(k))).strong(),
                );
                for (x, &a) in actors.iter().enumerate() {
                    for &b in &actors[x + 1..] {
                        let agreement = cx.analysis.agreement(k, a, b);
                        ui.label(tr!(
                            "profile-pair",
                            first = cx.name(a),
                            second = cx.name(b),
                            agreement = percent(agreement.value),
                            count = agreement.in_common
                        ));
                    }
                }
            }
        });
}
