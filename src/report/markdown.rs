//! The report as Markdown, for GitHub, GitLab and word processors.

use std::fmt::Write as _;

use super::escape::{md_escape, md_link};
use super::html::method;
use super::model::{Report, evidence_note, group_label, largest_shifts, sources};
use crate::format::{percent, signed_percent};
use crate::i18n::Localized as _;
use crate::tr_in;

/// The report as Markdown, in the report's language.
#[expect(
    clippy::many_single_char_names,
    reason = "p, k, m and o keep this template-like writer readable"
)]
pub fn markdown(report: &Report<'_>) -> String {
    let p = &report.project;
    let k = report.options.session;
    let lang = report.lang();
    let m = md_escape;
    // "**Label**: value", with the language's colon.
    let labelled = |label: &str, value: String| {
        tr_in!(
            lang,
            "report-labelled",
            label = format!("**{label}**"),
            value = value
        )
    };
    let mut o = String::new();
    putln!(
        o,
        "# {}\n\n{}\n",
        m(&p.title),
        tr_in!(
            lang,
            "report-subtitle",
            session = m(&report.session_label(k))
        )
    );
    o.push_str("| | |\n|---|---|\n");
    for (name, value) in report.facts(lang, m, md_link) {
        putln!(o, "| {name} | {value} |");
    }
    o.push('\n');

    putln!(o, "## {}\n", tr_in!(lang, "report-summary"));
    for (heading, ids) in report.verdict_groups(lang, m) {
        putln!(o, "- {}", labelled(&heading, ids));
    }
    putln!(
        o,
        "- {}\n",
        labelled(
            &tr_in!(lang, "report-coverage"),
            tr_in!(
                lang,
                "report-coverage-line",
                share = percent(report.overall_coverage())
            )
        )
    );
    if let Some(from) = report.from {
        putln!(
            o,
            "### {}\n",
            tr_in!(
                lang,
                "report-shifts-since",
                session = m(&report.session_label(from))
            )
        );
        let shifts = largest_shifts(report, 10);
        if shifts.is_empty() {
            putln!(o, "{}\n", tr_in!(lang, "report-no-shift"));
        } else {
            putln!(
                o,
                "| {} | {} | {} | {} | {} |\n|---|---|---|---|---:|",
                tr_in!(lang, "report-col-stakeholder"),
                tr_in!(lang, "report-col-principle"),
                tr_in!(lang, "report-col-from"),
                tr_in!(lang, "report-col-to"),
                tr_in!(lang, "report-col-change")
            );
            for (who, principle, before, after, delta) in &shifts {
                putln!(
                    o,
                    "| {} | {} | {} | {} | {delta:+} |",
                    m(who),
                    m(principle),
                    before.words_in(lang),
                    after.words_in(lang)
                );
            }
            o.push('\n');
        }
    }

    putln!(
        o,
        "## {}\n\n{} {}\n",
        tr_in!(lang, "report-principles"),
        tr_in!(lang, "report-by-gap"),
        tr_in!(lang, "report-md-shares-note")
    );
    for i in report.principles_by_gap() {
        let principle = &p.principles[i];
        let f = report.analysis.principle(k, i);
        putln!(o, "### {} {}\n", m(&principle.id), m(&principle.title));
        putln!(
            o,
            "{}\n",
            labelled(
                &f.verdict.words_in(lang),
                tr_in!(
                    lang,
                    "report-md-figures",
                    n = report.count(f.n),
                    total = report.count(f.in_scope),
                    mean = report.number(f.mean_score),
                    consensus = report.number(f.consensus),
                    gap = report.number(f.gap)
                )
            )
        );
        putln!(
            o,
            "| {} | {} | {} | {} |\n|---:|---:|---:|---:|\n| {} | {} | {} | {} |\n",
            tr_in!(lang, "report-col-support"),
            tr_in!(lang, "report-col-mixed"),
            tr_in!(lang, "report-col-opposition"),
            tr_in!(lang, "report-col-silent"),
            percent(f.support_share),
            percent(f.neutral_share),
            percent(f.opposition_share),
            percent(f.silence_share)
        );
        if let Some((from, before, now, change)) = report.change_since(i) {
            putln!(
                o,
                "{}\n",
                tr_in!(
                    lang,
                    "report-since",
                    session = m(from),
                    before = before.words_in(lang),
                    now = now.words_in(lang),
                    change = change
                )
            );
        }
        for (title, sign) in [
            (tr_in!(lang, "report-supporters"), 1i8),
            (tr_in!(lang, "report-opponents"), -1i8),
        ] {
            putln!(
                o,
                "{}\n",
                labelled(&title, report.side_list(i, sign, m, ("(", ")")))
            );
        }
        let evidence = report.evidence(i);
        let withheld = evidence.iter().filter(|s| s.confidential).count();
        for s in evidence.iter().filter(|s| !s.confidential) {
            let (who, when, stance) = report.evidence_line(s, &principle.id);
            put!(
                o,
                "- **{}** {} {}",
                m(who),
                tr_in!(
                    lang,
                    "report-evidence-context",
                    when = m(&when),
                    stance = stance
                ),
                m(&s.summary)
            );
            if !s.articles.is_empty() {
                put!(o, " \\[{}\\]", m(&s.articles.join(", ")));
            }
            put!(o, " {}", evidence_note(s, lang, md_link));
            o.push_str(".\n");
        }
        if withheld > 0 {
            putln!(
                o,
                "- {}",
                tr_in!(
                    lang,
                    "report-withheld",
                    n = withheld,
                    shown = report.count(withheld)
                )
            );
        }
        o.push('\n');
    }

    putln!(
        o,
        "## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---:|---:|",
        tr_in!(lang, "report-stakeholders"),
        tr_in!(lang, "report-col-stakeholder"),
        tr_in!(lang, "report-col-kind"),
        tr_in!(lang, "report-col-group"),
        tr_in!(lang, "report-col-alignment"),
        tr_in!(lang, "report-coverage")
    );
    for (a, s) in p.stakeholders.iter().enumerate() {
        let fig = report.analysis.stakeholder(k, a);
        let group = group_label(s, lang);
        putln!(
            o,
            "| {} | {} | {} | {} | {} |",
            m(&s.name),
            s.kind.words_in(lang),
            group,
            signed_percent(fig.alignment),
            percent(fig.coverage)
        );
    }
    o.push('\n');
    let blocs = report.bloc_rows();
    if !blocs.is_empty() {
        putln!(
            o,
            "## {}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---:|",
            tr_in!(lang, "report-blocs"),
            tr_in!(lang, "report-col-bloc"),
            tr_in!(lang, "report-col-own-alignment"),
            tr_in!(lang, "report-col-members-average"),
            tr_in!(lang, "report-col-members-counted")
        );
        for (name, agg) in blocs {
            putln!(
                o,
                "| {} | {} | {} | {} |",
                m(name),
                signed_percent(agg.own),
                signed_percent(agg.members_mean),
                tr_in!(
                    lang,
                    "report-n-of-total",
                    n = report.count(agg.members_counted),
                    total = report.count(agg.members)
                )
            );
        }
        o.push('\n');
    }
    putln!(o, "## {}\n", tr_in!(lang, "report-method"));
    for paragraph in method(lang) {
        putln!(o, "{}\n", m(&paragraph));
    }
    putln!(o, "## {}\n", tr_in!(lang, "report-sources"));
    for url in sources(report) {
        putln!(o, "- {}", md_link(&url));
    }
    o
}
