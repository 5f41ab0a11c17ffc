//! What the analysis views share: the borrowed context of a frame, the cache stamp and the
//! wording of figures and statements (the shared widgets are in `widgets`).

use std::hash::{Hash, Hasher};

use egui::{RichText, Ui};

use super::super::command::{Command, CommandSender};
use super::super::document::Document;
use super::super::navigation::Navigate;
use crate::analysis::{
    AnalysisOptions, EffectivePosition, PrincipleFigures, ProjectAnalysis, Verdict,
};
use crate::i18n::Localized as _;
use crate::model::{Project, Stakeholder, Statement};
use crate::tr;

/// What a cached value was computed from: the document, its revision and the analysis options.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stamp {
    /// Identity of the document and its list of sessions, stable across other edits.
    pub document: u64,
    /// The document's revision.
    pub revision: u64,
    /// The options of the analysis.
    pub options: AnalysisOptions,
}

impl Stamp {
    /// The stamp of `doc` analysed with `options`. Cheap: it hashes a few strings, not the
    /// statements.
    pub fn of(doc: &Document, options: AnalysisOptions) -> Self {
        let mut h = crate::fnv::Fnv::default();
        // The document's own id (unique in the process), and its number of sessions: the
        // views remember the chosen session by index, which adding or deleting one shifts.
        doc.id().hash(&mut h);
        doc.project.sessions.len().hash(&mut h);
        Stamp {
            document: h.finish(),
            revision: doc.revision(),
            options,
        }
    }
}

/// What a view borrows for one frame.
pub struct Ctx<'a> {
    /// The project.
    pub project: &'a Project,
    /// Its analysis (cached).
    pub analysis: &'a ProjectAnalysis,
    /// What the analysis was computed from.
    pub stamp: Stamp,
    /// Where requests to show something in another view go.
    pub commands: &'a CommandSender,
}

impl Ctx<'_> {
    /// Asks to show something in another view.
    pub fn navigate(&self, to: Navigate) {
        self.commands.send(Command::Navigate(to));
    }

    /// The log filtered to the statements behind stakeholder `a`'s position on principle `j`:
    /// its own, and its blocs' when bloc positions count.
    pub fn behind(&self, a: usize, j: usize) -> Navigate {
        let stakeholder = self.project.stakeholders[a].id.clone();
        let principle = self.project.principles[j].id.clone();
        if self.stamp.options.bloc_positions {
            Navigate::LogBehind {
                stakeholder,
                principle,
            }
        } else {
            Navigate::Log {
                stakeholder: Some(stakeholder),
                principle: Some(principle),
                session: None,
            }
        }
    }

    /// The chosen session if it still exists, else the project's default (the latest with
    /// statements).
    pub fn session(&self, chosen: Option<usize>) -> Option<usize> {
        chosen
            .filter(|&k| self.analysis.session_order().contains(&k))
            .or_else(|| self.project.default_session())
    }

    /// The session `step` places (-1, 0 or +1) from the chosen one, stored back in `chosen`
    /// when it moves (so that "the latest" follows sessions added later).
    pub fn step_session(&self, chosen: &mut Option<usize>, step: i8) -> Option<usize> {
        let current = self.session(*chosen)?;
        if step == 0 {
            return Some(current);
        }
        let order = self.analysis.session_order();
        let at = order.iter().position(|&k| k == current)?;
        let next = match step {
            s if s < 0 => at.saturating_sub(1),
            s if s > 0 => (at + 1).min(order.len() - 1),
            _ => at,
        };
        *chosen = Some(order[next]);
        Some(order[next])
    }

    /// "AHC5 · Fifth session (2023-04-11)".
    pub fn session_long(&self, k: usize) -> String {
        let s = &self.project.sessions[k];
        format!(
            "{} · {} ({})",
            s.id,
            s.name,
            crate::i18n::date(crate::i18n::language(), s.start)
        )
    }

    /// The session's id.
    pub fn session_id(&self, k: usize) -> &str {
        &self.project.sessions[k].id
    }

    /// A stakeholder's name.
    pub fn name(&self, a: usize) -> &str {
        &self.project.stakeholders[a].name
    }
}

pub use crate::format::{percent, signed_percent};

/// A mean, gap or consensus as the window shows it: two decimals, with the decimal mark of
/// the window's language ("0.25", "0,25").
pub fn number(value: Option<f64>) -> String {
    crate::i18n::decimal(crate::i18n::language(), crate::format::number(value))
}

/// How a position reads, with what it rests on: "Strongly opposes (carried from AHC4, via
/// African Group, delivered by Egypt, confidential)".
pub fn position_words(cx: &Ctx<'_>, position: &EffectivePosition) -> String {
    let mut notes = Vec::new();
    if position.carried {
        notes.push(tr!(
            "insight-carried-from",
            session = cx.session_id(position.from_session)
        ));
    }
    let statement = cx.project.statements.get(position.statement);
    if let Some(bloc) = cx.analysis.via(cx.project, position) {
        let via = match statement.and_then(|s| s.delivered_by.as_deref()) {
            Some(by) => {
                let by = cx.project.stakeholder(by).map_or(by, |s| s.name.as_str());
                tr!(
                    "insight-via-delivered-by",
                    bloc = cx.name(bloc),
                    speaker = by
                )
            }
            None => tr!("insight-via", bloc = cx.name(bloc)),
        };
        notes.push(via);
    }
    if rests_on_confidential(cx, position) {
        notes.push(tr!("insight-confidential"));
    }
    if notes.is_empty() {
        position.stance.words()
    } else {
        format!("{} ({})", position.stance.words(), notes.join(", "))
    }
}

/// Whether the statement a position comes from is confidential (the views count it and mark
/// it; exports leave it out).
pub fn rests_on_confidential(cx: &Ctx<'_>, position: &EffectivePosition) -> bool {
    cx.project
        .statements
        .get(position.statement)
        .is_some_and(|s| s.confidential)
}

/// The accessible name of a matrix or profile cell.
pub fn cell_label(
    cx: &Ctx<'_>,
    stakeholder: usize,
    principle: usize,
    position: Option<&EffectivePosition>,
) -> String {
    let name = cx.name(stakeholder);
    let pid = &cx.project.principles[principle].id;
    match position {
        Some(p) => tr!(
            "insight-cell",
            name = name,
            principle = pid.as_str(),
            position = position_words(cx, p)
        ),
        None => tr!("insight-cell-none", name = name, principle = pid.as_str()),
    }
}

/// A verdict as the views write it, with its count when there are too few positions: "Too
/// few positions (2 of 61)" (the window's version of [`PrincipleFigures::verdict_words`]).
pub fn verdict_words(figures: &PrincipleFigures) -> String {
    match figures.verdict {
        Verdict::TooFew => tr!(
            "insight-verdict-with-count",
            verdict = figures.verdict.words(),
            n = figures.n,
            total = figures.in_scope
        ),
        other => other.words(),
    }
}

/// The region or bloc column of a stakeholder: its UN regional group, or its kind ("Bloc" for
/// a bloc).
pub fn region_words(s: &Stakeholder) -> String {
    match s.region {
        Some(r) => r.words(),
        None => s.kind.words(),
    }
}

/// One statement in a tooltip or list: session, date, stances, summary, source, confidence.
pub fn statement_ui(ui: &mut Ui, cx: &Ctx<'_>, statement: &Statement) {
    let date = statement
        .date
        .map_or_else(|| tr!("insight-date-not-recorded"), |d| d.to_string());
    let session = cx
        .project
        .session(&statement.session)
        .map_or(statement.session.as_str(), |s| s.name.as_str());
    let who = cx
        .project
        .stakeholder(&statement.stakeholder)
        .map_or(statement.stakeholder.as_str(), |s| s.name.as_str());
    ui.label(
        RichText::new(format!(
            "{who} · {} · {session} · {date}",
            statement.session
        ))
        .strong(),
    );
    let stances: Vec<String> = statement
        .stances
        .iter()
        .map(|(p, s)| format!("{p} {}", s.shown_symbol()))
        .collect();
    let mut line = tr!("insight-stances", stances = stances.join(", "));
    if let Some(by) = &statement.delivered_by {
        line.push_str(" · ");
        line.push_str(&tr!("insight-delivered-by", speaker = by.as_str()));
    }
    ui.label(line);
    ui.label(crate::text::clip(
        &statement.summary,
        crate::text::DETAIL_BYTES,
    ));
    if let Some(quote) = &statement.quote {
        ui.label(
            RichText::new(format!(
                "“{}”",
                crate::text::clip(quote, crate::text::DETAIL_BYTES)
            ))
            .italics(),
        );
    }
    let source = statement.source.as_ref().map_or_else(
        || tr!("insight-no-source"),
        |s| {
            let mut text = match &s.title {
                Some(title) => tr!(
                    "insight-source-titled",
                    kind = s.kind.words(),
                    title = title.as_str()
                ),
                None => s.kind.words(),
            };
            if let Some(url) = &s.url {
                text.push_str(" · ");
                text.push_str(url);
            }
            text
        },
    );
    let mut line = tr!(
        "insight-source-line",
        source = source,
        confidence = statement.confidence.words().to_lowercase()
    );
    if statement.confidential {
        line.push_str(" · ");
        line.push_str(&tr!("insight-confidential"));
    }
    ui.label(RichText::new(line).weak());
}

/// The statements of `stakeholder` on `principle` up to session `k` in session order, latest
/// first (a linear scan: only for a hovered cell or the profile of one stakeholder).
pub fn statements_on(cx: &Ctx<'_>, stakeholder: usize, principle: usize, k: usize) -> Vec<usize> {
    let order = cx.analysis.session_order();
    let rank_of = |id: &str| order.iter().position(|&s| cx.project.sessions[s].id == id);
    let Some(limit) = order.iter().position(|&s| s == k) else {
        return Vec::new();
    };
    let sid = &cx.project.stakeholders[stakeholder].id;
    let pid = &cx.project.principles[principle].id;
    let mut found: Vec<(usize, usize)> = cx
        .project
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| &s.stakeholder == sid && s.stances.contains_key(pid))
        .filter_map(|(i, s)| rank_of(&s.session).map(|r| (r, i)))
        .filter(|&(r, _)| r <= limit)
        .collect();
    found.sort_by(|a, b| {
        let sa = &cx.project.statements[a.1];
        let sb = &cx.project.statements[b.1];
        (b.0, sb.date, sb.recorded_at).cmp(&(a.0, sa.date, sa.recorded_at))
    });
    found.into_iter().map(|(_, i)| i).collect()
}

/// The `n` stakeholders with the most statements (ties: file order).
pub fn most_active(cx: &Ctx<'_>, n: usize) -> Vec<String> {
    let mut counts = vec![0usize; cx.project.stakeholders.len()];
    let index: std::collections::HashMap<&str, usize> = cx
        .project
        .stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for s in &cx.project.statements {
        if let Some(&i) = index.get(s.stakeholder.as_str()) {
            counts[i] += 1;
        }
    }
    let mut order: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] > 0).collect();
    order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
    order
        .into_iter()
        .take(n)
        .map(|i| cx.project.stakeholders[i].id.clone())
        .collect()
}
