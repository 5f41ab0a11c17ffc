//! The dialogs over the window (unsaved changes, replace, changed on disk, path prompt,
//! confirmations, errors, recovery). A button only sends an [`Answer`]: what it means is
//! carried out by the command handler.

use crate::{counted, tr};
use std::path::PathBuf;

use egui::{Context, Id, Modal, Ui};

use super::super::command::{Answer, Command, CommandSender};
use super::super::dialogs::FilePurpose;
use super::super::document::Document;
use super::state::{Dialog, TreatyApp};

/// A button that sends its answer when clicked; the answer is made only then (a recovery's
/// answer carries a whole project, not to be copied every frame).
fn answer_button(
    ui: &mut Ui,
    commands: &CommandSender,
    label: &str,
    answer: impl FnOnce() -> Answer,
) -> bool {
    let clicked = ui.button(label).clicked();
    if clicked {
        commands.send(Command::Answer(answer()));
    }
    clicked
}

/// A button of a [`choice`]: its label and how to make its answer.
type Choice<'a> = (String, Box<dyn FnOnce() -> Answer + 'a>);

impl TreatyApp {
    pub(super) fn dialog_ui(&mut self, ctx: &Context) {
        if let (Some((_, path)), Some(_)) = (&self.files.opening, &self.doc) {
            Modal::new(Id::unique("opening")).show(ctx, |ui| {
                super::super::views::opening(ui, path, &self.files.open_progress);
            });
        }
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        let commands = self.commands.clone();
        let keep = match dialog {
            Dialog::Prompt(mut prompt, then) => {
                if prompt_ui(ctx, &commands, &mut prompt, then.as_ref()) {
                    None
                } else {
                    Some(Dialog::Prompt(prompt, then))
                }
            }
            dialog => {
                let answered = self.fixed_dialog_ui(ctx, &commands, &dialog);
                (!answered).then_some(dialog)
            }
        };
        // A dialog answered waits for its command (which clears it); one not answered stays.
        if self.dialog.is_none() {
            self.dialog = keep;
        }
    }

    /// The dialogs with fixed buttons; true when one was pressed.
    fn fixed_dialog_ui(&self, ctx: &Context, commands: &CommandSender, dialog: &Dialog) -> bool {
        let cancel = || -> Choice<'_> { (tr!("dialog-cancel"), Box::new(|| Answer::Dismiss)) };
        match dialog {
            Dialog::UnsavedGuard(pending) => {
                let name = self
                    .doc
                    .as_ref()
                    .map(Document::display_name)
                    .unwrap_or_default();
                choice(
                    ctx,
                    commands,
                    "unsaved-guard",
                    &tr!("dialog-unsaved-title"),
                    &tr!("dialog-unsaved-message", name = name),
                    vec![
                        (
                            tr!("dialog-save"),
                            Box::new(|| Answer::SaveFirst(pending.clone())),
                        ),
                        (
                            tr!("dialog-dont-save"),
                            Box::new(|| Answer::DontSave(pending.clone())),
                        ),
                        cancel(),
                    ],
                )
            }
            Dialog::ExternalChange(dirty) => {
                let mut buttons: Vec<(String, Box<dyn FnOnce() -> Answer>)> = Vec::new();
                if *dirty {
                    buttons.push((
                        tr!("dialog-reload-keep"),
                        Box::new(|| Answer::Reload { keep_mine: true }),
                    ));
                    buttons.push((
                        tr!("dialog-reload-drop"),
                        Box::new(|| Answer::Reload { keep_mine: false }),
                    ));
                } else {
                    buttons.push((
                        tr!("dialog-reload"),
                        Box::new(|| Answer::Reload { keep_mine: false }),
                    ));
                }
                buttons.push((tr!("dialog-not-now"), Box::new(|| Answer::Dismiss)));
                choice(
                    ctx,
                    commands,
                    "external-change",
                    &tr!("dialog-changed-on-disk-title"),
                    &if *dirty {
                        tr!("dialog-external-change-dirty")
                    } else {
                        tr!("dialog-external-change")
                    },
                    buttons,
                )
            }
            Dialog::SyncCopy(copy, count) => {
                let name = copy.file_name().map_or_else(
                    || copy.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                let path = copy.clone();
                choice(
                    ctx,
                    commands,
                    "sync-copy",
                    &tr!("dialog-sync-copy-title"),
                    &tr!(
                        "dialog-sync-copy",
                        name = name,
                        others = count.saturating_sub(1)
                    ),
                    vec![
                        (
                            tr!("dialog-merge-it"),
                            Box::new(move || Answer::PathChosen(FilePurpose::Merge, path, None)),
                        ),
                        (tr!("dialog-not-now"), Box::new(|| Answer::Dismiss)),
                    ],
                )
            }
            Dialog::ChangedOnDisk(then) => choice(
                ctx,
                commands,
                "changed-on-disk",
                &tr!("dialog-changed-on-disk-title"),
                &tr!("dialog-changed-on-disk"),
                vec![
                    (
                        tr!("dialog-overwrite"),
                        Box::new(|| Answer::Overwrite(then.clone())),
                    ),
                    (
                        tr!("action-save-as"),
                        Box::new(|| Answer::SaveAsInstead(then.clone())),
                    ),
                    cancel(),
                ],
            ),
            Dialog::ConfirmReplace(path, then) => choice(
                ctx,
                commands,
                "confirm-replace",
                &tr!("dialog-replace-title"),
                &tr!("dialog-replace-project", path = path.display().to_string()),
                vec![
                    (
                        tr!("dialog-replace"),
                        Box::new(|| Answer::Replace(path.clone(), then.clone())),
                    ),
                    cancel(),
                ],
            ),
            Dialog::ConfirmExportReplace(path) => choice(
                ctx,
                commands,
                "confirm-export-replace",
                &tr!("dialog-replace-title"),
                &tr!("dialog-replace-report", path = path.display().to_string()),
                vec![
                    (
                        tr!("dialog-replace"),
                        Box::new(|| Answer::ReplaceExport(path.clone())),
                    ),
                    cancel(),
                ],
            ),
            Dialog::Confirm(confirm) => {
                let answered = choice(
                    ctx,
                    commands,
                    "confirm",
                    &confirm.title,
                    &confirm.message,
                    vec![
                        (
                            confirm.button.clone(),
                            Box::new(|| Answer::Confirmed(confirm.clone())),
                        ),
                        cancel(),
                    ],
                );
                if !answered && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
                    commands.send(Command::Answer(Answer::Dismiss));
                    return true;
                }
                answered
            }
            Dialog::Error(title, message) => {
                let mut answered = false;
                Modal::new(Id::unique("error")).show(ctx, |ui| {
                    ui.heading(title);
                    egui::ScrollArea::vertical()
                        .max_height(300.0)
                        .show(ui, |ui| {
                            ui.label(egui::RichText::new(message).monospace());
                        });
                    answered |= answer_button(ui, commands, &tr!("dialog-ok"), || Answer::Dismiss);
                });
                answered
            }
            Dialog::Recovery(recovered) => choice(
                ctx,
                commands,
                "recovery",
                &tr!("dialog-recovery-title"),
                &tr!(
                    "dialog-recovery",
                    what = recovered.path.as_ref().map_or_else(
                        || tr!("dialog-recovery-unsaved-project"),
                        |p| p.display().to_string()
                    ),
                    statements = counted!("count-statements", recovered.project.statements.len())
                ),
                vec![
                    (
                        tr!("dialog-restore"),
                        Box::new(|| Answer::Restore(recovered.clone())),
                    ),
                    (
                        tr!("dialog-discard"),
                        Box::new(|| Answer::DiscardRecovery(recovered.clone())),
                    ),
                ],
            ),
            Dialog::Prompt(..) => false,
        }
    }
}

/// A modal with a heading, a message and a row of buttons, each sending its answer; true when
/// one was pressed.
fn choice(
    ctx: &Context,
    commands: &CommandSender,
    id: &str,
    heading: &str,
    message: &str,
    buttons: Vec<Choice<'_>>,
) -> bool {
    let mut answered = false;
    Modal::new(Id::unique(id)).show(ctx, |ui| {
        ui.heading(heading);
        ui.label(message);
        ui.horizontal(|ui| {
            for (label, answer) in buttons {
                answered |= answer_button(ui, commands, &label, answer);
            }
        });
    });
    answered
}

/// The path prompt; true when answered (a path sent, or cancelled).
fn prompt_ui(
    ctx: &Context,
    commands: &CommandSender,
    prompt: &mut super::super::dialogs::PathPrompt,
    then: Option<&super::super::command::Pending>,
) -> bool {
    let mut outcome: Option<Option<PathBuf>> = None;
    Modal::new(Id::unique("path-prompt")).show(ctx, |ui| {
        ui.heading(prompt.purpose.title());
        if let Some(note) = &prompt.note {
            ui.label(note);
        }
        let label = ui.label(tr!("dialog-path"));
        let edit = ui.add(
            egui::TextEdit::singleline(&mut prompt.text)
                .desired_width(420.0)
                .hint_text("/home/me/negotiation.ron"),
        );
        let edit = edit.labelled_by(label.id);
        if !prompt.focused {
            // The keyboard goes to the field as the prompt opens: typing is never lost.
            edit.request_focus();
            prompt.focused = true;
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            outcome = Some(None);
        }
        ui.horizontal(|ui| {
            let ok = match prompt.purpose {
                FilePurpose::Open => tr!("dialog-path-open"),
                FilePurpose::SaveAs => tr!("dialog-save"),
                FilePurpose::Export => tr!("dialog-path-export"),
                FilePurpose::Merge => tr!("dialog-path-merge"),
                FilePurpose::Import => tr!("dialog-path-read"),
            };
            if ui.button(ok).clicked() || entered {
                outcome = Some(Some(super::super::dialogs::expand_home(prompt.text.trim())));
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                outcome = Some(None);
            }
        });
    });
    match outcome {
        Some(Some(path)) if !path.as_os_str().is_empty() => {
            commands.send(Command::Answer(Answer::PathChosen(
                prompt.purpose,
                path,
                then.cloned(),
            )));
            true
        }
        Some(_) => {
            commands.send(Command::Answer(Answer::Dismiss));
            true
        }
        None => false,
    }
}
