//! Shifts (stub).
use super::common::Ctx;
use egui::Ui;
/// State.
#[derive(Default)]
pub struct ShiftsState {}
/// Draws.
pub fn ui(_ui: &mut Ui, _cx: &mut Ctx<'_>, _state: &mut ShiftsState, _c: &mut bool, _step: i8) {}
