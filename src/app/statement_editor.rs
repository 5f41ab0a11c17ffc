//! The statement editor: every field of one statement, applied as it is typed (one undo step
//! per field burst), with problems shown beside the field. A value that cannot be stored (a
//! date that is not a date) stays in its box, marked, and is not applied.

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::palette;
use super::view_ctx::ViewCtx;
use crate::model::{Confidence, Source, SourceKind, Stance, Statement};
use crate::model::{Edit, Item, parse_date};

/// The choice of no source kind, in words.
const NO_SOURCE: &str = "No source";

/// Text boxes whose content is parsed before it is applied, and the value each last showed,
/// so that an undo elsewhere refreshes them.
#[derive(Clone, Debug, Default)]
pub struct EditorBuffers {
    id: String,
    date: String,
    articles: String,
    tags: String,
    synced: (Option<NaiveDate>, Vec<String>, Vec<String>),
}

fn parse_tags(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_start_matches('#'))
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_articles(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

impl EditorBuffers {
    fn sync(&mut self, s: &Statement) {
        let current = (s.date, s.articles.clone(), s.tags.clone());
        if self.id != s.id {
            self.id.clone_from(&s.id);
            self.date = s.date.map(|d| d.to_string()).unwrap_or_default();
            self.articles = s.articles.join("\n");
            self.tags = s.tags.join(" ");
            self.synced = current;
            return;
        }
        if self.synced.0 != current.0 {
            self.date = s.date.map(|d| d.to_string()).unwrap_or_default();
        }
        if self.synced.1 != current.1 {
            self.articles = s.articles.join("\n");
        }
        if self.synced.2 != current.2 {
            self.tags = s.tags.join(" ");
        }
        self.synced = current;
    }
}

fn error(ui: &mut Ui, text: impl Into<String>) {
    ui.label(
        RichText::new(text.into())
            .small()
            .color(ui.visuals().error_fg_color),
    );
}

fn warning(ui: &mut Ui, text: impl Into<String>) {
    ui.label(
        RichText::new(text.into())
            .small()
            .color(ui.visuals().warn_fg_color),
    );
}

fn optional(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.to_owned())
}

/// The compact stance picker of one principle: none, ++, +, ~, -, --. Each choice is labelled
/// for screen readers ("P3: Strongly opposes").
pub fn stance_picker(ui: &mut Ui, principle: &str, value: &mut Option<Stance>) -> bool {
    let mut changed = false;
    let dark = ui.visuals().dark_mode;
    let choices = std::iter::once((None, "·", "no stance")).chain(
        Stance::ALL
            .into_iter()
            .map(|stance| (Some(stance), stance.symbol(), stance.label())),
    );
    for (choice, symbol, name) in choices {
        let selected = *value == choice;
        let mut text = RichText::new(format!("{symbol:^2}")).monospace();
        if let Some(stance) = choice {
            text = text.color(palette::stance_text_on_panel(stance, dark));
        }
        let response = ui.selectable_label(selected, text).on_hover_text(name);
        let accessible = format!("{principle}: {name}");
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &accessible)
        });
        if response.clicked() && !selected {
            *value = choice;
            changed = true;
        }
    }
    changed
}

/// Draws the editor of statement `index`; a change is sent as one replacement.
pub fn show(ui: &mut Ui, ctx: &ViewCtx<'_>, index: usize, buffers: &mut EditorBuffers) {
    let project = ctx.project();
    let Some(original) = project.statements.get(index) else {
        return;
    };
    buffers.sync(original);
    let mut s = original.clone();
    egui::Grid::new("statement-editor")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label("Stakeholder");
            ui.vertical(|ui| {
                let combo = egui::ComboBox::from_id_salt("edit-stakeholder")
                    .selected_text(&s.stakeholder)
                    .height(320.0)
                    .show_ui(ui, |ui| {
                        for x in &project.stakeholders {
                            ui.selectable_value(
                                &mut s.stakeholder,
                                x.id.clone(),
                                format!("{} ({})", x.name, x.id),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                super::a11y::name_with_value(&combo, "Stakeholder", &s.stakeholder);
                if project.stakeholder(&s.stakeholder).is_none() {
                    error(ui, format!("unknown stakeholder \"{}\"", s.stakeholder));
                }
            });
            ui.end_row();

            let label = ui.label("Delivered by");
            let shown = s.delivered_by.clone().unwrap_or_else(|| "—".to_owned());
            let combo = egui::ComboBox::from_id_salt("edit-delivered-by")
                .selected_text(shown)
                .height(320.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut s.delivered_by, None, "— (the stakeholder itself)");
                    for x in &project.stakeholders {
                        ui.selectable_value(
                            &mut s.delivered_by,
                            Some(x.id.clone()),
                            format!("{} ({})", x.name, x.id),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            super::a11y::name_with_value(
                &combo,
                "Delivered by",
                s.delivered_by
                    .as_deref()
                    .unwrap_or("the stakeholder itself"),
            );
            ui.end_row();

            let label = ui.label("Session");
            let combo = egui::ComboBox::from_id_salt("edit-session")
                .selected_text(&s.session)
                .show_ui(ui, |ui| {
                    for k in project.session_order().into_iter().rev() {
                        let x = &project.sessions[k];
                        ui.selectable_value(
                            &mut s.session,
                            x.id.clone(),
                            format!("{} — {}", x.id, x.name),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            super::a11y::name_with_value(&combo, "Session", &s.session);
            ui.end_row();

            let label = ui.label("Statement date");
            ui.vertical(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut buffers.date)
                        .hint_text("YYYY-MM-DD or empty")
                        .desired_width(170.0),
                )
                .labelled_by(label.id);
                match parse_date(&buffers.date) {
                    Ok(date) => {
                        s.date = date;
                        if let (Some(d), Some(session)) = (date, project.session(&s.session))
                            && (d < session.start || d > session.end_date())
                        {
                            warning(
                                ui,
                                format!(
                                    "outside the session ({} – {})",
                                    session.start,
                                    session.end_date()
                                ),
                            );
                        }
                    }
                    Err(problem) => error(ui, problem.to_string()),
                }
            });
            ui.end_row();

            let label = ui.label("Stances");
            ui.vertical(|ui| {
                egui::Grid::new("edit-stances")
                    .num_columns(2)
                    .spacing([6.0, 2.0])
                    .show(ui, |ui| {
                        for p in &project.principles {
                            ui.label(&p.id).on_hover_text(&p.title);
                            ui.horizontal(|ui| {
                                ui.spacing_mut().item_spacing.x = 2.0;
                                let mut value = s.stances.get(&p.id).copied();
                                if stance_picker(ui, &p.id, &mut value) {
                                    match value {
                                        Some(stance) => s.stances.insert(p.id.clone(), stance),
                                        None => s.stances.remove(&p.id),
                                    };
                                }
                            });
                            ui.end_row();
                        }
                    });
                for p in s.stances.keys() {
                    if project.principle(p).is_none() {
                        error(ui, format!("stance on unknown principle \"{p}\""));
                    }
                }
                if s.stances.is_empty() {
                    error(ui, "a statement needs at least one stance");
                }
            })
            .response
            .labelled_by(label.id);
            ui.end_row();

            let label = ui.label("Summary");
            ui.vertical(|ui| {
                if let Some(note) = crate::text::clip_note(&s.summary, crate::text::DETAIL_BYTES) {
                    // Too long to edit here without freezing the window: shown, not edited.
                    ui.label(crate::text::clip(&s.summary, crate::text::DETAIL_BYTES))
                        .labelled_by(label.id);
                    ui.label(RichText::new(note).weak());
                } else {
                    ui.add(
                        egui::TextEdit::multiline(&mut s.summary)
                            .desired_rows(3)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id);
                }
                if s.summary.trim().is_empty() {
                    error(ui, "the summary is empty: say in a few words what was said");
                }
            });
            ui.end_row();

            let label = ui.label("Quote");
            let mut quote = s.quote.clone().unwrap_or_default();
            if ui
                .add(
                    egui::TextEdit::multiline(&mut quote)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
                .changed()
            {
                s.quote = optional(&quote);
            }
            ui.end_row();

            let label = ui.label("Articles");
            let articles = ui
                .add(
                    egui::TextEdit::multiline(&mut buffers.articles)
                        .desired_rows(1)
                        .hint_text("one per line, e.g. Art. 6(2)")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            // Read back only when typed in: opening the editor changes nothing.
            if articles.changed() {
                s.articles = parse_articles(&buffers.articles);
            }
            ui.end_row();

            let label = ui.label("Source kind");
            let shown = s.source.as_ref().map_or(NO_SOURCE, |x| x.kind.label());
            let mut kind = s.source.as_ref().map(|x| x.kind);
            let combo = egui::ComboBox::from_id_salt("edit-source-kind")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut kind, None, NO_SOURCE);
                    for k in SourceKind::ALL {
                        ui.selectable_value(&mut kind, Some(k), k.label());
                    }
                })
                .response
                .labelled_by(label.id);
            super::a11y::name_with_value(
                &combo,
                "Source kind",
                kind.map_or(NO_SOURCE, SourceKind::label),
            );
            match (kind, &mut s.source) {
                (None, source) => *source = None,
                (Some(k), Some(source)) => source.kind = k,
                (Some(k), source @ None) => {
                    *source = Some(Source {
                        kind: k,
                        url: None,
                        title: None,
                    });
                }
            }
            ui.end_row();

            if let Some(source) = &mut s.source {
                let label = ui.label("Source URL");
                ui.vertical(|ui| {
                    let mut url = source.url.clone().unwrap_or_default();
                    if ui
                        .add(egui::TextEdit::singleline(&mut url).desired_width(f32::INFINITY))
                        .labelled_by(label.id)
                        .changed()
                    {
                        source.url = optional(url.trim());
                    }
                    if let Some(url) = &source.url
                        && crate::text::safe_url(url).is_none()
                    {
                        warning(ui, "not an http(s) link: reports show it as text");
                    }
                });
                ui.end_row();
                let label = ui.label("Source title");
                let mut title = source.title.clone().unwrap_or_default();
                if ui
                    .add(egui::TextEdit::singleline(&mut title).desired_width(f32::INFINITY))
                    .labelled_by(label.id)
                    .changed()
                {
                    source.title = optional(&title);
                }
                ui.end_row();
            }

            let label = ui.label("Confidence");
            ui.horizontal(|ui| {
                for c in Confidence::ALL {
                    ui.radio_value(&mut s.confidence, c, c.label());
                }
            })
            .response
            .labelled_by(label.id);
            ui.end_row();

            ui.label("");
            ui.checkbox(&mut s.confidential, "Confidential (never exported)");
            ui.end_row();

            let label = ui.label("Tags");
            if ui
                .add(
                    egui::TextEdit::singleline(&mut buffers.tags)
                        .hint_text("space or comma separated")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
                .changed()
            {
                s.tags = parse_tags(&buffers.tags);
            }
            ui.end_row();

            let label = ui.label("Recorded by");
            let mut by = s.recorded_by.clone().unwrap_or_default();
            if ui
                .add(egui::TextEdit::singleline(&mut by).desired_width(f32::INFINITY))
                .labelled_by(label.id)
                .changed()
            {
                s.recorded_by = optional(by.trim());
            }
            ui.end_row();

            ui.label("Logged");
            ui.label(
                RichText::new(format!(
                    "{} · id {}",
                    s.recorded_at.format("%Y-%m-%d %H:%M:%S UTC"),
                    s.id
                ))
                .small()
                .weak(),
            );
            ui.end_row();
        });
    if s != *original {
        buffers.synced = (s.date, s.articles.clone(), s.tags.clone());
        ctx.edit(Edit::Replace {
            index,
            item: Item::Statement(Box::new(s)),
        });
    }
}
