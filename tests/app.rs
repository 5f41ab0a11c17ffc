//! Whole-app tests: the real `TreatyApp` in `egui_kittest`, driven through its accessible labels
//! and keyboard shortcuts, with files in a temporary folder.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use treaty_tracker::app::{AppConfig, DialogMode, Origin, ThemeChoice, TreatyApp, View};
use treaty_tracker::store;

/// Preferences storage in memory, standing in for eframe's file storage across "restarts".
#[derive(Default)]
struct MemoryStorage(BTreeMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

fn config(dir: &Path, file: Option<PathBuf>) -> AppConfig {
    AppConfig {
        file,
        recovery_dir: Some(dir.join("recovery")),
        dialogs: DialogMode::Prompt,
        autosave_delay_secs: 0.0,
        report_time: Some(chrono::DateTime::from_timestamp(1_767_225_600, 0).expect("time")),
        language: Some(treaty_tracker::i18n::Lang::En),
    }
}

fn app<'a>(storage: Option<&MemoryStorage>, config: AppConfig) -> Harness<'a, TreatyApp> {
    let storage: Option<&dyn eframe::Storage> = storage.map(|s| s as &dyn eframe::Storage);
    let app = TreatyApp::new(storage, config);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 30.0)
        .build_eframe(|_cc| app);
    common::settle(&mut harness);
    harness
}

fn title(harness: &Harness<'_, TreatyApp>) -> String {
    harness
        .state()
        .document()
        .map(treaty_tracker::app::Document::window_title)
        .unwrap_or_default()
}

fn command(harness: &mut Harness<'_, TreatyApp>, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND, key);
    common::settle(harness);
}

fn command_shift(harness: &mut Harness<'_, TreatyApp>, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, key);
    common::settle(harness);
}

/// Appends text to the labelled text field.
fn type_into(harness: &mut Harness<'_, TreatyApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    common::settle(harness);
    harness.key_press(Key::End);
    harness.get_by_label(label).type_text(text);
    common::settle(harness);
}

/// Answers the in-app path prompt.
fn answer_prompt(harness: &mut Harness<'_, TreatyApp>, path: &Path, button: &str) {
    let field = harness.get_by_label("Path");
    field.focus();
    common::settle(harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Path")
        .type_text(&path.display().to_string());
    common::settle(harness);
    harness.get_by_label(button).click();
    common::settle(harness);
}

/// The recovery files in the test's recovery folder.
fn recovery_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("recovery"))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn project_title(harness: &Harness<'_, TreatyApp>) -> String {
    harness
        .state()
        .document()
        .map(|d| d.project.title.clone())
        .unwrap_or_default()
}

#[test]
fn first_run_opens_the_sample_as_an_unsaved_copy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let harness = app(None, config(dir.path(), None));
    let doc = harness.state().document().expect("a document");
    assert_eq!(doc.origin, Origin::Sample);
    assert!(doc.path.is_none());
    assert_eq!(
        title(&harness),
        "AHC sample (unsaved copy) — Treaty Tracker"
    );
    assert_eq!(*doc.project, common::valid(treaty_tracker::SAMPLE_PROJECT));
    // The overview shows the timeline and the counts.
    let _ = harness.get_by_label("Reconvened concluding session (AHC7R)");
    assert!(
        harness
            .query_by_label_contains("stakeholders (3 blocs), 51 statements")
            .is_some()
    );
}

#[test]
fn edit_undo_redo_save_as_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    let original = project_title(&harness);

    type_into(&mut harness, "Project title", " (edited)");
    assert_eq!(project_title(&harness), format!("{original} (edited)"));
    assert!(
        title(&harness).ends_with(" * — Treaty Tracker") || title(&harness).contains(" *"),
        "{}",
        title(&harness)
    );

    command(&mut harness, Key::Z);
    assert_eq!(project_title(&harness), original);
    command_shift(&mut harness, Key::Z);
    assert_eq!(project_title(&harness), format!("{original} (edited)"));
    command(&mut harness, Key::Z);
    command(&mut harness, Key::Y);
    assert_eq!(project_title(&harness), format!("{original} (edited)"));

    let path = dir.path().join("copy.ron");
    command_shift(&mut harness, Key::S);
    answer_prompt(&mut harness, &path, "Save");
    assert!(path.is_file(), "saved");
    assert_eq!(title(&harness), "copy.ron — Treaty Tracker");
    assert!(!harness.state().document().expect("doc").is_dirty());
    let saved = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    drop(harness);

    let reopened = app(None, config(dir.path(), Some(path.clone())));
    assert_eq!(*reopened.state().document().expect("doc").project, saved);
    assert_eq!(store::load(&path).expect("valid file").project, saved);
}

#[test]
fn a_burst_of_typing_is_one_undo_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    let original = project_title(&harness);
    for chunk in ["a", "b", "c"] {
        type_into(&mut harness, "Project title", chunk);
    }
    assert_eq!(project_title(&harness), format!("{original}abc"));
    command(&mut harness, Key::Z);
    assert_eq!(project_title(&harness), original);
    assert!(
        !harness.state().document().expect("doc").is_dirty(),
        "back to the sample as opened"
    );
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    type_into(&mut harness, "Treaty", " draft");
    command(&mut harness, Key::Q);
    let _ = harness.get_by_label("Unsaved changes");
    harness.get_by_label("Cancel").click();
    common::settle(&mut harness);
    assert!(!harness.state().close_allowed());
    assert!(harness.state().document().expect("doc").is_dirty());

    // The window's close button goes through the same guard.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    common::settle(&mut harness);
    let _ = harness.get_by_label("Unsaved changes");
    harness.get_by_label("Don't save").click();
    common::settle(&mut harness);
    assert!(harness.state().close_allowed());
}

#[test]
fn opening_another_project_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let other = dir.path().join("other.ron");
    std::fs::write(&other, common::WORKED_EXAMPLE).expect("write");
    let mut harness = app(None, config(dir.path(), None));
    type_into(&mut harness, "Project title", "!");
    let edited = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();

    command(&mut harness, Key::O);
    let _ = harness.get_by_label("Unsaved changes");
    harness.get_by_label("Save").click();
    common::settle(&mut harness);
    // The sample has no file yet: Save asks where, then the open goes on.
    let saved = dir.path().join("sample-edited.ron");
    answer_prompt(&mut harness, &saved, "Save");
    assert_eq!(store::load(&saved).expect("saved").project, edited);
    answer_prompt(&mut harness, &other, "Open");
    assert_eq!(title(&harness), "other.ron — Treaty Tracker");
    assert_eq!(project_title(&harness), "Worked example");
}

#[test]
fn a_broken_file_shows_its_error_and_keeps_the_open_project() {
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        common::WORKED_EXAMPLE.replacen("kind: Formal,", "kind: Formal", 1),
    )
    .expect("write");
    let mut harness = app(None, config(dir.path(), None));
    let before = title(&harness);
    command(&mut harness, Key::O);
    answer_prompt(&mut harness, &broken, "Open");
    let message = harness
        .state()
        .error_message()
        .expect("error shown")
        .to_owned();
    assert!(message.contains("broken.ron:39:13:"), "{message}");
    let _ = harness.get_by_label("Cannot open the project");
    assert_eq!(title(&harness), before);
    harness.get_by_label("OK").click();
    common::settle(&mut harness);
    assert!(harness.state().error_message().is_none());
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shared.ron");
    std::fs::write(&path, common::WORKED_EXAMPLE).expect("write");
    let mut harness = app(None, config(dir.path(), Some(path.clone())));
    type_into(&mut harness, "Project title", " (mine)");
    // A colleague's sync rewrites the file meanwhile.
    let theirs = common::WORKED_EXAMPLE.replacen("Worked example", "Worked example (theirs)", 1);
    std::fs::write(&path, &theirs).expect("write");
    command(&mut harness, Key::S);
    let _ = harness.get_by_label("The file changed on disk");
    harness.get_by_label("Cancel").click();
    common::settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
    command(&mut harness, Key::S);
    harness.get_by_label("Overwrite").click();
    common::settle(&mut harness);
    assert_eq!(
        store::load(&path).expect("load").project.title,
        "Worked example (mine)"
    );
    assert!(!harness.state().document().expect("doc").is_dirty());
}

#[cfg(unix)]
#[test]
fn a_failed_save_keeps_the_document_open_and_dirty() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    type_into(&mut harness, "Project title", "?");
    command_shift(&mut harness, Key::S);
    answer_prompt(
        &mut harness,
        Path::new("/proc/treaty-tracker-cannot-write-here.ron"),
        "Save",
    );
    let message = harness
        .state()
        .error_message()
        .expect("error shown")
        .to_owned();
    assert!(message.contains("still open and unsaved"), "{message}");
    assert!(harness.state().document().expect("doc").is_dirty());
}

#[test]
fn recovery_is_offered_after_a_crash_and_restores_the_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.ron");
    std::fs::write(&path, common::WORKED_EXAMPLE).expect("write");
    let mut harness = app(None, config(dir.path(), Some(path.clone())));
    type_into(&mut harness, "Framework", " (v2)");
    common::settle(&mut harness);
    let edited = harness
        .state()
        .document()
        .expect("doc")
        .project
        .as_ref()
        .clone();
    let recovery_file = recovery_files(dir.path()).pop().expect("autosaved");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&recovery_file)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The user's own file is untouched until they save.
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        common::WORKED_EXAMPLE
    );
    // A second window running at the same time does not offer the first one's work.
    let second = app(None, config(dir.path(), None));
    assert!(second.query_by_label("Recover unsaved work?").is_none());
    drop(second);
    // The first window dies: no guard, no cleanup of its recovery file.
    drop(harness);

    // No autosave for an hour in this window: what keeps the work is the restore itself.
    let slow = AppConfig {
        autosave_delay_secs: 3600.0,
        ..config(dir.path(), Some(path.clone()))
    };
    let mut harness = app(None, slow);
    let _ = harness.get_by_label("Recover unsaved work?");
    harness.get_by_label("Restore").click();
    common::settle(&mut harness);
    // Restored, not yet saved: the work is still in a recovery file (now this window's), so a
    // crash at this moment offers it again at the next start.
    let kept = recovery_files(dir.path());
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        std::fs::read_to_string(&kept[0])
            .expect("read")
            .contains("(v2)")
    );
    drop(harness);
    let mut harness = app(None, config(dir.path(), Some(path.clone())));
    let _ = harness.get_by_label("Recover unsaved work?");
    harness.get_by_label("Restore").click();
    common::settle(&mut harness);
    let recovery_file = recovery_files(dir.path()).pop().expect("kept again");
    let doc = harness.state().document().expect("doc");
    assert_eq!(*doc.project, edited);
    assert!(doc.is_dirty());
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    command(&mut harness, Key::S);
    assert_eq!(store::load(&path).expect("load").project, edited);
    assert!(!recovery_file.exists(), "a save clears the recovery file");
}

#[test]
fn discarding_recovery_removes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    type_into(&mut harness, "Project title", "x");
    drop(harness);
    let mut harness = app(None, config(dir.path(), None));
    harness.get_by_label("Discard").click();
    common::settle(&mut harness);
    assert!(recovery_files(dir.path()).is_empty());
    assert_eq!(
        harness.state().document().expect("doc").origin,
        Origin::Sample
    );
}

#[test]
fn preferences_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.ron");
    std::fs::write(&path, common::WORKED_EXAMPLE).expect("write");
    let mut storage = MemoryStorage::default();
    let mut harness = app(Some(&storage), config(dir.path(), Some(path.clone())));
    harness.state_mut().preferences_mut().user_name = "Ana".to_owned();
    harness.state_mut().preferences_mut().theme = ThemeChoice::Dark;
    command(&mut harness, Key::Plus);
    command(&mut harness, Key::Num9);
    assert_eq!(harness.state().view(), View::Principles);
    eframe::App::save(harness.state_mut(), &mut storage);
    let before = harness.state().preferences().clone();
    drop(harness);

    // Restart without a file: the last project, the last view, the same preferences.
    let harness = app(Some(&storage), config(dir.path(), None));
    let prefs = harness.state().preferences();
    assert_eq!(prefs.user_name, "Ana");
    assert_eq!(prefs.theme, ThemeChoice::Dark);
    assert!((prefs.zoom - 1.1).abs() < 1e-6, "{}", prefs.zoom);
    assert_eq!(prefs.recent_files, before.recent_files);
    assert_eq!(harness.state().view(), View::Principles);
    assert_eq!(
        harness.state().document().and_then(|d| d.path.clone()),
        Some(path)
    );
    assert!((harness.ctx.zoom_factor() - 1.1).abs() < 1e-6);
}

#[test]
fn every_action_has_a_label_and_view_shortcuts_follow_the_menu_order() {
    use treaty_tracker::app::{ACTIONS, Action};
    for (i, view) in View::ALL.iter().enumerate().take(9) {
        let entry = ACTIONS
            .iter()
            .find(|a| a.action == Action::ShowView(*view))
            .expect("in the table");
        let key = entry.shortcut.expect("a shortcut").logical_key;
        assert_eq!(
            key,
            Key::from_name(&(i + 1).to_string()).expect("digit key")
        );
    }
    let mut shortcuts: Vec<_> = ACTIONS
        .iter()
        .flat_map(|a| [a.shortcut, a.alternative])
        .flatten()
        .collect();
    let n = shortcuts.len();
    shortcuts.sort_by_key(|s| format!("{s:?}"));
    shortcuts.dedup();
    assert_eq!(shortcuts.len(), n, "no shortcut is used twice");
    assert!(
        ACTIONS
            .iter()
            .all(|a| !a.label().is_empty() && !a.tooltip().is_empty())
    );
}

#[test]
fn close_project_then_start_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    command(&mut harness, Key::W);
    assert!(harness.state().document().is_none());
    let _ = harness.get_by_label("No project open");
    // Ctrl+N: a blank project; Ctrl+Shift+N: one with the manifesto's principles.
    command(&mut harness, Key::N);
    let doc = harness.state().document().expect("new project");
    assert_eq!(doc.project.principles.len(), 0);
    assert_eq!(doc.origin, Origin::New);
    command_shift(&mut harness, Key::N);
    let doc = harness.state().document().expect("new project");
    assert_eq!(doc.project.principles.len(), 10);
    assert_eq!(doc.origin, Origin::New);
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_project_file_opens_it_and_remembers_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("dropped.ron");
    std::fs::write(&path, common::WORKED_EXAMPLE).expect("write");
    let mut harness = app(None, config(dir.path(), None));
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    common::settle(&mut harness);
    assert_eq!(title(&harness), "dropped.ron — Treaty Tracker");
    assert_eq!(
        harness.state().preferences().recent_files.first(),
        Some(&path)
    );
}

#[test]
fn new_and_close_with_unsaved_changes_ask_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    type_into(&mut harness, "Project title", "!");
    command(&mut harness, Key::N);
    let _ = harness.get_by_label("Unsaved changes");
    harness.get_by_label("Cancel").click();
    common::settle(&mut harness);
    assert_eq!(
        harness.state().document().expect("doc").origin,
        Origin::Sample
    );
    command(&mut harness, Key::W);
    let _ = harness.get_by_label("Unsaved changes");
    harness.get_by_label("Don't save").click();
    common::settle(&mut harness);
    assert!(harness.state().document().is_none());
}

#[test]
fn save_as_over_another_existing_file_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let other = dir.path().join("other.ron");
    std::fs::write(&other, common::WORKED_EXAMPLE).expect("write");
    let mut harness = app(None, config(dir.path(), None));
    command_shift(&mut harness, Key::S);
    answer_prompt(&mut harness, &other, "Save");
    let _ = harness.get_by_label("Replace the file?");
    harness.get_by_label("Cancel").click();
    common::settle(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&other).expect("read"),
        common::WORKED_EXAMPLE
    );
    command_shift(&mut harness, Key::S);
    answer_prompt(&mut harness, &other, "Save");
    harness.get_by_label("Replace").click();
    common::settle(&mut harness);
    assert_eq!(
        store::load(&other).expect("load").project,
        common::valid(treaty_tracker::SAMPLE_PROJECT)
    );
}

#[test]
fn a_restored_document_still_notices_changes_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.ron");
    std::fs::write(&path, common::WORKED_EXAMPLE).expect("write");
    let mut harness = app(None, config(dir.path(), Some(path.clone())));
    type_into(&mut harness, "Project title", " (mine)");
    drop(harness);
    // Between the crash and the restart, a colleague's sync changes the file.
    let theirs = common::WORKED_EXAMPLE.replacen("Worked example", "Worked example (theirs)", 1);
    std::fs::write(&path, &theirs).expect("write");
    let mut harness = app(None, config(dir.path(), Some(path.clone())));
    harness.get_by_label("Restore").click();
    common::settle(&mut harness);
    command(&mut harness, Key::S);
    let _ = harness.get_by_label("The file changed on disk");
    harness.get_by_label("Cancel").click();
    common::settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
}

#[test]
fn theme_from_the_view_menu_goes_through_the_action_table() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    harness.get_by_label("View").click();
    common::settle(&mut harness);
    harness.get_by_label("Light theme").click();
    common::settle(&mut harness);
    assert_eq!(harness.state().preferences().theme, ThemeChoice::Light);
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
}

/// Steps the app until `done`, giving background threads real time to finish.
fn wait_for(harness: &mut Harness<'_, TreatyApp>, done: impl Fn(&TreatyApp) -> bool) {
    for _ in 0..500 {
        harness.step();
        if done(harness.state()) {
            common::settle(harness);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("timed out waiting for a background task");
}

#[test]
fn the_apps_export_equals_the_command_line_byte_for_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sample = common::repo_path("sample_positions/ahc_cybercrime.ron");
    let mut harness = app(None, config(dir.path(), Some(sample.clone())));
    command(&mut harness, Key::E);
    wait_for(&mut harness, TreatyApp::export_ready);
    harness.get_by_label("Export…").click();
    common::settle(&mut harness);
    let exported = dir.path().join("report.html");
    answer_prompt(&mut harness, &exported, "Export");
    wait_for(&mut harness, |app| !app.exporting());
    assert!(
        harness.state().status().contains("Exported the report"),
        "{}",
        harness.state().status()
    );

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
        .args(["report", &sample.display().to_string(), "--format", "html"])
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert_eq!(std::fs::read(&exported).expect("exported"), output.stdout);
}

#[test]
fn the_apps_markdown_export_with_options_equals_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let example = common::repo_path("docs/examples/worked_example.ron");
    let mut harness = app(None, config(dir.path(), Some(example.clone())));
    command(&mut harness, Key::E);
    harness.get_by_label("Markdown").click();
    common::settle(&mut harness);
    let cli = |extra: &[&str]| {
        let mut args = vec![
            "report".to_owned(),
            example.display().to_string(),
            "--format".to_owned(),
            "md".to_owned(),
        ];
        args.extend(extra.iter().map(|a| (*a).to_owned()));
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
            .args(&args)
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .output()
            .expect("runs");
        assert!(output.status.success());
        output.stdout
    };
    // By default the export leaves the confidential statement out, as the command line does.
    wait_for(&mut harness, TreatyApp::export_ready);
    harness.get_by_label("Export…").click();
    common::settle(&mut harness);
    let exported = dir.path().join("report.md");
    answer_prompt(&mut harness, &exported, "Export");
    wait_for(&mut harness, |app| !app.exporting());
    let default_export = std::fs::read(&exported).expect("exported");
    assert_eq!(default_export, cli(&[]));
    assert!(String::from_utf8_lossy(&default_export).contains("1 left out of the figures"));
    // Counted only when the box is ticked, as with --include-confidential.
    harness
        .get_by_label("Count confidential statements in the figures")
        .click();
    common::settle(&mut harness);
    wait_for(&mut harness, TreatyApp::export_ready);
    harness.get_by_label("Export…").click();
    common::settle(&mut harness);
    let counted = dir.path().join("report-counted.md");
    answer_prompt(&mut harness, &counted, "Export");
    wait_for(&mut harness, |app| !app.exporting());
    let counted_export = std::fs::read(&counted).expect("exported");
    assert_eq!(counted_export, cli(&["--include-confidential"]));
    assert_ne!(counted_export, default_export);
}

#[test]
fn an_edit_makes_the_export_wait_for_a_fresh_preview() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = app(None, config(dir.path(), None));
    command(&mut harness, Key::E);
    wait_for(&mut harness, TreatyApp::export_ready);
    harness.state_mut().preferences_mut().user_name = "x".to_owned();
    // Close the window, edit, reopen: the preview is of the edited project.
    harness.get_by_label("Close window").click();
    common::settle(&mut harness);
    type_into(&mut harness, "Project title", " (edited)");
    command(&mut harness, Key::E);
    wait_for(&mut harness, TreatyApp::export_ready);
    harness.get_by_label("Export…").click();
    common::settle(&mut harness);
    let exported = dir.path().join("edited.html");
    answer_prompt(&mut harness, &exported, "Export");
    wait_for(&mut harness, |app| !app.exporting());
    assert!(
        std::fs::read_to_string(&exported)
            .expect("exported")
            .contains("(edited)")
    );
}

/// Saving runs on a thread: an edit made while the file is written is not lost, the file holds
/// the revision the save was given, and the document stays dirty until saved again; a second
/// Ctrl+S right after the first follows it.
#[test]
fn edits_while_a_save_runs_are_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.ron");
    // Large enough that the save is still being written when the next frame runs.
    let project = treaty_tracker::generate::generate(&treaty_tracker::generate::GenerateOptions {
        stakeholders: 100,
        principles: 10,
        sessions: 8,
        statements: 20_000,
        seed: 7,
    })
    .expect("generated");
    store::save(&project, &path).expect("save");
    let mut harness = app(None, config(dir.path(), Some(path.clone())));
    let before = project_title(&harness);
    type_into(&mut harness, "Project title", " A");
    // Ctrl+S, then at once (before the save can be seen to finish) another edit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.step();
    harness
        .state()
        .command_sender()
        .edit(treaty_tracker::model::Edit::Title(format!("{before} A B")));
    common::settle(&mut harness);
    assert_eq!(
        store::load(&path).expect("saved").project.title,
        format!("{before} A")
    );
    let doc = harness.state().document().expect("doc");
    assert_eq!(
        doc.project.title,
        format!("{before} A B"),
        "the edit is kept"
    );
    assert!(
        doc.is_dirty(),
        "the edit made during the save is not saved yet"
    );
    assert!(title(&harness).contains(" *"), "{}", title(&harness));

    // Two saves in a row: the second follows the first; the file ends with the last edit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.step();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::settle(&mut harness);
    assert_eq!(
        store::load(&path).expect("saved").project.title,
        format!("{before} A B")
    );
    assert!(!harness.state().document().expect("doc").is_dirty());
    assert!(
        harness.state().status().starts_with("Saved"),
        "{}",
        harness.state().status()
    );
}

/// Opening reads the file once, on a thread, and what it records of the file (for the
/// changed-on-disk check) is what was read: the same stamp as reading the file again.
#[test]
fn the_stamp_of_an_opened_file_is_the_file_as_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.ron");
    std::fs::copy(
        common::repo_path("sample_positions/ahc_cybercrime.ron"),
        &path,
    )
    .expect("copy");
    let harness = app(None, config(dir.path(), Some(path.clone())));
    let doc = harness.state().document().expect("doc");
    let (_, stamp) = store::load_stamped(&path).expect("loads");
    assert_eq!(doc.disk, Some(stamp));
    assert_eq!(store::DiskStamp::read(&path), Some(stamp));
}

/// File > Merge a colleague's file: what only the colleague logged comes in, nothing is
/// deleted, a field held differently becomes a conflict; one undo step takes it all back.
#[test]
fn merging_a_colleagues_file_is_one_undoable_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = dir.path().join("mine.ron");
    let theirs_path = dir.path().join("ben.ron");
    let base = common::worked_example();
    treaty_tracker::store::save(&base, &mine).expect("saves");
    let mut theirs = base.clone();
    let mut logged = theirs.statements[0].clone();
    logged.stamp_new(logged.recorded_at + chrono::Duration::hours(1), "Ben");
    "Ben, in the informals".clone_into(&mut logged.summary);
    theirs.statements.push(logged);
    "Ben's reading".clone_into(&mut theirs.statements[1].summary);
    theirs.statements.remove(2);
    treaty_tracker::store::save(&theirs, &theirs_path).expect("saves");

    let mut harness = app(None, config(dir.path(), Some(mine)));
    harness
        .state_mut()
        .queue_action(treaty_tracker::app::Action::MergeFile);
    common::settle(&mut harness);
    answer_prompt(&mut harness, &theirs_path, "Merge");
    let project = harness.state().document().expect("doc").project.clone();
    assert_eq!(
        project.statements.len(),
        base.statements.len() + 1,
        "nothing deleted"
    );
    assert!(
        project
            .statements
            .iter()
            .any(|s| s.summary == "Ben, in the informals")
    );
    assert_eq!(project.conflicts.len(), 1);
    assert_eq!(project.conflicts[0].field, "summary");
    let _ = harness.get_by_label_contains("1 left to resolve");
    command(&mut harness, Key::Z);
    let undone = harness.state().document().expect("doc").project.clone();
    assert_eq!(*undone, base);
}

/// A sync tool's conflict copy beside the project is found when it opens and offered for
/// merging; "Merge it" brings in what only the copy has.
#[test]
fn a_sync_conflict_copy_is_offered_for_merging() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = dir.path().join("ahc.ron");
    let base = common::worked_example();
    treaty_tracker::store::save(&base, &mine).expect("saves");
    let mut copy = base.clone();
    let mut logged = copy.statements[0].clone();
    logged.stamp_new(logged.recorded_at + chrono::Duration::hours(3), "Ben");
    "From the other laptop".clone_into(&mut logged.summary);
    copy.statements.push(logged);
    let syncthing = dir
        .path()
        .join("ahc.sync-conflict-20261202-101010-ABCDEFG.ron");
    treaty_tracker::store::save(&copy, &syncthing).expect("saves");
    std::fs::write(dir.path().join("other.sync-conflict-1.ron"), "not ours").expect("write");
    std::fs::write(
        dir.path()
            .join("ahc (Ben's conflicted copy 2026-12-02).ron"),
        "x",
    )
    .expect("write");
    assert_eq!(
        store::sync_conflict_copies(&mine),
        vec![
            dir.path()
                .join("ahc (Ben's conflicted copy 2026-12-02).ron"),
            syncthing.clone()
        ]
    );
    std::fs::remove_file(
        dir.path()
            .join("ahc (Ben's conflicted copy 2026-12-02).ron"),
    )
    .expect("remove");

    let mut harness = app(None, config(dir.path(), Some(mine)));
    let _ = harness.get_by_label_contains("ahc.sync-conflict-20261202-101010-ABCDEFG.ron");
    harness.get_by_label("Merge it").click();
    common::settle(&mut harness);
    let project = harness.state().document().expect("doc").project.clone();
    assert_eq!(project.statements.len(), base.statements.len() + 1);
    assert!(
        project
            .statements
            .iter()
            .any(|s| s.summary == "From the other laptop")
    );
    assert!(project.conflicts.is_empty());
}

/// When the colleague's copy shares history with ours in git (their commit fetched), File >
/// Merge a colleague's file is three-way: their deletion comes in, which a two-way merge would
/// never do.
#[test]
fn merging_a_file_with_history_in_git_is_three_way() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = dir.path().join("mine");
    std::fs::create_dir(&mine).expect("dir");
    common::git_ok(&mine, &["init", "-q", "-b", "main"]);
    let base = common::worked_example();
    let file = mine.join("ahc.ron");
    treaty_tracker::store::save(&base, &file).expect("saves");
    common::git_ok(&mine, &["add", "ahc.ron"]);
    common::git_ok(&mine, &["commit", "-q", "-m", "base"]);
    common::git_ok(dir.path(), &["clone", "-q", "mine", "ben"]);
    let ben_file = dir.path().join("ben").join("ahc.ron");
    let mut theirs = base.clone();
    let deleted = theirs.statements.remove(2).id;
    treaty_tracker::store::save(&theirs, &ben_file).expect("saves");
    std::fs::remove_file(store::backup_path(&ben_file)).ok();
    common::git_ok(
        &dir.path().join("ben"),
        &["commit", "-q", "-am", "Ben deletes one"],
    );
    common::git_ok(&mine, &["fetch", "-q", "../ben"]);
    std::fs::remove_file(store::backup_path(&file)).ok();

    let mut harness = app(None, config(dir.path(), Some(file)));
    harness
        .state_mut()
        .queue_action(treaty_tracker::app::Action::MergeFile);
    common::settle(&mut harness);
    answer_prompt(&mut harness, &ben_file, "Merge");
    let project = harness.state().document().expect("doc").project.clone();
    assert!(
        project.statements.iter().all(|s| s.id != deleted),
        "their deletion came in"
    );
    assert_eq!(project.statements.len(), base.statements.len() - 1);
    assert!(project.conflicts.is_empty());
    let _ = harness.get_by_label_contains("three-way, from the common ancestor in git");
}

/// Two windows on one file: the second warns at once; once the first closes the file, a new
/// window opens it without a warning.
#[test]
fn a_second_window_on_the_same_file_warns_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ahc.ron");
    treaty_tracker::store::save(&common::worked_example(), &file).expect("saves");
    let first = app(None, config(dir.path(), Some(file.clone())));
    assert!(
        first
            .query_by_label_contains("Already open in another window")
            .is_none()
    );
    let second = app(None, config(dir.path(), Some(file.clone())));
    let _ = second.get_by_label_contains("Already open in another window");
    drop(second);
    drop(first);
    let third = app(None, config(dir.path(), Some(file)));
    assert!(
        third
            .query_by_label_contains("Already open in another window")
            .is_none()
    );
}

/// File > Import statements from a spreadsheet… on the sample's spreadsheet, in the real app:
/// the mapping window lists the columns it guessed and every stance value with its count,
/// offers the unknown stakeholders to create, previews the statements, and imports them as one
/// undoable step.
#[test]
fn the_import_window_maps_previews_and_imports_in_one_undoable_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("empty.ron");
    let mut project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    project.statements.clear();
    project.stakeholders.clear();
    store::save(&project, &path).expect("saves");
    let mut harness = app(None, config(dir.path(), Some(path)));
    harness
        .state_mut()
        .queue_action(treaty_tracker::app::Action::ImportSpreadsheet);
    common::settle(&mut harness);
    let sheet = common::repo_path("sample_positions/ahc_positions.xlsx");
    answer_prompt(&mut harness, &sheet, "Read");
    wait_for(&mut harness, |app| !app.busy());
    // The columns, guessed from the header names.
    let _ = harness.get_by_label("1. Columns");
    let _ = harness.get_by_label("Actor");
    // Named with its value for a screen reader (the AT-SPI bridge reads only a combo's name).
    let summary = harness.get_by_label("Column N (What they said) holds: Summary");
    assert_eq!(summary.value().as_deref(), Some("Summary"));
    // The stance values found, each with its count.
    let _ = harness.get_by_label("2. Stance values");
    let _ = harness.get_by_label("\"Supported\"");
    // Nobody is in the project yet: every actor is offered for creation (below the fold:
    // clicked as a screen reader does).
    assert!(
        harness
            .query_all_by_label("0 statements from 0 of 51 rows; 52 problems in 51 rows")
            .count()
            > 0
    );
    harness.get_by_label("Create them all").click_accesskit();
    common::settle(&mut harness);
    harness.get_by_label("Import 51 statements").click();
    common::settle(&mut harness);
    let imported = harness.state().document().expect("doc").project.clone();
    assert_eq!(imported.statements.len(), 51);
    assert!(imported.stakeholders.iter().any(|s| s.id == "RUS"));
    assert!(
        harness
            .state()
            .status()
            .contains("Ctrl+Z undoes the whole import"),
        "{}",
        harness.state().status()
    );
    command(&mut harness, Key::Z);
    let undone = harness.state().document().expect("doc").project.clone();
    assert!(undone.statements.is_empty());
    assert!(undone.stakeholders.is_empty());
}

/// The export window writes the statements table and the report's tables as XLSX, and the
/// report's CSV with the separator and decimal mark chosen, byte for byte as the command line.
#[test]
fn the_export_window_writes_tables_and_a_french_csv_as_the_command_line_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    let example = common::repo_path("docs/examples/worked_example.ron");
    let mut harness = app(None, config(dir.path(), Some(example.clone())));
    let cli = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_treaty-tracker"))
            .args(args)
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .output()
            .expect("runs");
        assert!(output.status.success(), "{args:?}");
        output.stdout
    };
    let example = example.display().to_string();
    // Opens the window, picks `choice`, then `setup`, and exports.
    let export =
        |harness: &mut Harness<'_, TreatyApp>, choice: &str, setup: &[&str], name: &str| {
            command(harness, Key::E);
            harness.get_by_label(choice).click();
            common::settle(harness);
            for label in setup {
                harness.get_by_label(label).click();
                common::settle(harness);
            }
            common::settle(harness);
            wait_for(harness, TreatyApp::export_ready);
            harness.get_by_label("Export…").click();
            common::settle(harness);
            let out = dir.path().join(name);
            answer_prompt(harness, &out, "Export");
            wait_for(harness, |app| !app.exporting());
            std::fs::read(&out).expect("exported")
        };
    // The HTML report's preview is what a reader sees (its tables), not its markup.
    command(&mut harness, Key::E);
    wait_for(&mut harness, TreatyApp::export_ready);
    assert!(harness.query_by_label_contains("<!DOCTYPE").is_none());
    let _ = harness.get_by_label("Open in browser");
    assert!(harness.query_all_by_label("Broad support").count() > 0);
    let statements = export(&mut harness, "Statements as CSV", &[], "s.csv");
    // The window's CSV options start from the locale; the command line's are given.
    let prefs = harness.state().preferences().csv.expect("remembered");
    let mut args = vec!["export", example.as_str(), "statements", "--format", "csv"];
    let sep = (prefs.separator as char).to_string();
    args.extend(["--separator", if sep == "\t" { "tab" } else { &sep }]);
    if prefs.bom {
        args.push("--bom");
    }
    assert_eq!(statements, cli(&args));
    let xlsx = export(&mut harness, "XLSX (its tables)", &[], "r.xlsx");
    assert!(xlsx.starts_with(b"PK"), "a zip");
    // A French spreadsheet's CSV, chosen in the window.
    let csv = export(&mut harness, "CSV", &["Semicolon", "0,25"], "r.csv");
    let text = String::from_utf8(csv.clone()).expect("utf-8");
    assert!(text.contains("session;stakeholder_id"), "{text}");
    let mut args = vec![
        "report",
        example.as_str(),
        "--format",
        "csv",
        "--separator",
        ";",
        "--decimal-comma",
    ];
    if harness.state().preferences().csv.expect("kept").bom {
        args.push("--bom");
    }
    assert_eq!(csv, cli(&args));
}

/// Typing without a pause is never more than the autosave delay without a recovery copy: a
/// later edit does not push the autosave back.
#[test]
fn continuous_typing_is_autosaved_within_the_delay() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.ron");
    std::fs::write(&path, common::WORKED_EXAMPLE).expect("write");
    let one_second = AppConfig {
        autosave_delay_secs: 1.0,
        ..config(dir.path(), Some(path))
    };
    let mut harness = app(None, one_second);
    harness.get_by_label("Framework").focus();
    common::settle(&mut harness);
    // A key every frame (30 a second) for two seconds of the window's clock.
    for _ in 0..60 {
        harness.get_by_label("Framework").type_text("x");
        harness.step();
    }
    for _ in 0..50 {
        if !recovery_files(dir.path()).is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.get_by_label("Framework").type_text("x");
        harness.step();
    }
    assert!(
        !recovery_files(dir.path()).is_empty(),
        "a recovery copy while typing continuously"
    );
}
