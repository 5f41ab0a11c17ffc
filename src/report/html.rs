//! The report as one self-contained HTML file: styles and bars written from the one palette
//! ([`crate::palette`]), a small script to sort the stakeholders table.

use std::fmt::Write as _;

use super::escape::{html_escape, link_html};
use super::model::{Report, evidence_note, group_label, largest_shifts, sources};
use crate::format::{percent, signed_percent};
use crate::i18n::{Lang, Localized as _};
use crate::model::Statement;
use crate::palette;
use crate::tr_in;

/// The style sheet: the colour variables from the palette, then the rules.
fn css() -> String {
    format!(
        "\n:root{{--fg:#1b1b1b;--muted:#5b5b5b;--line:#d9d9d9;--support:{};--mixed:{};--oppose:{};--silent:{};--support-tint:{};--oppose-tint:{}}}{CSS_RULES}",
        palette::support().hex(),
        palette::mixed().hex(),
        palette::opposition().hex(),
        palette::silence(false).hex(),
        palette::tint(palette::support()).hex(),
        palette::tint(palette::opposition()).hex(),
    )
}

const CSS_RULES: &str = "
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--fg);max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}
h3{margin:1.6rem 0 .3rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600}th.sortable button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}th.sortable button::after{content:' \\2195';color:var(--muted)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}.facts th{width:min(14rem,35%);font-weight:500;color:var(--muted)}
td,li,p{overflow-wrap:anywhere}svg{max-width:100%;height:auto}
.verdict{display:inline-block;padding:.05rem .5rem;border-radius:1rem;font-size:.85rem;border:1px solid var(--line)}
.v-BroadSupport,.v-LeaningSupport{background:var(--support-tint)}.v-BroadOpposition,.v-LeaningOpposition{background:var(--oppose-tint)}.v-Contested{background:#fff1d6}
.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
.principle h3{break-after:avoid;page-break-after:avoid}.figures{break-inside:avoid;page-break-inside:avoid}
ul.evidence{padding-left:1.1rem}ul.evidence li{margin:.3rem 0}
svg{display:block}
.wide{overflow-x:auto}.wide td{overflow-wrap:normal}.wide:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
@media (max-width:30rem){body{padding:0 .5rem}.facts th,.facts td{display:block;width:auto;border:0;padding:.1rem 0}.facts td{padding-bottom:.5rem;border-bottom:1px solid var(--line)}}
@media print{.wide{overflow:visible}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{margin:0;max-width:none;font-size:10.5pt}a{color:inherit}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}th.sortable button::after{content:''}}
";

const SORT_SCRIPT: &str = "
document.querySelectorAll('table.sortable').forEach(function(t){
 var ths=t.querySelectorAll('th.sortable');
 ths.forEach(function(th,i){th.querySelector('button').addEventListener('click',function(){
  var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
  ths.forEach(function(x){x.setAttribute('aria-sort','none');});th.setAttribute('aria-sort',asc?'ascending':'descending');
  rows.sort(function(x,y){var a=x.cells[i].dataset.v||x.cells[i].textContent,c=y.cells[i].dataset.v||y.cells[i].textContent;
   var na=parseFloat(a),nc=parseFloat(c);var r=(!isNaN(na)&&!isNaN(nc))?na-nc:a.localeCompare(c);return asc?r:-r;});
  rows.forEach(function(r){b.appendChild(r);});});});});
";

/// The share bar of one principle: support, mixed, opposition and silence over everyone in
/// scope, described in `lang` for screen readers.
fn bar_svg(f: &crate::analysis::PrincipleFigures, lang: Lang) -> String {
    // Shares of everyone in scope: support, mixed, opposition, silence.
    let n = f.in_scope.max(1) as f64;
    let support = f.counts.supporting() as f64 / n;
    let mixed = f.counts.neutral() as f64 / n;
    let oppose = f.counts.opposing() as f64 / n;
    let width = 480.0;
    let mut x = 0.0;
    let pct = |share: f64| crate::format::percent(Some(share));
    let mut out = format!(
        "<svg width=\"{width:.0}\" height=\"18\" viewBox=\"0 0 {width:.0} 18\" role=\"img\" aria-label=\"{}\">",
        tr_in!(
            lang,
            "report-bar-label",
            support = pct(support),
            mixed = pct(mixed),
            opposition = pct(oppose),
            // The silence the text beside the bar gives, rounded the same way ("—" when
            // nobody is in scope).
            silent = crate::format::percent(f.silence_share)
        )
    );
    for (share, colour) in [
        (support, palette::support()),
        (mixed, palette::mixed()),
        (oppose, palette::opposition()),
    ] {
        let w = share * width;
        if w > 0.0 {
            put!(
                out,
                "<rect x=\"{x:.1}\" y=\"0\" width=\"{w:.1}\" height=\"18\" fill=\"{}\"/>",
                colour.hex()
            );
        }
        x += w;
    }
    if x < width {
        put!(
            out,
            "<rect x=\"{x:.1}\" y=\"0\" width=\"{:.1}\" height=\"18\" fill=\"{}\"/>",
            width - x,
            palette::silence(false).hex()
        );
    }
    out.push_str("</svg>");
    out
}

/// The report as one self-contained HTML file, in the report's language.
#[expect(
    clippy::many_single_char_names,
    reason = "p, k, e and o keep this template-like writer readable"
)]
pub fn html(report: &Report<'_>) -> String {
    let p = &report.project;
    let k = report.options.session;
    let lang = report.lang();
    let session = &p.sessions[k];
    let e = html_escape;
    // User text in the body is isolated (`<bdi>`): an Arabic summary keeps its full stop where
    // it belongs, and a U+202E in a name cannot reverse the text we write after it.
    let u = |text: &str| format!("<bdi>{}</bdi>", html_escape(text));
    // "<strong>Label</strong>: value", with the language's colon.
    let labelled = |label: &str, value: String| {
        tr_in!(
            lang,
            "report-labelled",
            label = format!("<strong>{label}</strong>"),
            value = value
        )
    };
    let mut o = String::new();
    put!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        tr_in!(
            lang,
            "report-html-title",
            title = e(&p.title),
            session = e(&session.name)
        ),
        css()
    );
    putln!(
        o,
        "<h1>{}</h1>\n<p class=\"muted\">{}</p>",
        u(&p.title),
        tr_in!(
            lang,
            "report-subtitle",
            session = u(&report.session_label(k))
        )
    );
    o.push_str("<table class=\"facts\">\n");
    for (name, value) in report.facts(lang, u, link_html) {
        putln!(o, "<tr><th>{name}</th><td>{value}</td></tr>");
    }
    o.push_str("</table>\n");

    // Summary.
    putln!(o, "<h2>{}</h2>\n<ul>", tr_in!(lang, "report-summary"));
    for (heading, ids) in report.verdict_groups(lang, u) {
        putln!(o, "<li>{}</li>", labelled(&heading, ids));
    }
    putln!(
        o,
        "<li>{}</li>",
        labelled(
            &tr_in!(lang, "report-coverage"),
            tr_in!(
                lang,
                "report-coverage-line",
                share = percent(report.overall_coverage())
            )
        )
    );
    o.push_str("</ul>\n");
    let shifts = largest_shifts(report, 10);
    if let Some(from) = report.from {
        putln!(
            o,
            "<h3>{}</h3>",
            tr_in!(
                lang,
                "report-shifts-since",
                session = u(&report.session_label(from))
            )
        );
        if shifts.is_empty() {
            putln!(
                o,
                "<p class=\"muted\">{}</p>",
                tr_in!(lang, "report-no-shift")
            );
        } else {
            putln!(
                o,
                "<div class=\"wide\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
                tr_in!(lang, "report-shifts"),
                tr_in!(lang, "report-col-stakeholder"),
                tr_in!(lang, "report-col-principle"),
                tr_in!(lang, "report-col-from"),
                tr_in!(lang, "report-col-to"),
                tr_in!(lang, "report-col-change")
            );
            for (who, principle, before, after, delta) in &shifts {
                putln!(
                    o,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{delta:+}</td></tr>",
                    u(who),
                    u(principle),
                    before.words_in(lang),
                    after.words_in(lang)
                );
            }
            o.push_str("</tbody>\n</table>\n</div>\n");
        }
    }

    // Principles.
    putln!(
        o,
        "<h2>{}</h2>\n<p class=\"legend\"><span><i style=\"background:var(--support)\"></i>{}</span><span><i style=\"background:var(--mixed)\"></i>{}</span><span><i style=\"background:var(--oppose)\"></i>{}</span><span><i style=\"background:var(--silent);border:1px solid var(--line)\"></i>{}</span></p>\n<p class=\"muted\">{}</p>",
        tr_in!(lang, "report-principles"),
        tr_in!(lang, "report-legend-support"),
        tr_in!(lang, "report-legend-mixed"),
        tr_in!(lang, "report-legend-opposition"),
        tr_in!(lang, "report-legend-silent"),
        tr_in!(lang, "report-by-gap")
    );
    for i in report.principles_by_gap() {
        let principle = &p.principles[i];
        let f = report.analysis.principle(k, i);
        putln!(
            o,
            "<section class=\"principle\">\n<h3>{} {}</h3>\n<div class=\"figures\">",
            u(&principle.id),
            u(&principle.title)
        );
        putln!(
            o,
            "<p><span class=\"verdict v-{}\">{}</span> {}</p>",
            f.verdict.name(),
            f.verdict.words_in(lang),
            tr_in!(
                lang,
                "report-html-figures",
                n = report.count(f.n),
                total = report.count(f.in_scope),
                mean = report.number(f.mean_score),
                consensus = report.number(f.consensus),
                gap = report.number(f.gap)
            )
        );
        o.push_str(&bar_svg(&f, lang));
        putln!(
            o,
            "\n<p class=\"muted\">{}</p>\n</div>",
            tr_in!(
                lang,
                "report-html-shares",
                support = percent(f.support_share),
                mixed = percent(f.neutral_share),
                opposition = percent(f.opposition_share),
                silent = percent(f.silence_share)
            )
        );
        if let Some((from, before, now, change)) = report.change_since(i) {
            putln!(
                o,
                "<p>{}</p>",
                tr_in!(
                    lang,
                    "report-since",
                    session = u(from),
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
                "<p>{}</p>",
                labelled(&title, report.side_list(i, sign, u, ("(", ")")))
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
                    "<li><strong>{}</strong> {} {}",
                    u(who),
                    tr_in!(
                        lang,
                        "report-evidence-context",
                        when = u(&when),
                        stance = stance
                    ),
                    u(&s.summary)
                );
                if !s.articles.is_empty() {
                    put!(
                        o,
                        " <span class=\"muted\">[{}]</span>",
                        u(&s.articles.join(", "))
                    );
                }
                put!(
                    o,
                    " <span class=\"muted\">{}",
                    evidence_note(s, lang, link_html)
                );
                o.push_str(".</span></li>\n");
            }
            if withheld > 0 {
                putln!(
                    o,
                    "<li class=\"muted\">{}</li>",
                    tr_in!(
                        lang,
                        "report-withheld",
                        n = withheld,
                        shown = report.count(withheld)
                    )
                );
            }
            o.push_str("</ul>\n");
        }
        o.push_str("</section>\n");
    }

    // Stakeholders.
    let stakeholders = tr_in!(lang, "report-stakeholders");
    putln!(
        o,
        "<h2>{stakeholders}</h2>\n<p class=\"muted\">{}</p>\n<div class=\"wide\" role=\"region\" aria-label=\"{stakeholders}\" tabindex=\"0\">\n<table class=\"sortable\">\n<thead><tr><th class=\"sortable\" aria-sort=\"none\"><button type=\"button\">{}</button></th><th class=\"sortable\" aria-sort=\"none\"><button type=\"button\">{}</button></th><th class=\"sortable\" aria-sort=\"none\"><button type=\"button\">{}</button></th><th class=\"sortable num\" aria-sort=\"none\"><button type=\"button\">{}</button></th><th class=\"sortable num\" aria-sort=\"none\"><button type=\"button\">{}</button></th></tr></thead>\n<tbody>",
        tr_in!(lang, "report-sort-note"),
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
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\" data-v=\"{}\">{}</td><td class=\"num\" data-v=\"{}\">{}</td></tr>",
            u(&s.name),
            s.kind.words_in(lang),
            group,
            fig.alignment
                .map_or_else(|| "-999".to_owned(), |v| format!("{v:.6}")),
            signed_percent(fig.alignment),
            fig.coverage
                .map_or_else(|| "-1".to_owned(), |v| format!("{v:.6}")),
            percent(fig.coverage)
        );
    }
    o.push_str("</tbody>\n</table>\n</div>\n");

    // Blocs.
    let blocs = report.bloc_rows();
    if !blocs.is_empty() {
        let title = tr_in!(lang, "report-blocs");
        putln!(
            o,
            "<h2>{title}</h2>\n<div class=\"wide\" role=\"region\" aria-label=\"{title}\" tabindex=\"0\">\n<table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
            tr_in!(lang, "report-col-bloc"),
            tr_in!(lang, "report-col-own-alignment"),
            tr_in!(lang, "report-col-members-average"),
            tr_in!(lang, "report-col-members-counted")
        );
        for (name, agg) in blocs {
            putln!(
                o,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                u(name),
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
        o.push_str("</tbody>\n</table>\n</div>\n");
    }

    putln!(o, "<h2>{}</h2>", tr_in!(lang, "report-method"));
    for paragraph in method(lang) {
        putln!(o, "<p>{paragraph}</p>");
    }
    // Sources.
    putln!(o, "<h2>{}</h2>\n<ul>", tr_in!(lang, "report-sources"));
    for url in sources(report) {
        putln!(o, "<li>{}</li>", link_html(&url));
    }
    o.push_str("</ul>\n");
    put!(
        o,
        "</main>\n<script>{SORT_SCRIPT}</script>\n</body>\n</html>\n"
    );
    o
}

/// How the figures are made, in `lang`: the paragraphs under the report's last heading but
/// one, as plain text (the Markdown report escapes them, the HTML one wraps them in `<p>`).
pub(super) fn method(lang: Lang) -> [String; 3] {
    [
        tr_in!(lang, "report-method-statements"),
        tr_in!(lang, "report-method-principles"),
        tr_in!(lang, "report-method-actors"),
    ]
}
