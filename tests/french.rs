//! The whole window in French (`egui_kittest`). Its own test binary: the window's language is
//! one for the process, and the other binaries run in English.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use treaty_tracker::app::{AppConfig, TreatyApp};
use treaty_tracker::i18n::Lang;

#[test]
fn the_window_speaks_french() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("project.ron");
    std::fs::write(&path, treaty_tracker::SAMPLE_PROJECT).expect("writes");
    let config = AppConfig {
        language: Some(Lang::Fr),
        ..common::app_config(dir.path(), Some(path))
    };
    let app = TreatyApp::new(None, config);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 30.0)
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
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
    // The menus, opened.
    harness.get_by_label("Fichier").click();
    common::settle(&mut harness);
    let _ = harness.get_by_label_contains("Enregistrer sous…");
    let _ = harness.get_by_label_contains("Exporter…");
}
