//! The whole window by keyboard (`egui_kittest`): Tab and Shift+Tab go round every control of
//! a view, from the quick entry through the navigator and the view's content and back, with
//! no trap (a stop that Tab cannot leave) and no silent stop (one that a screen reader cannot
//! name).

mod common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable, by};
use treaty_tracker::app::{Action, TreatyApp, View};
use treaty_tracker::model::Project;

fn app_on<'a>(dir: &Path, project: &Project) -> Harness<'a, TreatyApp> {
    common::window(dir, project, treaty_tracker::i18n::Lang::En)
}

/// The name of the node that has the keyboard; `None` when the keyboard is on something a
/// screen reader does not see.
fn focused(harness: &Harness<'_, TreatyApp>) -> Option<String> {
    harness
        .root()
        .query_all(by())
        .find(|node| node.accesskit_node().is_focused())
        .map(|node| {
            let node = node.accesskit_node();
            node.label()
                .unwrap_or_else(|| format!("(a {:?} without a name)", node.role()))
        })
}

/// Presses `key` (with `modifiers`) from the quick entry until the keyboard is back on it, and
/// returns the names of the stops on the way. Fails on a stop without a name, a trap (the same
/// stop twice in a row) or no way back within `limit` presses.
fn round(
    harness: &mut Harness<'_, TreatyApp>,
    modifiers: Modifiers,
    key: Key,
    limit: usize,
) -> Vec<String> {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(harness);
    assert_eq!(
        focused(harness).as_deref(),
        Some("Log"),
        "Ctrl+L: the quick entry"
    );
    let mut stops: Vec<String> = Vec::new();
    for _ in 0..limit {
        harness.key_press_modifiers(modifiers, key);
        harness.run_ok();
        let Some(name) = focused(harness) else {
            panic!(
                "after {:?}, the keyboard is on a stop no screen reader sees (after {:?})",
                stops.last(),
                stops.len()
            );
        };
        assert!(
            !name.trim().is_empty() && !name.contains(" without a name)"),
            "a stop without a name after {:?}: {name}",
            stops.last()
        );
        if name == "Log" {
            return stops;
        }
        assert!(
            stops.last() != Some(&name),
            "trapped on {name:?}: {key:?} did not move on"
        );
        stops.push(name);
    }
    panic!(
        "{key:?} never came back to the quick entry in {limit} presses: {:?}",
        &stops[stops.len().saturating_sub(12)..]
    );
}

fn show(harness: &mut Harness<'_, TreatyApp>, view: View) {
    harness.state_mut().queue_action(Action::ShowView(view));
    common::settle(harness);
}

/// In the statement log, Tab goes from the quick entry to the navigator, the log's filters,
/// search, sort headers and rows (one stop each), and comes back round; Shift+Tab goes the
/// same way back.
#[test]
fn tab_goes_round_the_statement_log_both_ways() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &common::valid(treaty_tracker::SAMPLE_PROJECT));
    show(&mut harness, View::Log);
    let forward = round(&mut harness, Modifiers::NONE, Key::Tab, 400);
    // ("Log it" and "Clear filters" are off, and so not stops, with an empty line and no
    // filter.)
    for expected in [
        "Overview",
        "Stakeholders",
        "Stakeholder: any",
        "Search",
        "File",
        "Session: AHC7R",
    ] {
        assert!(
            forward.iter().any(|s| s.starts_with(expected)),
            "Tab did not reach {expected:?}: {forward:?}"
        );
    }
    assert!(
        forward.iter().any(|s| s.starts_with("Date")),
        "a sort header: {forward:?}"
    );
    // Each statement's row is one stop, named with what it says.
    assert!(
        forward
            .iter()
            .any(|s| s.starts_with("AHC1, United States: P4: Mixed. Doubted")),
        "a row: {forward:?}"
    );
    let backward = round(&mut harness, Modifiers::SHIFT, Key::Tab, 400);
    let mut reversed = backward.clone();
    reversed.reverse();
    assert_eq!(
        reversed, forward,
        "Shift+Tab goes through the same stops in the other order"
    );
}

/// In the matrix, Tab reaches the session, sort and group choices, then the columns and every
/// row's name and cells (those off screen too), and comes back round.
#[test]
fn tab_goes_round_the_matrix_through_every_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let mut harness = app_on(dir.path(), &project);
    show(&mut harness, View::Matrix);
    let stops = round(&mut harness, Modifiers::NONE, Key::Tab, 1200);
    for expected in ["Overview", "Sort by: ", "Group by: ", "Kind: "] {
        assert!(
            stops.iter().any(|s| s.starts_with(expected)),
            "Tab did not reach {expected:?}"
        );
    }
    for principle in &project.principles {
        let column = format!("{} {}: ", principle.id, principle.title);
        assert!(
            stops.iter().any(|s| s.starts_with(&column)),
            "Tab did not reach the column {column:?}"
        );
    }
    for s in &project.stakeholders {
        let row = format!("{}: alignment ", s.name);
        assert!(
            stops.iter().any(|stop| stop.starts_with(&row)),
            "Tab did not reach {}'s row",
            s.name
        );
        let cell = format!("{} on {}: ", s.name, project.principles[0].id);
        assert!(
            stops.iter().any(|stop| stop.starts_with(&cell)),
            "Tab did not reach {cell:?}"
        );
    }
}

/// A row of the log taken by the keyboard is selected with Enter: its statement opens beside
/// it, and the row reads as selected.
#[test]
fn enter_on_a_row_of_the_log_opens_its_statement() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app_on(dir.path(), &common::valid(treaty_tracker::SAMPLE_PROJECT));
    show(&mut harness, View::Log);
    assert!(harness.query_by_label("Edit statement").is_none());
    let row = "AHC1, United States: P4: Mixed. Doubted";
    harness.get_by_label_contains(row).focus();
    harness.run_ok();
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    let _ = harness.get_by_label("Edit statement");
    assert_eq!(
        harness
            .get_by_label_contains(row)
            .accesskit_node()
            .is_selected(),
        Some(true)
    );
}
