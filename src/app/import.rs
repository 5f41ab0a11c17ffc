//! The import window: a spreadsheet read on a thread, then its mapping step. Each column with
//! what it holds (guessed from its header), every distinct stance value with its count and
//! stance, the stakeholders and sessions that match nothing, and a preview of what comes in
//! with every problem by row and column. Nothing changes until Import, which is one undo step.
//! The mapping can be saved beside the spreadsheet and is read back the next time.

use super::a11y::name_with_value;
use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::command::Command;
use super::files::{SpreadsheetRead, mapping_path_for};
use super::problem_words;
use super::view_ctx::ViewCtx;
use crate::i18n::{Localized as _, language};
use crate::import::{self, Field, Mapping, Plan, StakeholderChoice, Workbook};
use crate::model::{Confidence, Project, StakeholderKind, Stance};
use crate::roster::un_roster;
use crate::{counted, tr};

/// How many problems and statements the preview lists (the counts say how many in all).
const PREVIEW_ROWS: usize = 12;
const PROBLEM_ROWS: usize = 200;

/// The import window's state.
pub struct ImportWindow {
    /// Open? Cancel and Import close it.
    pub open: bool,
    path: PathBuf,
    workbook: Workbook,
    mapping: Mapping,
    mapping_path: String,
    /// What happened to the mapping file (read, not found, refused).
    mapping_note: Option<String>,
    skip_bad_rows: bool,
    plan: Option<Plan>,
    /// The document revision and mapping the plan was made for.
    planned_for: Option<(u64, Mapping)>,
}

impl ImportWindow {
    /// The window on a spreadsheet just read, with the mapping found beside it, if any.
    pub fn new(_project: &Project, path: PathBuf, read: SpreadsheetRead) -> Self {
        let (mapping, mapping_note) = match read.mapping {
            Some((file, Ok(mapping))) => (
                mapping,
                Some(tr!(
                    "import-mapping-read",
                    path = file.display().to_string()
                )),
            ),
            Some((file, Err(e))) => (
                Mapping::default(),
                Some(tr!(
                    "import-mapping-unreadable",
                    path = file.display().to_string(),
                    problem = e
                )),
            ),
            None => (Mapping::default(), None),
        };
        ImportWindow {
            open: true,
            mapping_path: mapping_path_for(&path).display().to_string(),
            path,
            workbook: read.workbook,
            mapping,
            mapping_note,
            skip_bad_rows: false,
            plan: None,
            planned_for: None,
        }
    }

    /// The status line once the spreadsheet is read.
    pub fn status_line(&self) -> String {
        tr!("import-read-status", path = self.path.display().to_string())
    }

    /// A mapping file read by Load mapping: applied, or why not (for the status line).
    pub fn mapping_read(&mut self, path: &Path, result: Result<Mapping, String>) -> String {
        match result {
            Ok(mapping) => {
                self.mapping = mapping;
                let note = tr!("import-mapping-read", path = path.display().to_string());
                self.mapping_note = Some(note.clone());
                note
            }
            Err(e) => {
                let note = tr!(
                    "import-mapping-cannot-read",
                    path = path.display().to_string(),
                    problem = e
                );
                self.mapping_note = Some(note.clone());
                note
            }
        }
    }

    fn sheet_index(&self) -> usize {
        self.workbook
            .sheet(self.mapping.sheet.as_deref())
            .and_then(|s| self.workbook.sheets.iter().position(|x| x.name == s.name))
            .unwrap_or(0)
    }

    /// The plan for the current mapping, made again when the mapping or the project changed.
    fn refresh(&mut self, ctx: &ViewCtx<'_>) {
        let revision = ctx.doc.revision();
        let current = self
            .planned_for
            .as_ref()
            .is_some_and(|(r, m)| *r == revision && *m == self.mapping);
        if current {
            return;
        }
        let stamp = import::Stamp {
            now: ctx.now,
            by: ctx.prefs.user_name.clone(),
        };
        let index = self.sheet_index();
        self.plan = self
            .workbook
            .sheets
            .get(index)
            .map(|sheet| import::plan(ctx.project(), sheet, &self.mapping, &stamp));
        self.planned_for = Some((revision, self.mapping.clone()));
    }

    /// Shows the window.
    pub fn show(&mut self, egui_ctx: &egui::Context, ctx: &ViewCtx<'_>) {
        self.refresh(ctx);
        let mut open = self.open;
        let title = tr!(
            "import-title",
            file = self
                .path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        );
        egui::Window::new(title)
            .open(&mut open)
            .default_size([960.0, 680.0])
            .resizable(true)
            .show(egui_ctx, |ui| self.contents(ui, ctx));
        self.open &= open;
    }

    fn contents(&mut self, ui: &mut Ui, ctx: &ViewCtx<'_>) {
        for note in &self.workbook.notes {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                problem_words::workbook_note(language(), *note),
            );
        }
        if let Some(note) = &self.mapping_note {
            ui.label(note);
        }
        self.sheet_picker(ui);
        egui::ScrollArea::vertical()
            .id_salt("import-scroll")
            .max_height(ui.available_height() - 110.0)
            .show(ui, |ui| {
                egui::CollapsingHeader::new(RichText::new(tr!("import-section-columns")).strong())
                    .default_open(true)
                    .show(ui, |ui| self.columns_ui(ui, ctx.project()));
                egui::CollapsingHeader::new(RichText::new(tr!("import-section-stances")).strong())
                    .default_open(true)
                    .show(ui, |ui| self.stances_ui(ui));
                egui::CollapsingHeader::new(RichText::new(tr!("import-section-unknowns")).strong())
                    .default_open(true)
                    .show(ui, |ui| self.unknowns_ui(ui, ctx.project()));
                egui::CollapsingHeader::new(RichText::new(tr!("import-section-defaults")).strong())
                    .default_open(false)
                    .show(ui, |ui| self.defaults_ui(ui, ctx.project()));
                egui::CollapsingHeader::new(RichText::new(tr!("import-section-preview")).strong())
                    .default_open(true)
                    .show(ui, |ui| self.preview_ui(ui, ctx.project()));
            });
        ui.separator();
        if let Some(plan) = &self.plan {
            let color = if plan.problems.is_empty() {
                ui.visuals().text_color()
            } else {
                ui.visuals().warn_fg_color
            };
            ui.colored_label(
                color,
                RichText::new(problem_words::plan_summary(language(), plan)).strong(),
            );
        }
        self.buttons(ui, ctx);
    }

    fn sheet_picker(&mut self, ui: &mut Ui) {
        if self.workbook.sheets.len() < 2 {
            return;
        }
        let current = self.sheet_index();
        ui.horizontal(|ui| {
            ui.label(tr!("import-sheet-label"));
            let combo = egui::ComboBox::from_id_salt("import-sheet")
                .selected_text(&self.workbook.sheets[current].name)
                .show_ui(ui, |ui| {
                    for (i, sheet) in self.workbook.sheets.iter().enumerate() {
                        if ui.selectable_label(i == current, &sheet.name).clicked() {
                            self.mapping.sheet = Some(sheet.name.clone());
                        }
                    }
                });
            name_with_value(
                &combo.response,
                &tr!("import-sheet"),
                &self.workbook.sheets[current].name,
            );
        });
    }

    fn columns_ui(&mut self, ui: &mut Ui, project: &Project) {
        let Some(sheet) = self.workbook.sheets.get(self.sheet_index()) else {
            return;
        };
        let headers = sheet.headers();
        let fields = self.mapping.fields(&headers, project);
        let samples: Vec<String> = (0..headers.len())
            .map(|c| {
                sheet
                    .data_rows()
                    .filter_map(|(_, row)| row.get(c).map(import::Value::text))
                    .filter(|t| !t.is_empty())
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .collect();
        ui.label(tr!("import-columns-intro"));
        let mut choices: Vec<Field> = Field::FIXED.to_vec();
        choices.extend(
            project
                .principles
                .iter()
                .map(|p| Field::PrincipleStance(p.id.clone())),
        );
        let label_of = |f: &Field| match f {
            Field::PrincipleStance(id) => project.principle(id).map_or_else(
                || problem_words::field_label(language(), f),
                |p| {
                    tr!(
                        "import-stance-on",
                        id = id.as_str(),
                        title = p.title.as_str()
                    )
                },
            ),
            other => problem_words::field_label(language(), other),
        };
        egui::Grid::new("import-columns")
            .num_columns(4)
            .striped(true)
            .show(ui, |ui| {
                ui.label(RichText::new(tr!("import-column")).strong());
                ui.label(RichText::new(tr!("import-header")).strong());
                ui.label(RichText::new(tr!("import-first-values")).strong());
                ui.label(RichText::new(tr!("import-holds")).strong());
                ui.end_row();
                for (c, header) in headers.iter().enumerate() {
                    ui.label(import::column_letters(c));
                    ui.scope(|ui| {
                        ui.set_max_width(240.0);
                        ui.add(
                            egui::Label::new(if header.is_empty() {
                                tr!("import-no-header")
                            } else {
                                header.clone()
                            })
                            .truncate(),
                        );
                    });
                    ui.scope(|ui| {
                        ui.set_min_width(260.0);
                        ui.set_max_width(260.0);
                        ui.add(egui::Label::new(crate::text::shorten(&samples[c], 60)).truncate());
                    });
                    let current = fields.get(c).cloned().unwrap_or(Field::Ignore);
                    if header.is_empty() {
                        ui.label(tr!("import-ignored-no-header"));
                    } else {
                        let mut chosen: Option<Field> = None;
                        let combo = egui::ComboBox::from_id_salt(("import-column", c))
                            .width(280.0)
                            .selected_text(label_of(&current))
                            .show_ui(ui, |ui| {
                                for f in &choices {
                                    if ui.selectable_label(*f == current, label_of(f)).clicked() {
                                        chosen = Some(f.clone());
                                    }
                                }
                            });
                        name_with_value(
                            &combo.response,
                            &tr!(
                                "import-column-holds",
                                column = import::column_letters(c),
                                header = header.as_str()
                            ),
                            &label_of(&current),
                        );
                        if let Some(f) = chosen {
                            self.mapping.columns.insert(header.clone(), f);
                        }
                    }
                    ui.end_row();
                }
            });
    }

    fn stances_ui(&mut self, ui: &mut Ui) {
        let Some(plan) = &self.plan else { return };
        if plan.stance_values.is_empty() {
            ui.label(tr!("import-no-stance-column"));
            return;
        }
        ui.label(tr!("import-stances-intro"));
        let mut changes: Vec<(String, Option<Stance>)> = Vec::new();
        egui::Grid::new("import-stances")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for value in &plan.stance_values {
                    ui.label(tr!("import-quoted", text = value.text.as_str()));
                    ui.label(counted!("import-count-cells", value.count));
                    let shown = match value.target {
                        None => tr!("import-not-a-stance"),
                        Some(None) => tr!("import-no-position"),
                        Some(Some(s)) => format!("{} {}", s.symbol(), s.words()),
                    };
                    let combo = egui::ComboBox::from_id_salt(("import-stance", &value.text))
                        .width(220.0)
                        .selected_text(&shown)
                        .show_ui(ui, |ui| {
                            for s in Stance::ALL {
                                if ui
                                    .selectable_label(
                                        value.target == Some(Some(s)),
                                        format!("{} {}", s.symbol(), s.words()),
                                    )
                                    .clicked()
                                {
                                    changes.push((value.text.clone(), Some(s)));
                                }
                            }
                            if ui
                                .selectable_label(
                                    value.target == Some(None),
                                    tr!("import-no-position"),
                                )
                                .clicked()
                            {
                                changes.push((value.text.clone(), None));
                            }
                        });
                    name_with_value(
                        &combo.response,
                        &tr!("import-stance-for", text = value.text.as_str()),
                        &shown,
                    );
                    ui.end_row();
                }
            });
        for (text, stance) in changes {
            self.mapping.stances.insert(text, stance);
        }
    }

    fn unknowns_ui(&mut self, ui: &mut Ui, project: &Project) {
        let Some(plan) = &self.plan else { return };
        if plan.unknown_stakeholders.is_empty() && plan.unknown_sessions.is_empty() {
            ui.label(tr!("import-all-known"));
            return;
        }
        let mut stakeholder_changes: Vec<(String, StakeholderChoice)> = Vec::new();
        if !plan.unknown_stakeholders.is_empty() {
            ui.horizontal(|ui| {
                ui.label(counted!(
                    "import-unknown-stakeholders",
                    plan.unknown_stakeholders.len()
                ));
                if ui
                    .button(tr!("import-create-all"))
                    .on_hover_text(tr!("import-create-all-tip"))
                    .clicked()
                {
                    self.mapping.create_unknown_stakeholders = true;
                }
            });
            egui::Grid::new("import-stakeholders")
                .num_columns(4)
                .striped(true)
                .show(ui, |ui| {
                    for value in &plan.unknown_stakeholders {
                        ui.label(tr!("import-quoted", text = value.text.as_str()));
                        ui.label(counted!("import-count-rows", value.count));
                        let roster = value.target.as_deref().and_then(|c| un_roster().by_code(c));
                        ui.label(roster.map_or_else(
                            || tr!("import-not-un-state"),
                            |e| {
                                tr!(
                                    "import-un-state",
                                    code = e.iso3.as_str(),
                                    name = e.name_en.as_str()
                                )
                            },
                        ));
                        let combo = egui::ComboBox::from_id_salt(("import-who", &value.text))
                            .width(320.0)
                            .selected_text(tr!("import-who-choose"))
                            .show_ui(ui, |ui| {
                                if let Some(entry) = roster
                                    && ui
                                        .selectable_label(
                                            false,
                                            tr!(
                                                "import-create-roster",
                                                name = entry.name_en.as_str(),
                                                code = entry.iso3.as_str()
                                            ),
                                        )
                                        .clicked()
                                {
                                    stakeholder_changes.push((
                                        value.text.clone(),
                                        StakeholderChoice::Create {
                                            id: entry.iso3.clone(),
                                            name: entry.name_en.clone(),
                                            kind: StakeholderKind::State,
                                        },
                                    ));
                                }
                                for kind in StakeholderKind::ALL {
                                    if ui
                                        .selectable_label(
                                            false,
                                            tr!(
                                                "import-create-as",
                                                text = value.text.as_str(),
                                                kind = kind.words()
                                            ),
                                        )
                                        .clicked()
                                    {
                                        let id = import::new_id(
                                            &value.text,
                                            project,
                                            &std::collections::BTreeMap::new(),
                                        );
                                        stakeholder_changes.push((
                                            value.text.clone(),
                                            StakeholderChoice::Create {
                                                id,
                                                name: value.text.clone(),
                                                kind,
                                            },
                                        ));
                                    }
                                }
                                if ui
                                    .selectable_label(false, tr!("import-skip-rows"))
                                    .clicked()
                                {
                                    stakeholder_changes
                                        .push((value.text.clone(), StakeholderChoice::Skip));
                                }
                                ui.separator();
                                for s in &project.stakeholders {
                                    if ui
                                        .selectable_label(
                                            false,
                                            tr!(
                                                "import-same-as",
                                                name = s.name.as_str(),
                                                id = s.id.as_str()
                                            ),
                                        )
                                        .clicked()
                                    {
                                        stakeholder_changes.push((
                                            value.text.clone(),
                                            StakeholderChoice::Existing(s.id.clone()),
                                        ));
                                    }
                                }
                            });
                        name_with_value(
                            &combo.response,
                            &tr!("import-who-is", text = value.text.as_str()),
                            &tr!("import-who-value"),
                        );
                        ui.end_row();
                    }
                });
        }
        for (text, choice) in stakeholder_changes {
            self.mapping.stakeholders.insert(text, choice);
        }
        let mut session_changes: Vec<(String, String)> = Vec::new();
        if !plan.unknown_sessions.is_empty() {
            ui.label(tr!("import-unknown-sessions"));
            egui::Grid::new("import-sessions")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for value in &plan.unknown_sessions {
                        ui.label(tr!("import-quoted", text = value.text.as_str()));
                        ui.label(counted!("import-count-rows", value.count));
                        let combo = egui::ComboBox::from_id_salt(("import-session", &value.text))
                            .width(320.0)
                            .selected_text(tr!("import-choose-session"))
                            .show_ui(ui, |ui| {
                                for s in &project.sessions {
                                    if ui
                                        .selectable_label(
                                            false,
                                            tr!(
                                                "import-session-choice",
                                                id = s.id.as_str(),
                                                name = s.name.as_str()
                                            ),
                                        )
                                        .clicked()
                                    {
                                        session_changes.push((value.text.clone(), s.id.clone()));
                                    }
                                }
                            });
                        name_with_value(
                            &combo.response,
                            &tr!("import-session-for", text = value.text.as_str()),
                            &tr!("import-none-chosen"),
                        );
                        ui.end_row();
                    }
                });
        }
        for (text, id) in session_changes {
            self.mapping.sessions.insert(text, id);
        }
    }

    fn defaults_ui(&mut self, ui: &mut Ui, project: &Project) {
        egui::Grid::new("import-defaults")
            .num_columns(2)
            .show(ui, |ui| {
                ui.label(tr!("import-default-session-label"));
                let shown = self
                    .mapping
                    .default_session
                    .clone()
                    .unwrap_or_else(|| tr!("import-default-session-none"));
                let combo = egui::ComboBox::from_id_salt("import-default-session")
                    .selected_text(&shown)
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(
                                self.mapping.default_session.is_none(),
                                tr!("import-default-session-none"),
                            )
                            .clicked()
                        {
                            self.mapping.default_session = None;
                        }
                        for s in &project.sessions {
                            let on = self.mapping.default_session.as_deref() == Some(s.id.as_str());
                            if ui
                                .selectable_label(
                                    on,
                                    tr!(
                                        "import-session-choice",
                                        id = s.id.as_str(),
                                        name = s.name.as_str()
                                    ),
                                )
                                .clicked()
                            {
                                self.mapping.default_session = Some(s.id.clone());
                            }
                        }
                    });
                name_with_value(&combo.response, &tr!("import-default-session"), &shown);
                ui.end_row();
                ui.label(tr!("import-default-confidence-label"));
                let current = self
                    .mapping
                    .default_confidence
                    .unwrap_or(Confidence::Medium);
                let combo = egui::ComboBox::from_id_salt("import-default-confidence")
                    .selected_text(current.words())
                    .show_ui(ui, |ui| {
                        for c in Confidence::ALL {
                            if ui.selectable_label(c == current, c.words()).clicked() {
                                self.mapping.default_confidence = Some(c);
                            }
                        }
                    });
                name_with_value(
                    &combo.response,
                    &tr!("import-default-confidence"),
                    &current.words(),
                );
                ui.end_row();
            });
    }

    fn preview_ui(&self, ui: &mut Ui, project: &Project) {
        let Some(plan) = &self.plan else { return };
        ui.label(RichText::new(problem_words::plan_summary(language(), plan)).strong());
        if !plan.problems.is_empty() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                counted!("import-problems", plan.problems.len()),
            );
            egui::ScrollArea::vertical()
                .id_salt("import-problems")
                .max_height(160.0)
                .show(ui, |ui| {
                    for p in plan.problems.iter().take(PROBLEM_ROWS) {
                        let place = match p.column {
                            Some(c) => tr!(
                                "import-place-cell",
                                row = p.row,
                                column = import::column_letters(c)
                            ),
                            None => tr!("import-place-row", row = p.row),
                        };
                        ui.label(tr!(
                            "import-problem-line",
                            place = place,
                            problem = problem_words::import_problem(language(), &p.kind)
                        ));
                    }
                    if plan.problems.len() > PROBLEM_ROWS {
                        let more: usize = plan.problems.len() - PROBLEM_ROWS;
                        ui.label(tr!("import-more-problems", n = more));
                    }
                });
        }
        for (row, why) in plan.left_out.iter().take(5) {
            let (row, why): (usize, String) = (*row, problem_words::left_out(language(), why));
            ui.label(tr!("import-left-out", row = row, why = why));
        }
        if plan.left_out.len() > 5 {
            let more: usize = plan.left_out.len() - 5;
            ui.label(tr!("import-more-left-out", n = more));
        }
        if plan.statements.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.label(tr!(
            "import-preview-first",
            first = plan.statements.len().min(PREVIEW_ROWS),
            n = plan.statements.len(),
            shown = crate::i18n::integer(crate::i18n::language(), plan.statements.len())
        ));
        egui::Grid::new("import-preview")
            .num_columns(5)
            .striped(true)
            .show(ui, |ui| {
                for h in [
                    tr!("import-col-row"),
                    tr!("import-col-stakeholder"),
                    tr!("column-session"),
                    tr!("import-col-stances"),
                    tr!("column-summary"),
                ] {
                    ui.label(RichText::new(h).strong());
                }
                ui.end_row();
                for (row, s) in plan.statements.iter().take(PREVIEW_ROWS) {
                    ui.label(row.to_string());
                    let new = plan.new_stakeholders.iter().any(|n| n.id == s.stakeholder);
                    let name = project
                        .stakeholder(&s.stakeholder)
                        .or_else(|| plan.new_stakeholders.iter().find(|n| n.id == s.stakeholder))
                        .map_or(s.stakeholder.as_str(), |x| x.name.as_str());
                    ui.label(if new {
                        tr!("import-new-stakeholder", name = name)
                    } else {
                        name.to_owned()
                    });
                    ui.label(match s.date {
                        Some(d) => format!("{} · {d}", s.session),
                        None => s.session.clone(),
                    });
                    let stances: Vec<String> = s
                        .stances
                        .iter()
                        .map(|(p, st)| format!("{p} {}", st.symbol()))
                        .collect();
                    ui.label(stances.join("  "));
                    ui.add(egui::Label::new(crate::text::shorten(&s.summary, 70)).truncate());
                    ui.end_row();
                }
            });
    }

    fn buttons(&mut self, ui: &mut Ui, ctx: &ViewCtx<'_>) {
        let Some(plan) = &self.plan else { return };
        ui.horizontal(|ui| {
            ui.label(tr!("import-mapping-file"));
            ui.add(
                egui::TextEdit::singleline(&mut self.mapping_path)
                    .desired_width(420.0)
                    .hint_text(tr!("import-mapping-file-hint")),
            );
            if ui
                .button(tr!("import-save-mapping"))
                .on_hover_text(tr!("import-save-mapping-tip"))
                .clicked()
            {
                ctx.send(Command::WriteMapping {
                    path: PathBuf::from(self.mapping_path.trim()),
                    text: self.mapping.to_ron(),
                });
            }
            if ui.button(tr!("import-load-mapping")).clicked() {
                ctx.send(Command::ReadMapping(PathBuf::from(
                    self.mapping_path.trim(),
                )));
            }
        });
        ui.horizontal(|ui| {
            let can = plan.can_apply(self.skip_bad_rows);
            let label = if plan.bad_rows.is_empty() || !self.skip_bad_rows {
                tr!(
                    "import-button",
                    statements = counted!("count-statements", plan.statements.len())
                )
            } else {
                tr!(
                    "import-button-skipping",
                    statements = counted!("count-statements", plan.statements.len()),
                    bad = counted!("import-count-bad-rows", plan.bad_rows.len())
                )
            };
            let import = ui.add_enabled(can, egui::Button::new(RichText::new(label).strong()));
            if import.clicked() {
                let edit = plan.edit(ctx.project());
                ctx.edit(edit);
                ctx.send(Command::Status(tr!(
                    "import-done",
                    path = self.path.display().to_string(),
                    summary = problem_words::plan_summary(language(), plan)
                )));
                self.open = false;
            }
            if !plan.bad_rows.is_empty() {
                ui.checkbox(
                    &mut self.skip_bad_rows,
                    counted!("import-skip-bad-rows", plan.bad_rows.len()),
                );
            }
            if ui.button(tr!("import-cancel")).clicked() {
                self.open = false;
            }
        });
    }
}
