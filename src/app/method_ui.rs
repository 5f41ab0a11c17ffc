//! The project's method in the window: the switches the analysis views and the export window
//! set over it for the moment ([`MethodOverrides`], not saved), and the editor that changes it
//! in the file ([`method_editor`], one undoable edit per change).

use egui::{RichText, Ui};

use super::command::CommandSender;
use crate::analysis::AnalysisOptions;
use crate::model::{Edit, Method};

const CARRY: &str = "Carry positions forward";
const CARRY_HOVER: &str = "On: a position stated at an earlier session counts until the \
                           stakeholder states another. Off: only statements of the session \
                           itself count";
const BLOCS: &str = "Count blocs' statements for their members";
const BLOCS_HOVER: &str = "On: a bloc's statement counts for every member (nested blocs too), \
                           unless the member said otherwise itself on the same day or later. \
                           Off: only a stakeholder's own statements count for it";

/// Switches over the project's method for one analysis: `None` follows the project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MethodOverrides {
    /// Carry-forward, when switched away from the project's.
    pub carry_forward: Option<bool>,
    /// Bloc positions, when switched away from the project's.
    pub bloc_positions: Option<bool>,
}

impl MethodOverrides {
    /// The options of an analysis with `method` and these switches.
    pub fn options(self, method: Method) -> AnalysisOptions {
        AnalysisOptions::of(method, self.carry_forward, self.bloc_positions)
    }

    /// The two switches, each showing the value in force; a note and a way back when either
    /// differs from the project's method.
    pub fn ui(&mut self, ui: &mut Ui, method: Method) {
        switch(
            ui,
            &mut self.carry_forward,
            method.carry_forward,
            CARRY,
            CARRY_HOVER,
        );
        switch(
            ui,
            &mut self.bloc_positions,
            method.bloc_positions,
            BLOCS,
            BLOCS_HOVER,
        );
        if *self != MethodOverrides::default() {
            ui.label(RichText::new("(not the project's method)").weak());
            if ui
                .small_button("Use the project's method")
                .on_hover_text("The method is set for the project in the Overview")
                .clicked()
            {
                *self = MethodOverrides::default();
            }
        }
    }
}

fn switch(ui: &mut Ui, over: &mut Option<bool>, project: bool, text: &str, hover: &str) {
    let mut value = over.unwrap_or(project);
    if ui.checkbox(&mut value, text).on_hover_text(hover).changed() {
        *over = (value != project).then_some(value);
    }
}

/// The method of the project, edited in place: every change is one edit (undoable).
pub fn method_editor(ui: &mut Ui, method: Method, edits: &CommandSender) {
    ui.heading("Method");
    ui.label(
        RichText::new(
            "How statements become figures for this project (docs/METHODOLOGY.md). Saved in \
             the file; a view or an export can switch the first two for the moment.",
        )
        .weak(),
    );
    let mut changed = method;
    ui.checkbox(&mut changed.carry_forward, CARRY)
        .on_hover_text(CARRY_HOVER);
    ui.checkbox(&mut changed.bloc_positions, BLOCS)
        .on_hover_text(BLOCS_HOVER);
    ui.horizontal(|ui| {
        let label = ui.label("Fewest positions for a verdict");
        ui.add(egui::DragValue::new(&mut changed.min_positions).range(0..=u32::MAX))
            .labelled_by(label.id)
            .on_hover_text(
                "A principle on which fewer stakeholders have a position gets the verdict \
                 \"Too few positions\", with its figures beside it",
            );
    });
    if changed != method {
        edits.edit(Edit::Method(changed));
    }
}
