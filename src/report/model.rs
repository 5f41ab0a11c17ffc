//! The report model: one [`Report`] built from the project and the options, with the figures,
//! names and evidence the HTML and Markdown writers lay out.

use std::borrow::Cow;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::analysis::{
    AnalysisOptions, BlocAggregate, EffectivePosition, ProjectAnalysis, Verdict, principles_by_gap,
};
use crate::i18n::{Lang, Localized as _};
use crate::model::{Project, Stakeholder, StakeholderKind, Stance, Statement};
use crate::tables::CsvOptions;
use crate::tr_in;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// One self-contained HTML file.
    Html,
    /// Markdown for GitHub, GitLab and word processors.
    Markdown,
    /// The data behind the report, one row per stakeholder and principle.
    Csv,
    /// The machine-readable figures (docs/METHODOLOGY.md).
    Json,
    /// The report's tables as a workbook, a sheet per table (binary: [`super::render_bytes`]).
    Xlsx,
}

impl ReportFormat {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Html => "html",
            ReportFormat::Markdown => "md",
            ReportFormat::Csv => "csv",
            ReportFormat::Json => "json",
            ReportFormat::Xlsx => "xlsx",
        }
    }
}

/// What to report.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportOptions {
    /// Index of the session reported.
    pub session: usize,
    /// Index of the session to compare with (default: the previous one in order).
    pub from: Option<usize>,
    /// The method the figures use: the project's, with the overrides of the command line or
    /// the export window.
    pub analysis: AnalysisOptions,
    /// Count confidential statements in the figures. Off by default: an export leaves them out
    /// (their text, tags, articles, source and id never appear either way).
    pub include_confidential: bool,
    /// When the report is made (fixed in tests for byte-identical output).
    pub generated_at: DateTime<Utc>,
    /// How the CSV is written: separator, decimal mark, byte-order mark.
    pub csv: CsvOptions,
    /// The language of the HTML and Markdown reports' words, numbers and dates (the CSV,
    /// JSON and XLSX stay machine-readable, in English).
    pub lang: crate::i18n::Lang,
}

/// A copy of the project without its confidential statements (the others copied once, not the
/// whole project copied and then filtered).
fn without_confidential(project: &Project) -> Project {
    let Project {
        format_version,
        title,
        treaty,
        framework,
        method,
        principles,
        sessions,
        stakeholders,
        statements,
        conflicts,
    } = project;
    Project {
        format_version: *format_version,
        title: title.clone(),
        treaty: treaty.clone(),
        framework: framework.clone(),
        method: *method,
        principles: principles.clone(),
        sessions: sessions.clone(),
        stakeholders: stakeholders.clone(),
        statements: statements
            .iter()
            .filter(|s| !s.confidential)
            .cloned()
            .collect(),
        conflicts: conflicts.clone(),
    }
}

/// A report ready to render.
#[derive(Clone, Debug)]
pub struct Report<'a> {
    /// The project the figures come from (without confidential statements when excluded):
    /// borrowed when nothing had to be left out, never a second copy of one the caller owns.
    pub project: Cow<'a, Project>,
    /// Its analysis.
    pub analysis: ProjectAnalysis,
    /// The options.
    pub options: ReportOptions,
    /// The session compared with: `options.from`, else the previous session.
    pub from: Option<usize>,
    /// Confidential statements in the file.
    pub num_confidential: usize,
}

impl<'a> Report<'a> {
    /// Builds the report from a project the caller keeps: it is copied only when it holds
    /// confidential statements to leave out.
    ///
    /// # Errors
    /// A message when a session index is out of range or the project is too large to analyse.
    pub fn build(project: &'a Project, options: ReportOptions) -> Result<Report<'a>, String> {
        Report::build_from(Cow::Borrowed(project), options)
    }

    /// Builds the report from a project the caller gives up (the command line): confidential
    /// statements left out in place, never copied.
    ///
    /// # Errors
    /// As [`Report::build`].
    pub fn build_owned(
        project: Project,
        options: ReportOptions,
    ) -> Result<Report<'static>, String> {
        Report::build_from(Cow::Owned(project), options)
    }

    fn build_from(project: Cow<'a, Project>, options: ReportOptions) -> Result<Report<'a>, String> {
        if options.session >= project.sessions.len() {
            return Err("the report's session is not in the project".to_owned());
        }
        if options.from.is_some_and(|f| f >= project.sessions.len()) {
            return Err("the comparison session is not in the project".to_owned());
        }
        if options.from == Some(options.session) {
            return Err(
                "a session cannot be compared with itself; choose another --from".to_owned(),
            );
        }
        ProjectAnalysis::check_size(&project)?;
        let num_confidential = project.statements.iter().filter(|s| s.confidential).count();
        let project = if options.include_confidential || num_confidential == 0 {
            project
        } else {
            match project {
                Cow::Owned(mut project) => {
                    project.statements.retain(|s| !s.confidential);
                    Cow::Owned(project)
                }
                Cow::Borrowed(project) => Cow::Owned(without_confidential(project)),
            }
        };
        let analysis = ProjectAnalysis::compute(&project, options.analysis);
        let from = options
            .from
            .or_else(|| analysis.previous_session(options.session))
            .filter(|&f| f != options.session);
        Ok(Report {
            project,
            analysis,
            options,
            from,
            num_confidential,
        })
    }

    /// "Fifth session (AHC5)".
    pub(super) fn session_label(&self, k: usize) -> String {
        let s = &self.project.sessions[k];
        format!("{} ({})", s.name, s.id)
    }

    /// The session's dates in `lang`: "2024-07-29 to 2024-08-09", "du 29 juillet 2024 au
    /// 9 août 2024".
    pub(super) fn dates(&self, k: usize, lang: Lang) -> String {
        let s = &self.project.sessions[k];
        match s.end {
            Some(end) if end != s.start => tr_in!(
                lang,
                "report-dates-range",
                start = crate::i18n::date(lang, s.start),
                end = crate::i18n::date(lang, end)
            ),
            _ => crate::i18n::date(lang, s.start),
        }
    }

    /// The report's language (its words, numbers and dates).
    pub(super) fn lang(&self) -> Lang {
        self.options.lang
    }

    /// A mean, gap or consensus in the report's language: "0.42", "0,42", or "—".
    pub(super) fn number(&self, value: Option<f64>) -> String {
        crate::i18n::decimal(self.lang(), crate::format::number(value))
    }

    /// A count in the report's language: "1234" in English (as the reports have always
    /// written it), "1 234" in French.
    pub(super) fn count(&self, n: usize) -> String {
        count_in(self.lang(), n)
    }

    /// The facts table at the top of the report in `lang`, name and value, every user-written
    /// string passed through `escape` and every address through `link`.
    pub(super) fn facts(
        &self,
        lang: Lang,
        escape: impl Fn(&str) -> String,
        link: impl Fn(&str) -> String,
    ) -> Vec<(String, String)> {
        let p = &self.project;
        let k = self.options.session;
        let session = &p.sessions[k];
        let n = self.num_confidential;
        vec![
            (tr_in!(lang, "report-fact-treaty"), escape(&p.treaty.name)),
            (
                tr_in!(lang, "report-fact-framework"),
                match &p.framework.source {
                    Some(src) => format!("{} ({})", escape(&p.framework.name), link(src)),
                    None => escape(&p.framework.name),
                },
            ),
            (
                tr_in!(lang, "report-fact-session"),
                format!(
                    "{}, {}{}",
                    escape(&self.session_label(k)),
                    escape(&self.dates(k, lang)),
                    session
                        .location
                        .as_ref()
                        .map(|l| format!(", {}", escape(l)))
                        .unwrap_or_default()
                ),
            ),
            (
                tr_in!(lang, "report-fact-draft"),
                session
                    .draft
                    .as_deref()
                    .map_or_else(|| "—".to_owned(), &escape),
            ),
            (
                tr_in!(lang, "report-fact-compared-with"),
                self.from.map_or_else(
                    || tr_in!(lang, "report-first-session"),
                    |f| escape(&self.session_label(f)),
                ),
            ),
            (
                tr_in!(lang, "report-fact-positions"),
                if self.options.analysis.carry_forward {
                    tr_in!(lang, "report-positions-carried")
                } else {
                    tr_in!(lang, "report-positions-this-session")
                },
            ),
            (
                tr_in!(lang, "report-fact-bloc-positions"),
                if self.options.analysis.bloc_positions {
                    tr_in!(lang, "report-bloc-positions-on")
                } else {
                    tr_in!(lang, "report-bloc-positions-off")
                },
            ),
            (
                tr_in!(lang, "report-fact-verdicts"),
                tr_in!(
                    lang,
                    "report-verdicts-rule",
                    min = self.options.analysis.min_positions.to_string()
                ),
            ),
            (
                tr_in!(lang, "report-fact-confidential"),
                if self.options.include_confidential {
                    tr_in!(
                        lang,
                        "report-confidential-counted",
                        n = n,
                        shown = count_in(lang, n),
                        flag = escape("--include-confidential")
                    )
                } else {
                    tr_in!(
                        lang,
                        "report-confidential-left-out",
                        n = n,
                        shown = count_in(lang, n)
                    )
                },
            ),
            (
                tr_in!(lang, "report-fact-generated"),
                generated(lang, self.options.generated_at),
            ),
        ]
    }

    /// Principle indices, furthest from the framework first ([`principles_by_gap`]).
    pub(super) fn principles_by_gap(&self) -> Vec<usize> {
        principles_by_gap(
            &self.analysis,
            self.project.principles.len(),
            self.options.session,
        )
    }

    /// Share of (stakeholder in scope, principle) pairs with a position.
    pub(super) fn overall_coverage(&self) -> Option<f64> {
        let k = self.options.session;
        let scope: Vec<usize> = (0..self.project.stakeholders.len())
            .filter(|&a| self.analysis.in_scope(a))
            .collect();
        let cells = scope.len() * self.project.principles.len();
        let filled: usize = scope
            .iter()
            .map(|&a| {
                self.analysis
                    .row(k, a)
                    .iter()
                    .filter(|p| p.is_some())
                    .count()
            })
            .sum();
        (cells > 0).then(|| filled as f64 / cells as f64)
    }

    /// The positions on principle `p` at the session of the stakeholders in scope (blocs are
    /// counted through their members), in file order.
    pub(super) fn positions_on(&self, p: usize) -> Vec<(usize, EffectivePosition)> {
        (0..self.project.stakeholders.len())
            .filter(|&a| self.analysis.in_scope(a))
            .filter_map(|a| {
                self.analysis
                    .position(self.options.session, a, p)
                    .map(|pos| (a, pos))
            })
            .collect()
    }

    /// The statements behind the positions on principle `p`, in file order, deduplicated.
    pub(super) fn evidence(&self, p: usize) -> Vec<&Statement> {
        let mut indices: Vec<usize> = self
            .positions_on(p)
            .iter()
            .map(|(_, pos)| pos.statement)
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices
            .into_iter()
            .filter_map(|i| self.project.statements.get(i))
            .collect()
    }

    /// Statements counted up to the session (those an effective position may come from).
    pub(super) fn counted_statements(&self) -> Vec<&Statement> {
        let order = self.analysis.session_order();
        let upto: Vec<&str> = order
            .iter()
            .take_while(|&&k| k != self.options.session)
            .chain(std::iter::once(&self.options.session))
            .map(|&k| self.project.sessions[k].id.as_str())
            .collect();
        self.project
            .statements
            .iter()
            .filter(|s| {
                if self.options.analysis.carry_forward {
                    upto.contains(&s.session.as_str())
                } else {
                    s.session == self.project.sessions[self.options.session].id
                }
            })
            .collect()
    }

    /// The summary's lines: a verdict's heading and its principles' ids, each passed through
    /// `escape`, in the summary's order; verdicts nobody has are left out. Principles with too
    /// few positions are listed apart, each with its count ("C4 (2 of 61)").
    pub(super) fn verdict_groups(
        &self,
        lang: Lang,
        escape: impl Fn(&str) -> String,
    ) -> Vec<(String, String)> {
        let k = self.options.session;
        VERDICT_ORDER
            .iter()
            .filter_map(|&verdict| {
                let ids: Vec<String> = (0..self.project.principles.len())
                    .filter_map(|i| {
                        let f = self.analysis.principle(k, i);
                        let id = escape(&self.project.principles[i].id);
                        (f.verdict == verdict).then(|| match verdict {
                            Verdict::TooFew => format!(
                                "{id} ({})",
                                tr_in!(
                                    lang,
                                    "report-n-of-total",
                                    n = count_in(lang, f.n),
                                    total = count_in(lang, f.in_scope)
                                )
                            ),
                            _ => id,
                        })
                    })
                    .collect();
                let heading = match verdict {
                    Verdict::TooFew => tr_in!(
                        lang,
                        "report-too-few-heading",
                        min = self.options.analysis.min_positions.to_string()
                    ),
                    _ => verdict.words_in(lang),
                };
                (!ids.is_empty()).then(|| (heading, ids.join(", ")))
            })
            .collect()
    }

    /// Principle `i` at the compared session: its id, the verdict then and now, and the change
    /// of the mean score in words.
    pub(super) fn change_since(&self, i: usize) -> Option<(&str, Verdict, Verdict, String)> {
        let from = self.from?;
        let before = self.analysis.principle(from, i);
        let now = self.analysis.principle(self.options.session, i);
        let lang = self.lang();
        let change = match (before.mean_score, now.mean_score) {
            (Some(a), Some(b)) => tr_in!(
                lang,
                "report-mean-change",
                change = crate::i18n::decimal(lang, format!("{:+.2}", b - a))
            ),
            _ => tr_in!(lang, "report-mean-not-comparable"),
        };
        Some((
            self.project.sessions[from].id.as_str(),
            before.verdict,
            now.verdict,
            change,
        ))
    }

    /// Names of the stakeholders in scope on one side of principle `i` (`sign` +1: supports,
    /// −1: opposes), each with whether its position is carried and the bloc it is inherited
    /// from, if any.
    pub(super) fn side(&self, i: usize, sign: i8) -> Vec<(&str, bool, Option<&str>)> {
        self.positions_on(i)
            .into_iter()
            .filter(|(_, pos)| pos.stance.score().signum() == sign)
            .map(|(a, pos)| {
                let via = self
                    .analysis
                    .via(&self.project, &pos)
                    .map(|b| self.project.stakeholders[b].name.as_str());
                (self.project.stakeholders[a].name.as_str(), pos.carried, via)
            })
            .collect()
    }

    /// The names on one side of principle `i` (`sign` as [`Report::side`]), each passed
    /// through `escape` and followed by what its position rests on, in the parentheses
    /// `brackets` ("Kenya (carried, via African Group)"), joined by commas; a dash when nobody
    /// is on that side.
    pub(super) fn side_list(
        &self,
        i: usize,
        sign: i8,
        escape: impl Fn(&str) -> String,
        brackets: (&str, &str),
    ) -> String {
        let names: Vec<String> = self
            .side(i, sign)
            .into_iter()
            .map(|(name, carried, via)| {
                let mut notes = Vec::new();
                if carried {
                    notes.push(tr_in!(self.lang(), "report-carried"));
                }
                if let Some(bloc) = via {
                    notes.push(tr_in!(self.lang(), "report-via", bloc = escape(bloc)));
                }
                if notes.is_empty() {
                    escape(name)
                } else {
                    format!(
                        "{} {}{}{}",
                        escape(name),
                        brackets.0,
                        notes.join(", "),
                        brackets.1
                    )
                }
            })
            .collect();
        if names.is_empty() {
            "—".to_owned()
        } else {
            names.join(", ")
        }
    }

    /// Who made a statement, when, and its stance on `principle_id`, as the evidence shows them
    /// (the date and the stance in the report's language).
    pub(super) fn evidence_line<'s>(
        &'s self,
        s: &'s Statement,
        principle_id: &str,
    ) -> (&'s str, String, String) {
        let who = self
            .project
            .stakeholder(&s.stakeholder)
            .map_or(s.stakeholder.as_str(), |x| x.name.as_str());
        let when = s.date.map_or_else(
            || s.session.clone(),
            |d| format!("{}, {}", s.session, crate::i18n::date(self.lang(), d)),
        );
        let stance = s
            .stances
            .get(principle_id)
            .map_or_else(String::new, |st| st.words_in(self.lang()));
        (who, when, stance)
    }

    /// Every bloc's name and aggregate, in file order.
    pub(super) fn bloc_rows(&self) -> Vec<(&str, BlocAggregate)> {
        (0..self.project.stakeholders.len())
            .filter_map(|b| {
                self.analysis
                    .bloc_aggregate(&self.project, self.options.session, b)
                    .map(|agg| (self.project.stakeholders[b].name.as_str(), agg))
            })
            .collect()
    }
}

pub(super) const VERDICT_ORDER: [Verdict; 8] = [
    Verdict::BroadSupport,
    Verdict::LeaningSupport,
    Verdict::Mixed,
    Verdict::Contested,
    Verdict::LeaningOpposition,
    Verdict::BroadOpposition,
    Verdict::TooFew,
    Verdict::Silent,
];

/// The stakeholders table's group column in `lang`: the UN regional group, `bloc`, or a dash.
pub(super) fn group_label(s: &Stakeholder, lang: Lang) -> String {
    s.region.map_or_else(
        || {
            if s.kind == StakeholderKind::Bloc {
                tr_in!(lang, "report-group-bloc")
            } else {
                "—".to_owned()
            }
        },
        |r| r.words_in(lang),
    )
}

/// A count in `lang`: "1234" in English (as the reports have always written it), "1 234" in
/// French ([`crate::i18n::integer`]).
pub(super) fn count_in(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => n.to_string(),
        Lang::Fr => crate::i18n::integer(lang, n),
    }
}

/// When the report was made, in `lang`: RFC 3339 in English ("2026-01-01T00:00:00Z"), the
/// date and the time in words in French ("1er janvier 2026 à 00:00 UTC").
fn generated(lang: Lang, at: DateTime<Utc>) -> String {
    match lang {
        Lang::En => at.to_rfc3339_opts(SecondsFormat::Secs, true),
        Lang::Fr => tr_in!(
            lang,
            "report-generated-at",
            date = crate::i18n::date(lang, at.date_naive()),
            time = at.format("%H:%M").to_string()
        ),
    }
}

/// The largest shifts of the report, at most `limit`; one line's parts's parts: stakeholder name, principle id, from, to, delta.
pub(super) fn largest_shifts(
    report: &Report<'_>,
    limit: usize,
) -> Vec<(String, String, Stance, Stance, i8)> {
    let Some(from) = report.from else {
        return Vec::new();
    };
    report
        .analysis
        .shifts(&report.project, from, report.options.session)
        .moved
        .into_iter()
        .take(limit)
        .map(|s| {
            (
                report.project.stakeholders[s.stakeholder].name.clone(),
                report.project.principles[s.principle].id.clone(),
                s.from.stance,
                s.to.stance,
                s.delta,
            )
        })
        .collect()
}

pub(super) fn sources(report: &Report<'_>) -> Vec<String> {
    let mut urls: Vec<String> = report
        .counted_statements()
        .into_iter()
        .filter(|s| !s.confidential)
        .filter_map(|s| s.source.as_ref().and_then(|src| src.url.clone()))
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

/// The end of an evidence line in `lang`: "Confidence: Medium; source: AI summary, LINK", the
/// address written by `link`.
pub(super) fn evidence_note(s: &Statement, lang: Lang, link: impl Fn(&str) -> String) -> String {
    let mut note = tr_in!(
        lang,
        "report-confidence",
        level = s.confidence.words_in(lang)
    );
    if let Some(source) = &s.source {
        note.push_str(&tr_in!(
            lang,
            "report-source",
            kind = source.kind.words_in(lang)
        ));
        if let Some(url) = &source.url {
            note.push_str(", ");
            note.push_str(&link(url));
        }
    }
    note
}
