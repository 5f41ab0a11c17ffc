//! [`InsightState`], what the analysis views keep between frames, and [`show`], which draws
//! one of them.

use egui::{Key, Modifiers, Ui};

use super::super::method_ui::MethodOverrides;
use super::super::navigation::View;
use super::super::view_ctx::ViewCtx;
use crate::analysis::AnalysisOptions;
use crate::model::Method;

use super::common::{Ctx, Stamp};
use super::{coalition, gaps, matrix, profile, shifts, trends};

/// What the analysis views remember between frames (chosen session, sort, selection) and the
/// caches they share.
#[derive(Default)]
pub struct InsightState {
    /// The views' switches over the project's method, for the moment (not saved): `None`
    /// follows the project.
    overrides: MethodOverrides,
    /// The session shown by the matrix, gaps, coalition map and profiles (`None`: the latest).
    session: Option<usize>,
    /// The document the caches belong to (its identity, not its revision).
    document: Option<u64>,
    matrix: matrix::MatrixState,
    trends: trends::TrendsState,
    shifts: shifts::ShiftsState,
    coalition: coalition::CoalitionState,
    profile: profile::ProfileState,
}

impl InsightState {
    /// The options the analysis views show the figures with: the project's method with the
    /// views' switches over it.
    pub fn options(&self, method: Method) -> AnalysisOptions {
        self.overrides.options(method)
    }

    /// Show `id`'s profile next time the profile view is drawn.
    pub fn show_profile(&mut self, id: &str) {
        self.profile.request(id);
    }
}

/// Draws `view` (one of the analysis views) with the analysis of `ctx` (computed with
/// [`InsightState::options`]). Requests to show something in another view are sent as
/// commands.
pub fn show(ui: &mut Ui, ctx: &ViewCtx<'_>, view: View, state: &mut InsightState) {
    let Some(analysis) = ctx.analysis else {
        ui.label(crate::tr!("insight-preparing"));
        return;
    };
    let doc = ctx.doc;
    let options = analysis.options();
    let stamp = Stamp::of(doc, options);
    if state.document != Some(stamp.document) {
        // Another document, or sessions added or deleted: the chosen session starts over.
        state.session = None;
        state.document = Some(stamp.document);
    }
    let InsightState {
        overrides,
        session,
        matrix,
        trends,
        shifts,
        coalition,
        profile,
        ..
    } = state;
    let mut cx = Ctx {
        project: &doc.project,
        analysis,
        stamp,
        commands: ctx.commands,
    };
    let step = session_step(ui);
    match view {
        View::Trends => trends::ui(ui, &mut cx, trends, overrides),
        View::Shifts => shifts::ui(ui, &mut cx, shifts, overrides, step),
        _ => {
            let k = cx.step_session(session, step);
            match view {
                View::Matrix => matrix::ui(ui, &mut cx, matrix, session, k, overrides),
                View::Gaps => gaps::ui(ui, &mut cx, session, k, overrides),
                View::Coalition => coalition::ui(ui, &mut cx, coalition, session, k, overrides),
                View::Profile => profile::ui(ui, &mut cx, profile, session, k, overrides),
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
