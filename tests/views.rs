//! The analysis views (matrix, trends, gaps, shifts, coalition map, profile) in
//! `egui_kittest`, read through their accessible labels and checked against figures worked
//! out here independently from METHODOLOGY.md (the naive helpers of `common`), plus image
//! snapshots of the matrix, trends and gaps.

mod common;

use std::collections::BTreeMap;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use treaty_tracker::analysis::AnalysisCache;
use treaty_tracker::analysis::Verdict;
use treaty_tracker::app::{
    AppConfig, Command, CommandSender, DialogMode, Document, InsightState, Navigate, Origin,
    Preferences, TreatyApp, View, ViewCtx, command_channel, show_insight,
};
use treaty_tracker::model::{Project, StakeholderKind};

use common::{naive_position, naive_principle, naive_stakeholder};

/// The sample project.
fn sample() -> Project {
    common::valid(treaty_tracker::SAMPLE_PROJECT)
}

/// What a view test drives: the document, the views' state, the analysis cache, and the
/// navigation requests the view sent (as the app's commands).
struct Fixture {
    doc: Document,
    state: InsightState,
    analysis: AnalysisCache,
    prefs: Preferences,
    commands: CommandSender,
    received: std::sync::mpsc::Receiver<Command>,
    nav: Vec<Navigate>,
    view: View,
}

impl Fixture {
    fn sample(view: View) -> Self {
        Fixture::of(sample(), view)
    }

    fn of(project: Project, view: View) -> Self {
        let (commands, received) = command_channel();
        Fixture {
            doc: Document::new(project, Origin::Sample, true),
            state: InsightState::default(),
            analysis: AnalysisCache::default(),
            prefs: Preferences::default(),
            commands,
            received,
            nav: Vec::new(),
            view,
        }
    }
}

fn view_ui(ui: &mut egui::Ui, f: &mut Fixture) {
    let analysis = f.analysis.get(
        &f.doc.project,
        f.doc.revision(),
        f.state.options(f.doc.project.method),
    );
    let ctx = ViewCtx {
        doc: &f.doc,
        analysis: Some(analysis),
        prefs: &f.prefs,
        commands: &f.commands,
        now: chrono::Utc::now(),
    };
    egui::CentralPanel::default_margins().show(ui, |ui| {
        show_insight(ui, &ctx, f.view, &mut f.state);
    });
    for command in f.received.try_iter() {
        if let Command::Navigate(to) = command {
            f.nav.push(to);
        }
    }
}

/// A view of the sample in a window tall enough to show every matrix row.
fn harness<'a>(fixture: Fixture) -> Harness<'a, Fixture> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 2000.0))
        .with_context_setup(|ctx| {
            ctx.global_style_mut(|s| s.interaction.tooltip_delay = 0.0);
        })
        .build_ui_state(view_ui, fixture);
    harness.run();
    harness
}

/// Index of a session by id.
fn session(project: &Project, id: &str) -> usize {
    project
        .sessions
        .iter()
        .position(|s| s.id == id)
        .expect("session in the sample")
}

/// Index of a stakeholder by id.
fn stakeholder(project: &Project, id: &str) -> usize {
    project
        .stakeholders
        .iter()
        .position(|s| s.id == id)
        .expect("stakeholder in the sample")
}

/// The latest session and the one before it, in chronological order.
fn last_two(project: &Project) -> (usize, usize) {
    let order = project.session_order();
    (order[order.len() - 2], order[order.len() - 1])
}

/// The statement that decides `pos(a, p, k)` by a naive reading of METHODOLOGY.md (the
/// defaults: carry-forward and bloc positions on).
fn naive_source(project: &Project, k: usize, a: usize, p: usize) -> Option<usize> {
    common::naive_source(project, k, a, p, true, true)
}

/// Words for a score, as people read it.
fn words(score: i8) -> &'static str {
    match score {
        2 => "Strongly supports",
        1 => "Supports",
        0 => "Mixed",
        -1 => "Opposes",
        _ => "Strongly opposes",
    }
}

/// How a position should read: its stance, and the session it is carried from if earlier.
fn expected_position(project: &Project, k: usize, a: usize, p: usize) -> String {
    match naive_position(project, k, a, p, true, true) {
        None => "no recorded position".to_owned(),
        Some(score) => {
            let source = naive_source(project, k, a, p).expect("a position has a statement");
            let statement = &project.statements[source];
            let name = |id: &str| {
                project
                    .stakeholders
                    .iter()
                    .find(|s| s.id == id)
                    .map_or(id.to_owned(), |s| s.name.clone())
            };
            let mut notes = Vec::new();
            if statement.session != project.sessions[k].id {
                notes.push(format!("carried from {}", statement.session));
            }
            if statement.stakeholder != project.stakeholders[a].id {
                let mut via = format!("via {}", name(&statement.stakeholder));
                if let Some(by) = &statement.delivered_by {
                    via = format!("{via}, delivered by {}", name(by));
                }
                notes.push(via);
            }
            if statement.confidential {
                notes.push("confidential".to_owned());
            }
            if notes.is_empty() {
                words(score).to_owned()
            } else {
                format!("{} ({})", words(score), notes.join(", "))
            }
        }
    }
}

/// A share as a whole percentage, rounded half away from zero, never −0 (METHODOLOGY,
/// "Display"), written out here apart from the app's formatter.
fn pct(v: f64) -> String {
    let p = (v * 100.0).round();
    format!("{} %", if p == 0.0 { 0.0 } else { p })
}

fn signed_pct(v: Option<f64>) -> String {
    v.map_or_else(
        || "—".to_owned(),
        |v| {
            let p = (v * 100.0).round();
            if p == 0.0 {
                "0 %".to_owned()
            } else {
                format!("{p:+} %")
            }
        },
    )
}

#[test]
fn matrix_cells_and_rows_read_as_methodology_computes() {
    let project = sample();
    let (_, k) = last_two(&project);
    let harness = harness(Fixture::sample(View::Matrix));
    for id in ["RUS", "USA", "EU", "AUS", "CHN", "ARG"] {
        let a = stakeholder(&project, id);
        let name = &project.stakeholders[a].name;
        for (p, principle) in project.principles.iter().enumerate() {
            let label = format!(
                "{name} on {}: {}",
                principle.id,
                expected_position(&project, k, a, p)
            );
            assert!(
                harness.query_by_label(&label).is_some(),
                "no matrix cell labelled {label:?}"
            );
        }
        let (alignment, coverage) = naive_stakeholder(&project, k, a, true, true);
        let row = format!(
            "{name}: alignment {}, coverage {}",
            signed_pct(alignment),
            pct(coverage.expect("weights are positive"))
        );
        assert!(
            harness.query_by_label(&row).is_some(),
            "no matrix row labelled {row:?}"
        );
    }
}

#[test]
fn matrix_columns_carry_the_verdicts() {
    let project = sample();
    let (_, k) = last_two(&project);
    let harness = harness(Fixture::sample(View::Matrix));
    for (p, principle) in project.principles.iter().enumerate() {
        let (_, _, verdict) = naive_principle(&project, k, p, true, true, 3);
        let verdict = Verdict::ALL
            .iter()
            .find(|v| v.name() == verdict)
            .expect("a verdict name");
        let prefix = format!("{} {}: {},", principle.id, principle.title, verdict.label());
        assert!(
            harness.query_by_label_contains(&prefix).is_some(),
            "no column header starting {prefix:?}"
        );
    }
}

/// Russia's cell on P3 at the latest session: the statement behind it (index) and the cell's
/// accessible name.
fn russia_on_p3(project: &Project) -> (usize, String) {
    let (_, k) = last_two(project);
    let a = stakeholder(project, "RUS");
    let p = project
        .principles
        .iter()
        .position(|p| p.id == "P3")
        .expect("P3");
    let source = naive_source(project, k, a, p).expect("Russia has a position on P3");
    let label = format!(
        "Russian Federation on P3: {}",
        expected_position(project, k, a, p)
    );
    (source, label)
}

#[test]
fn hovering_a_cell_shows_the_statement_behind_it_and_clicking_asks_for_the_log() {
    let project = sample();
    let (source, label) = russia_on_p3(&project);
    let mut harness = harness(Fixture::sample(View::Matrix));
    harness.get_by_label(&label).hover();
    harness.run();
    assert!(
        harness
            .query_by_label(&project.statements[source].summary)
            .is_some(),
        "the tooltip shows the deciding statement's summary"
    );
    harness.get_by_label(&label).click();
    harness.run();
    assert_eq!(
        harness.state().nav,
        vec![Navigate::LogBehind {
            stakeholder: "RUS".to_owned(),
            principle: "P3".to_owned(),
        }]
    );
}

#[test]
fn alt_arrows_step_through_the_sessions() {
    let project = sample();
    let (previous, latest) = last_two(&project);
    let a = stakeholder(&project, "AUS");
    let row = |k: usize| {
        let (alignment, coverage) = naive_stakeholder(&project, k, a, true, true);
        format!(
            "Australia: alignment {}, coverage {}",
            signed_pct(alignment),
            pct(coverage.expect("weights are positive"))
        )
    };
    assert_ne!(row(previous), row(latest), "the sample moves Australia");
    let mut harness = harness(Fixture::sample(View::Matrix));
    assert!(harness.query_by_label(&row(latest)).is_some());
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    harness.run();
    assert!(harness.query_by_label(&row(previous)).is_some());
    assert!(harness.query_by_label(&row(latest)).is_none());
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    harness.run();
    assert!(harness.query_by_label(&row(latest)).is_some());
}

/// Opens the combo box named `combo` (its name carries its value: "Group by: No grouping")
/// and picks `option`.
fn choose(harness: &mut Harness<'_, Fixture>, combo: &str, option: &str) {
    harness.get_by_label_contains(&format!("{combo}: ")).click();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

#[test]
fn grouping_by_bloc_heads_each_bloc_with_its_own_and_members_alignment() {
    let project = sample();
    let (_, k) = last_two(&project);
    let mut harness = harness(Fixture::sample(View::Matrix));
    choose(&mut harness, "Group by", "Bloc");
    let _ = harness.get_by_label("Group by: Bloc");
    for (b, bloc) in project
        .stakeholders
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == StakeholderKind::Bloc)
    {
        let (own, _) = naive_stakeholder(&project, k, b, true, true);
        let members: Vec<usize> = bloc
            .members
            .iter()
            .filter_map(|id| project.stakeholders.iter().position(|s| &s.id == id))
            .collect();
        let defined: Vec<f64> = members
            .iter()
            .filter_map(|&m| naive_stakeholder(&project, k, m, true, true).0)
            .collect();
        let mean =
            (!defined.is_empty()).then(|| defined.iter().sum::<f64>() / defined.len() as f64);
        let header = format!(
            "{}: own alignment {}, members' mean {} ({} of {} members counted)",
            bloc.name,
            signed_pct(own),
            signed_pct(mean),
            defined.len(),
            members.len()
        );
        assert!(
            harness.query_by_label(&header).is_some(),
            "no group heading {header:?}"
        );
    }
}

#[test]
fn the_kind_filter_keeps_one_kind_of_stakeholder() {
    let project = sample();
    let mut harness = harness(Fixture::sample(View::Matrix));
    choose(&mut harness, "Kind", "Civil society");
    for s in &project.stakeholders {
        let shown = harness
            .query_by_label_contains(&format!("{}: alignment ", s.name))
            .is_some();
        assert_eq!(
            shown,
            s.kind == StakeholderKind::CivilSociety,
            "{} shown: {shown}",
            s.name
        );
    }
}

#[test]
fn without_carry_forward_only_the_session_itself_counts() {
    let project = sample();
    let (_, k) = last_two(&project);
    let carried = |carry: bool| {
        (0..project.stakeholders.len())
            .flat_map(|a| (0..project.principles.len()).map(move |p| (a, p)))
            .filter(|&(a, p)| naive_position(&project, k, a, p, carry, true).is_some())
            .count()
    };
    assert!(
        carried(false) < carried(true),
        "the sample carries positions"
    );
    let mut harness = harness(Fixture::sample(View::Matrix));
    harness.get_by_label("Carry positions forward").click();
    harness.run();
    for id in ["RUS", "USA", "AUS"] {
        let a = stakeholder(&project, id);
        for (p, principle) in project.principles.iter().enumerate() {
            let words = naive_position(&project, k, a, p, false, true)
                .map_or("no recorded position", words);
            let label = format!(
                "{} on {}: {words}",
                project.stakeholders[a].name, principle.id
            );
            assert!(
                harness.query_by_label(&label).is_some(),
                "no cell {label:?}"
            );
        }
    }
}

#[test]
fn alt_arrows_leave_a_focused_text_field_alone() {
    let project = sample();
    let (_, latest) = last_two(&project);
    let a = stakeholder(&project, "AUS");
    let (alignment, coverage) = naive_stakeholder(&project, latest, a, true, true);
    let row = format!(
        "Australia: alignment {}, coverage {}",
        signed_pct(alignment),
        pct(coverage.expect("weights are positive"))
    );
    // A text field beside the view, as the quick entry bar will be in the app.
    let mut text = String::new();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 2000.0))
        .build_ui_state(
            move |ui, f: &mut Fixture| {
                egui::Panel::top("entry").show(ui, |ui| {
                    let label = ui.label("Quick entry");
                    ui.text_edit_singleline(&mut text).labelled_by(label.id);
                });
                view_ui(ui, f);
            },
            Fixture::sample(View::Matrix),
        );
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Quick entry")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    harness.run();
    assert!(
        harness.query_by_label(&row).is_some(),
        "the matrix stayed on the latest session"
    );
}

#[test]
fn gaps_list_verdicts_furthest_from_the_framework_first() {
    let project = sample();
    let (_, k) = last_two(&project);
    let harness = harness(Fixture::sample(View::Gaps));
    let mut rows = Vec::new();
    for (p, principle) in project.principles.iter().enumerate() {
        let (_, mean, verdict) = naive_principle(&project, k, p, true, true, 3);
        let verdict = Verdict::ALL
            .iter()
            .find(|v| v.name() == verdict)
            .expect("a verdict name");
        let prefix = format!("{} {}: {},", principle.id, principle.title, verdict.label());
        let node = harness.get_by_label_contains(&prefix);
        // Gap (1 - m) / 2; silent principles last.
        rows.push((mean.map_or(-1.0, |m| (1.0 - m) / 2.0), p, node.rect().top()));
    }
    let mut expected = rows.clone();
    expected.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let mut on_screen = rows;
    on_screen.sort_by(|x, y| x.2.total_cmp(&y.2));
    let ids = |v: &[(f64, usize, f32)]| -> Vec<String> {
        v.iter()
            .map(|r| project.principles[r.1].id.clone())
            .collect()
    };
    assert_eq!(ids(&on_screen), ids(&expected));
}

#[test]
fn shifts_list_who_moved_and_what_is_new() {
    let project = sample();
    let (from, to) = last_two(&project);
    let mut moved = Vec::new();
    let mut new = 0;
    for a in 0..project.stakeholders.len() {
        for p in 0..project.principles.len() {
            match (
                naive_position(&project, from, a, p, true, true),
                naive_position(&project, to, a, p, true, true),
            ) {
                (Some(x), Some(y)) if x != y => moved.push(format!(
                    "{} on {}: {} to {} ({:+}), {} to {}",
                    project.stakeholders[a].name,
                    project.principles[p].id,
                    expected_position(&project, from, a, p),
                    expected_position(&project, to, a, p),
                    y - x,
                    project.sessions[from].id,
                    project.sessions[to].id
                )),
                (None, Some(_)) => new += 1,
                _ => {}
            }
        }
    }
    assert!(
        !moved.is_empty(),
        "the sample has shifts in its last session"
    );
    let mut harness = harness(Fixture::sample(View::Shifts));
    harness.get_by_label(&format!("Moved ({})", moved.len()));
    for label in &moved {
        assert!(
            harness.query_by_label(label).is_some(),
            "no shift labelled {label:?}"
        );
    }
    harness
        .get_by_label(&format!("New positions ({new})"))
        .click();
    harness.run();
    assert_eq!(
        harness
            .query_all_by_label_contains(&format!(": new at {}: ", project.sessions[to].id))
            .count(),
        new
    );
}

#[test]
fn coalition_map_places_everyone_with_a_position() {
    let project = sample();
    let (_, k) = last_two(&project);
    let placed = (0..project.stakeholders.len())
        .filter(|&a| project.stakeholders[a].kind != StakeholderKind::Bloc)
        .filter(|&a| {
            (0..project.principles.len())
                .any(|p| naive_position(&project, k, a, p, true, true).is_some())
        })
        .count();
    let harness = harness(Fixture::sample(View::Coalition));
    harness.get_by_label_contains(&format!(
        "Coalition map of {}: {placed} stakeholders placed",
        project.sessions[k].id
    ));
    harness.get_by_label_contains("The axes have no meaning of their own");
}

#[test]
fn trends_plot_the_most_active_stakeholders() {
    let project = sample();
    let top = most_active(&project);
    let harness = harness(Fixture::sample(View::Trends));
    let plot = harness.get_by_label_contains("Trend plot of alignment of stakeholders: ");
    let label = plot.accesskit_node().label().unwrap_or_default();
    for a in top.iter().take(5) {
        assert!(
            label.contains(&project.stakeholders[*a].name),
            "{label:?} names {}",
            project.stakeholders[*a].name
        );
    }
}

#[test]
fn profile_shows_history_neighbours_and_opens_the_log() {
    let project = sample();
    let (_, k) = last_two(&project);
    let a = stakeholder(&project, "RUS");
    let mut fixture = Fixture::sample(View::Profile);
    fixture.state.show_profile("RUS");
    let mut harness = harness(fixture);
    // The history grid: one cell per principle and session.
    let ahc5 = session(&project, "AHC5");
    for (p, principle) in project.principles.iter().enumerate() {
        let label = format!(
            "Russian Federation on {}: {} at AHC5",
            principle.id,
            expected_position(&project, ahc5, a, p)
        );
        assert!(
            harness.query_by_label(&label).is_some(),
            "no cell {label:?}"
        );
    }
    // The closest other stakeholder by agreement (1 - mean|s_a - s_b| / 4).
    let row = |b: usize| -> Vec<Option<i8>> {
        (0..project.principles.len())
            .map(|p| naive_position(&project, k, b, p, true, true))
            .collect()
    };
    let mine = row(a);
    let mut others: Vec<(f64, usize, String)> = (0..project.stakeholders.len())
        .filter(|&b| b != a && project.stakeholders[b].kind != StakeholderKind::Bloc)
        .filter_map(|b| {
            let theirs = row(b);
            let diffs: Vec<f64> = mine
                .iter()
                .zip(&theirs)
                .filter_map(|(x, y)| Some(f64::from((x.as_ref()? - y.as_ref()?).abs())))
                .collect();
            (!diffs.is_empty()).then(|| {
                let value = 1.0 - diffs.iter().sum::<f64>() / diffs.len() as f64 / 4.0;
                (value, diffs.len(), project.stakeholders[b].name.clone())
            })
        })
        .collect();
    others.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then_with(|| x.2.cmp(&y.2))
    });
    let (value, in_common, name) = others.first().expect("Russia shares principles");
    let closest = format!(
        "{name}: agreement {} on {in_common} principle{} in common",
        pct(*value),
        if *in_common == 1 { "" } else { "s" }
    );
    assert!(
        harness.query_by_label(&closest).is_some(),
        "no neighbour {closest:?}"
    );
    harness
        .get_by_label("Everything Russian Federation said")
        .click();
    harness.run();
    assert_eq!(
        harness.state().nav,
        vec![Navigate::Log {
            stakeholder: Some("RUS".to_owned()),
            principle: None,
            session: None,
        }]
    );
}

/// Stakeholder indices by number of statements, most first (ties: file order).
fn most_active(project: &Project) -> Vec<usize> {
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for s in &project.statements {
        *counts
            .entry(stakeholder(project, &s.stakeholder))
            .or_default() += 1;
    }
    let mut top: Vec<(usize, usize)> = counts.into_iter().collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    top.into_iter().map(|(a, _)| a).collect()
}

#[test]
#[expect(
    clippy::many_single_char_names,
    reason = "k, a, b, p, x, y: sessions, stakeholders, principles and scores as in METHODOLOGY.md"
)]
fn compare_puts_actors_side_by_side() {
    let project = sample();
    let (_, k) = last_two(&project);
    let top = most_active(&project);
    let (a, b) = (top[0], top[1]);
    let mut harness = harness(Fixture::sample(View::Profile));
    harness.get_by_label("Compare").click();
    harness.run();
    harness.get_by_label("Add an actor").click();
    harness.run();
    for x in [a, b] {
        let name = &project.stakeholders[x].name;
        let (alignment, coverage) = naive_stakeholder(&project, k, x, true, true);
        harness.get_by_label(&format!("{name}: alignment {}", signed_pct(alignment)));
        harness.get_by_label(&format!(
            "{name}: coverage {}",
            pct(coverage.expect("weights are positive"))
        ));
        for (p, principle) in project.principles.iter().enumerate() {
            let label = format!(
                "{name} on {}: {}",
                principle.id,
                expected_position(&project, k, x, p)
            );
            assert!(
                harness.query_by_label(&label).is_some(),
                "no cell {label:?}"
            );
        }
    }
    let diffs: Vec<f64> = (0..project.principles.len())
        .filter_map(|p| {
            let x = naive_position(&project, k, a, p, true, true)?;
            let y = naive_position(&project, k, b, p, true, true)?;
            Some(f64::from((x - y).abs()))
        })
        .collect();
    let agreement = if diffs.is_empty() {
        "—".to_owned()
    } else {
        pct(1.0 - diffs.iter().sum::<f64>() / diffs.len() as f64 / 4.0)
    };
    harness.get_by_label(&format!(
        "{} and {}: {agreement} on {} principle{} in common",
        project.stakeholders[a].name,
        project.stakeholders[b].name,
        diffs.len(),
        if diffs.len() == 1 { "" } else { "s" }
    ));
}

#[test]
fn ctrl_3_opens_the_matrix_and_a_cell_opens_the_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = AppConfig {
        file: Some(common::repo_path("sample_positions/ahc_cybercrime.ron")),
        recovery_dir: Some(dir.path().join("recovery")),
        dialogs: DialogMode::Prompt,
        autosave_delay_secs: 0.0,
        report_time: None,
        language: Some(treaty_tracker::i18n::Lang::En),
    };
    let app = TreatyApp::new(None, config);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), View::Matrix);
    let cell = harness
        .query_all_by_label_contains(" on C1: ")
        .next()
        .expect("a visible matrix cell");
    cell.click();
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), View::Log);
}

/// The one snapshot helper: a view of the sample at a fixed size, light theme, 1 pixel per
/// point, rendered with wgpu (lavapipe on a machine without a GPU). Accept changes with
/// `UPDATE_SNAPSHOTS=1 cargo test --test views`.
fn snapshot(view: View, name: &str) {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 760.0))
        .with_pixels_per_point(1.0)
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui_state(view_ui, Fixture::sample(view));
    harness.run();
    harness.snapshot(name);
}

#[test]
fn snapshot_matrix() {
    snapshot(View::Matrix, "view_matrix");
}

#[test]
fn snapshot_trends() {
    snapshot(View::Trends, "view_trends");
}

#[test]
fn snapshot_gaps() {
    snapshot(View::Gaps, "view_gaps");
}

/// An inherited cell says which bloc its position comes from, and who delivered the bloc's
/// statement (METHODOLOGY.md, "Effective position"): read from the accessible labels.
#[test]
fn an_inherited_cell_names_its_bloc_in_its_label() {
    let project = sample();
    let (_, k) = last_two(&project);
    let harness = harness(Fixture::sample(View::Matrix));
    // Hand-checked in the sample: Austria said nothing itself; the EU's latest statement on
    // C1 is at AHC4 (Supports), on P4 at AHC1 (Mixed), delivered by France.
    let _ = harness.get_by_label("Austria on C1: Supports (carried from AHC4, via European Union)");
    let _ = harness.get_by_label(
        "Austria on P4: Mixed (carried from AHC1, via European Union, delivered by France)",
    );
    // Every cell of the row, against the naive reading.
    let a = stakeholder(&project, "AUT");
    let mut inherited = 0;
    for (p, principle) in project.principles.iter().enumerate() {
        let label = format!(
            "Austria on {}: {}",
            principle.id,
            expected_position(&project, k, a, p)
        );
        assert!(
            harness.query_by_label(&label).is_some(),
            "no cell {label:?}"
        );
        inherited += usize::from(label.contains("via European Union"));
    }
    assert!(inherited >= 5, "{inherited} inherited cells");
}

/// A principle with too few positions reads so, with its count, in the gaps view and the
/// matrix's column header (docs/METHODOLOGY.md, worked example at S2: P2 and P3, 2 of 3).
#[test]
fn too_few_positions_read_with_their_count() {
    let harness = harness(Fixture::of(common::worked_example(), View::Gaps));
    let _ =
        harness.get_by_label_contains("P2 Narrow scope: Too few positions (2 of 3), support 50 %");
    let _ =
        harness.get_by_label_contains("P3 Open process: Too few positions (2 of 3), support 50 %");
    let _ =
        harness.get_by_label_contains("P1 Human rights safeguards: Broad support, support 100 %");
    let harness = self::harness(Fixture::of(common::worked_example(), View::Matrix));
    let _ = harness.get_by_label(
        "P2 Narrow scope: Too few positions, support 50 %, opposition 0 %, 2 of 3 with a position",
    );
}

/// A matrix cell that has the keyboard is drawn differently (a ring), and the statement behind
/// it shows as it does on hover, without the mouse.
#[test]
fn a_focused_cell_is_drawn_and_shows_its_statement() {
    let project = sample();
    let (source, label) = russia_on_p3(&project);
    let mut harness = harness(Fixture::sample(View::Matrix));
    let before = harness.render().expect("rendered");
    assert!(
        harness
            .query_by_label(&project.statements[source].summary)
            .is_none()
    );
    let bounds = {
        use egui_kittest::kittest::NodeT as _;
        harness
            .get_by_label(&label)
            .accesskit_node()
            .bounding_box()
            .expect("the cell's place")
    };
    harness.get_by_label(&label).focus();
    harness.run();
    let after = harness.render().expect("rendered");
    // Only the band just left of and above the cell, where the ring is drawn: the tooltip
    // opens below it.
    let near = |col: u32, line: u32| {
        let (col, line) = (f64::from(col), f64::from(line));
        let left =
            col >= bounds.x0 - 3.0 && col < bounds.x0 && line >= bounds.y0 && line <= bounds.y1;
        let top =
            line >= bounds.y0 - 3.0 && line < bounds.y0 && col >= bounds.x0 && col <= bounds.x1;
        left || top
    };
    let changed = before
        .enumerate_pixels()
        .filter(|(col, line, px)| near(*col, *line) && after.get_pixel(*col, *line) != *px)
        .count();
    assert!(
        changed > 60,
        "{changed} pixels around the cell changed when it took the keyboard"
    );
    assert!(
        harness
            .query_by_label(&project.statements[source].summary)
            .is_some(),
        "the statement behind the focused cell is shown"
    );
}

/// In a window that shows only a few rows, every row of the matrix is still there for a screen
/// reader and the keyboard: each stakeholder's name and cells are named; Ctrl+End, Page Up and
/// Down move the keyboard by rows, keeping the column, and the row it lands on scrolls into
/// view.
#[test]
fn rows_off_screen_are_named_and_reached_by_the_keyboard() {
    let project = sample();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1300.0, 700.0))
        .build_ui_state(view_ui, Fixture::sample(View::Matrix));
    harness.run();
    let first_principle = &project.principles[0].id;
    for s in &project.stakeholders {
        let _ = harness.get_by_label_contains(&format!("{} on {first_principle}: ", s.name));
        let _ = harness.get_by_label_contains(&format!("{}: alignment ", s.name));
    }
    let bounds = |harness: &Harness<'_, Fixture>, label: &str| {
        harness
            .get_by_label_contains(label)
            .accesskit_node()
            .bounding_box()
            .expect("a place")
    };
    let a = stakeholder(&project, "RUS");
    let p = project.principles.len() - 1;
    let start = format!(
        "{} on {}: ",
        project.stakeholders[a].name, project.principles[p].id
    );
    harness.get_by_label_contains(&start).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    harness.run();
    let focused = harness
        .root()
        .query_all(egui_kittest::kittest::by())
        .find(|node| node.accesskit_node().is_focused())
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .expect("a node has the keyboard after Ctrl+End");
    assert!(
        focused.contains(&format!(" on {}: ", project.principles[p].id)),
        "Ctrl+End kept the column: {focused:?}"
    );
    let place = bounds(&harness, &focused);
    assert!(
        place.y1 <= 700.0 && place.y0 >= 0.0,
        "the last row scrolled into view: {place:?} ({focused:?})"
    );
    assert!(!focused.starts_with(&start), "Ctrl+End moved the keyboard");
    harness.key_press(Key::PageUp);
    harness.run();
    harness.run();
    let after = harness
        .root()
        .query_all(egui_kittest::kittest::by())
        .find(|node| node.accesskit_node().is_focused())
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .expect("a node has the keyboard after Page Up");
    assert_ne!(after, focused, "Page Up moved the keyboard");
    let up = bounds(&harness, &after);
    assert!(
        up.y1 <= 700.0 && up.y0 >= 0.0,
        "Page Up's row is in view: {up:?}"
    );
}
