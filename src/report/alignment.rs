//! The alignment report: what leaves the room. One [`Report`] is built from the project and
//! the options, then rendered as HTML, Markdown, CSV or JSON by the same function for the
//! command line and the app ([`render`]), so both give the same bytes.
//!
//! Only figures, names, and the text of statements that are not confidential appear; every
//! user-written string is escaped for the format it goes into.

use std::fmt::Write as _;

/// `write!` into a `String`, which cannot fail.
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {
        $out.write_fmt(format_args!($($arg)*)).expect("writing to a String cannot fail")
    };
}

/// `writeln!` into a `String`, which cannot fail.
macro_rules! putln {
    ($out:expr, $($arg:tt)*) => {{
        put!($out, $($arg)*);
        $out.push('\n');
    }};
}

use chrono::{DateTime, SecondsFormat, Utc};

use crate::analysis::{
    AnalysisOptions, BlocAggregate, EffectivePosition, ProjectAnalysis, Verdict,
};
use crate::model::{Project, Stakeholder, StakeholderKind, Stance, Statement};

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
}

impl ReportFormat {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Html => "html",
            ReportFormat::Markdown => "md",
            ReportFormat::Csv => "csv",
            ReportFormat::Json => "json",
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
    /// Carry positions forward from earlier sessions.
    pub carry_forward: bool,
    /// Leave confidential statements out of the figures too (their text never appears).
    pub exclude_confidential: bool,
    /// When the report is made (fixed in tests for byte-identical output).
    pub generated_at: DateTime<Utc>,
}

/// A report ready to render.
#[derive(Clone, Debug)]
pub struct Report {
    /// The project the figures come from (without confidential statements when excluded).
    pub project: Project,
    /// Its analysis.
    pub analysis: ProjectAnalysis,
    /// The options.
    pub options: ReportOptions,
    /// The session compared with: `options.from`, else the previous session.
    pub from: Option<usize>,
    /// Confidential statements in the file.
    pub num_confidential: usize,
}

impl Report {
    /// Builds the report.
    ///
    /// # Errors
    /// A message when a session index is out of range or the project is too large to analyse.
    pub fn build(project: &Project, options: ReportOptions) -> Result<Report, String> {
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
        ProjectAnalysis::check_size(project)?;
        let num_confidential = project.statements.iter().filter(|s| s.confidential).count();
        let mut project = project.clone();
        if options.exclude_confidential {
            project.statements.retain(|s| !s.confidential);
        }
        let analysis = ProjectAnalysis::compute(
            &project,
            AnalysisOptions {
                carry_forward: options.carry_forward,
            },
        );
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

    fn session_label(&self, k: usize) -> String {
        let s = &self.project.sessions[k];
        format!("{} ({})", s.name, s.id)
    }

    fn dates(&self, k: usize) -> String {
        let s = &self.project.sessions[k];
        match s.end {
            Some(end) if end != s.start => format!("{} to {}", s.start, end),
            _ => s.start.to_string(),
        }
    }

    /// Principle indices, furthest from the framework first (largest gap; silent ones last),
    /// then file order.
    fn principles_by_gap(&self) -> Vec<usize> {
        let k = self.options.session;
        let mut order: Vec<usize> = (0..self.project.principles.len()).collect();
        order.sort_by(|&a, &b| {
            let ga = self.analysis.principle(k, a).gap.unwrap_or(-1.0);
            let gb = self.analysis.principle(k, b).gap.unwrap_or(-1.0);
            gb.total_cmp(&ga).then(a.cmp(&b))
        });
        order
    }

    /// Share of (stakeholder in scope, principle) pairs with a position.
    fn overall_coverage(&self) -> Option<f64> {
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
    fn positions_on(&self, p: usize) -> Vec<(usize, EffectivePosition)> {
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
    fn evidence(&self, p: usize) -> Vec<&Statement> {
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
    fn counted_statements(&self) -> Vec<&Statement> {
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
                if self.options.carry_forward {
                    upto.contains(&s.session.as_str())
                } else {
                    s.session == self.project.sessions[self.options.session].id
                }
            })
            .collect()
    }

    /// Principle ids by verdict, in the summary's order; verdicts nobody has are left out.
    fn verdict_groups(&self) -> Vec<(Verdict, Vec<&str>)> {
        let k = self.options.session;
        VERDICT_ORDER
            .iter()
            .map(|&verdict| {
                let ids: Vec<&str> = (0..self.project.principles.len())
                    .filter(|&i| self.analysis.principle(k, i).verdict == verdict)
                    .map(|i| self.project.principles[i].id.as_str())
                    .collect();
                (verdict, ids)
            })
            .filter(|(_, ids)| !ids.is_empty())
            .collect()
    }

    /// Principle `i` at the compared session: its id, the verdict then and now, and the change
    /// of the mean score in words.
    fn change_since(&self, i: usize) -> Option<(&str, Verdict, Verdict, String)> {
        let from = self.from?;
        let before = self.analysis.principle(from, i);
        let now = self.analysis.principle(self.options.session, i);
        let change = match (before.mean_score, now.mean_score) {
            (Some(a), Some(b)) => format!("mean score {:+.2}", b - a),
            _ => "mean score not comparable".to_owned(),
        };
        Some((
            self.project.sessions[from].id.as_str(),
            before.verdict,
            now.verdict,
            change,
        ))
    }

    /// Names of the stakeholders in scope on one side of principle `i` (`sign` +1: supports,
    /// −1: opposes), each with whether its position is carried.
    fn side(&self, i: usize, sign: i8) -> Vec<(&str, bool)> {
        self.positions_on(i)
            .into_iter()
            .filter(|(_, pos)| pos.stance.score().signum() == sign)
            .map(|(a, pos)| (self.project.stakeholders[a].name.as_str(), pos.carried))
            .collect()
    }

    /// Who made a statement, when, and its stance on `principle_id`, as the evidence shows them.
    fn evidence_line<'s>(
        &'s self,
        s: &'s Statement,
        principle_id: &str,
    ) -> (&'s str, String, &'static str) {
        let who = self
            .project
            .stakeholder(&s.stakeholder)
            .map_or(s.stakeholder.as_str(), |x| x.name.as_str());
        let when = s
            .date
            .map_or_else(|| s.session.clone(), |d| format!("{}, {d}", s.session));
        let stance = s
            .stances
            .get(principle_id)
            .map_or("", |st| stance_label(*st));
        (who, when, stance)
    }

    /// Every bloc's name and aggregate, in file order.
    fn bloc_rows(&self) -> Vec<(&str, BlocAggregate)> {
        (0..self.project.stakeholders.len())
            .filter_map(|b| {
                self.analysis
                    .bloc_aggregate(&self.project, self.options.session, b)
                    .map(|agg| (self.project.stakeholders[b].name.as_str(), agg))
            })
            .collect()
    }
}

/// The stakeholders table's group column: the UN regional group, `bloc`, or a dash.
fn group_label(s: &Stakeholder) -> String {
    s.region.map_or_else(
        || {
            if s.kind == StakeholderKind::Bloc {
                "bloc"
            } else {
                "—"
            }
            .to_owned()
        },
        |r| r.name().to_owned(),
    )
}

/// A source address that may become a link: http or https only, no spaces or control
/// characters.
pub fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim().to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url
            .trim()
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    ok.then(|| url.trim())
}

/// Text escaped for HTML element content and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Text escaped for Markdown (inline text and table cells): punctuation that Markdown or
/// HTML would interpret gets a backslash; line breaks become spaces.
pub fn md_escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '!'
            | '|' | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            // GitHub turns `name@host`, `scheme://…` and `www.…` in plain text into links; an
            // entity keeps the trigger out of the source while the text reads the same.
            '@' => out.push_str("&#64;"),
            ':' if chars.get(i + 1) == Some(&'/') => out.push_str("&#58;"),
            '.' if i >= 3
                && chars[i - 3..i]
                    .iter()
                    .collect::<String>()
                    .eq_ignore_ascii_case("www") =>
            {
                out.push_str("&#46;");
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{:.0} %", v * 100.0))
}

fn signed_percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{:+.0} %", v * 100.0))
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{v:.2}"))
}

fn stance_label(stance: Stance) -> &'static str {
    match stance {
        Stance::StronglySupports => "strongly supports",
        Stance::Supports => "supports",
        Stance::Mixed => "mixed",
        Stance::Opposes => "opposes",
        Stance::StronglyOpposes => "strongly opposes",
    }
}

/// Renders the report in `format`; the one function behind both the command line and the app.
///
/// # Errors
/// As [`Report::build`].
pub fn render(
    project: &Project,
    format: ReportFormat,
    options: ReportOptions,
) -> Result<String, String> {
    let report = Report::build(project, options)?;
    Ok(match format {
        ReportFormat::Html => html(&report),
        ReportFormat::Markdown => markdown(&report),
        ReportFormat::Csv => super::csv(&report.project, &report.analysis, report.options.session),
        ReportFormat::Json => super::json(
            &report.project,
            &report.analysis,
            report.options.session,
            report.options.generated_at,
        ),
    })
}

const VERDICT_ORDER: [Verdict; 7] = [
    Verdict::BroadSupport,
    Verdict::LeaningSupport,
    Verdict::Mixed,
    Verdict::Contested,
    Verdict::LeaningOpposition,
    Verdict::BroadOpposition,
    Verdict::Silent,
];

/// One largest shift line's parts: stakeholder name, principle id, from, to, delta.
fn largest_shifts(report: &Report, limit: usize) -> Vec<(String, String, Stance, Stance, i8)> {
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

const CSS: &str = "
:root{--fg:#1b1b1b;--muted:#5b5b5b;--line:#d9d9d9;--support:#2c7bb6;--mixed:#b8b8b8;--oppose:#d7191c;--silent:#f1f1f1}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--fg);max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}
h3{margin:1.6rem 0 .3rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600}th.sortable{cursor:pointer}th.sortable::after{content:' \\2195';color:var(--muted)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}.facts th{width:14rem;font-weight:500;color:var(--muted)}
.verdict{display:inline-block;padding:.05rem .5rem;border-radius:1rem;font-size:.85rem;border:1px solid var(--line)}
.v-BroadSupport,.v-LeaningSupport{background:#e3eef7}.v-BroadOpposition,.v-LeaningOpposition{background:#fbe3e3}.v-Contested{background:#fff1d6}
.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
.principle h3{break-after:avoid;page-break-after:avoid}.figures{break-inside:avoid;page-break-inside:avoid}
ul.evidence{padding-left:1.1rem}ul.evidence li{margin:.3rem 0}
svg{display:block}
@media print{body{margin:0;max-width:none;font-size:10.5pt}a{color:inherit}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}th.sortable::after{content:''}}
";

const SORT_SCRIPT: &str = "
document.querySelectorAll('table.sortable').forEach(function(t){
 t.querySelectorAll('th.sortable').forEach(function(th,i){th.addEventListener('click',function(){
  var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
  rows.sort(function(x,y){var a=x.cells[i].dataset.v||x.cells[i].textContent,c=y.cells[i].dataset.v||y.cells[i].textContent;
   var na=parseFloat(a),nc=parseFloat(c);var r=(!isNaN(na)&&!isNaN(nc))?na-nc:a.localeCompare(c);return asc?r:-r;});
  rows.forEach(function(r){b.appendChild(r);});});});});
";

fn bar_svg(f: &crate::analysis::PrincipleFigures) -> String {
    // Shares of everyone in scope: support, mixed, opposition, silence.
    let n = f.in_scope.max(1) as f64;
    let support = (f.counts[3] + f.counts[4]) as f64 / n;
    let mixed = f.counts[2] as f64 / n;
    let oppose = (f.counts[0] + f.counts[1]) as f64 / n;
    let width = 480.0;
    let mut x = 0.0;
    let mut out = format!(
        "<svg width=\"{width:.0}\" height=\"18\" viewBox=\"0 0 {width:.0} 18\" role=\"img\" aria-label=\"support {:.0} %, mixed {:.0} %, opposition {:.0} %, silent {:.0} %\">",
        support * 100.0,
        mixed * 100.0,
        oppose * 100.0,
        (1.0 - support - mixed - oppose).max(0.0) * 100.0
    );
    for (share, colour) in [
        (support, "#2c7bb6"),
        (mixed, "#b8b8b8"),
        (oppose, "#d7191c"),
    ] {
        let w = share * width;
        if w > 0.0 {
            put!(
                out,
                "<rect x=\"{x:.1}\" y=\"0\" width=\"{w:.1}\" height=\"18\" fill=\"{colour}\"/>"
            );
        }
        x += w;
    }
    if x < width {
        put!(
            out,
            "<rect x=\"{x:.1}\" y=\"0\" width=\"{:.1}\" height=\"18\" fill=\"#f1f1f1\"/>",
            width - x
        );
    }
    out.push_str("</svg>");
    out
}

fn link_html(url: &str) -> String {
    match safe_url(url) {
        Some(safe) => format!(
            "<a href=\"{}\">{}</a>",
            html_escape(safe),
            html_escape(safe)
        ),
        None => html_escape(url),
    }
}

/// The report as one self-contained HTML file.
#[expect(
    clippy::many_single_char_names,
    reason = "p, k, e and o keep this template-like writer readable"
)]
pub fn html(report: &Report) -> String {
    let p = &report.project;
    let k = report.options.session;
    let session = &p.sessions[k];
    let e = html_escape;
    let mut o = String::new();
    put!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — alignment report, {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        e(&p.title),
        e(&session.name)
    );
    putln!(
        o,
        "<h1>{}</h1>\n<p class=\"muted\">Alignment report: {}</p>",
        e(&p.title),
        e(&report.session_label(k))
    );
    o.push_str("<table class=\"facts\">\n");
    let mut fact = |name: &str, value: String| {
        putln!(o, "<tr><th>{name}</th><td>{value}</td></tr>");
    };
    fact("Treaty", e(&p.treaty.name));
    fact(
        "Framework",
        match &p.framework.source {
            Some(src) => format!("{} ({})", e(&p.framework.name), link_html(src)),
            None => e(&p.framework.name),
        },
    );
    fact(
        "Session",
        format!(
            "{}, {}{}",
            e(&report.session_label(k)),
            e(&report.dates(k)),
            session
                .location
                .as_ref()
                .map(|l| format!(", {}", e(l)))
                .unwrap_or_default()
        ),
    );
    fact(
        "Text under negotiation",
        session.draft.as_deref().map_or_else(|| "—".to_owned(), e),
    );
    fact(
        "Compared with",
        report.from.map_or_else(
            || "— (first session)".to_owned(),
            |f| e(&report.session_label(f)),
        ),
    );
    fact(
        "Positions",
        if report.options.carry_forward {
            "latest known, carried forward from earlier sessions".to_owned()
        } else {
            "stated at this session only".to_owned()
        },
    );
    fact(
        "Confidential statements",
        if report.options.exclude_confidential {
            format!(
                "{} left out of the figures (--exclude-confidential)",
                report.num_confidential
            )
        } else {
            format!(
                "{} counted in the figures; their text is not shown",
                report.num_confidential
            )
        },
    );
    fact(
        "Generated",
        report
            .options
            .generated_at
            .to_rfc3339_opts(SecondsFormat::Secs, true),
    );
    o.push_str("</table>\n");

    // Summary.
    o.push_str("<h2>Summary</h2>\n<ul>\n");
    for (verdict, ids) in report.verdict_groups() {
        let ids: Vec<String> = ids.into_iter().map(e).collect();
        putln!(
            o,
            "<li><strong>{}</strong>: {}</li>",
            verdict.label(),
            ids.join(", ")
        );
    }
    putln!(
        o,
        "<li><strong>Coverage</strong>: {} of stakeholder and principle pairs (unweighted) have a recorded position.</li>",
        percent(report.overall_coverage())
    );
    o.push_str("</ul>\n");
    let shifts = largest_shifts(report, 10);
    if let Some(from) = report.from {
        putln!(
            o,
            "<h3>Largest shifts since {}</h3>",
            e(&report.session_label(from))
        );
        if shifts.is_empty() {
            o.push_str("<p class=\"muted\">No position changed.</p>\n");
        } else {
            o.push_str("<table>\n<thead><tr><th>Stakeholder</th><th>Principle</th><th>From</th><th>To</th><th class=\"num\">Change</th></tr></thead>\n<tbody>\n");
            for (who, principle, before, after, delta) in &shifts {
                putln!(
                    o,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{delta:+}</td></tr>",
                    e(who),
                    e(principle),
                    stance_label(*before),
                    stance_label(*after)
                );
            }
            o.push_str("</tbody>\n</table>\n");
        }
    }

    // Principles.
    o.push_str("<h2>Principles</h2>\n<p class=\"legend\"><span><i style=\"background:#2c7bb6\"></i>support</span><span><i style=\"background:#b8b8b8\"></i>mixed</span><span><i style=\"background:#d7191c\"></i>opposition</span><span><i style=\"background:#f1f1f1;border:1px solid #d9d9d9\"></i>no recorded position</span></p>\n<p class=\"muted\">Furthest from the framework first.</p>\n");
    for i in report.principles_by_gap() {
        let principle = &p.principles[i];
        let f = report.analysis.principle(k, i);
        putln!(
            o,
            "<section class=\"principle\">\n<h3>{} {}</h3>\n<div class=\"figures\">",
            e(&principle.id),
            e(&principle.title)
        );
        putln!(
            o,
            "<p><span class=\"verdict v-{}\">{}</span> {} of {} in scope have a position · mean score {} · consensus {} · gap {}</p>",
            f.verdict.name(),
            f.verdict.label(),
            f.n,
            f.in_scope,
            number(f.mean_score),
            number(f.consensus),
            number(f.gap)
        );
        o.push_str(&bar_svg(&f));
        putln!(
            o,
            "\n<p class=\"muted\">Support {} · mixed {} · opposition {} (of those with a position) · silent {} (of all in scope)</p>\n</div>",
            percent(f.support_share),
            percent(f.neutral_share),
            percent(f.opposition_share),
            percent(f.silence_share)
        );
        if let Some((from, before, now, change)) = report.change_since(i) {
            putln!(
                o,
                "<p>Since {}: {} → {}, {change}.</p>",
                e(from),
                before.label(),
                now.label()
            );
        }
        for (title, sign) in [("Supports", 1i8), ("Opposes", -1i8)] {
            let names: Vec<String> = report
                .side(i, sign)
                .into_iter()
                .map(|(name, carried)| {
                    format!("{}{}", e(name), if carried { " (carried)" } else { "" })
                })
                .collect();
            putln!(
                o,
                "<p><strong>{title}</strong>: {}</p>",
                if names.is_empty() {
                    "—".to_owned()
                } else {
                    names.join(", ")
                }
            );
        }
        let evidence = report.evidence(i);
        let withheld = evidence.iter().filter(|s| s.confidential).count();
        let shown: Vec<&&Statement> = evidence.iter().filter(|s| !s.confidential).collect();
        if !shown.is_empty() || withheld > 0 {
            o.push_str("<ul class=\"evidence\">\n");
            for s in shown {
                let (who, when, stance) = report.evidence_line(s, &principle.id);
                put!(
                    o,
                    "<li><strong>{}</strong> ({}; {}): {}",
                    e(who),
                    e(&when),
                    stance,
                    e(&s.summary)
                );
                if !s.articles.is_empty() {
                    put!(
                        o,
                        " <span class=\"muted\">[{}]</span>",
                        e(&s.articles.join(", "))
                    );
                }
                put!(
                    o,
                    " <span class=\"muted\">Confidence: {}",
                    s.confidence.name()
                );
                if let Some(source) = &s.source {
                    put!(o, "; source: {}", source.kind.name());
                    if let Some(url) = &source.url {
                        put!(o, ", {}", link_html(url));
                    }
                }
                o.push_str(".</span></li>\n");
            }
            if withheld > 0 {
                putln!(
                    o,
                    "<li class=\"muted\">{withheld} confidential statement(s) counted; text not shown.</li>"
                );
            }
            o.push_str("</ul>\n");
        }
        o.push_str("</section>\n");
    }

    // Stakeholders.
    o.push_str("<h2>Stakeholders</h2>\n<p class=\"muted\">Click a column to sort. Alignment runs from −100 % (strongly opposes every principle it spoke on) to +100 %.</p>\n<table class=\"sortable\">\n<thead><tr><th class=\"sortable\">Stakeholder</th><th class=\"sortable\">Kind</th><th class=\"sortable\">Group</th><th class=\"sortable num\">Alignment</th><th class=\"sortable num\">Coverage</th></tr></thead>\n<tbody>\n");
    for (a, s) in p.stakeholders.iter().enumerate() {
        let fig = report.analysis.stakeholder(k, a);
        let group = group_label(s);
        putln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\" data-v=\"{}\">{}</td><td class=\"num\" data-v=\"{}\">{}</td></tr>",
            e(&s.name),
            s.kind.name(),
            group,
            fig.alignment
                .map_or_else(|| "-999".to_owned(), |v| format!("{v:.6}")),
            signed_percent(fig.alignment),
            fig.coverage
                .map_or_else(|| "-1".to_owned(), |v| format!("{v:.6}")),
            percent(fig.coverage)
        );
    }
    o.push_str("</tbody>\n</table>\n");

    // Blocs.
    let blocs = report.bloc_rows();
    if !blocs.is_empty() {
        o.push_str("<h2>Blocs</h2>\n<table>\n<thead><tr><th>Bloc</th><th class=\"num\">Own alignment</th><th class=\"num\">Members' average</th><th class=\"num\">Members counted</th></tr></thead>\n<tbody>\n");
        for (name, agg) in blocs {
            putln!(
                o,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{} of {}</td></tr>",
                e(name),
                signed_percent(agg.own),
                signed_percent(agg.members_mean),
                agg.members_counted,
                agg.members
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }

    o.push_str(METHOD_HTML);
    // Sources.
    o.push_str("<h2>Sources</h2>\n<ul>\n");
    for url in sources(report) {
        putln!(o, "<li>{}</li>", link_html(&url));
    }
    o.push_str("</ul>\n");
    put!(o, "<script>{SORT_SCRIPT}</script>\n</body>\n</html>\n");
    o
}

const METHOD_HTML: &str = "<h2>How the figures are made</h2>
<p>Each statement says, for each principle it addresses, whether the speaker strongly supports (+2), supports (+1), is mixed (0), opposes (−1) or strongly opposes (−2) it. An actor's position on a principle is its latest statement on it; with positions carried forward, statements from earlier sessions count until replaced. An actor that has said nothing on a principle is silent, not neutral: silence is never counted as 0.</p>
<p>Per principle, over the states and other stakeholders (blocs are counted through their members): the shares that support, are mixed and oppose among those with a position; the share that is silent; the mean score (from −1 to +1); the gap to the framework, (1 − mean)/2, from 0 (everyone strongly supports) to 1 (everyone strongly opposes); and consensus, 1 − σ/2. The verdict is the first rule that applies: nobody has a position (silent); at least a quarter support and a quarter oppose (contested); mean at least 0.5 (broad support), above 0 (leaning support), at most −0.5 (broad opposition), below 0 (leaning opposition); otherwise mixed.</p>
<p>An actor's alignment is the weighted mean of its scores over the principles it has a position on, from −100 % to +100 %; its coverage is the weighted share of principles it has a position on. Confidential statements count in the figures unless the report says they were left out; their text never appears. The full rules, with a worked example, are in Treaty Tracker's docs/METHODOLOGY.md.</p>
";

fn sources(report: &Report) -> Vec<String> {
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

fn md_link(url: &str) -> String {
    match safe_url(url) {
        // Angle-bracket autolinks: the address is not interpreted as Markdown.
        Some(safe) => format!("<{}>", safe.replace('>', "%3E").replace('|', "%7C")),
        None => md_escape(url),
    }
}

/// The report as Markdown.
#[expect(
    clippy::many_single_char_names,
    reason = "p, k, m and o keep this template-like writer readable"
)]
pub fn markdown(report: &Report) -> String {
    let p = &report.project;
    let k = report.options.session;
    let session = &p.sessions[k];
    let m = md_escape;
    let mut o = String::new();
    putln!(
        o,
        "# {}\n\nAlignment report: {}\n",
        m(&p.title),
        m(&report.session_label(k))
    );
    o.push_str("| | |\n|---|---|\n");
    putln!(o, "| Treaty | {} |", m(&p.treaty.name));
    putln!(
        o,
        "| Framework | {}{} |",
        m(&p.framework.name),
        p.framework
            .source
            .as_deref()
            .map(|s| format!(" ({})", md_link(s)))
            .unwrap_or_default()
    );
    putln!(
        o,
        "| Session | {}, {}{} |",
        m(&report.session_label(k)),
        m(&report.dates(k)),
        session
            .location
            .as_ref()
            .map(|l| format!(", {}", m(l)))
            .unwrap_or_default()
    );
    putln!(
        o,
        "| Text under negotiation | {} |",
        session.draft.as_deref().map_or_else(|| "—".to_owned(), m)
    );
    putln!(
        o,
        "| Compared with | {} |",
        report.from.map_or_else(
            || "— (first session)".to_owned(),
            |f| m(&report.session_label(f))
        )
    );
    putln!(
        o,
        "| Positions | {} |",
        if report.options.carry_forward {
            "latest known, carried forward from earlier sessions"
        } else {
            "stated at this session only"
        }
    );
    putln!(
        o,
        "| Confidential statements | {} |",
        if report.options.exclude_confidential {
            format!(
                "{} left out of the figures (\\-\\-exclude\\-confidential)",
                report.num_confidential
            )
        } else {
            format!(
                "{} counted in the figures; their text is not shown",
                report.num_confidential
            )
        }
    );
    putln!(
        o,
        "| Generated | {} |\n",
        report
            .options
            .generated_at
            .to_rfc3339_opts(SecondsFormat::Secs, true)
    );

    o.push_str("## Summary\n\n");
    for (verdict, ids) in report.verdict_groups() {
        let ids: Vec<String> = ids.into_iter().map(m).collect();
        putln!(o, "- **{}**: {}", verdict.label(), ids.join(", "));
    }
    putln!(
        o,
        "- **Coverage**: {} of stakeholder and principle pairs \\(unweighted\\) have a recorded position.\n",
        percent(report.overall_coverage())
    );
    if let Some(from) = report.from {
        putln!(
            o,
            "### Largest shifts since {}\n",
            m(&report.session_label(from))
        );
        let shifts = largest_shifts(report, 10);
        if shifts.is_empty() {
            o.push_str("No position changed.\n\n");
        } else {
            o.push_str(
                "| Stakeholder | Principle | From | To | Change |\n|---|---|---|---|---:|\n",
            );
            for (who, principle, before, after, delta) in &shifts {
                putln!(
                    o,
                    "| {} | {} | {} | {} | {delta:+} |",
                    m(who),
                    m(principle),
                    stance_label(*before),
                    stance_label(*after)
                );
            }
            o.push('\n');
        }
    }

    o.push_str("## Principles\n\nFurthest from the framework first. Support, mixed and opposition are shares of those with a position; silent is a share of everyone in scope.\n\n");
    for i in report.principles_by_gap() {
        let principle = &p.principles[i];
        let f = report.analysis.principle(k, i);
        putln!(o, "### {} {}\n", m(&principle.id), m(&principle.title));
        putln!(
            o,
            "**{}**: {} of {} in scope have a position; mean score {}, consensus {}, gap {}.\n",
            f.verdict.label(),
            f.n,
            f.in_scope,
            number(f.mean_score),
            number(f.consensus),
            number(f.gap)
        );
        putln!(
            o,
            "| Support | Mixed | Opposition | Silent |\n|---:|---:|---:|---:|\n| {} | {} | {} | {} |\n",
            percent(f.support_share),
            percent(f.neutral_share),
            percent(f.opposition_share),
            percent(f.silence_share)
        );
        if let Some((from, before, now, change)) = report.change_since(i) {
            putln!(
                o,
                "Since {}: {} → {}, {change}.\n",
                m(from),
                before.label(),
                now.label()
            );
        }
        for (title, sign) in [("Supports", 1i8), ("Opposes", -1i8)] {
            let names: Vec<String> = report
                .side(i, sign)
                .into_iter()
                .map(|(name, carried)| {
                    format!("{}{}", m(name), if carried { " \\(carried\\)" } else { "" })
                })
                .collect();
            putln!(
                o,
                "**{title}**: {}\n",
                if names.is_empty() {
                    "—".to_owned()
                } else {
                    names.join(", ")
                }
            );
        }
        let evidence = report.evidence(i);
        let withheld = evidence.iter().filter(|s| s.confidential).count();
        for s in evidence.iter().filter(|s| !s.confidential) {
            let (who, when, stance) = report.evidence_line(s, &principle.id);
            put!(
                o,
                "- **{}** ({}; {}): {}",
                m(who),
                m(&when),
                stance,
                m(&s.summary)
            );
            if !s.articles.is_empty() {
                put!(o, " \\[{}\\]", m(&s.articles.join(", ")));
            }
            put!(o, " Confidence: {}", s.confidence.name());
            if let Some(source) = &s.source {
                put!(o, "; source: {}", source.kind.name());
                if let Some(url) = &source.url {
                    put!(o, ", {}", md_link(url));
                }
            }
            o.push_str(".\n");
        }
        if withheld > 0 {
            putln!(
                o,
                "- {withheld} confidential statement(s) counted; text not shown."
            );
        }
        o.push('\n');
    }

    o.push_str("## Stakeholders\n\n| Stakeholder | Kind | Group | Alignment | Coverage |\n|---|---|---|---:|---:|\n");
    for (a, s) in p.stakeholders.iter().enumerate() {
        let fig = report.analysis.stakeholder(k, a);
        let group = group_label(s);
        putln!(
            o,
            "| {} | {} | {} | {} | {} |",
            m(&s.name),
            s.kind.name(),
            group,
            signed_percent(fig.alignment),
            percent(fig.coverage)
        );
    }
    o.push('\n');
    let blocs = report.bloc_rows();
    if !blocs.is_empty() {
        o.push_str("## Blocs\n\n| Bloc | Own alignment | Members' average | Members counted |\n|---|---:|---:|---:|\n");
        for (name, agg) in blocs {
            putln!(
                o,
                "| {} | {} | {} | {} of {} |",
                m(name),
                signed_percent(agg.own),
                signed_percent(agg.members_mean),
                agg.members_counted,
                agg.members
            );
        }
        o.push('\n');
    }
    o.push_str("## How the figures are made\n\n");
    for paragraph in METHOD_HTML.split("<p>").skip(1) {
        let text = paragraph.split("</p>").next().unwrap_or("");
        putln!(o, "{}\n", m(text));
    }
    o.push_str("## Sources\n\n");
    for url in sources(report) {
        putln!(o, "- {}", md_link(&url));
    }
    o
}
