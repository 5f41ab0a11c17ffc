//! The application icon, from `assets/treaty-tracker.png`.

/// The window icon; `None` (and a log line) if the embedded PNG cannot be decoded.
pub fn window_icon() -> Option<egui::IconData> {
    match eframe::icon_data::from_png_bytes(include_bytes!("../../assets/treaty-tracker.png")) {
        Ok(icon) => Some(icon),
        Err(e) => {
            log::warn!("cannot decode the application icon: {e}");
            None
        }
    }
}
