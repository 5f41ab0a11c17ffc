//! The panels and views. Views borrow the project and send commands (edits, actions); they
//! never mutate the document.

use egui::{RichText, Ui};

use super::actions::{ACTIONS, Action, info_of};
use super::command::{Command, CommandSender};
use super::document::Document;
use super::navigation::View;
use super::prefs::{Preferences, ThemeChoice};
use super::view_ctx::ViewCtx;
use crate::i18n::Lang;
use crate::model::Edit;
use crate::model::Project;
use crate::{counted, tr};

fn action_button(ui: &mut Ui, action: Action, enabled: bool, queue: &CommandSender) {
    let Some(info) = info_of(action) else {
        return;
    };
    let mut button = egui::Button::new(info.label());
    if let Some(shortcut) = &info.shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(info.tooltip())
        .clicked()
    {
        queue.send(Command::Action(action));
        ui.close();
    }
}

/// File, Edit, View and Help menus, all from the action table.
pub fn menu_bar(
    ui: &mut Ui,
    doc: Option<&Document>,
    prefs: &mut Preferences,
    queue: &CommandSender,
) {
    let has_doc = doc.is_some();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!("menu-file"), |ui| {
            action_button(ui, Action::NewBlank, true, queue);
            action_button(ui, Action::NewFromTemplate, true, queue);
            action_button(ui, Action::Open, true, queue);
            action_button(ui, Action::OpenByPath, true, queue);
            ui.menu_button(tr!("menu-open-recent"), |ui| {
                if prefs.recent_files.is_empty() {
                    ui.label(tr!("menu-no-recent-files"));
                }
                for path in &prefs.recent_files {
                    if ui.button(path.display().to_string()).clicked() {
                        queue.send(Command::Open(path.clone()));
                        ui.close();
                    }
                }
            });
            ui.separator();
            action_button(ui, Action::Save, has_doc, queue);
            action_button(ui, Action::SaveAs, has_doc, queue);
            action_button(ui, Action::SaveAsByPath, has_doc, queue);
            ui.separator();
            action_button(ui, Action::MergeFile, has_doc, queue);
            action_button(ui, Action::ImportSpreadsheet, has_doc, queue);
            action_button(
                ui,
                Action::Conflicts,
                doc.is_some_and(|d| !d.project.conflicts.is_empty()),
                queue,
            );
            ui.separator();
            action_button(ui, Action::ExportReport, has_doc, queue);
            action_button(ui, Action::Close, has_doc, queue);
            ui.separator();
            action_button(ui, Action::Quit, true, queue);
        });
        // A click in the name field must not close the menu: only a click outside it, an
        // action (which closes it itself) or Escape does.
        let keep_open = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        egui::containers::menu::MenuButton::new(tr!("menu-edit"))
            .config(keep_open)
            .ui(ui, |ui| {
                action_button(ui, Action::Undo, doc.is_some_and(Document::can_undo), queue);
                action_button(ui, Action::Redo, doc.is_some_and(Document::can_redo), queue);
                ui.separator();
                action_button(ui, Action::QuickEntry, doc.is_some(), queue);
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label(tr!("menu-your-name"));
                    let field = ui
                        .add(egui::TextEdit::singleline(&mut prefs.user_name).desired_width(140.0))
                        .labelled_by(label.id)
                        .on_hover_text(tr!("menu-your-name-tip"));
                    if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        ui.close();
                    }
                });
            });
        ui.menu_button(tr!("menu-view"), |ui| {
            for view in View::ALL {
                action_button(ui, Action::ShowView(view), has_doc, queue);
            }
            ui.separator();
            for choice in [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark] {
                let Some(info) = info_of(Action::SetTheme(choice)) else {
                    continue;
                };
                if ui
                    .radio(prefs.theme == choice, info.label())
                    .on_hover_text(info.tooltip())
                    .clicked()
                {
                    queue.send(Command::Action(info.action));
                    ui.close();
                }
            }
            ui.separator();
            // Each language named in itself, so that anyone finds their own.
            ui.menu_button(tr!("menu-language"), |ui| {
                for lang in Lang::ALL {
                    if ui
                        .radio(crate::i18n::language() == lang, lang.native_name())
                        .clicked()
                    {
                        prefs.language = Some(lang);
                        crate::i18n::set_language(lang);
                        ui.close();
                    }
                }
            });
            ui.separator();
            action_button(ui, Action::ZoomIn, true, queue);
            action_button(ui, Action::ZoomOut, true, queue);
            action_button(ui, Action::ZoomReset, true, queue);
        });
        ui.menu_button(tr!("menu-help"), |ui| {
            action_button(ui, Action::Shortcuts, true, queue);
            action_button(ui, Action::About, true, queue);
        });
    });
}

/// Project counts and the last message.
pub fn status_bar(ui: &mut Ui, doc: Option<&Document>, status: &str, busy: bool) {
    ui.horizontal(|ui| {
        if let Some(doc) = doc {
            let p = &doc.project;
            ui.label(format!(
                "{} · {} · {} · {}",
                counted!("count-principles", p.principles.len()),
                counted!("count-sessions", p.sessions.len()),
                counted!("count-stakeholders", p.stakeholders.len()),
                counted!("count-statements", p.statements.len())
            ));
            if doc.is_dirty() {
                ui.separator();
                ui.label(tr!("status-not-saved"));
            }
        }
        if busy {
            // Words, not a spinner: a spinner repaints on every frame, which under a software
            // renderer takes a core from the file work it waits for (the window repaints four
            // times a second meanwhile anyway).
            ui.separator();
            ui.label(RichText::new(tr!("status-working")).weak());
        }
        if !status.is_empty() {
            ui.separator();
            let line = ui.label(status);
            super::a11y::announce_changes(&line);
        }
    });
}

fn date_range(session: &crate::model::Session) -> String {
    match session.end {
        Some(end) if end != session.start => format!(
            "{} – {}",
            crate::i18n::date(crate::i18n::language(), session.start),
            crate::i18n::date(crate::i18n::language(), end)
        ),
        _ => crate::i18n::date(crate::i18n::language(), session.start),
    }
}

/// The views, then the sessions in order.
pub fn navigator(ui: &mut Ui, ctx: &ViewCtx<'_>, shown: View) {
    let project = ctx.project();
    ui.heading(tr!("nav-views"));
    for v in View::ALL {
        if ui.selectable_label(shown == v, v.label()).clicked() {
            ctx.send(Command::Action(Action::ShowView(v)));
        }
    }
    ui.separator();
    ui.heading(tr!("nav-sessions"));
    egui::ScrollArea::vertical().show(ui, |ui| {
        for k in project.session_order() {
            let session = &project.sessions[k];
            ui.label(RichText::new(&session.name).strong());
            ui.label(RichText::new(date_range(session)).small());
        }
    });
}

/// What the overview computes once per revision of the document, not every frame: the
/// statements per session and the ten latest logged (a sort of every statement).
#[derive(Default)]
pub struct OverviewState {
    /// The document and revision the figures are of.
    key: Option<(u64, u64)>,
    per_session: std::collections::HashMap<String, usize>,
    latest: Vec<usize>,
}

impl OverviewState {
    fn refresh(&mut self, doc: &Document) {
        let key = (doc.id(), doc.revision());
        if self.key == Some(key) {
            return;
        }
        let project = &doc.project;
        self.per_session.clear();
        for statement in &project.statements {
            // A key is allocated once per session, not once per statement.
            if let Some(count) = self.per_session.get_mut(statement.session.as_str()) {
                *count += 1;
            } else {
                self.per_session.insert(statement.session.clone(), 1);
            }
        }
        let mut latest: Vec<usize> = (0..project.statements.len()).collect();
        let newest_first = |a: &usize, b: &usize| {
            let (a, b) = (&project.statements[*a], &project.statements[*b]);
            b.recorded_at
                .cmp(&a.recorded_at)
                .then_with(|| b.id.cmp(&a.id))
        };
        if latest.len() > LATEST {
            latest.select_nth_unstable_by(LATEST - 1, newest_first);
            latest.truncate(LATEST);
        }
        latest.sort_by(newest_first);
        self.latest = latest;
        self.key = Some(key);
    }
}

/// How many of the latest statements the overview lists.
const LATEST: usize = 10;

/// The overview: the project's fields, its timeline and the latest statements.
pub fn overview_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, state: &mut OverviewState) {
    state.refresh(ctx.doc);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| overview(ui, ctx.project(), state, ctx.commands));
}

fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    multiline: bool,
    make: fn(String) -> Edit,
    edits: &CommandSender,
) {
    let label = ui.label(label);
    let mut text = value.to_owned();
    let response = if multiline {
        // A long description scrolls inside its box rather than pushing the page down.
        egui::ScrollArea::vertical()
            .id_salt(label.id)
            .max_height(90.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut text)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
            })
            .inner
    } else {
        ui.add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
    };
    let response = response.labelled_by(label.id);
    if response.changed() {
        edits.edit(make(text));
    }
    ui.end_row();
}

fn overview(ui: &mut Ui, project: &Project, state: &OverviewState, edits: &CommandSender) {
    ui.heading(tr!("view-overview"));
    egui::Grid::new("project-fields")
        .num_columns(2)
        .striped(false)
        .show(ui, |ui| {
            text_field(
                ui,
                &tr!("overview-title"),
                &project.title,
                false,
                Edit::Title,
                edits,
            );
            text_field(
                ui,
                &tr!("overview-treaty"),
                &project.treaty.name,
                false,
                Edit::TreatyName,
                edits,
            );
            text_field(
                ui,
                &tr!("overview-short-name"),
                project.treaty.short_name.as_deref().unwrap_or(""),
                false,
                Edit::TreatyShortName,
                edits,
            );
            text_field(
                ui,
                &tr!("overview-description"),
                project.treaty.description.as_deref().unwrap_or(""),
                true,
                Edit::TreatyDescription,
                edits,
            );
            text_field(
                ui,
                &tr!("overview-framework"),
                &project.framework.name,
                false,
                Edit::FrameworkName,
                edits,
            );
            text_field(
                ui,
                &tr!("overview-framework-source"),
                project.framework.source.as_deref().unwrap_or(""),
                false,
                Edit::FrameworkSource,
                edits,
            );
        });
    ui.add_space(8.0);
    super::method_ui::method_editor(ui, project.method, edits);
    ui.add_space(8.0);
    let blocs = project
        .stakeholders
        .iter()
        .filter(|s| !s.members.is_empty())
        .count();
    ui.label(format!(
        "{}, {}, {} ({}), {}",
        counted!("count-principles", project.principles.len()),
        counted!("count-sessions", project.sessions.len()),
        counted!("count-stakeholders", project.stakeholders.len()),
        counted!("count-blocs", blocs),
        counted!("count-statements", project.statements.len())
    ));
    ui.add_space(8.0);
    ui.heading(tr!("overview-timeline"));
    egui::Grid::new("timeline")
        .num_columns(5)
        .striped(true)
        .show(ui, |ui| {
            for header in [
                tr!("column-session"),
                tr!("column-dates"),
                tr!("column-where"),
                tr!("column-draft"),
                tr!("column-statements"),
            ] {
                ui.label(RichText::new(header).strong());
            }
            ui.end_row();
            for k in project.session_order() {
                let s = &project.sessions[k];
                ui.label(format!("{} ({})", s.name, s.id));
                ui.label(date_range(s));
                ui.label(s.location.as_deref().unwrap_or("—"));
                ui.label(s.draft.as_deref().unwrap_or("—"));
                ui.label(
                    state
                        .per_session
                        .get(s.id.as_str())
                        .copied()
                        .unwrap_or(0)
                        .to_string(),
                );
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.heading(tr!("overview-latest"));
    egui::Grid::new("latest")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            for header in [
                tr!("column-logged"),
                tr!("column-who"),
                tr!("column-session"),
                tr!("column-summary"),
            ] {
                ui.label(RichText::new(header).strong());
            }
            ui.end_row();
            for statement in state
                .latest
                .iter()
                .filter_map(|&i| project.statements.get(i))
            {
                ui.label(statement.recorded_at.format("%Y-%m-%d %H:%M").to_string());
                let who = project
                    .stakeholder(&statement.stakeholder)
                    .map_or(statement.stakeholder.as_str(), |s| s.name.as_str());
                ui.label(who);
                ui.label(&statement.session);
                ui.label(crate::text::clip(
                    &statement.summary,
                    crate::text::ROW_BYTES,
                ));
                ui.end_row();
            }
        });
}

/// What the window shows with no project open.
/// What an open in flight has got to: the file, the step, and a bar that fills as the
/// statements are read (a large file takes seconds).
pub fn opening(ui: &mut Ui, path: &std::path::Path, progress: &crate::store::LoadProgress) {
    use crate::store::LoadPhase;
    // No spinner: it repaints on every frame, and under a software renderer that takes a core
    // from the threads reading the file. The bar is repainted four times a second.
    ui.label(tr!("dialog-opening", path = path.display().to_string()));
    let (phase, done, total) = progress.get();
    let lang = crate::i18n::language();
    let step = match phase {
        LoadPhase::Reading => tr!("opening-reading"),
        LoadPhase::Parsing => tr!(
            "opening-parsing",
            done = crate::i18n::integer(lang, done),
            total = crate::i18n::integer(lang, total)
        ),
        LoadPhase::Checking => tr!("opening-checking"),
        LoadPhase::Preparing => tr!("opening-preparing"),
    };
    // Each phase's share of a large file's opening, measured at 1,000,000 statements: the
    // bar moves through reading, parsing and checking in about those proportions.
    let (start, width) = match phase {
        LoadPhase::Reading => (0.0, 0.05),
        LoadPhase::Parsing => (0.05, 0.75),
        LoadPhase::Checking => (0.80, 0.10),
        LoadPhase::Preparing => (0.90, 0.10),
    };
    let within = progress.fraction().unwrap_or(0.0);
    ui.add(
        egui::ProgressBar::new(start + width * within)
            .desired_width(360.0)
            .text(step),
    );
    // The bar moves between the reading thread's repaints.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(250));
}

pub fn start_screen(ui: &mut Ui, prefs: &Preferences, queue: &CommandSender) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(tr!("start-no-project"));
        ui.add_space(12.0);
        for action in [Action::NewBlank, Action::NewFromTemplate, Action::Open] {
            action_button(ui, action, true, queue);
        }
        if !prefs.recent_files.is_empty() {
            ui.add_space(12.0);
            ui.label(RichText::new(tr!("start-recent")).strong());
            for path in &prefs.recent_files {
                if ui.link(path.display().to_string()).clicked() {
                    queue.send(Command::Open(path.clone()));
                }
            }
        }
    });
}

/// The menu an action is in (its message id), for the shortcuts window's sections.
fn menu_of(action: Action) -> &'static str {
    match action {
        Action::Undo | Action::Redo | Action::QuickEntry => "menu-edit",
        Action::ShowView(_)
        | Action::SetTheme(_)
        | Action::ZoomIn
        | Action::ZoomOut
        | Action::ZoomReset => "menu-view",
        Action::Shortcuts | Action::About => "menu-help",
        _ => "menu-file",
    }
}

/// Every shortcut, from the action table, by menu in the menus' order (File, Edit, View,
/// Help), then the keys that act inside one place.
pub fn shortcuts_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new(tr!("action-shortcuts"))
        .open(open)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for menu in ["menu-file", "menu-edit", "menu-view", "menu-help"] {
                        ui.label(RichText::new(crate::i18n::text(menu)).strong());
                        ui.end_row();
                        for entry in ACTIONS.iter().filter(|e| menu_of(e.action) == menu) {
                            let keys: Vec<String> = [entry.shortcut, entry.alternative]
                                .into_iter()
                                .flatten()
                                .map(|s| ctx.format_shortcut(&s))
                                .collect();
                            if keys.is_empty() {
                                continue;
                            }
                            ui.label(entry.label());
                            ui.label(keys.join(&tr!("shortcuts-or")));
                            ui.end_row();
                        }
                    }
                    ui.label(RichText::new(tr!("shortcuts-in-place")).strong());
                    ui.end_row();
                    // Keys that act inside one view rather than from the menus.
                    for (what, keys) in [
                        (tr!("shortcuts-complete"), "Tab"),
                        (tr!("shortcuts-log-line"), "Enter"),
                        (tr!("shortcuts-entry-session"), "Alt+Up / Alt+Down"),
                        (tr!("shortcuts-log-rows"), "Up / Down"),
                        (
                            tr!("shortcuts-matrix-rows"),
                            "Page Up / Page Down, Ctrl+Home / Ctrl+End",
                        ),
                        (tr!("shortcuts-view-session"), "Alt+Left / Alt+Right"),
                    ] {
                        ui.label(what);
                        ui.label(keys);
                        ui.end_row();
                    }
                });
        });
}

/// Version and licence.
pub fn about_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new(tr!("action-about"))
        .open(open)
        .resizable(false)
        .show(ctx, |ui| {
            ui.label(format!("Treaty Tracker {}", env!("CARGO_PKG_VERSION")));
            ui.label(tr!("about-what"));
            ui.label(tr!("about-privacy"));
            ui.label(tr!("about-licence", licence = env!("CARGO_PKG_LICENSE")));
        });
}
