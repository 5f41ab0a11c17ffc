//! Starting the native window: eframe's options (glow renderer, size, icon, drag and drop)
//! and a readable message when no window can be opened.

use std::path::PathBuf;

use super::prefs::APP_ID;
use std::process::ExitCode;

/// Opens the desktop window on `file` (or the last project, or the embedded sample) and runs
/// it until the user quits.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    super::treaty_app::mark_start();
    // Absolute from the start: the document, the recent files and the recovery file name the
    // file the user meant, whatever folder the app is started from next time.
    let file = file.map(|f| std::path::absolute(&f).unwrap_or(f));
    let config = super::AppConfig::for_user(file);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Treaty Tracker")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = super::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Treaty Tracker",
        options,
        Box::new(move |cc| Ok(Box::new(super::TreatyApp::new(cc.storage, config)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "treaty-tracker: cannot open the window: {e}\n\
                 The command line works without a display: try `treaty-tracker --help`."
            );
            ExitCode::from(1)
        }
    }
}
