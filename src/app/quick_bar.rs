//! The quick-entry bar for live logging: one line, keyboard only, coloured as it is read.
//! Ctrl+L focuses it from anywhere; Enter logs the statement; Tab takes the highlighted
//! completion; Alt+↑ / Alt+↓ switch the current session.

use std::sync::Arc;

use chrono::Local;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, CompletionPopup, FontId, Key, Modifiers, RichText, Stroke, Suggestion, Ui};

use super::command::Command;
use super::palette;
use super::view_ctx::ViewCtx;
use crate::i18n::Localized as _;
use crate::model::{Confidence, Project, SourceKind};
use crate::quick_entry::{self, TokenKind};
use crate::tr;

/// The line being typed and the current session. Lives as long as the window.
#[derive(Clone, Debug, Default)]
pub struct QuickEntry {
    /// The line as typed; kept until it is logged or cleared.
    pub line: String,
    /// The current session's id; `None` picks the session under way (or the last one).
    pub session: Option<String>,
    /// Focus the line on the next frame.
    pub focus: bool,
    /// The source kind of every statement logged without `src:`, until cleared (Escape on
    /// an empty line).
    pub sticky_source: Option<SourceKind>,
    /// The confidence of every statement logged without `!high`/`!medium`/`!low`, until
    /// cleared.
    pub sticky_confidence: Option<Confidence>,
}

/// The egui id of the entry line (its text edit and completion popup).
pub fn entry_id() -> egui::Id {
    egui::Id::unique("quick-entry")
}

fn token_colour(ui: &Ui, kind: TokenKind) -> (Color32, bool) {
    let dark = ui.visuals().dark_mode;
    match kind {
        TokenKind::Stakeholder => (palette::accent(dark), false),
        TokenKind::Stance => (palette::stance_token(dark), false),
        TokenKind::Extra => (ui.visuals().weak_text_color(), false),
        TokenKind::Summary => (ui.visuals().text_color(), false),
        TokenKind::Problem => (ui.visuals().error_fg_color, true),
    }
}

fn layout_line(ui: &Ui, text: &str, project: &Project, wrap_width: f32) -> Arc<egui::Galley> {
    let parsed = quick_entry::parse(text, project);
    let font = FontId::monospace(14.0);
    let plain = TextFormat::simple(font.clone(), ui.visuals().text_color());
    let mut job = LayoutJob::default();
    let mut at = 0;
    for token in &parsed.tokens {
        if token.range.start > at {
            job.append(&text[at..token.range.start], 0.0, plain.clone());
        }
        let (color, underline) = token_colour(ui, token.kind);
        let mut format = TextFormat::simple(font.clone(), color);
        if underline {
            format.underline = Stroke::new(2.0, color);
        }
        job.append(&text[token.range.clone()], 0.0, format);
        at = token.range.end;
    }
    if at < text.len() {
        job.append(&text[at..], 0.0, plain);
    }
    job.wrap.max_width = wrap_width;
    ui.fonts_mut(|f| f.layout_job(job))
}

/// Draws the bar. Enter on a ready line sends the statement to log (the line is then
/// cleared); a line that is not ready stays as typed, its problems shown.
pub fn show(ui: &mut Ui, ctx: &ViewCtx<'_>, entry: &mut QuickEntry) {
    let project = ctx.project();
    let (now, recorded_by) = (ctx.now, ctx.prefs.user_name.as_str());
    let today = now.with_timezone(&Local).date_naive();
    let id = entry_id();
    let focused = ui.memory(|m| m.has_focus(id));
    let order = project.session_order();
    let current = project.current_session(entry.session.as_deref(), today);
    if focused {
        let (up, down) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::ALT, Key::ArrowUp),
                i.consume_key(Modifiers::ALT, Key::ArrowDown),
            )
        });
        if (up || down)
            && let Some(pos) = current.and_then(|k| order.iter().position(|&o| o == k))
        {
            let next = if up {
                pos.saturating_sub(1)
            } else {
                (pos + 1).min(order.len().saturating_sub(1))
            };
            entry.session = Some(project.sessions[order[next]].id.clone());
        }
    }
    let current = project.current_session(entry.session.as_deref(), today);
    ui.horizontal(|ui| {
        let session_label = tr!("column-session");
        let none = tr!("entry-none");
        let label = ui.label(&session_label);
        let shown = current.map_or(none.as_str(), |k| project.sessions[k].id.as_str());
        let combo = egui::ComboBox::from_id_salt("quick-session")
            .selected_text(shown)
            .width(90.0)
            .show_ui(ui, |ui| {
                for &k in order.iter().rev() {
                    let s = &project.sessions[k];
                    if ui
                        .selectable_label(current == Some(k), format!("{} — {}", s.id, s.name))
                        .clicked()
                    {
                        entry.session = Some(s.id.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr!("entry-session-tip"));
        let now_shown = project
            .current_session(entry.session.as_deref(), today)
            .map_or(none.as_str(), |k| project.sessions[k].id.as_str());
        super::a11y::name_with_value(&combo, &session_label, now_shown);
        sticky_ui(ui, entry);
        let entry_label = ui.label(tr!("entry-log"));
        let mut layouter = |ui: &Ui, text: &dyn egui::TextBuffer, width: f32| {
            layout_line(ui, text.as_str(), project, width)
        };
        // Tab completes the word being typed when there is something to offer for it; on an
        // empty line, or after a space, it moves on to the next control like anywhere else
        // (the line is not a trap for the keyboard).
        let completing = !entry.line.trim().is_empty()
            && !entry.line.ends_with(char::is_whitespace)
            && !quick_entry::completions(&entry.line, entry.line.len(), project)
                .options
                .is_empty();
        let edit = egui::TextEdit::singleline(&mut entry.line)
            .event_filter(egui::EventFilter {
                tab: completing,
                horizontal_arrows: true,
                vertical_arrows: true,
                ..Default::default()
            })
            .hint_text(format!(
                "{}   (Ctrl+L)",
                super::words::example_line(crate::i18n::language(), project)
            ))
            .desired_width((ui.available_width() - 70.0).max(200.0))
            .layouter(&mut layouter);
        let output = CompletionPopup::new(id)
            .word_boundary(char::is_whitespace)
            .accept_keys([Key::Tab])
            .show(ui, edit, |query| suggestions(project, query));
        let response = output
            .text_edit
            .response
            .response
            .labelled_by(entry_label.id);
        if entry.focus {
            response.request_focus();
            entry.focus = false;
        }
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        // Escape on an empty line clears the sticky source and confidence.
        // (The line gives up the keyboard on Escape before this runs: it has just lost it.)
        if (response.has_focus() || response.lost_focus())
            && entry.line.trim().is_empty()
            && (entry.sticky_source.is_some() || entry.sticky_confidence.is_some())
            && ui.input(|i| i.key_pressed(Key::Escape))
        {
            entry.sticky_source = None;
            entry.sticky_confidence = None;
            ctx.send(Command::Status(tr!("entry-sticky-cleared")));
        }
        // A line that is only `@SESSION` switches the session new statements go to.
        let only_session = entry
            .line
            .trim()
            .strip_prefix('@')
            .filter(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
            .map(str::to_owned);
        if enter && let Some(typed) = only_session {
            match project.find_session(&typed) {
                Some(k) => {
                    let s = &project.sessions[k];
                    entry.session = Some(s.id.clone());
                    ctx.send(Command::Status(tr!(
                        "entry-logging-into",
                        name = s.name.as_str(),
                        id = s.id.as_str()
                    )));
                    entry.line.clear();
                }
                None => ctx.send(Command::Status(tr!("entry-no-such-session", typed = typed))),
            }
            response.request_focus();
            return;
        }
        let button = ui
            .add_enabled(
                !entry.line.trim().is_empty(),
                egui::Button::new(tr!("entry-log-it")),
            )
            .on_hover_text(tr!("entry-log-it-tip"));
        if enter || button.clicked() {
            let mut parsed = quick_entry::parse(&entry.line, project);
            parsed.source_kind = parsed.source_kind.or(entry.sticky_source);
            parsed.confidence = parsed.confidence.or(entry.sticky_confidence);
            if let Ok(statement) = parsed.statement(project, current, now, today, recorded_by) {
                entry.line.clear();
                ctx.send(Command::Log(Box::new(statement)));
            }
            // Keep typing: the line keeps the focus after Enter, logged or not.
            response.request_focus();
        }
    });
    // A fixed height, so that the window below does not move while typing: the space is
    // allocated first, and the feedback drawn into it, clipped.
    let row = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), 2.0 * row),
        egui::Sense::hover(),
    );
    let mut inner = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    inner.set_clip_rect(rect.intersect(ui.clip_rect()));
    feedback(&mut inner, project, entry, current, today);
}

/// The sticky source kind and confidence: given once for a sitting, kept for every line that
/// does not say otherwise.
fn sticky_ui(ui: &mut Ui, entry: &mut QuickEntry) {
    let per_line = tr!("entry-per-line");
    let source = tr!("entry-source");
    let label = ui.label(&source);
    let shown = entry
        .sticky_source
        .map_or_else(|| per_line.clone(), SourceKind::words);
    let combo = egui::ComboBox::from_id_salt("quick-source")
        .selected_text(shown)
        .width(90.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut entry.sticky_source, None, per_line.as_str());
            for kind in SourceKind::ALL {
                ui.selectable_value(&mut entry.sticky_source, Some(kind), kind.words());
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr!("entry-source-tip"));
    super::a11y::name_with_value(
        &combo,
        &source,
        &entry
            .sticky_source
            .map_or_else(|| per_line.clone(), SourceKind::words),
    );
    let confidence = tr!("entry-confidence");
    let label = ui.label(&confidence);
    let shown = entry
        .sticky_confidence
        .map_or_else(|| per_line.clone(), Confidence::words);
    let combo = egui::ComboBox::from_id_salt("quick-confidence")
        .selected_text(shown)
        .width(80.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut entry.sticky_confidence, None, per_line.as_str());
            for c in [Confidence::High, Confidence::Medium, Confidence::Low] {
                ui.selectable_value(&mut entry.sticky_confidence, Some(c), c.words());
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr!("entry-confidence-tip"));
    super::a11y::name_with_value(
        &combo,
        &confidence,
        &entry
            .sticky_confidence
            .map_or_else(|| per_line.clone(), Confidence::words),
    );
}

/// Suggestions for the word before the cursor, from [`quick_entry::completions`].
fn suggestions(project: &Project, query: &egui::CompletionQuery<'_>) -> Vec<Suggestion> {
    let text = query.text;
    let byte = |char_index: usize| {
        text.char_indices()
            .nth(char_index)
            .map_or(text.len(), |(b, _)| b)
    };
    let word_start = byte(query.word_range.start.0);
    let cursor = byte(query.word_range.end.0);
    if cursor == word_start {
        return Vec::new();
    }
    let completion = quick_entry::completions(&text[..cursor], cursor, project);
    if completion.range.start < word_start {
        return Vec::new();
    }
    let prefix = &text[word_start..completion.range.start];
    let word = &text[word_start..cursor];
    let options: Vec<Suggestion> = completion
        .options
        .into_iter()
        .map(|(insert, shown)| Suggestion::new(format!("{prefix}{insert}")).content(shown))
        .collect();
    // Nothing to offer when the word is already the one choice.
    if options.len() == 1 && options[0].insert.eq_ignore_ascii_case(word) {
        return Vec::new();
    }
    options
}

/// Under the line: what was understood, what was not, and the grammar.
fn feedback(
    ui: &mut Ui,
    project: &Project,
    entry: &QuickEntry,
    current: Option<usize>,
    today: chrono::NaiveDate,
) {
    let parsed = quick_entry::parse(&entry.line, project);
    if entry.line.trim().is_empty() {
        ui.label(
            RichText::new(super::words::grammar_hint(crate::i18n::language(), project))
                .size(12.0)
                .weak(),
        );
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if let Some(k) = parsed.on_behalf_of.or(parsed.speaker) {
            let s = &project.stakeholders[k];
            ui.label(RichText::new(format!("{} ({})", s.name, s.id)).strong());
        }
        if let (Some(bloc), Some(speaker)) = (parsed.on_behalf_of, parsed.speaker) {
            let _ = bloc;
            ui.label(tr!(
                "entry-delivered-by",
                name = project.stakeholders[speaker].name.as_str()
            ));
        }
        if let Some(by) = parsed.delivered_by {
            ui.label(tr!(
                "entry-delivered-by",
                name = project.stakeholders[by].name.as_str()
            ));
        }
        let session = parsed.session_or(current).map_or_else(
            || tr!("entry-no-session"),
            |k| project.sessions[k].id.clone(),
        );
        ui.label(tr!("entry-in-session", session = session));
        if let Some(date) = parsed.date {
            ui.label(tr!("entry-on-date", date = date.to_string()));
        }
        for &(j, stance) in &parsed.stances {
            let p = &project.principles[j];
            ui.label(tr!(
                "entry-stance",
                principle = p.id.as_str(),
                title = p.title.as_str(),
                stance = stance.words()
            ));
        }
        if let Some(quote) = &parsed.quote {
            ui.label(tr!("entry-quote", quote = crate::text::shorten(quote, 40)));
        }
    });
    // What only the session can tell: a d: date outside its days.
    let not_ready = parsed
        .statement(project, current, chrono::Utc::now(), today, "")
        .err()
        .filter(|e| matches!(e, quick_entry::NotReady::DateOutsideSession { .. }));
    if let Some(problem) = not_ready.filter(|_| parsed.problems.is_empty()) {
        ui.label(
            RichText::new(super::words::not_ready(crate::i18n::language(), &problem))
                .color(ui.visuals().error_fg_color),
        );
    } else if parsed.problems.is_empty() && parsed.session_or(current).is_none() {
        ui.label(RichText::new(tr!("entry-no-session-to-log")).color(ui.visuals().error_fg_color));
    } else if parsed.problems.is_empty() {
        let ready =
            ui.label(RichText::new(tr!("entry-ready")).color(palette::ok(ui.visuals().dark_mode)));
        super::a11y::announce_changes(&ready);
    } else {
        // The first problem (the line has room for one); how many more, after it.
        if let Some(problem) = parsed.problems.first() {
            let shown = &entry.line[problem.range.clone()];
            let text = if shown.is_empty() {
                super::words::quick_problem(crate::i18n::language(), &problem.kind)
            } else {
                tr!(
                    "entry-problem-at",
                    shown = shown,
                    problem = super::words::quick_problem(crate::i18n::language(), &problem.kind)
                )
            };
            let more = parsed.problems.len() - 1;
            let text = if more > 0 {
                tr!(
                    "entry-and-more",
                    text = text,
                    n = more,
                    shown = crate::i18n::integer(crate::i18n::language(), more)
                )
            } else {
                text
            };
            let problem = ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
            super::a11y::announce_changes(&problem);
        }
    }
}
