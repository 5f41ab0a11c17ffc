//! The statement log: every statement in a virtualized table, filtered and sorted, with the
//! selected statement's evidence (and its editor) in a panel beside it.

use egui::{Key, RichText, Sense, Ui};
use egui_extras::{Column, TableBuilder};

use super::command::Command;
use super::document::Document;
use super::document::StatementChange;
use super::palette;
use super::statement_editor::{self, EditorBuffers};
use super::view_ctx::ViewCtx;
use crate::i18n::Localized as _;
use crate::model::{Collection, Edit, Item};
use crate::model::{Confidence, Project, SourceKind, Stance, Statement};
use crate::query::{LogFilter, LogSort, RowChange, SearchIndex, Selection, SortKey};
use crate::{counted, tr};

/// What the log remembers between frames.
#[derive(Default)]
pub struct LogState {
    /// The filters.
    pub filter: LogFilter,
    /// The sort order.
    pub sort: LogSort,
    /// The selected statement's id.
    pub selected: Option<String>,
    /// Scroll the table to the selected statement on the next frame.
    pub scroll_to_selected: bool,
    /// The selected statement is open in the editor.
    pub editing: bool,
    selected_hint: usize,
    stakeholder_search: String,
    selection: Option<Selection>,
    rows_key: Option<(u64, LogFilter, LogSort)>,
    index: Option<(u64, SearchIndex)>,
    buffers: EditorBuffers,
    /// Every tag in use, sorted, as the tag filter offers them (with the index's revision).
    tags: Vec<(String, String)>,
    /// Everyone who logged a statement, sorted, as the "Logged by" filter offers them (the
    /// unnamed as "", named in the window's language when shown).
    recorders: Vec<(String, String)>,
}

impl LogState {
    /// Shows `statement` selected (and scrolled to) next frame.
    pub fn select(&mut self, statement_id: &str) {
        self.selected = Some(statement_id.to_owned());
        self.scroll_to_selected = true;
    }

    /// Filters to everything `stakeholder` said on `principle` in `session` (`None`: any),
    /// clearing the other filters.
    pub fn show_only(
        &mut self,
        stakeholder: Option<String>,
        principle: Option<String>,
        session: Option<String>,
    ) {
        self.show_filtered(LogFilter {
            session,
            stakeholder,
            principle,
            ..LogFilter::default()
        });
    }

    /// Shows the statements behind a matrix cell: `stakeholder`'s own on `principle` and its
    /// blocs' (which count for it with bloc positions on).
    pub fn show_behind(&mut self, stakeholder: String, principle: String) {
        self.show_filtered(LogFilter {
            stakeholder: Some(stakeholder),
            include_blocs: true,
            principle: Some(principle),
            ..LogFilter::default()
        });
    }

    fn show_filtered(&mut self, filter: LogFilter) {
        self.filter = filter;
        self.scroll_to_selected = true;
    }

    /// Follows a rename in the filters.
    pub fn renamed(&mut self, collection: Collection, old: &str, new: &str) {
        let slot = match collection {
            Collection::Sessions => &mut self.filter.session,
            Collection::Stakeholders => &mut self.filter.stakeholder,
            Collection::Principles => &mut self.filter.principle,
            Collection::Statements => return,
        };
        if slot.as_deref() == Some(old) {
            *slot = Some(new.to_owned());
        }
    }

    /// Drops filters on a session, stakeholder or principle that no longer exists.
    pub fn forget_missing(&mut self, project: &Project) {
        let f = &mut self.filter;
        if f.session
            .as_deref()
            .is_some_and(|id| project.session(id).is_none())
        {
            f.session = None;
        }
        if f.stakeholder
            .as_deref()
            .is_some_and(|id| project.stakeholder(id).is_none())
        {
            f.stakeholder = None;
        }
        if f.principle
            .as_deref()
            .is_some_and(|id| project.principle(id).is_none())
        {
            f.principle = None;
        }
    }

    /// The rows shown for `doc` (indices into its statements), recomputed only when the
    /// document, the filters or the sort changed; one statement's edit, undo or redo is
    /// followed in place ([`LogState::follow`]).
    pub fn rows(&mut self, doc: &Document) -> &[usize] {
        let key = (doc.revision(), self.filter.clone(), self.sort);
        if self.rows_key.as_ref() != Some(&key) && !self.follow(doc) {
            if self
                .index
                .as_ref()
                .is_none_or(|(r, _)| *r != doc.revision())
            {
                self.index = Some((doc.revision(), SearchIndex::columns(&doc.project)));
                self.tags = tags_in_use(&doc.project);
                self.recorders = recorders(&doc.project);
            }
            let index = self.index.as_mut().map(|(_, index)| {
                if !self.filter.text.trim().is_empty() {
                    index.prepare_text(&doc.project);
                }
                &*index
            });
            self.selection = Some(Selection::new(&doc.project, &self.filter, self.sort, index));
            self.rows_key = Some(key);
        }
        self.selection.as_ref().map_or(&[], Selection::rows)
    }

    /// Follows the document's last change in place when the rows and the index were made
    /// just before it with the same filters and sort, and it was one statement's: the cost of
    /// that statement instead of every statement's columns and a sort of all rows. False when
    /// the rows must be made again.
    fn follow(&mut self, doc: &Document) -> bool {
        let Some(last) = doc.last_change() else {
            return false;
        };
        let Some(change) = &last.change else {
            return false;
        };
        let made_before = |revision: u64| revision == last.from;
        let same_view = self
            .rows_key
            .as_ref()
            .is_some_and(|(r, f, s)| made_before(*r) && *f == self.filter && *s == self.sort);
        let (Some((index_revision, index)), Some(selection)) =
            (&mut self.index, &mut self.selection)
        else {
            return false;
        };
        if !same_view || !made_before(*index_revision) {
            return false;
        }
        let row_change = match change {
            StatementChange::Added(i) => RowChange::Added(*i),
            StatementChange::Changed(i, _) => RowChange::Changed(*i),
            StatementChange::Removed(i, _) => RowChange::Removed(*i),
        };
        index.follow(&doc.project, row_change);
        if !index.covers(&doc.project) {
            self.index = None;
            return false;
        }
        selection.follow(&doc.project, index, row_change);
        *index_revision = last.to;
        self.rows_key = Some((last.to, self.filter.clone(), self.sort));
        // The tag and recorder lists change only when a statement's tags or recorder did.
        let (old, new) = match change {
            StatementChange::Added(i) => (None, doc.project.statements.get(*i)),
            StatementChange::Changed(i, old) => (Some(&**old), doc.project.statements.get(*i)),
            StatementChange::Removed(_, old) => (Some(&**old), None),
        };
        if old.map(|s| &s.tags) != new.map(|s| &s.tags) {
            self.tags = tags_in_use(&doc.project);
        }
        if old.map(|s| &s.recorded_by) != new.map(|s| &s.recorded_by) {
            self.recorders = recorders(&doc.project);
        }
        true
    }

    /// The rows as last made by [`LogState::rows`].
    fn shown(&self) -> &[usize] {
        self.selection.as_ref().map_or(&[], Selection::rows)
    }

    /// The selected statement's index in the project, if it still exists.
    pub fn selected_index(&mut self, project: &Project) -> Option<usize> {
        let id = self.selected.as_ref()?;
        if project
            .statements
            .get(self.selected_hint)
            .is_some_and(|s| &s.id == id)
        {
            return Some(self.selected_hint);
        }
        let found = project.statements.iter().position(|s| &s.id == id)?;
        self.selected_hint = found;
        Some(found)
    }
}

/// Every tag in use, sorted, with the label the tag filter shows.
fn tags_in_use(project: &Project) -> Vec<(String, String)> {
    let mut tags: Vec<&str> = project
        .statements
        .iter()
        .flat_map(|s| s.tags.iter().map(String::as_str))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    tags.into_iter()
        .map(|t| (t.to_owned(), format!("#{t}")))
        .collect()
}

/// Everyone who logged a statement, sorted (the unnamed as "").
fn recorders(project: &Project) -> Vec<(String, String)> {
    let mut recorders: Vec<&str> = project
        .statements
        .iter()
        .map(|s| s.recorded_by.as_deref().unwrap_or(""))
        .collect();
    recorders.sort_unstable();
    recorders.dedup();
    recorders
        .into_iter()
        .map(|r| (r.to_owned(), r.to_owned()))
        .collect()
}

fn stances_text(statement: &Statement) -> String {
    statement
        .stances
        .iter()
        .map(|(p, s)| format!("{p}{}", s.shown_symbol()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The stances in words: "C6: Strongly opposes, P3: Strongly opposes".
fn stances_words(statement: &Statement) -> String {
    statement
        .stances
        .iter()
        .map(|(p, s)| {
            tr!(
                "log-principle-stance",
                principle = p.as_str(),
                stance = s.words()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn stances_job(ui: &Ui, statement: &Statement) -> egui::text::LayoutJob {
    let dark = ui.visuals().dark_mode;
    let mut job = egui::text::LayoutJob::default();
    let font = egui::TextStyle::Body.resolve(ui.style());
    for (i, (p, s)) in statement.stances.iter().enumerate() {
        let sep = if i == 0 { "" } else { " " };
        job.append(
            &format!("{sep}{p}"),
            0.0,
            egui::TextFormat::simple(font.clone(), ui.visuals().text_color()),
        );
        job.append(
            s.shown_symbol(),
            0.0,
            egui::TextFormat::simple(font.clone(), palette::stance_text_on_panel(*s, dark)),
        );
    }
    job
}

fn combo_option<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: &str,
    value: &mut Option<T>,
    choices: &[(T, String)],
) {
    let name = label.to_owned();
    let label = ui.label(label);
    let any = tr!("log-any");
    let shown = value
        .as_ref()
        .and_then(|v| choices.iter().find(|(c, _)| c == v))
        .map_or(any.as_str(), |(_, name)| name.as_str())
        .to_owned();
    let combo = egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any.as_str());
            for (choice, name) in choices {
                ui.selectable_value(value, Some(choice.clone()), name);
            }
        })
        .response
        .labelled_by(label.id);
    let now = value
        .as_ref()
        .and_then(|v| choices.iter().find(|(c, _)| c == v))
        .map_or(any.as_str(), |(_, name)| name.as_str());
    super::a11y::name_with_value(&combo, &name, now);
}

fn filter_bar(ui: &mut Ui, project: &Project, state: &mut LogState, shown: usize) {
    ui.horizontal_wrapped(|ui| {
        let sessions: Vec<(String, String)> = project
            .session_order()
            .into_iter()
            .rev()
            .map(|k| {
                let s = &project.sessions[k];
                (s.id.clone(), s.id.clone())
            })
            .collect();
        combo_option(
            ui,
            &tr!("column-session"),
            "log-session",
            &mut state.filter.session,
            &sessions,
        );

        let stakeholder = tr!("log-filter-stakeholder");
        let label = ui.label(&stakeholder);
        // The filter's stakeholder by name ("any" when none), as the drop-down shows it.
        let any = tr!("log-any");
        let name_of = |chosen: Option<&String>| {
            chosen.map_or_else(
                || any.clone(),
                |id| {
                    project
                        .stakeholder(id)
                        .map_or_else(|| id.clone(), |s| s.name.clone())
                },
            )
        };
        let shown_name = name_of(state.filter.stakeholder.as_ref());
        let search = &mut state.stakeholder_search;
        let chosen = &mut state.filter.stakeholder;
        // A click in the Find box must not close the list: only a click outside it or a choice
        // does. The box takes the keyboard as the list opens; Enter picks the first match.
        let combo = egui::ComboBox::from_id_salt("log-stakeholder")
            .selected_text(shown_name)
            .width(160.0)
            .height(320.0)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show_ui(ui, |ui| {
                let find = ui.label(tr!("log-find"));
                let field = ui
                    .add(egui::TextEdit::singleline(search).hint_text(tr!("log-find-hint")))
                    .labelled_by(find.id);
                let opened_id = egui::Id::unique("log-stakeholder-find-focused");
                if !ui.data(|d| d.get_temp::<bool>(opened_id).unwrap_or(false)) {
                    field.request_focus();
                    ui.data_mut(|d| d.insert_temp(opened_id, true));
                }
                // Every stakeholder in file order, or those the text names, best first (the
                // quick entry's ranking: an exact id or name, then ids and names starting so).
                let matching: Vec<&crate::model::Stakeholder> = if search.trim().is_empty() {
                    project.stakeholders.iter().collect()
                } else {
                    crate::quick_entry::stakeholder_candidates(project, search)
                        .into_iter()
                        .map(|k| &project.stakeholders[k])
                        .collect()
                };
                let mut picked = false;
                if field.lost_focus()
                    && ui.input(|i| i.key_pressed(egui::Key::Enter))
                    && let Some(first) = matching.first()
                {
                    *chosen = Some(first.id.clone());
                    picked = true;
                }
                picked |= ui.selectable_value(chosen, None, any.as_str()).clicked();
                for s in matching {
                    picked |= ui
                        .selectable_value(
                            chosen,
                            Some(s.id.clone()),
                            format!("{} ({})", s.name, s.id),
                        )
                        .clicked();
                }
                if picked {
                    ui.close();
                }
            });
        if combo.inner.is_none() {
            // Closed: the box takes the keyboard again the next time the list opens.
            ui.data_mut(|d| d.remove::<bool>(egui::Id::unique("log-stakeholder-find-focused")));
        }
        let combo = combo.response.labelled_by(label.id);
        let now = name_of(state.filter.stakeholder.as_ref());
        super::a11y::name_with_value(&combo, &stakeholder, &now);
        let is_bloc = state
            .filter
            .stakeholder
            .as_ref()
            .and_then(|id| project.stakeholder(id))
            .is_some_and(|s| !s.members.is_empty());
        if is_bloc {
            ui.checkbox(&mut state.filter.include_members, tr!("log-with-members"))
                .on_hover_text(tr!("log-with-members-tip"));
        }
        let in_a_bloc = state.filter.stakeholder.as_ref().is_some_and(|id| {
            project
                .stakeholders
                .iter()
                .any(|b| b.kind == crate::model::StakeholderKind::Bloc && b.members.contains(id))
        });
        if in_a_bloc || state.filter.include_blocs {
            ui.checkbox(&mut state.filter.include_blocs, tr!("log-with-blocs"))
                .on_hover_text(tr!("log-with-blocs-tip"));
        }

        let principles: Vec<(String, String)> = project
            .principles
            .iter()
            .map(|p| (p.id.clone(), format!("{} {}", p.id, p.title)))
            .collect();
        combo_option(
            ui,
            &tr!("log-filter-principle"),
            "log-principle",
            &mut state.filter.principle,
            &principles,
        );
        let stances: Vec<(Stance, String)> = Stance::ALL
            .iter()
            .map(|s| (*s, format!("{} {}", s.symbol(), s.words())))
            .collect();
        combo_option(
            ui,
            &tr!("log-filter-stance"),
            "log-stance",
            &mut state.filter.stance,
            &stances,
        );
        let confidences: Vec<(Confidence, String)> =
            Confidence::ALL.iter().map(|c| (*c, c.words())).collect();
        combo_option(
            ui,
            &tr!("log-filter-confidence"),
            "log-confidence",
            &mut state.filter.confidence,
            &confidences,
        );
        let kinds: Vec<(SourceKind, String)> =
            SourceKind::ALL.iter().map(|k| (*k, k.words())).collect();
        combo_option(
            ui,
            &tr!("log-filter-source"),
            "log-source",
            &mut state.filter.source_kind,
            &kinds,
        );
        if !state.tags.is_empty() || state.filter.tag.is_some() {
            combo_option(
                ui,
                &tr!("log-filter-tag"),
                "log-tag",
                &mut state.filter.tag,
                &state.tags,
            );
        }
        if state.recorders.len() > 1 || state.filter.recorded_by.is_some() {
            let recorders: Vec<(String, String)> = state
                .recorders
                .iter()
                .map(|(r, shown)| {
                    let shown = if r.is_empty() {
                        tr!("log-no-name")
                    } else {
                        shown.clone()
                    };
                    (r.clone(), shown)
                })
                .collect();
            combo_option(
                ui,
                &tr!("log-filter-logged-by"),
                "log-recorded-by",
                &mut state.filter.recorded_by,
                &recorders,
            );
        }
        let label = ui.label(tr!("log-search"));
        ui.add(
            egui::TextEdit::singleline(&mut state.filter.text)
                .hint_text(tr!("log-search-hint"))
                .desired_width(160.0),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!("log-search-tip"));
        if ui
            .add_enabled(
                !state.filter.is_empty(),
                egui::Button::new(tr!("log-clear-filters")),
            )
            .clicked()
        {
            state.filter = LogFilter::default();
        }
        ui.label(
            RichText::new(tr!(
                "log-shown-of",
                shown = crate::i18n::integer(crate::i18n::language(), shown),
                total = counted!("count-statements", project.statements.len())
            ))
            .weak(),
        );
    });
}

fn header_button(ui: &mut Ui, state: &mut LogState, key: SortKey, title: &str) {
    let arrow = match (state.sort.key == key, state.sort.descending) {
        (true, false) => " ^",
        (true, true) => " v",
        _ => "",
    };
    let response = ui
        .add(egui::Button::new(RichText::new(format!("{title}{arrow}")).strong()).frame(false))
        .on_hover_text(tr!("log-sort-tip", column = title.to_lowercase()));
    if response.clicked() {
        if state.sort.key == key {
            state.sort.descending = !state.sort.descending;
        } else {
            state.sort = LogSort {
                key,
                descending: false,
            };
        }
    }
}

/// Draws the log. Edits, links to open and messages are sent as commands.
pub fn show(ui: &mut Ui, ctx: &ViewCtx<'_>, state: &mut LogState) {
    let doc = ctx.doc;
    let project = &doc.project;
    let shown = state.rows(doc).len();
    // The detail beside the table, in two fixed areas: the table never draws under it.
    let area = ui.available_rect_before_wrap();
    let selected = state.selected_index(project);
    let detail_width = if selected.is_some() {
        (area.width() * 0.36).clamp(280.0, 460.0)
    } else {
        0.0
    };
    let split = area.right() - detail_width;
    let left = egui::Rect::from_min_max(area.min, egui::pos2(split - 6.0, area.bottom()));
    ui.scope_builder(egui::UiBuilder::new().max_rect(left), |ui| {
        ui.set_clip_rect(left.intersect(ui.clip_rect()));
        filter_bar(ui, project, state, shown);
        if let Some(i) = selected
            && !state.shown().contains(&i)
        {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tr!("log-selected-hidden")).color(ui.visuals().warn_fg_color),
                );
                if ui.button(tr!("log-show-all")).clicked() {
                    state.filter = LogFilter::default();
                    state.scroll_to_selected = true;
                }
            });
        }
        ui.separator();
        keyboard_selection(ui, project, state);
        table(ui, doc, state);
    });
    if let Some(index) = selected {
        let right = egui::Rect::from_min_max(egui::pos2(split + 6.0, area.top()), area.max);
        ui.painter().vline(
            split,
            area.y_range(),
            ui.visuals().widgets.noninteractive.bg_stroke,
        );
        ui.scope_builder(egui::UiBuilder::new().max_rect(right), |ui| {
            egui::ScrollArea::vertical()
                .id_salt("log-detail")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    detail(ui, ctx, index, state);
                });
        });
    }
    ui.allocate_rect(area, Sense::hover());
}

/// ↑/↓ move the selection when no text field has the keyboard.
fn keyboard_selection(ui: &Ui, project: &Project, state: &mut LogState) {
    if ui.ctx().text_edit_focused() || ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    let (up, down) = ui.input(|i| (i.key_pressed(Key::ArrowUp), i.key_pressed(Key::ArrowDown)));
    let selected = state.selected_index(project);
    let rows = state.shown();
    if !(up || down) || rows.is_empty() {
        return;
    }
    let current = selected.and_then(|i| rows.iter().position(|&r| r == i));
    let next = match current {
        None => 0,
        Some(p) if up => p.saturating_sub(1),
        Some(p) => (p + 1).min(rows.len() - 1),
    };
    let id = project.statements[rows[next]].id.clone();
    state.select(&id);
}

fn table(ui: &mut Ui, doc: &Document, state: &mut LogState) {
    let project = &doc.project;
    let selected = state.selected_index(project);
    // The selected statement may not exist yet (selected by a view during this frame, inserted
    // by its command at the end of it): keep asking until its row is there.
    let scroll_to = if state.scroll_to_selected {
        if selected.is_some() {
            state.scroll_to_selected = false;
        }
        selected.and_then(|i| state.shown().iter().position(|&r| r == i))
    } else {
        None
    };
    let selection = state.selection.take();
    let rows = selection.as_ref().map_or(&[][..], Selection::rows);
    let name_of = |id: &str| -> String {
        project
            .stakeholder(id)
            .map_or_else(|| id.to_owned(), |s| s.name.clone())
    };
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    // Rows are selected by a click anywhere on them: text in them must not take the click.
    ui.style_mut().interaction.selectable_labels = false;
    let mut clicked = None;
    // From the row's context menu: (row, stakeholder, principle) to show everything of.
    let mut context: Option<(usize, String, Option<String>)> = None;
    // Column widths are remembered per layout: with and without the detail panel beside.
    let layout = if selected.is_some() {
        "statement-log-narrow"
    } else {
        "statement-log"
    };
    // Widths follow the view's width; columns are not resizable by hand: egui_extras's resize
    // handles are focus stops with no name (six silent stops for the keyboard and a screen
    // reader, in the middle of the log).
    let w = ui.available_width();
    let mut builder = TableBuilder::new(ui)
        .id_salt(layout)
        .striped(true)
        // Clicked by the mouse anywhere, but not a focus stop per cell (six silent stops a
        // row): each row has one stop, named, in its first cell.
        .sense(Sense::CLICK)
        .auto_shrink([false, false])
        .column(Column::exact(60.0).clip(true))
        .column(Column::exact(85.0).clip(true))
        .column(Column::exact((w * 0.17).clamp(90.0, 260.0)).clip(true))
        .column(Column::exact((w * 0.13).clamp(80.0, 200.0)).clip(true))
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::exact(110.0).clip(true));
    if let Some(row) = scroll_to {
        builder = builder.scroll_to_row(row, Some(egui::Align::Center));
    }
    builder
        .header(22.0, |mut header| {
            header.col(|ui| header_button(ui, state, SortKey::Session, &tr!("column-session")));
            header.col(|ui| header_button(ui, state, SortKey::Date, &tr!("log-column-date")));
            header.col(|ui| {
                header_button(
                    ui,
                    state,
                    SortKey::Stakeholder,
                    &tr!("log-column-stakeholder"),
                );
            });
            header.col(|ui| header_button(ui, state, SortKey::Stance, &tr!("log-column-stances")));
            header.col(|ui| {
                ui.strong(tr!("column-summary"));
            });
            header.col(|ui| header_button(ui, state, SortKey::Recorded, &tr!("column-logged")));
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let i = rows[row.index()];
                let s = &project.statements[i];
                row.set_selected(selected == Some(i));
                let mut stop = None;
                row.col(|ui| {
                    stop = Some(row_stop(
                        ui,
                        s,
                        &name_of(&s.stakeholder),
                        selected == Some(i),
                    ));
                    ui.label(&s.session);
                });
                row.col(|ui| {
                    ui.label(s.date.map(|d| d.to_string()).unwrap_or_default());
                });
                row.col(|ui| {
                    let name = name_of(&s.stakeholder);
                    ui.add(egui::Label::new(name).truncate());
                });
                row.col(|ui| {
                    let cell = ui
                        .add(egui::Label::new(stances_job(ui, s)).truncate())
                        .on_hover_text(stances_text(s));
                    // In words for a screen reader, as the matrix reads them.
                    let words = stances_words(s);
                    cell.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
                });
                row.col(|ui| {
                    let mut text =
                        RichText::new(crate::text::clip(&s.summary, crate::text::ROW_BYTES));
                    if s.confidential {
                        text = text.italics();
                    }
                    ui.add(egui::Label::new(text).truncate());
                });
                row.col(|ui| {
                    ui.label(
                        RichText::new(s.recorded_at.format("%Y-%m-%d %H:%M").to_string()).small(),
                    );
                });
                let response = row.response();
                if response.clicked() || stop.as_ref().is_some_and(egui::Response::clicked) {
                    clicked = Some(i);
                }
                if stop.as_ref().is_some_and(egui::Response::has_focus) {
                    let colour = response.ctx.global_style().visuals.selection.stroke.color;
                    response
                        .ctx
                        .layer_painter(response.layer_id)
                        .with_clip_rect(response.interact_rect)
                        .rect_stroke(
                            response.rect.shrink(1.0),
                            2.0,
                            egui::Stroke::new(2.0, colour),
                            egui::StrokeKind::Inside,
                        );
                }
                response.context_menu(|ui| {
                    let who = name_of(&s.stakeholder);
                    if ui
                        .button(tr!("log-everything-said", who = who.as_str()))
                        .clicked()
                    {
                        context = Some((i, s.stakeholder.clone(), None));
                    }
                    for p in s.stances.keys() {
                        if ui
                            .button(tr!(
                                "log-everything-said-on",
                                who = who.as_str(),
                                principle = p.as_str()
                            ))
                            .clicked()
                        {
                            context = Some((i, s.stakeholder.clone(), Some(p.clone())));
                        }
                    }
                });
            });
        });
    state.selection = selection;
    if let Some(i) = clicked {
        let id = project.statements[i].id.clone();
        state.selected = Some(id);
        state.selected_hint = i;
    }
    if let Some((i, who, principle)) = context {
        let id = project.statements[i].id.clone();
        state.show_only(Some(who), principle, None);
        state.select(&id);
    }
}

/// A row's one focus stop, over its first cell: named with the whole row as a screen reader
/// reads it, and whether it is selected; Enter or Space selects it, the arrows move to the
/// rows above and below, and it scrolls into view when it takes the keyboard.
fn row_stop(ui: &mut Ui, s: &Statement, who: &str, selected: bool) -> egui::Response {
    let response = ui.interact(
        ui.max_rect(),
        ui.scope_id().with("row-stop"),
        Sense::click(),
    );
    let (session, stances) = (s.session.as_str(), stances_words(s));
    let summary = crate::text::clip(&s.summary, crate::text::ROW_BYTES);
    let label = match s.date {
        Some(date) => tr!(
            "log-row-name-dated",
            session = session,
            date = date.to_string(),
            who = who,
            stances = stances,
            summary = summary
        ),
        None => tr!(
            "log-row-name",
            session = session,
            who = who,
            stances = stances,
            summary = summary
        ),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Row, true, &label));
    // egui turns a widget's "selected" into "toggled" (a check box's state): a row is selected.
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_selected(selected));
    super::a11y::keep_in_view(&response);
    response
}

fn detail(ui: &mut Ui, ctx: &ViewCtx<'_>, index: usize, state: &mut LogState) {
    let project = ctx.project();
    let s = &project.statements[index];
    ui.horizontal(|ui| {
        ui.heading(tr!("log-statement"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!("log-close"))
                .on_hover_text(tr!("log-close-tip"))
                .clicked()
            {
                state.selected = None;
                state.editing = false;
            }
            let edit_label = if state.editing {
                tr!("log-done-editing")
            } else {
                tr!("log-edit-statement")
            };
            if ui
                .button(edit_label)
                .on_hover_text(tr!("log-edit-statement-tip"))
                .clicked()
            {
                state.editing = !state.editing;
            }
        });
    });
    ui.horizontal(|ui| {
        if ui
            .button(tr!("log-duplicate"))
            .on_hover_text(tr!("log-duplicate-tip"))
            .clicked()
        {
            let mut copy = s.clone();
            copy.stamp_new(ctx.now, &ctx.prefs.user_name);
            state.select(&copy.id);
            state.editing = true;
            ctx.edit(Edit::Insert {
                index: index + 1,
                item: Item::Statement(Box::new(copy)),
            });
        }
        if ui
            .button(tr!("log-delete"))
            .on_hover_text(tr!("log-delete-tip"))
            .clicked()
        {
            ctx.edit(Edit::Remove {
                collection: Collection::Statements,
                index,
            });
            ctx.send(Command::Status(tr!(
                "log-deleted",
                stakeholder = s.stakeholder.as_str(),
                session = s.session.as_str()
            )));
            state.selected = None;
            state.editing = false;
        }
        if ui
            .button(tr!("log-everything-they-said"))
            .on_hover_text(tr!("log-everything-they-said-tip"))
            .clicked()
        {
            let id = s.id.clone();
            state.show_only(Some(s.stakeholder.clone()), None, None);
            state.select(&id);
        }
    });
    ui.separator();
    if state.editing {
        statement_editor::show(ui, ctx, index, &mut state.buffers);
    } else {
        evidence(ui, ctx, s, state);
    }
}

fn evidence(ui: &mut Ui, ctx: &ViewCtx<'_>, s: &Statement, state: &mut LogState) {
    let project = ctx.project();
    let dark = ui.visuals().dark_mode;
    let who = project
        .stakeholder(&s.stakeholder)
        .map_or(s.stakeholder.as_str(), |x| x.name.as_str());
    ui.label(RichText::new(format!("{who} ({})", s.stakeholder)).strong());
    if let Some(by) = &s.delivered_by {
        let by_name = project
            .stakeholder(by)
            .map_or(by.as_str(), |x| x.name.as_str());
        ui.label(tr!("log-delivered-by", name = by_name, id = by.as_str()));
    }
    let session = project
        .session(&s.session)
        .map_or(s.session.clone(), |x| format!("{} ({})", x.name, x.id));
    ui.label(format!(
        "{session}{}",
        s.date.map(|d| format!(", {d}")).unwrap_or_default()
    ));
    ui.add_space(4.0);
    for (p, stance) in &s.stances {
        let title = project.principle(p).map_or("", |x| x.title.as_str());
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(stance.symbol())
                    .strong()
                    .color(palette::stance_text_on_panel(*stance, dark)),
            );
            ui.label(tr!(
                "log-principle-title-stance",
                principle = p.as_str(),
                title = title,
                stance = stance.words()
            ));
            if ui
                .small_button(tr!("log-all-on-this"))
                .on_hover_text(tr!(
                    "log-all-on-this-tip",
                    who = who,
                    principle = p.as_str()
                ))
                .clicked()
            {
                let id = s.id.clone();
                state.show_only(Some(s.stakeholder.clone()), Some(p.clone()), None);
                state.select(&id);
            }
        });
    }
    ui.add_space(4.0);
    ui.label(RichText::new(tr!("column-summary")).strong());
    ui.label(crate::text::clip(&s.summary, crate::text::DETAIL_BYTES));
    if let Some(note) = super::words::clip_note(
        crate::i18n::language(),
        &s.summary,
        crate::text::DETAIL_BYTES,
    ) {
        ui.label(RichText::new(note).weak());
    }
    if let Some(quote) = &s.quote {
        ui.label(RichText::new(tr!("log-quote")).strong());
        ui.label(
            RichText::new(format!(
                "“{}”",
                crate::text::clip(quote, crate::text::DETAIL_BYTES)
            ))
            .italics(),
        );
    }
    if !s.articles.is_empty() {
        ui.label(tr!("log-articles", articles = s.articles.join("; ")));
    }
    ui.label(tr!(
        "log-confidence-value",
        confidence = s.confidence.words()
    ));
    if s.confidential {
        ui.label(RichText::new(tr!("log-confidential")).color(ui.visuals().warn_fg_color));
    }
    if !s.tags.is_empty() {
        ui.label(tr!(
            "log-tags",
            tags = s
                .tags
                .iter()
                .map(|t| format!("#{t}"))
                .collect::<Vec<_>>()
                .join(" ")
        ));
    }
    if let Some(source) = &s.source {
        ui.label(format!(
            "{}{}",
            tr!("log-source-value", kind = source.kind.words()),
            source
                .title
                .as_ref()
                .map(|t| format!(", {t}"))
                .unwrap_or_default()
        ));
        if let Some(url) = &source.url {
            ui.label(RichText::new(url).small().weak());
            let safe = crate::text::safe_url(url);
            if ui
                .add_enabled(safe.is_some(), egui::Button::new(tr!("log-open-source")))
                .on_hover_text(tr!("log-open-source-tip"))
                .clicked()
                && let Some(safe) = safe
            {
                ctx.send(Command::OpenUrl(safe.to_owned()));
            }
        }
    }
    ui.add_space(4.0);
    let when = s.recorded_at.format("%Y-%m-%d %H:%M UTC").to_string();
    let logged = match &s.recorded_by {
        Some(by) => tr!(
            "log-logged-by-at",
            when = when,
            who = by.as_str(),
            id = s.id.as_str()
        ),
        None => tr!("log-logged-at", when = when, id = s.id.as_str()),
    };
    ui.label(RichText::new(logged).small().weak());
}
