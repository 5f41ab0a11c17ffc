//! Live logging in the real app (`egui_kittest`): the quick entry, the statement log's filters,
//! the editors' refusals and the questions asked before deleting what statements use.

mod common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use treaty_tracker::app::{Action, TreatyApp, View};
use treaty_tracker::model::{Confidence, SourceKind, Stance, validate};

/// The app on a copy of the sample, with "Ana" as the user's name.
fn sample_app<'a>(dir: &Path) -> Harness<'a, TreatyApp> {
    let path = dir.join("ahc.ron");
    std::fs::copy(
        common::repo_path("sample_positions/ahc_cybercrime.ron"),
        &path,
    )
    .expect("copy");
    let mut app = TreatyApp::new(None, common::app_config(dir, Some(path)));
    "Ana".clone_into(&mut app.preferences_mut().user_name);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 30.0)
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
    harness
}

fn statements(harness: &Harness<'_, TreatyApp>) -> usize {
    harness
        .state()
        .document()
        .map_or(0, |d| d.project.statements.len())
}

fn show(harness: &mut Harness<'_, TreatyApp>, view: View) {
    harness.state_mut().queue_action(Action::ShowView(view));
    common::settle(harness);
}

/// Ctrl+L, then the line typed into the quick entry (Enter not pressed).
fn type_line(harness: &mut Harness<'_, TreatyApp>, line: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(harness);
    harness.get_by_label("Log").type_text(line);
    common::settle(harness);
}

/// Scrolls the labelled widget into view, then clicks it.
fn pick(harness: &mut Harness<'_, TreatyApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    common::settle(harness);
    harness.get_by_label(label).click();
    common::settle(harness);
}

fn enter(harness: &mut Harness<'_, TreatyApp>) {
    harness.key_press(Key::Enter);
    common::settle(harness);
}

/// Replaces the content of the labelled text field.
fn replace_text(harness: &mut Harness<'_, TreatyApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    common::settle(harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    common::settle(harness);
}

const EXAMPLE: &str = "RUS P3-- C6-- Wants an article on extremist use of ICT";

#[test]
fn the_example_line_logs_exactly_that_statement_in_the_current_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    let before = statements(&harness);
    type_line(&mut harness, EXAMPLE);
    // Understood before Enter: the stakeholder's name and the principles' titles are shown.
    let _ = harness.get_by_label_contains("Russian Federation (RUS)");
    let _ = harness.get_by_label_contains("P3 Clear scope: Strongly opposes");
    let _ = harness.get_by_label("Ready: Enter logs it");
    enter(&mut harness);

    assert_eq!(statements(&harness), before + 1);
    let doc = harness.state().document().expect("document");
    let project = &doc.project;
    let logged = project.statements.last().expect("a statement");
    // The current session: today is after every sample session, so the last one in order.
    let last = project.session_order().last().copied().expect("sessions");
    assert_eq!(logged.session, project.sessions[last].id);
    assert_eq!(logged.stakeholder, "RUS");
    let stances: Vec<(&str, Stance)> = logged
        .stances
        .iter()
        .map(|(p, s)| (p.as_str(), *s))
        .collect();
    assert_eq!(
        stances,
        [
            ("C6", Stance::StronglyOpposes),
            ("P3", Stance::StronglyOpposes)
        ]
    );
    assert_eq!(logged.summary, "Wants an article on extremist use of ICT");
    assert_eq!(logged.recorded_by.as_deref(), Some("Ana"));
    assert_eq!(logged.confidence, Confidence::Medium);
    assert_eq!(
        logged.source.as_ref().map(|s| s.kind),
        Some(SourceKind::OwnNotes)
    );
    assert!(logged.delivered_by.is_none() && logged.quote.is_none() && !logged.confidential);
    let age = chrono::Utc::now() - logged.recorded_at;
    assert!(age.num_seconds().abs() < 60, "recorded now: {age}");
    assert!(validate(project).is_empty(), "{:?}", validate(project));
    // The line is cleared and shows at once in the log, selected.
    assert!(harness.state().quick_entry().line.is_empty());
    assert_eq!(
        harness.state().log_state().selected.as_deref(),
        Some(logged.id.as_str())
    );
    assert!(doc.is_dirty());
}

#[test]
fn undo_removes_the_logged_statement() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    let before = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    type_line(&mut harness, EXAMPLE);
    enter(&mut harness);
    assert_eq!(statements(&harness), before.statements.len() + 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    let doc = harness.state().document().expect("doc");
    assert_eq!(*doc.project, before);
    assert!(!doc.is_dirty());
}

#[test]
fn unknown_stakeholder_or_principle_is_flagged_before_enter_and_nothing_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    let before = statements(&harness);

    type_line(&mut harness, "XYZ P3-- Wants something");
    let _ = harness.get_by_label_contains("“XYZ”: no stakeholder \"XYZ\"");
    enter(&mut harness);
    assert_eq!(statements(&harness), before);
    // Nothing is lost: the line stays as typed.
    assert_eq!(
        harness.state().quick_entry().line,
        "XYZ P3-- Wants something"
    );

    // Clear it and try an unknown principle.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    common::settle(&mut harness);
    assert!(harness.state().quick_entry().line.is_empty());
    type_line(&mut harness, "RUS Q9-- Wants something");
    let _ = harness.get_by_label_contains("“Q9--”: no principle \"Q9\"");
    enter(&mut harness);
    assert_eq!(statements(&harness), before);
    assert_eq!(
        harness.state().quick_entry().line,
        "RUS Q9-- Wants something"
    );
}

#[test]
fn extras_and_accent_insensitive_names_work_from_the_keyboard() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    // "RÜSS" finds the Russian Federation (accents and case folded on both sides); AHC5
    // instead of the current session; then FRA speaking for the EU.
    type_line(
        &mut harness,
        "RÜSS P1+ !high #live art:6(2) Supports stakeholder consultation @AHC5",
    );
    enter(&mut harness);
    let doc = harness.state().document().expect("doc");
    let logged = doc.project.statements.last().expect("statement");
    assert_eq!(logged.stakeholder, "RUS");
    assert_eq!(logged.session, "AHC5");
    assert_eq!(logged.confidence, Confidence::High);
    assert_eq!(logged.tags, ["live"]);
    assert_eq!(logged.articles, ["Art. 6(2)"]);
    assert_eq!(logged.summary, "Supports stakeholder consultation");

    type_line(&mut harness, "FRA for:EU C3++ Human rights first");
    enter(&mut harness);
    let doc = harness.state().document().expect("doc");
    let logged = doc.project.statements.last().expect("statement");
    assert_eq!(logged.stakeholder, "EU");
    assert_eq!(logged.delivered_by.as_deref(), Some("FRA"));
}

#[test]
fn log_filters_combine_and_search_ignores_accents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    show(&mut harness, View::Log);
    let total = statements(&harness);
    let _ = harness.get_by_label(&format!("{total} of {total} statements"));

    // Search: every word, any accents, any case.
    let project = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    // Searched, as documented: summary, quote, articles, tags, source, stakeholder id and
    // name, speaker, recorder. The sample is plain ASCII, so lower-casing is folding here.
    let expected = project
        .statements
        .iter()
        .filter(|s| {
            let text = common::naive_search_text(&project, s).to_lowercase();
            text.contains("human") && text.contains("rights")
        })
        .count();
    assert!(expected > 1 && expected < total);
    replace_text(&mut harness, "Search", "HUMAN rïghts");
    let _ = harness.get_by_label(&format!("{expected} of {total} statements"));
    pick(&mut harness, "Clear filters");
    let _ = harness.get_by_label(&format!("{total} of {total} statements"));

    // "Everything X said" is one click from the stakeholder's editor: the safeguards group,
    // whose members also spoke on their own.
    show(&mut harness, View::Stakeholders);
    pick(
        &mut harness,
        "SAFEGUARDS — Human-rights safeguards group (Art. 6(2))",
    );
    pick(&mut harness, "Everything they said");
    assert_eq!(harness.state().view(), View::Log);
    let own = project
        .statements
        .iter()
        .filter(|s| {
            s.stakeholder == "SAFEGUARDS" || s.delivered_by.as_deref() == Some("SAFEGUARDS")
        })
        .count();
    let _ = harness.get_by_label(&format!("{own} of {total} statements"));
    // With its members, when asked.
    pick(&mut harness, "with its members");
    let members = &project.stakeholder("SAFEGUARDS").expect("bloc").members;
    let with_members = project
        .statements
        .iter()
        .filter(|s| {
            s.stakeholder == "SAFEGUARDS"
                || s.delivered_by.as_deref() == Some("SAFEGUARDS")
                || members.contains(&s.stakeholder)
        })
        .count();
    assert!(with_members > own);
    let _ = harness.get_by_label(&format!("{with_members} of {total} statements"));
}

#[test]
fn session_editor_refuses_invalid_dates_and_duplicate_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    show(&mut harness, View::Sessions);
    pick(&mut harness, "AHC3 — Third session (2022-08-29)");
    let before = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();

    replace_text(&mut harness, "Start", "2022-13-45");
    let _ = harness.get_by_label_contains("\"2022-13-45\" is not a date");
    replace_text(&mut harness, "Start", "2022-08-29");
    replace_text(&mut harness, "End", "2022-08-01");
    let _ = harness.get_by_label_contains("is before the start");
    assert_eq!(*harness.state().document().expect("doc").project, before);

    replace_text(&mut harness, "Id", "AHC4");
    let _ = harness.get_by_label_contains("\"AHC4\" is already used");
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    assert_eq!(*harness.state().document().expect("doc").project, before);

    // A valid end date applies.
    replace_text(&mut harness, "Id", "AHC3");
    replace_text(&mut harness, "End", "2022-09-10");
    let project = &harness.state().document().expect("doc").project;
    let session = project.session("AHC3").expect("AHC3");
    assert_eq!(
        session.end.map(|d| d.to_string()).as_deref(),
        Some("2022-09-10")
    );
}

#[test]
fn renaming_a_stakeholder_carries_its_statements_and_blocs_along() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    show(&mut harness, View::Stakeholders);
    pick(&mut harness, "FRA — France");
    let before = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    let used = before
        .statements
        .iter()
        .filter(|s| s.stakeholder == "FRA" || s.delivered_by.as_deref() == Some("FRA"))
        .count();
    assert!(used > 0);
    replace_text(&mut harness, "Id", "FRX");
    let _ = harness.get_by_label_contains("to \"FRA\": renaming updates");
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    let project = &harness.state().document().expect("doc").project;
    assert!(project.stakeholder("FRA").is_none());
    assert!(project.stakeholder("FRX").is_some());
    assert!(validate(project).is_empty(), "{:?}", validate(project));
    let eu = project.stakeholder("EU").expect("EU");
    assert!(eu.members.iter().any(|m| m == "FRX"));
    // One undo step brings the old id back everywhere.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    assert_eq!(*harness.state().document().expect("doc").project, before);
}

#[test]
fn deleting_a_referenced_stakeholder_asks_first_and_keeps_the_file_consistent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    show(&mut harness, View::Stakeholders);
    pick(&mut harness, "RUS — Russian Federation");
    let before = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    let own = before
        .statements
        .iter()
        .filter(|s| s.stakeholder == "RUS")
        .count();
    pick(&mut harness, "Delete…");
    // Asked, with the count; nothing changed yet.
    let _ = harness.get_by_label("Delete Russian Federation?");
    let _ = harness.get_by_label_contains(&format!("its {own} statements will be deleted"));
    assert_eq!(*harness.state().document().expect("doc").project, before);
    pick(&mut harness, "Cancel");
    assert_eq!(*harness.state().document().expect("doc").project, before);

    // The stakeholder stays selected after Cancel.
    pick(&mut harness, "Delete…");
    pick(&mut harness, "Delete stakeholder");
    let project = &harness.state().document().expect("doc").project;
    assert!(project.stakeholder("RUS").is_none());
    assert_eq!(project.statements.len(), before.statements.len() - own);
    assert!(validate(project).is_empty(), "{:?}", validate(project));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    assert_eq!(*harness.state().document().expect("doc").project, before);
}

#[test]
fn deleting_a_principle_says_how_many_statements_lose_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    show(&mut harness, View::Principles);
    pick(&mut harness, "P3 — Clear scope");
    let project = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    let touched = project
        .statements
        .iter()
        .filter(|s| s.stances.contains_key("P3"))
        .count();
    let alone = project
        .statements
        .iter()
        .filter(|s| s.stances.len() == 1 && s.stances.contains_key("P3"))
        .count();
    pick(&mut harness, "Delete…");
    let _ = harness.get_by_label_contains(&format!("{touched} statements give a stance on P3"));
    pick(&mut harness, "Delete principle");
    let after = &harness.state().document().expect("doc").project;
    assert_eq!(after.statements.len(), project.statements.len() - alone);
    assert!(
        after
            .statements
            .iter()
            .all(|s| !s.stances.contains_key("P3"))
    );
    assert!(validate(after).is_empty(), "{:?}", validate(after));
}

#[test]
fn a_logged_statement_shows_at_once_in_the_matrix() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    // The matrix first, so that its analysis is cached before the statement is logged.
    show(&mut harness, View::Matrix);
    let before = harness
        .query_by_label_contains("Center for Democracy & Technology on P3: Strongly opposes")
        .is_some();
    assert!(!before, "the sample's CDT does not strongly oppose P3");
    type_line(&mut harness, "CDT P3-- Now wants the narrowest scope");
    enter(&mut harness);
    let _ = harness.get_by_label("Center for Democracy & Technology on P3: Strongly opposes");
}

#[test]
fn ctrl_z_while_typing_a_line_leaves_the_logged_statements_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    type_line(&mut harness, EXAMPLE);
    enter(&mut harness);
    let logged = statements(&harness);
    type_line(&mut harness, "USA C2+ Backd");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    assert_eq!(statements(&harness), logged, "the logged statement stays");
    // With the line empty, Ctrl+Z takes the statement back and says which.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    common::settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    assert_eq!(statements(&harness), logged - 1);
    assert!(
        harness.state().status().contains("the statement of RUS"),
        "{}",
        harness.state().status()
    );
}

#[test]
fn opening_the_editors_changes_nothing() {
    // A hand-edited file: a tag with a space and a '#', a principle weighing 20 and a
    // stakeholder 150 (beyond the editors' slider ranges). Opening their editors must not
    // rewrite any of it.
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(common::repo_path("sample_positions/ahc_cybercrime.ron"))
        .expect("sample")
        .replacen(
            r#"tags: ["consensus", "modalities"],"#,
            r##"tags: ["human rights", "#art6,art7"],"##,
            1,
        );
    let mut project = common::valid(&text);
    project.principles[0].weight = 20.0;
    let eu = project
        .stakeholders
        .iter()
        .position(|s| s.id == "EU")
        .expect("EU");
    project.stakeholders[eu].weight = 150.0;
    let path = dir.path().join("edited.ron");
    treaty_tracker::store::save(&project, &path).expect("save");
    let app = TreatyApp::new(None, common::app_config(dir.path(), Some(path)));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 30.0)
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
    let project = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    let id = project
        .statements
        .iter()
        .find(|s| s.tags.iter().any(|t| t == "human rights"))
        .expect("the edited statement")
        .id
        .clone();
    harness.state_mut().select_statement(&id);
    common::settle(&mut harness);
    pick(&mut harness, "Edit statement");
    for _ in 0..3 {
        common::settle(&mut harness);
    }
    show(&mut harness, View::Principles);
    let first = format!(
        "{} — {}",
        project.principles[0].id, project.principles[0].title
    );
    pick(&mut harness, &first);
    show(&mut harness, View::Stakeholders);
    pick(&mut harness, "EU — European Union");
    let doc = harness.state().document().expect("doc");
    assert_eq!(*doc.project, project);
    assert!(!doc.is_dirty());
}

#[test]
fn ctrl_l_puts_the_keyboard_in_the_quick_entry_from_any_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    let before = statements(&harness);
    for view in [View::Overview, View::Matrix, View::Stakeholders] {
        show(&mut harness, view);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
        common::settle(&mut harness);
        // Typed as raw keyboard text: it lands in the line only if Ctrl+L focused it.
        harness.event(egui::Event::Text("RUS P3-- Raw keys".to_owned()));
        common::settle(&mut harness);
        assert_eq!(
            harness.state().quick_entry().line,
            "RUS P3-- Raw keys",
            "{view:?}"
        );
        enter(&mut harness);
        assert!(harness.state().quick_entry().line.is_empty());
        assert_eq!(harness.state().view(), view, "logging keeps the view");
    }
    assert_eq!(statements(&harness), before + 3);
}

#[test]
fn the_statement_editor_validates_duplicates_and_deletes_undoably() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    let before = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    let id = before.statements[5].id.clone();
    harness.state_mut().select_statement(&id);
    common::settle(&mut harness);
    pick(&mut harness, "Edit statement");

    // A date that is not a date is shown and not applied.
    replace_text(&mut harness, "Statement date", "2023-02-30");
    let _ = harness.get_by_label_contains("\"2023-02-30\" is not a date");
    assert_eq!(*harness.state().document().expect("doc").project, before);
    // A stance chosen in the picker applies at once.
    pick(&mut harness, "P4: Strongly opposes");
    let project = &harness.state().document().expect("doc").project;
    assert_eq!(
        project.statements[5].stances.get("P4"),
        Some(&Stance::StronglyOpposes)
    );

    // Duplicate: a copy with a new id right after it; Delete: gone; Ctrl+Z: back.
    pick(&mut harness, "Duplicate");
    let project = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    assert_eq!(project.statements.len(), before.statements.len() + 1);
    assert_ne!(project.statements[6].id, project.statements[5].id);
    assert_eq!(project.statements[6].summary, project.statements[5].summary);
    pick(&mut harness, "Delete");
    assert_eq!(statements(&harness), before.statements.len());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    assert_eq!(statements(&harness), before.statements.len() + 1);
}

/// A statement logged with Enter shows in the log in the frame of the key press itself: the
/// command is applied at the end of the frame's first pass, and the frame is laid out again
/// before it is painted.
#[test]
fn a_logged_statement_shows_in_the_same_frame() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    show(&mut harness, View::Log);
    type_line(&mut harness, "RUS P3-- Same frame check");
    assert!(
        harness
            .query_by_label_contains("Same frame check")
            .is_none()
    );
    // Only the key going down: exactly one frame runs.
    harness.key_down(Key::Enter);
    harness.step();
    assert!(
        harness
            .query_by_label_contains("Same frame check")
            .is_some(),
        "the new row is in the frame of the key press"
    );
    assert!(
        harness
            .query_by_label_contains("Logged RUS on P3\u{2212}\u{2212} in")
            .is_some(),
        "the status line, drawn before the command ran, says it in the same frame"
    );
}

/// Overview > Method changes the project's method in one undoable edit; a view's switch
/// changes the figures for the moment without touching the project, and a button goes back.
#[test]
fn the_method_is_edited_undoably_and_switched_for_the_moment_in_a_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    let method = |h: &Harness<'_, TreatyApp>| h.state().document().expect("doc").project.method;
    assert!(method(&harness).bloc_positions);
    show(&mut harness, View::Overview);
    pick(&mut harness, "Count blocs' statements for their members");
    assert!(!method(&harness).bloc_positions);
    assert!(method(&harness).carry_forward);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    assert!(
        method(&harness).bloc_positions,
        "Ctrl+Z undoes the method edit"
    );

    // Austria speaks through the EU: with bloc positions switched off in the matrix, its
    // cell is empty; the project's method is unchanged.
    show(&mut harness, View::Matrix);
    let inherited = "Austria on C1: Supports (carried from AHC4, via European Union)";
    let _ = harness.get_by_label(inherited);
    let revision = harness.state().document().expect("doc").revision();
    pick(&mut harness, "Count blocs' statements for their members");
    assert!(harness.query_by_label(inherited).is_none());
    // Austria now has no position at all: its row sorts last, out of the visible rows.
    assert!(method(&harness).bloc_positions);
    assert_eq!(
        harness.state().document().expect("doc").revision(),
        revision,
        "a view's switch is not an edit"
    );
    pick(&mut harness, "Use the project's method");
    let _ = harness.get_by_label(inherited);
}

/// A file a merge left with two conflicts opens with the conflicts window; one is resolved
/// with their value, Ctrl+Z brings it back.
#[test]
fn the_conflict_view_resolves_one_conflict_undoably() {
    use treaty_tracker::merge::{Labels, merge};
    let dir = tempfile::tempdir().expect("tempdir");
    let base = common::worked_example();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.statements[0].summary = "Ana's summary".to_owned();
    theirs.statements[0].summary = "Ben's summary".to_owned();
    ours.statements[0]
        .stances
        .insert("P1".to_owned(), Stance::Mixed);
    theirs.statements[0]
        .stances
        .insert("P1".to_owned(), Stance::Opposes);
    let labels = Labels {
        ours: "Ana".to_owned(),
        theirs: "Ben".to_owned(),
    };
    let merged = merge(&base, &ours, &theirs, &labels).project;
    assert_eq!(merged.conflicts.len(), 2);
    let path = dir.path().join("merged.ron");
    treaty_tracker::store::save(&merged, &path).expect("saves");
    let app = TreatyApp::new(None, common::app_config(dir.path(), Some(path)));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 30.0)
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
    let project = |h: &Harness<'_, TreatyApp>| h.state().document().expect("doc").project.clone();
    let _ = harness.get_by_label_contains("2 left to resolve");
    let first = project(&harness).conflicts[0].clone();
    assert_eq!(first.field, "stances.P1");
    assert_eq!(project(&harness).statements[0].stances["P1"], Stance::Mixed);
    pick(&mut harness, "Keep Theirs (Ben) for conflict 1");
    let after = project(&harness);
    assert_eq!(after.conflicts.len(), 1);
    assert_eq!(after.statements[0].stances["P1"], Stance::Opposes);
    assert_eq!(after.conflicts[0].field, "summary");
    let _ = harness.get_by_label_contains("1 left to resolve");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    let undone = project(&harness);
    assert_eq!(undone.conflicts.len(), 2);
    // Or edit by hand and mark it resolved: the record stays as it is.
    pick(&mut harness, "Resolved as it is now, conflict 2");
    let kept = project(&harness);
    assert_eq!(kept.conflicts.len(), 1);
    assert_eq!(kept.statements[0].summary, "Ana's summary");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    let undone = project(&harness);
    assert_eq!(undone.conflicts.len(), 2);
    assert_eq!(undone.statements[0].stances["P1"], Stance::Mixed);
    assert_eq!(*undone, merged, "undo gives back the file as merged");
}

/// The file is replaced on disk (a `git pull`) while the document has unsaved edits: the app
/// notices without a save, offers to reload, and "Reload and keep my changes" keeps both.
#[test]
fn a_file_changed_on_disk_reloads_keeping_unsaved_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = sample_app(dir.path());
    let before = statements(&harness);
    type_line(&mut harness, EXAMPLE);
    enter(&mut harness);
    assert_eq!(statements(&harness), before + 1);
    // A colleague's change arrives on disk: a corrected summary and a statement of their own.
    let path = dir.path().join("ahc.ron");
    let mut disk = treaty_tracker::store::load(&path).expect("loads").project;
    "Corrected on disk".clone_into(&mut disk.statements[0].summary);
    let mut theirs = disk.statements[1].clone();
    theirs.stamp_new(theirs.recorded_at + chrono::Duration::hours(2), "Ben");
    "Ben's statement".clone_into(&mut theirs.summary);
    disk.statements.push(theirs);
    treaty_tracker::store::save(&disk, &path).expect("saves");
    // Within a few seconds of the window's time, the app has looked.
    for _ in 0..100 {
        harness.step();
        if harness
            .query_by_label("Reload and keep my changes")
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    pick(&mut harness, "Reload and keep my changes");
    let doc = harness.state().document().expect("doc");
    let project = &doc.project;
    assert_eq!(project.statements.len(), before + 2, "mine and theirs");
    assert_eq!(project.statements[0].summary, "Corrected on disk");
    assert!(
        project
            .statements
            .iter()
            .any(|s| s.summary == "Ben's statement")
    );
    assert!(
        project
            .statements
            .iter()
            .any(|s| s.summary == "Wants an article on extremist use of ICT")
    );
    assert!(project.conflicts.is_empty());
    assert!(doc.is_dirty(), "the merged result is not saved yet");
    assert!(validate(project).is_empty());
}
