//! [`InsightState`], what the analysis views keep between frames, and [`show`], which draws
//! one of them.

use egui::{Key, Modifiers, Ui};

use super::super::actions::{Navigate, View};
use super::super::document::Document;
use crate::analysis::{AnalysisCache, AnalysisOptions};

use super::common::{Ctx, Stamp};
use super::{coalition, gaps, matrix, profile, shifts, trends};

/// What the analysis views remember between frames (chosen session, sort, selection) and the
/// caches they share.
pub struct InsightState {
    /// Positions from earlier sessions count until replaced.
    carry_forward: bool,
    /// The session shown by the matrix, gaps, coalition map and profiles (`None`: the latest).
    session: Option<usize>,
    /// The document the caches belong to (its identity, not its revision).
    document: Option<u64>,
    analysis: AnalysisCache,
    matrix: matrix::MatrixState,
    trends: trends::TrendsState,
    shifts: shifts::ShiftsState,
    coalition: coalition::CoalitionState,
    profile: profile::ProfileState,
}

impl Default for InsightState {
    fn default() -> Self {
        InsightState {
            carry_forward: true,
            session: None,
            document: None,
            analysis: AnalysisCache::default(),
            matrix: matrix::MatrixState::default(),
            trends: trends::TrendsState::default(),
            shifts: shifts::ShiftsState::default(),
            coalition: coalition::CoalitionState::default(),
            profile: profile::ProfileState::default(),
        }
    }
}

impl InsightState {
    /// Keeps the cached analysis up to date through one statement edit (live logging, the
    /// statement editor) at the cost of the cells it touches, when it was current before the
    /// edit; otherwise nothing is done here and the next frame of a view computes afresh.
    pub fn statement_edited(
        &mut self,
        doc: &Document,
        previous_revision: u64,
        edit: crate::analysis::StatementEdit<'_>,
    ) {
        let options = AnalysisOptions {
            carry_forward: self.carry_forward,
        };
        self.analysis.update_if_cached(
            &doc.project,
            previous_revision,
            doc.revision(),
            edit,
            options,
        );
    }

    /// Show `id`'s profile next time the profile view is drawn.
    pub fn show_profile(&mut self, id: &str) {
        self.profile.request(id);
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
    let options = AnalysisOptions {
        carry_forward: state.carry_forward,
    };
    let stamp = Stamp::of(doc, options);
    if state.document != Some(stamp.document) {
        // Another document, or sessions added or deleted: the chosen session starts over.
        state.analysis = AnalysisCache::default();
        state.session = None;
        state.document = Some(stamp.document);
    }
    let InsightState {
        carry_forward,
        session,
        analysis,
        matrix,
        trends,
        shifts,
        coalition,
        profile,
        ..
    } = state;
    let analysis = analysis.get(&doc.project, doc.revision(), options);
    let mut cx = Ctx {
        project: &doc.project,
        analysis,
        stamp,
        nav,
    };
    let step = session_step(ui);
    match view {
        View::Trends => trends::ui(ui, &mut cx, trends, carry_forward),
        View::Shifts => shifts::ui(ui, &mut cx, shifts, carry_forward, step),
        _ => {
            let k = cx.step_session(session, step);
            match view {
                View::Matrix => matrix::ui(ui, &mut cx, matrix, session, k, carry_forward),
                View::Gaps => gaps::ui(ui, &mut cx, session, k, carry_forward),
                View::Coalition => coalition::ui(ui, &mut cx, coalition, session, k, carry_forward),
                View::Profile => profile::ui(ui, &mut cx, profile, session, k, carry_forward),
                _ => {}
            }
        }
    }
}

/// Alt+Left / Alt+Right step through the sessions (not while a text field has the keyboard).
fn session_step(ui: &Ui) -> i8 {
    if ui.ctx().text_edit_focused() {
        return 0;
    }
    ui.input_mut(|i| {
        let back = i.consume_key(Modifiers::ALT, Key::ArrowLeft);
        let forward = i.consume_key(Modifiers::ALT, Key::ArrowRight);
        i8::from(forward) - i8::from(back)
    })
}
