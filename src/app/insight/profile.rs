//! Profile (stub).
use super::common::Ctx;
use egui::Ui;
/// State.
#[derive(Default)]
pub struct ProfileState {}
impl ProfileState {
    pub fn request(&mut self, _id: &str) {}
}
/// Draws.
pub fn ui(
    _ui: &mut Ui,
    _cx: &mut Ctx<'_>,
    _state: &mut ProfileState,
    _s: &mut Option<usize>,
    _k: Option<usize>,
    _c: &mut bool,
) {
}
