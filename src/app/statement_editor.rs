//! The statement editor: every field of one statement, applied as it is typed (one undo step
//! per field burst), with problems shown beside the field. A value that cannot be stored (a
//! date that is not a date) stays in its box, marked, and is not applied.

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::palette;
use super::view_ctx::ViewCtx;
use crate::i18n::Localized as _;
use crate::model::{Confidence, Source, SourceKind, Stance, Statement};
use crate::model::{Edit, Item, parse_date};
use crate::tr;

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
    let choices = std::iter::once((None, "·", tr!("statement-no-stance"))).chain(
        Stance::ALL
            .into_iter()
            .map(|stance| (Some(stance), stance.symbol(), stance.words())),
    );
    for (choice, symbol, name) in choices {
        let selected = *value == choice;
        let mut text = RichText::new(format!("{symbol:^2}")).monospace();
        if let Some(stance) = choice {
            text = text.color(palette::stance_text_on_panel(stance, dark));
        }
        let accessible = tr!(
            "statement-stance-choice",
            principle = principle,
            stance = name.as_str()
        );
        let response = ui.selectable_label(selected, text).on_hover_text(name);
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
            let stakeholder = tr!("statement-stakeholder");
            let label = ui.label(&stakeholder);
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
                super::a11y::name_with_value(&combo, &stakeholder, &s.stakeholder);
                if project.stakeholder(&s.stakeholder).is_none() {
                    error(
                        ui,
                        tr!("statement-unknown-stakeholder", id = s.stakeholder.as_str()),
                    );
                }
            });
            ui.end_row();

            let delivered_by = tr!("statement-delivered-by");
            let label = ui.label(&delivered_by);
            let shown = s.delivered_by.clone().unwrap_or_else(|| "—".to_owned());
            let combo = egui::ComboBox::from_id_salt("edit-delivered-by")
                .selected_text(shown)
                .height(320.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut s.delivered_by,
                        None,
                        tr!("statement-delivered-by-itself"),
                    );
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
                &delivered_by,
                &s.delivered_by
                    .clone()
                    .unwrap_or_else(|| tr!("statement-itself")),
            );
            ui.end_row();

            let session = tr!("column-session");
            let label = ui.label(&session);
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
            super::a11y::name_with_value(&combo, &session, &s.session);
            ui.end_row();

            let label = ui.label(tr!("statement-date"));
            ui.vertical(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut buffers.date)
                        .hint_text(tr!("statement-date-hint"))
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
                                tr!(
                                    "statement-outside-session",
                                    start = session.start.to_string(),
                                    end = session.end_date().to_string()
                                ),
                            );
                        }
                    }
                    Err(problem) => error(
                        ui,
                        super::words::date_problem(crate::i18n::language(), &problem),
                    ),
                }
            });
            ui.end_row();

            let label = ui.label(tr!("statement-stances"));
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
                        error(ui, tr!("statement-unknown-principle", id = p.as_str()));
                    }
                }
                if s.stances.is_empty() {
                    error(ui, tr!("statement-needs-stance"));
                }
            })
            .response
            .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(tr!("column-summary"));
            ui.vertical(|ui| {
                if let Some(note) = super::words::clip_note(
                    crate::i18n::language(),
                    &s.summary,
                    crate::text::DETAIL_BYTES,
                ) {
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
                    error(ui, tr!("statement-summary-empty"));
                }
            });
            ui.end_row();

            let label = ui.label(tr!("statement-quote"));
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

            let label = ui.label(tr!("statement-articles"));
            let articles = ui
                .add(
                    egui::TextEdit::multiline(&mut buffers.articles)
                        .desired_rows(1)
                        .hint_text(tr!("statement-articles-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            // Read back only when typed in: opening the editor changes nothing.
            if articles.changed() {
                s.articles = parse_articles(&buffers.articles);
            }
            ui.end_row();

            let source_kind = tr!("statement-source-kind");
            let no_source = tr!("statement-no-source");
            let label = ui.label(&source_kind);
            let shown = s
                .source
                .as_ref()
                .map_or_else(|| no_source.clone(), |x| x.kind.words());
            let mut kind = s.source.as_ref().map(|x| x.kind);
            let combo = egui::ComboBox::from_id_salt("edit-source-kind")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut kind, None, no_source.as_str());
                    for k in SourceKind::ALL {
                        ui.selectable_value(&mut kind, Some(k), k.words());
                    }
                })
                .response
                .labelled_by(label.id);
            super::a11y::name_with_value(
                &combo,
                &source_kind,
                &kind.map_or_else(|| no_source.clone(), SourceKind::words),
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
                let label = ui.label(tr!("statement-source-url"));
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
                        warning(ui, tr!("statement-unsafe-url"));
                    }
                });
                ui.end_row();
                let label = ui.label(tr!("statement-source-title"));
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

            let label = ui.label(tr!("statement-confidence"));
            ui.horizontal(|ui| {
                for c in Confidence::ALL {
                    ui.radio_value(&mut s.confidence, c, c.words());
                }
            })
            .response
            .labelled_by(label.id);
            ui.end_row();

            ui.label("");
            ui.checkbox(&mut s.confidential, tr!("statement-confidential"));
            ui.end_row();

            let label = ui.label(tr!("statement-tags"));
            if ui
                .add(
                    egui::TextEdit::singleline(&mut buffers.tags)
                        .hint_text(tr!("statement-tags-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
                .changed()
            {
                s.tags = parse_tags(&buffers.tags);
            }
            ui.end_row();

            let label = ui.label(tr!("statement-recorded-by"));
            let mut by = s.recorded_by.clone().unwrap_or_default();
            if ui
                .add(egui::TextEdit::singleline(&mut by).desired_width(f32::INFINITY))
                .labelled_by(label.id)
                .changed()
            {
                s.recorded_by = optional(by.trim());
            }
            ui.end_row();

            ui.label(tr!("column-logged"));
            ui.label(
                RichText::new(tr!(
                    "statement-logged-at",
                    when = s.recorded_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
                    id = s.id.as_str()
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
