//! The project's method in the window: the switches the analysis views and the export window
//! set over it for the moment ([`MethodOverrides`], not saved), and the editor that changes it
//! in the file ([`method_editor`], one undoable edit per change).

use egui::{RichText, Ui};

use super::command::CommandSender;
use crate::analysis::{AnalysisOptions, Verdict};
use crate::i18n::Localized as _;
use crate::model::{Edit, Method};
use crate::tr;

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
            &tr!("method-carry-forward"),
            &tr!("method-carry-forward-tip"),
        );
        switch(
            ui,
            &mut self.bloc_positions,
            method.bloc_positions,
            &tr!("method-bloc-positions"),
            &tr!("method-bloc-positions-tip"),
        );
        if *self != MethodOverrides::default() {
            ui.label(RichText::new(tr!("method-overridden")).weak());
            if ui
                .small_button(tr!("method-use-project"))
                .on_hover_text(tr!("method-use-project-tip"))
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
    ui.heading(tr!("method-heading"));
    ui.label(RichText::new(tr!("method-about")).weak());
    let mut changed = method;
    ui.checkbox(&mut changed.carry_forward, tr!("method-carry-forward"))
        .on_hover_text(tr!("method-carry-forward-tip"));
    ui.checkbox(&mut changed.bloc_positions, tr!("method-bloc-positions"))
        .on_hover_text(tr!("method-bloc-positions-tip"));
    ui.horizontal(|ui| {
        let label = ui.label(tr!("method-min-positions"));
        ui.add(egui::DragValue::new(&mut changed.min_positions).range(0..=u32::MAX))
            .labelled_by(label.id)
            .on_hover_text(tr!(
                "method-min-positions-tip",
                verdict = Verdict::TooFew.words()
            ));
    });
    if changed != method {
        edits.edit(Edit::Method(changed));
    }
}
