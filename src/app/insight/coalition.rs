//! Coalition (stub).
use super::common::Ctx;
use egui::Ui;
/// State.
#[derive(Default)]
pub struct CoalitionState {}
/// Draws.
pub fn ui(
    _ui: &mut Ui,
    _cx: &mut Ctx<'_>,
    _state: &mut CoalitionState,
    _s: &mut Option<usize>,
    _k: Option<usize>,
    _c: &mut bool,
) {
}
