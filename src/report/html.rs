//! The report as one self-contained HTML file: styles and bars written from the one palette
//! ([`crate::palette`]), a small script to sort the stakeholders table.

use std::fmt::Write as _;

use super::escape::{html_escape, link_html};
use super::model::{Report, evidence_note, group_label, largest_shifts, sources};
use crate::format::{number, percent, signed_percent};
use crate::model::Statement;
use crate::palette;

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
/// scope.
fn bar_svg(f: &crate::analysis::PrincipleFigures) -> String {
    // Shares of everyone in scope: support, mixed, opposition, silence.
    let n = f.in_scope.max(1) as f64;
    let support = f.counts.supporting() as f64 / n;
    let mixed = f.counts.neutral() as f64 / n;
    let oppose = f.counts.opposing() as f64 / n;
    let width = 480.0;
    let mut x = 0.0;
    let pct = |share: f64| crate::format::percent(Some(share));
    let mut out = format!(
        "<svg width=\"{width:.0}\" height=\"18\" viewBox=\"0 0 {width:.0} 18\" role=\"img\" aria-label=\"support {}, mixed {}, opposition {}, silent {}\">",
        pct(support),
        pct(mixed),
        pct(oppose),
        // The silence the text beside the bar gives, rounded the same way ("—" when nobody
        // is in scope).
        crate::format::percent(f.silence_share)
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
    // User text in the body is isolated (`<bdi>`): an Arabic summary keeps its full stop where
    // it belongs, and a U+202E in a name cannot reverse the text we write after it.
    let u = |text: &str| format!("<bdi>{}</bdi>", html_escape(text));
    let mut o = String::new();
    put!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — alignment report, {}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        e(&p.title),
        e(&session.name),
        css()
    );
    putln!(
        o,
        "<h1>{}</h1>\n<p class=\"muted\">Alignment report: {}</p>",
        u(&p.title),
        u(&report.session_label(k))
    );
    o.push_str("<table class=\"facts\">\n");
    for (name, value) in report.facts(u, link_html) {
        putln!(o, "<tr><th>{name}</th><td>{value}</td></tr>");
    }
    o.push_str("</table>\n");

    // Summary.
    o.push_str("<h2>Summary</h2>\n<ul>\n");
    for (heading, ids) in report.verdict_groups(u) {
        putln!(o, "<li><strong>{heading}</strong>: {ids}</li>");
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
            u(&report.session_label(from))
        );
        if shifts.is_empty() {
            o.push_str("<p class=\"muted\">No position changed.</p>\n");
        } else {
            o.push_str("<div class=\"wide\" role=\"region\" aria-label=\"Largest shifts\" tabindex=\"0\">\n<table>\n<thead><tr><th>Stakeholder</th><th>Principle</th><th>From</th><th>To</th><th class=\"num\">Change</th></tr></thead>\n<tbody>\n");
            for (who, principle, before, after, delta) in &shifts {
                putln!(
                    o,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{delta:+}</td></tr>",
                    u(who),
                    u(principle),
                    before.label(),
                    after.label()
                );
            }
            o.push_str("</tbody>\n</table>\n</div>\n");
        }
    }

    // Principles.
    o.push_str("<h2>Principles</h2>\n<p class=\"legend\"><span><i style=\"background:var(--support)\"></i>support</span><span><i style=\"background:var(--mixed)\"></i>mixed</span><span><i style=\"background:var(--oppose)\"></i>opposition</span><span><i style=\"background:var(--silent);border:1px solid var(--line)\"></i>no recorded position</span></p>\n<p class=\"muted\">Furthest from the framework first.</p>\n");
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
                u(from),
                before.label(),
                now.label()
            );
        }
        for (title, sign) in [("Supports", 1i8), ("Opposes", -1i8)] {
            putln!(
                o,
                "<p><strong>{title}</strong>: {}</p>",
                report.side_list(i, sign, u, ("(", ")"))
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
                    u(who),
                    u(&when),
                    stance,
                    u(&s.summary)
                );
                if !s.articles.is_empty() {
                    put!(
                        o,
                        " <span class=\"muted\">[{}]</span>",
                        u(&s.articles.join(", "))
                    );
                }
                put!(o, " <span class=\"muted\">{}", evidence_note(s, link_html));
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
    o.push_str("<h2>Stakeholders</h2>\n<p class=\"muted\">Click a column's heading (or press Enter on it) to sort. Alignment runs from −100 % (strongly opposes every principle it spoke on) to +100 %.</p>\n<div class=\"wide\" role=\"region\" aria-label=\"Stakeholders\" tabindex=\"0\">\n<table class=\"sortable\">\n<thead><tr><th class=\"sortable\" aria-sort=\"none\"><button type=\"button\">Stakeholder</button></th><th class=\"sortable\" aria-sort=\"none\"><button type=\"button\">Kind</button></th><th class=\"sortable\" aria-sort=\"none\"><button type=\"button\">Group</button></th><th class=\"sortable num\" aria-sort=\"none\"><button type=\"button\">Alignment</button></th><th class=\"sortable num\" aria-sort=\"none\"><button type=\"button\">Coverage</button></th></tr></thead>\n<tbody>\n");
    for (a, s) in p.stakeholders.iter().enumerate() {
        let fig = report.analysis.stakeholder(k, a);
        let group = group_label(s);
        putln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\" data-v=\"{}\">{}</td><td class=\"num\" data-v=\"{}\">{}</td></tr>",
            u(&s.name),
            s.kind.label(),
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
        o.push_str("<h2>Blocs</h2>\n<div class=\"wide\" role=\"region\" aria-label=\"Blocs\" tabindex=\"0\">\n<table>\n<thead><tr><th>Bloc</th><th class=\"num\">Own alignment</th><th class=\"num\">Members' average</th><th class=\"num\">Members counted</th></tr></thead>\n<tbody>\n");
        for (name, agg) in blocs {
            putln!(
                o,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{} of {}</td></tr>",
                u(name),
                signed_percent(agg.own),
                signed_percent(agg.members_mean),
                agg.members_counted,
                agg.members
            );
        }
        o.push_str("</tbody>\n</table>\n</div>\n");
    }

    o.push_str(METHOD_HTML);
    // Sources.
    o.push_str("<h2>Sources</h2>\n<ul>\n");
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

/// How the figures are made, as HTML paragraphs (the Markdown report reads the same text).
pub(super) const METHOD_HTML: &str = "<h2>How the figures are made</h2>
<p>Each statement says, for each principle it addresses, whether the speaker strongly supports (+2), supports (+1), is mixed (0), opposes (−1) or strongly opposes (−2) it. An actor's position on a principle is its latest statement on it; with positions carried forward, statements from earlier sessions count until replaced. An actor that has said nothing on a principle is silent, not neutral: silence is never counted as 0.</p>
<p>Per principle, over the states and other stakeholders (blocs are counted through their members): the shares that support, are mixed and oppose among those with a position; the share that is silent; the mean score (from −1 to +1); the gap to the framework, (1 − mean)/2, from 0 (everyone strongly supports) to 1 (everyone strongly opposes); and consensus, 1 − σ/2. The verdict is the first rule that applies: nobody has a position (silent); at least a quarter support and a quarter oppose (contested); mean at least 0.5 (broad support), above 0 (leaning support), at most −0.5 (broad opposition), below 0 (leaning opposition); otherwise mixed.</p>
<p>An actor's alignment is the weighted mean of its scores over the principles it has a position on, from −100 % to +100 %; its coverage is the weighted share of principles it has a position on. Confidential statements count in the figures unless the report says they were left out; their text never appears. The full rules, with a worked example, are in Treaty Tracker's docs/METHODOLOGY.md.</p>
";
