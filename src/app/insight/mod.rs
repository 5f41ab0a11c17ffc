//! The views that show the analysis: alignment matrix, trends, gaps, shifts, coalition map and
//! stakeholder profiles. Every figure comes from [`crate::analysis`], cached by document
//! revision.

use egui::Ui;

use super::actions::{Navigate, View};
use super::document::Document;

/// What the analysis views remember between frames (chosen session, sort, selection) and the
/// analysis cache they share.
#[derive(Default)]
pub struct InsightState {}

impl InsightState {
    /// Show `id`'s profile next time the profile view is drawn.
    #[expect(
        clippy::unused_self,
        reason = "placeholder until the profile view exists"
    )]
    pub fn show_profile(&mut self, id: &str) {
        let _ = id;
    }
}

/// Draws `view` (one of the analysis views) for `doc`. Requests to show something in another
/// view go to `nav`.
pub fn show(
    ui: &mut Ui,
    view: View,
    doc: &Document,
    state: &mut InsightState,
    nav: &mut Vec<Navigate>,
) {
    let _ = (doc, state, nav);
    ui.heading(view.label());
}
