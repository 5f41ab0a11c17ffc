//! The whole window in French (`egui_kittest`). Its own test binary: the window's language is
//! one for the process, and the other binaries run in English.

mod common;

use egui_kittest::kittest::NodeT as _;
use egui_kittest::kittest::Queryable;
use treaty_tracker::i18n::Lang;

#[test]
fn the_window_speaks_french() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = common::window(
        dir.path(),
        &common::valid(treaty_tracker::SAMPLE_PROJECT),
        Lang::Fr,
    );
    for menu in ["Fichier", "Édition", "Affichage", "Aide"] {
        let _ = harness.get_by_label(menu);
    }
    // The navigator and the overview.
    for words in [
        "Vues",
        "Journal des déclarations",
        "Matrice d'alignement",
        "Calendrier",
    ] {
        let _ = harness.get_by_label(words);
    }
    // The status line counts in French, with French plurals.
    let _ =
        harness.get_by_label("10 principes · 15 sessions · 64 parties prenantes · 51 déclarations");
    assert!(harness.query_by_label("File").is_none());
    // Dates the French way in the navigator's sessions.
    assert!(
        harness
            .query_all_by_label("29 juillet 2024 – 9 août 2024")
            .count()
            > 0
    );
    // The menus, opened.
    harness.get_by_label("Fichier").click();
    common::settle(&mut harness);
    let _ = harness.get_by_label_contains("Enregistrer sous…");
    let _ = harness.get_by_label_contains("Exporter…");
    // The export window writes the report in the window's language unless told otherwise.
    harness.key_press(egui::Key::Escape);
    harness
        .state_mut()
        .queue_action(treaty_tracker::app::Action::ExportReport);
    common::settle(&mut harness);
    let _ = harness.get_by_label("Langue du rapport");
    assert_eq!(
        harness.get_by_label("Français").accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
}

/// The quick entry in French: its grammar under the empty line, a problem of a bad line, and
/// the undo of a logged statement in the status line.
#[test]
fn the_quick_entry_and_undo_speak_french() {
    use egui::{Key, Modifiers};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = common::window(
        dir.path(),
        &common::valid(treaty_tracker::SAMPLE_PROJECT),
        Lang::Fr,
    );
    let _ = harness.get_by_label_contains("résumé…   compléments\u{a0}: @SESSION");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    common::settle(&mut harness);
    harness
        .get_by_label("Saisie")
        .type_text("RUS Q9-- Veut quelque chose");
    common::settle(&mut harness);
    let _ = harness.get_by_label_contains(
        "«\u{a0}Q9--\u{a0}»\u{a0}: aucun principe «\u{a0}Q9\u{a0}» (principes\u{a0}:",
    );
    assert!(harness.query_by_label_contains("no principle").is_none());
    // A good line, logged, then undone: the status line says what was undone, in French.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    common::settle(&mut harness);
    harness
        .get_by_label("Saisie")
        .type_text("RUS P3-- Veut un article sur l'usage extrémiste des TIC");
    common::settle(&mut harness);
    harness.key_press(Key::Enter);
    common::settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut harness);
    let status = harness.state().status().to_owned();
    assert!(
        status.starts_with("Annulé\u{a0}: la déclaration de RUS à la session "),
        "{status}"
    );
}
