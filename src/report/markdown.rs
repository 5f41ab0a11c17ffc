//! The report as Markdown, for GitHub, GitLab and word processors.

use std::fmt::Write as _;

use super::escape::{md_escape, md_link};
use super::html::METHOD_HTML;
use super::model::{Report, evidence_note, group_label, largest_shifts, sources};
use crate::format::{number, percent, signed_percent};

/// The report as Markdown.
#[expect(
    clippy::many_single_char_names,
    reason = "p, k, m and o keep this template-like writer readable"
)]
pub fn markdown(report: &Report) -> String {
    let p = &report.project;
    let k = report.options.session;
    let m = md_escape;
    let mut o = String::new();
    putln!(
        o,
        "# {}\n\nAlignment report: {}\n",
        m(&p.title),
        m(&report.session_label(k))
    );
    o.push_str("| | |\n|---|---|\n");
    for (name, value) in report.facts(m, md_link) {
        putln!(o, "| {name} | {value} |");
    }
    o.push('\n');

    o.push_str("## Summary\n\n");
    for (heading, ids) in report.verdict_groups(m) {
        putln!(o, "- **{heading}**: {ids}");
    }
    putln!(
        o,
        "- **Coverage**: {} of stakeholder and principle pairs (unweighted) have a recorded position.\n",
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
                    before.label(),
                    after.label()
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
            putln!(
                o,
                "**{title}**: {}\n",
                report.side_list(i, sign, m, ("(", ")"))
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
            put!(o, " {}", evidence_note(s, md_link));
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
            s.kind.label(),
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
