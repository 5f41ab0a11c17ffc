//! What got in a newcomer's way, in the real app (`egui_kittest`): the bloc member picker,
//! text fields inside pop-ups, the default session, the quick entry's date, quote, session
//! switch and sticky source, and examples made of the project's own ids.

mod common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use treaty_tracker::app::{Action, TreatyApp, View};
use treaty_tracker::model::{Confidence, Project, Session, SessionKind, SourceKind, validate};

fn app_on<'a>(dir: &Path, project: &Project) -> Harness<'a, TreatyApp> {
    app_sized(dir, project, egui::vec2(1400.0, 900.0))
}

/// The app on `project` (saved in `dir`), in a window of `size`.
fn app_sized<'a>(dir: &Path, project: &Project, size: egui::Vec2) -> Harness<'a, TreatyApp> {
    let path = dir.join("project.ron");
    treaty_tracker::store::save(project, &path).expect("saves");
    let app = TreatyApp::new(None, common::app_config(dir, Some(path)));
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 30.0)
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
    harness
}

fn sample() -> Project {
    common::valid(treaty_tracker::SAMPLE_PROJECT)
}

fn project(harness: &Harness<'_, TreatyApp>) -> Project {
    harness
        .state()
        .document()
        .expect("a document")
        .project
        .as_ref()
        .clone()
}

fn show(harness: &mut Harness<'_, TreatyApp>, view: View) {
    harness.state_mut().queue_action(Action::ShowView(view));
    common::settle(harness);
}

fn click(harness: &mut Harness<'_, TreatyApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    common::settle(harness);
    harness.get_by_label(label).click();
    common::settle(harness);
}

fn type_in(harness: &mut Harness<'_, TreatyApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    common::settle(harness);
    harness.get_by_label(label).type_text(text);
    common::settle(harness);
}

fn members(harness: &Harness<'_, TreatyApp>, bloc: &str) -> Vec<String> {
    project(harness)
        .stakeholder(bloc)
        .expect("the bloc")
        .members
        .clone()
}

/// The EU's 27 members stay unless one is removed by its own button; members are added by
/// keyboard (type, Enter: the first match, and the box is ready for the next) and by mouse.
#[test]
fn the_member_picker_adds_by_keyboard_and_mouse_and_removes_only_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &sample());
    show(&mut harness, View::Stakeholders);
    click(&mut harness, "EU — European Union");
    let before = members(&harness, "EU");
    assert_eq!(before.len(), 27);
    let _ = harness.get_by_label("27 members");
    // By keyboard: "Braz", Enter adds Brazil; the box is empty and keeps the keyboard.
    type_in(&mut harness, "Add a member", "Braz");
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    let now = members(&harness, "EU");
    assert_eq!(now.len(), 28);
    assert!(before.iter().all(|m| now.contains(m)), "nothing removed");
    assert!(now.iter().any(|m| m == "BRA"));
    harness.get_by_label("Add a member").type_text("Argen");
    common::settle(&mut harness);
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    assert!(members(&harness, "EU").iter().any(|m| m == "ARG"));
    // A member never shows among the matches: typing an existing member's name offers nothing.
    type_in(&mut harness, "Add a member", "Austria");
    let _ = harness.get_by_label("No stakeholder to add matches this.");
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    assert_eq!(
        members(&harness, "EU").len(),
        29,
        "Enter with no match adds nothing"
    );
    // By mouse: the match's own Add button.
    harness.get_by_label("Add a member").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.get_by_label("Add a member").type_text("Chin");
    common::settle(&mut harness);
    click(&mut harness, "Add China (CHN) to the bloc");
    assert!(members(&harness, "EU").iter().any(|m| m == "CHN"));
    // Removing is only by a member's own button.
    click(&mut harness, "Remove China (CHN) from the bloc");
    click(&mut harness, "Remove Brazil (BRA) from the bloc");
    click(&mut harness, "Remove Argentina (ARG) from the bloc");
    assert_eq!(members(&harness, "EU"), before);
    assert!(validate(&project(&harness)).is_empty());
}

/// Edit > Your name takes clicks and keys without closing its menu; the log's stakeholder
/// filter opens with the keyboard in its Find box, and Enter picks the first match.
#[test]
fn text_fields_in_popups_take_clicks_and_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &sample());
    harness.get_by_label("Edit").click();
    common::settle(&mut harness);
    harness.get_by_label("Your name").click();
    common::settle(&mut harness);
    harness.get_by_label("Your name").type_text("Ben");
    common::settle(&mut harness);
    // Still open: the field is still there after the click and the typing.
    let _ = harness.get_by_label("Your name");
    assert_eq!(harness.state().preferences().user_name, "Ben");

    show(&mut harness, View::Log);
    harness.get_by_label("Stakeholder: any").click();
    common::settle(&mut harness);
    assert!(
        harness.get_by_label("Find").is_focused(),
        "the Find box has the keyboard"
    );
    harness.get_by_label("Find").type_text("russ");
    common::settle(&mut harness);
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    assert_eq!(
        harness.state().log_state().filter.stakeholder.as_deref(),
        Some("RUS")
    );
    let _ = harness.get_by_label("Stakeholder: Russian Federation");
}

/// A session nobody has spoken at yet (added after the last one) is not where views, the
/// export window and `report` open: they open on the latest session with statements.
#[test]
fn the_default_session_is_the_latest_with_statements() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut p = sample();
    p.sessions.push(Session {
        id: "ORG3".to_owned(),
        name: "Organisational meeting".to_owned(),
        kind: SessionKind::Other,
        start: chrono::NaiveDate::from_ymd_opt(2025, 1, 10).expect("date"),
        end: None,
        location: None,
        draft: None,
        notes: None,
    });
    let ahc7r = p.sessions.iter().position(|s| s.id == "AHC7R");
    assert_eq!(p.default_session(), ahc7r);
    let mut harness = app_on(dir.path(), &p);
    harness.state_mut().queue_action(Action::ExportReport);
    common::settle(&mut harness);
    // The drop-down is named with its value, as a screen reader reads it.
    let _ = harness.get_by_label("Session: Reconvened concluding session (AHC7R)");
    // The command line: the JSON names the session it reports; ids match without case.
    let path = dir.path().join("project.ron");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
            .args(args)
            .output()
            .expect("runs")
    };
    let out = run(&["report", &path.display().to_string()]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["session"], "AHC7R");
    let out = run(&["report", &path.display().to_string(), "--session", "ahc5"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["session"], "AHC5");
}

/// The quick entry's date (`d:`), quote (in double quotes), session switch (a line that is only
/// `@SESSION`), and a sticky source and confidence cleared by Escape on an empty line.
#[test]
fn the_quick_entry_takes_a_date_a_quote_a_session_and_a_sticky_source() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &sample());
    let line = |harness: &mut Harness<'_, TreatyApp>, text: &str| {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
        common::settle(harness);
        harness.get_by_label("Log").type_text(text);
        common::settle(harness);
        harness.key_press(Key::Enter);
        common::settle(harness);
    };
    line(&mut harness, "@ahc5");
    assert_eq!(
        harness.state().quick_entry().session.as_deref(),
        Some("AHC5")
    );
    assert!(harness.state().status().contains("Logging into"));
    // A sticky source and confidence for the sitting.
    harness.get_by_label("Source: per line").click();
    common::settle(&mut harness);
    harness.get_by_label("Media").click();
    common::settle(&mut harness);
    harness.get_by_label("Confidence: per line").click();
    common::settle(&mut harness);
    harness.get_by_label("High").click();
    common::settle(&mut harness);
    line(
        &mut harness,
        "RUS P3-- d:2023-04-12 \"We cannot accept this article\" Rejects the scope",
    );
    let p = project(&harness);
    let logged = p.statements.last().expect("logged");
    assert_eq!(logged.session, "AHC5");
    assert_eq!(logged.date, chrono::NaiveDate::from_ymd_opt(2023, 4, 12));
    assert_eq!(
        logged.quote.as_deref(),
        Some("We cannot accept this article")
    );
    assert_eq!(logged.summary, "Rejects the scope");
    assert_eq!(
        logged.source.as_ref().map(|s| s.kind),
        Some(SourceKind::Media)
    );
    assert_eq!(logged.confidence, Confidence::High);
    // The line's own src: wins over the sticky one.
    line(&mut harness, "CHN P3- src:official Prefers a narrow text");
    let p = project(&harness);
    let logged = p.statements.last().expect("logged");
    assert_eq!(
        logged.source.as_ref().map(|s| s.kind),
        Some(SourceKind::Official)
    );
    // Escape on the empty line clears both.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(&mut harness);
    harness.key_press(Key::Escape);
    common::settle(&mut harness);
    assert_eq!(harness.state().quick_entry().sticky_source, None);
    assert_eq!(harness.state().quick_entry().sticky_confidence, None);
    // A date outside the session is refused before Enter, with the session's dates.
    let count = project(&harness).statements.len();
    line(&mut harness, "RUS P3-- d:2020-01-01 Too early");
    assert_eq!(project(&harness).statements.len(), count);
    let _ =
        harness.get_by_label_contains("2020-01-01 is not within AHC5 (2023-04-11 to 2023-04-21)");
}

/// Examples come from the open project's ids: the quick entry's placeholder and the grammar
/// under it never name a stakeholder or principle the project lacks.
#[test]
fn examples_are_made_of_the_projects_own_ids() {
    use treaty_tracker::quick_entry::{example_line, grammar_hint};
    let p = sample();
    let example = example_line(&p);
    let first_state = p
        .stakeholders
        .iter()
        .find(|s| s.kind == treaty_tracker::model::StakeholderKind::State)
        .expect("a state");
    assert!(
        example.starts_with(&format!("{} C1++ C2- ", first_state.id)),
        "{example}"
    );
    // The example is a line the quick entry reads as ready.
    assert!(treaty_tracker::quick_entry::parse(&example, &p).is_ready());
    assert!(grammar_hint(&p).starts_with(&format!("{}  C1++  C2-", first_state.id)));
    let mut plastics = Project::new("Plastics");
    assert!(example_line(&plastics).starts_with("WHO P1++ "));
    assert!(grammar_hint(&plastics).starts_with("WHO  P1++  summary…"));
    plastics.principles = p.principles[..1].to_vec();
    plastics.principles[0].id = "EPR".to_owned();
    plastics.stakeholders = vec![p.stakeholders[0].clone()];
    let example = example_line(&plastics);
    assert!(
        example.starts_with(&format!("{} EPR++ what", p.stakeholders[0].id)),
        "{example}"
    );
    assert!(!example.contains("RUS") || p.stakeholders[0].id == "RUS");
}

/// Coloured by bloc, a member of two blocs has a colour and a legend entry of its own, and
/// every bloc keeps its own: none is hidden behind another.
#[test]
fn the_coalition_map_gives_members_of_two_blocs_their_own_colour() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut p = sample();
    let safeguards = p
        .stakeholders
        .iter()
        .position(|s| s.name.starts_with("Human-rights safeguards group"))
        .expect("the safeguards group");
    p.stakeholders[safeguards].members.push("FRA".to_owned());
    let mut harness = app_on(dir.path(), &p);
    show(&mut harness, View::Coalition);
    harness.get_by_label("Colour by: UN regional group").click();
    common::settle(&mut harness);
    harness.get_by_label("Bloc").click();
    common::settle(&mut harness);
    let map = harness
        .get_by_label_contains("Coalition map of")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(
        map.contains("European Union + Human-rights safeguards group (Art. 6(2)) 1"),
        "{map}"
    );
    assert!(map.contains("European Union 26"), "{map}");
    assert!(
        map.contains("Human-rights safeguards group (Art. 6(2)) 7"),
        "{map}"
    );
}

/// Tab leaves an empty quick entry for the next control, as anywhere else; it completes only
/// while a word with something to offer is being typed.
#[test]
fn tab_is_not_trapped_in_the_quick_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &sample());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(&mut harness);
    assert!(harness.get_by_label("Log").is_focused());
    harness.key_press(Key::Tab);
    common::settle(&mut harness);
    assert!(!harness.get_by_label("Log").is_focused(), "Tab moved on");
    // While typing a stakeholder's start, Tab completes it and stays.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(&mut harness);
    harness.get_by_label("Log").type_text("Russ");
    common::settle(&mut harness);
    harness.key_press(Key::Tab);
    common::settle(&mut harness);
    assert!(harness.get_by_label("Log").is_focused());
    assert!(
        harness.state().quick_entry().line.starts_with("RUS"),
        "{}",
        harness.state().quick_entry().line
    );
}

/// The export window opens with the keyboard in it, and Escape closes it.
#[test]
fn escape_closes_the_export_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &sample());
    harness.state_mut().queue_action(Action::ExportReport);
    common::settle(&mut harness);
    let _ = harness.get_by_label("Export a report or a table");
    // It opens with the keyboard on the chosen format.
    assert!(harness.get_by_label("HTML").is_focused(), "focus on HTML");
    harness.key_press(Key::Escape);
    common::settle(&mut harness);
    assert!(
        harness
            .query_by_label("Export a report or a table")
            .is_none()
    );
}

/// At 200 % zoom in a 1280×800 window, the matrix still shows its rows (the header scrolls
/// away with them when it would leave no room).
#[test]
fn the_matrix_shows_rows_at_200_percent_zoom() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_sized(dir.path(), &sample(), egui::vec2(1280.0, 800.0));
    harness.state_mut().preferences_mut().zoom = 2.0;
    show(&mut harness, View::Matrix);
    common::settle(&mut harness);
    // Every row is in the tree (for the keyboard and screen readers): those shown are those
    // inside the window.
    let names = |harness: &Harness<'_, TreatyApp>| -> Vec<String> {
        harness
            .query_all_by_label_contains(", coverage ")
            .filter(|n| {
                n.accesskit_node()
                    .bounding_box()
                    .is_some_and(|b| b.y0 >= 0.0 && b.y1 <= 800.0)
            })
            .filter_map(|n| n.accesskit_node().label())
            .collect()
    };
    let first = names(&harness);
    assert!(!first.is_empty(), "rows are shown at 200 %");
    // And the others are reached by scrolling, header and all (the wheel moves the rows).
    for _ in 0..10 {
        let last_shown = first.last().expect("a row").clone();
        harness.get_by_label(&last_shown).scroll_down();
        common::settle(&mut harness);
    }
    let later = names(&harness);
    assert!(
        later.iter().any(|n| !first.contains(n)),
        "scrolling shows further rows: {first:?} then {later:?}"
    );
}

/// A screen reader hears the log's stances in words, and the quick entry's problems and the
/// status line as they change (polite live regions).
#[test]
fn stances_read_as_words_and_feedback_is_announced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &sample());
    show(&mut harness, View::Log);
    assert!(
        harness
            .query_all_by_label_contains(": Strongly opposes")
            .next()
            .is_some(),
        "the log's stances in words"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(&mut harness);
    harness.get_by_label("Log").type_text("RUS Q9-- text");
    common::settle(&mut harness);
    let problem = harness.get_by_label_contains("no principle \"Q9\"");
    assert_eq!(
        problem.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "the problem is announced"
    );
    harness.key_press(Key::Escape);
    common::settle(&mut harness);
}

/// On a French AZERTY keyboard the digit keys type `'` and `-`: Ctrl with the key in the 4th
/// and 6th places still opens Trends and Shifts, and does not zoom.
#[test]
fn view_shortcuts_follow_the_keys_place_on_azerty() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &sample());
    let zoom = harness.ctx.zoom_factor();
    let press = |harness: &mut Harness<'_, TreatyApp>, key: Key, place: Key| {
        for pressed in [true, false] {
            harness.event(egui::Event::Key {
                key,
                physical_key: Some(place),
                pressed,
                repeat: false,
                modifiers: Modifiers::COMMAND,
            });
        }
        common::settle(harness);
    };
    press(&mut harness, Key::Minus, Key::Num6);
    assert_eq!(harness.state().view(), View::Shifts);
    assert!(
        (harness.ctx.zoom_factor() - zoom).abs() < 1e-6,
        "no zoom out"
    );
    press(&mut harness, Key::Quote, Key::Num4);
    assert_eq!(harness.state().view(), View::Trends);
    // On a keyboard where the place and the character agree, nothing changes.
    press(&mut harness, Key::Num2, Key::Num2);
    assert_eq!(harness.state().view(), View::Log);
}
