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
use super::view_ctx::ViewCtx;
use crate::import::{self, Field, Mapping, Plan, StakeholderChoice, Workbook};
use crate::model::{Confidence, Project, StakeholderKind, Stance};
use crate::roster::un_roster;

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
                Some(format!("Mapping read from {}.", file.display())),
            ),
            Some((file, Err(e))) => (
                Mapping::default(),
                Some(format!(
                    "The mapping file {} cannot be read ({e}); the columns are guessed instead.",
                    file.display()
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
        format!(
            "Read {}: map its columns in the import window; nothing changes until Import.",
            self.path.display()
        )
    }

    /// A mapping file read by Load mapping: applied, or why not (for the status line).
    pub fn mapping_read(&mut self, path: &Path, result: Result<Mapping, String>) -> String {
        match result {
            Ok(mapping) => {
                self.mapping = mapping;
                let note = format!("Mapping read from {}.", path.display());
                self.mapping_note = Some(note.clone());
                note
            }
            Err(e) => {
                let note = format!("Cannot read the mapping {}: {e}", path.display());
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
        let title = format!(
            "Import statements from {}",
            self.path
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
            ui.colored_label(ui.visuals().warn_fg_color, note);
        }
        if let Some(note) = &self.mapping_note {
            ui.label(note);
        }
        self.sheet_picker(ui);
        egui::ScrollArea::vertical()
            .id_salt("import-scroll")
            .max_height(ui.available_height() - 110.0)
            .show(ui, |ui| {
                egui::CollapsingHeader::new(RichText::new("1. Columns").strong())
                    .default_open(true)
                    .show(ui, |ui| self.columns_ui(ui, ctx.project()));
                egui::CollapsingHeader::new(RichText::new("2. Stance values").strong())
                    .default_open(true)
                    .show(ui, |ui| self.stances_ui(ui));
                egui::CollapsingHeader::new(
                    RichText::new("3. Stakeholders and sessions not in the project").strong(),
                )
                .default_open(true)
                .show(ui, |ui| self.unknowns_ui(ui, ctx.project()));
                egui::CollapsingHeader::new(RichText::new("4. Defaults").strong())
                    .default_open(false)
                    .show(ui, |ui| self.defaults_ui(ui, ctx.project()));
                egui::CollapsingHeader::new(RichText::new("5. Preview").strong())
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
            ui.colored_label(color, RichText::new(plan.summary()).strong());
        }
        self.buttons(ui, ctx);
    }

    fn sheet_picker(&mut self, ui: &mut Ui) {
        if self.workbook.sheets.len() < 2 {
            return;
        }
        let current = self.sheet_index();
        ui.horizontal(|ui| {
            ui.label("Sheet:");
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
                "Sheet",
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
        ui.label(
            "What each column holds, guessed from its header (case and accents ignored). A \
             column named by a principle's id or title holds stances on it (a row per \
             statement); a Principle and a Stance column make a row per statement and \
             principle.",
        );
        let mut choices: Vec<Field> = Field::FIXED.to_vec();
        choices.extend(
            project
                .principles
                .iter()
                .map(|p| Field::PrincipleStance(p.id.clone())),
        );
        let label_of = |f: &Field| match f {
            Field::PrincipleStance(id) => project
                .principle(id)
                .map_or_else(|| f.label(), |p| format!("Stance on {id}: {}", p.title)),
            other => other.label(),
        };
        egui::Grid::new("import-columns")
            .num_columns(4)
            .striped(true)
            .show(ui, |ui| {
                ui.label(RichText::new("Column").strong());
                ui.label(RichText::new("Header").strong());
                ui.label(RichText::new("First values").strong());
                ui.label(RichText::new("Holds").strong());
                ui.end_row();
                for (c, header) in headers.iter().enumerate() {
                    ui.label(import::column_letters(c));
                    ui.scope(|ui| {
                        ui.set_max_width(240.0);
                        ui.add(
                            egui::Label::new(if header.is_empty() {
                                "(no header)"
                            } else {
                                header
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
                        ui.label("(ignored: no header)");
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
                            &format!("Column {} ({header}) holds", import::column_letters(c)),
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
            ui.label("No stance column yet: map a column to a principle, or a Stance column.");
            return;
        }
        ui.label("Every value found in the stance columns, with how many cells hold it.");
        let mut changes: Vec<(String, Option<Stance>)> = Vec::new();
        egui::Grid::new("import-stances")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for value in &plan.stance_values {
                    ui.label(format!("\"{}\"", value.text));
                    ui.label(format!("{} cell{}", value.count, plural(value.count)));
                    let shown = match value.target {
                        None => "(not a stance: choose one)".to_owned(),
                        Some(None) => "No position (left out)".to_owned(),
                        Some(Some(s)) => format!("{} {}", s.symbol(), s.label()),
                    };
                    let combo = egui::ComboBox::from_id_salt(("import-stance", &value.text))
                        .width(220.0)
                        .selected_text(&shown)
                        .show_ui(ui, |ui| {
                            for s in Stance::ALL {
                                if ui
                                    .selectable_label(
                                        value.target == Some(Some(s)),
                                        format!("{} {}", s.symbol(), s.label()),
                                    )
                                    .clicked()
                                {
                                    changes.push((value.text.clone(), Some(s)));
                                }
                            }
                            if ui
                                .selectable_label(
                                    value.target == Some(None),
                                    "No position (left out)",
                                )
                                .clicked()
                            {
                                changes.push((value.text.clone(), None));
                            }
                        });
                    name_with_value(
                        &combo.response,
                        &format!("Stance for the value {}", value.text),
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
            ui.label("Every stakeholder and session in the sheet is in the project.");
            return;
        }
        let mut stakeholder_changes: Vec<(String, StakeholderChoice)> = Vec::new();
        if !plan.unknown_stakeholders.is_empty() {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "{} name{} match no stakeholder (by id, name, or the UN roster's names).",
                    plan.unknown_stakeholders.len(),
                    plural(plan.unknown_stakeholders.len())
                ));
                if ui
                    .button("Create them all")
                    .on_hover_text(
                        "UN states from the built-in roster (with their region), the others as \
                         kind Other",
                    )
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
                        ui.label(format!("\"{}\"", value.text));
                        ui.label(format!("{} row{}", value.count, plural(value.count)));
                        let roster = value.target.as_deref().and_then(|c| un_roster().by_code(c));
                        ui.label(roster.map_or_else(
                            || "not a UN state".to_owned(),
                            |e| format!("UN state {} ({})", e.iso3, e.name_en),
                        ));
                        let combo = egui::ComboBox::from_id_salt(("import-who", &value.text))
                            .width(320.0)
                            .selected_text("(not in the project: choose)")
                            .show_ui(ui, |ui| {
                                if let Some(entry) = roster
                                    && ui
                                        .selectable_label(
                                            false,
                                            format!(
                                                "Create {} ({}, UN roster)",
                                                entry.name_en, entry.iso3
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
                                            format!(
                                                "Create \"{}\" as {}",
                                                value.text,
                                                kind.label()
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
                                if ui.selectable_label(false, "Skip its rows").clicked() {
                                    stakeholder_changes
                                        .push((value.text.clone(), StakeholderChoice::Skip));
                                }
                                ui.separator();
                                for s in &project.stakeholders {
                                    if ui
                                        .selectable_label(
                                            false,
                                            format!("Same as {} ({})", s.name, s.id),
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
                            &format!("Who is {}", value.text),
                            "not in the project, to choose",
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
            ui.label(
                "Sessions that match none of the project's (by id, name or a date within it):",
            );
            egui::Grid::new("import-sessions")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for value in &plan.unknown_sessions {
                        ui.label(format!("\"{}\"", value.text));
                        ui.label(format!("{} row{}", value.count, plural(value.count)));
                        let combo = egui::ComboBox::from_id_salt(("import-session", &value.text))
                            .width(320.0)
                            .selected_text("(choose a session)")
                            .show_ui(ui, |ui| {
                                for s in &project.sessions {
                                    if ui
                                        .selectable_label(false, format!("{}: {}", s.id, s.name))
                                        .clicked()
                                    {
                                        session_changes.push((value.text.clone(), s.id.clone()));
                                    }
                                }
                            });
                        name_with_value(
                            &combo.response,
                            &format!("Session for {}", value.text),
                            "none chosen",
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
                ui.label("Session of rows that name none:");
                let shown = self
                    .mapping
                    .default_session
                    .clone()
                    .unwrap_or_else(|| "(none: a problem)".to_owned());
                let combo = egui::ComboBox::from_id_salt("import-default-session")
                    .selected_text(&shown)
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(
                                self.mapping.default_session.is_none(),
                                "(none: a problem)",
                            )
                            .clicked()
                        {
                            self.mapping.default_session = None;
                        }
                        for s in &project.sessions {
                            let on = self.mapping.default_session.as_deref() == Some(s.id.as_str());
                            if ui
                                .selectable_label(on, format!("{}: {}", s.id, s.name))
                                .clicked()
                            {
                                self.mapping.default_session = Some(s.id.clone());
                            }
                        }
                    });
                name_with_value(&combo.response, "Session of rows that name none", &shown);
                ui.end_row();
                ui.label("Confidence of rows that give none:");
                let current = self
                    .mapping
                    .default_confidence
                    .unwrap_or(Confidence::Medium);
                let combo = egui::ComboBox::from_id_salt("import-default-confidence")
                    .selected_text(current.label())
                    .show_ui(ui, |ui| {
                        for c in Confidence::ALL {
                            if ui.selectable_label(c == current, c.label()).clicked() {
                                self.mapping.default_confidence = Some(c);
                            }
                        }
                    });
                name_with_value(
                    &combo.response,
                    "Confidence of rows that give none",
                    current.label(),
                );
                ui.end_row();
            });
    }

    fn preview_ui(&self, ui: &mut Ui, project: &Project) {
        let Some(plan) = &self.plan else { return };
        ui.label(RichText::new(plan.summary()).strong());
        if !plan.problems.is_empty() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!(
                    "{} problem{}: nothing is imported until they are solved, unless the bad \
                     rows are skipped.",
                    plan.problems.len(),
                    plural(plan.problems.len())
                ),
            );
            egui::ScrollArea::vertical()
                .id_salt("import-problems")
                .max_height(160.0)
                .show(ui, |ui| {
                    for p in plan.problems.iter().take(PROBLEM_ROWS) {
                        let place = match p.column {
                            Some(c) => {
                                format!("Row {}, column {}", p.row, import::column_letters(c))
                            }
                            None => format!("Row {}", p.row),
                        };
                        ui.label(format!("{place}: {}", p.message));
                    }
                    if plan.problems.len() > PROBLEM_ROWS {
                        ui.label(format!("… and {} more", plan.problems.len() - PROBLEM_ROWS));
                    }
                });
        }
        for (row, why) in plan.left_out.iter().take(5) {
            ui.label(format!("Row {row} left out: {why}."));
        }
        if plan.left_out.len() > 5 {
            ui.label(format!(
                "… and {} more rows left out",
                plan.left_out.len() - 5
            ));
        }
        if plan.statements.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.label(format!(
            "The first {} of {} statement{}:",
            plan.statements.len().min(PREVIEW_ROWS),
            plan.statements.len(),
            plural(plan.statements.len())
        ));
        egui::Grid::new("import-preview")
            .num_columns(5)
            .striped(true)
            .show(ui, |ui| {
                for h in ["Row", "Stakeholder", "Session", "Stances", "Summary"] {
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
                        format!("{name} (new)")
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
            ui.label("Mapping file:");
            ui.add(
                egui::TextEdit::singleline(&mut self.mapping_path)
                    .desired_width(420.0)
                    .hint_text("NAME.mapping.ron"),
            );
            if ui
                .button("Save mapping")
                .on_hover_text("Write this mapping, to reuse it on the next sheet of this shape")
                .clicked()
            {
                ctx.send(Command::WriteMapping {
                    path: PathBuf::from(self.mapping_path.trim()),
                    text: self.mapping.to_ron(),
                });
            }
            if ui.button("Load mapping").clicked() {
                ctx.send(Command::ReadMapping(PathBuf::from(
                    self.mapping_path.trim(),
                )));
            }
        });
        ui.horizontal(|ui| {
            let can = plan.can_apply(self.skip_bad_rows);
            let label = if plan.bad_rows.is_empty() || !self.skip_bad_rows {
                format!(
                    "Import {} statement{}",
                    plan.statements.len(),
                    plural(plan.statements.len())
                )
            } else {
                format!(
                    "Import {} statement{}, skipping {} bad row{}",
                    plan.statements.len(),
                    plural(plan.statements.len()),
                    plan.bad_rows.len(),
                    plural(plan.bad_rows.len())
                )
            };
            let import = ui.add_enabled(can, egui::Button::new(RichText::new(label).strong()));
            if import.clicked() {
                let edit = plan.edit(ctx.project());
                ctx.edit(edit);
                ctx.send(Command::Status(format!(
                    "Imported from {}: {}. Ctrl+Z undoes the whole import.",
                    self.path.display(),
                    plan.summary()
                )));
                self.open = false;
            }
            if !plan.bad_rows.is_empty() {
                ui.checkbox(
                    &mut self.skip_bad_rows,
                    format!(
                        "Skip the {} bad row{}",
                        plan.bad_rows.len(),
                        plural(plan.bad_rows.len())
                    ),
                );
            }
            if ui.button("Cancel").clicked() {
                self.open = false;
            }
        });
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
