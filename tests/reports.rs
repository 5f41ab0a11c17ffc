//! The alignment report in every format: golden files for the sample, escaping, link schemes,
//! formula injection and confidentiality.

mod common;

use std::fmt::Write as _;

use chrono::{TimeZone, Utc};
use treaty_tracker::i18n::Lang;
use treaty_tracker::model::{Project, Source, SourceKind};
use treaty_tracker::report::{ReportFormat, ReportOptions, render};

fn options(project: &Project, session: &str) -> ReportOptions {
    ReportOptions {
        session: project
            .sessions
            .iter()
            .position(|s| s.id == session)
            .expect("session"),
        from: None,
        analysis: treaty_tracker::analysis::AnalysisOptions::default(),
        include_confidential: false,
        generated_at: Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("time"),
        csv: treaty_tracker::tables::CsvOptions::default(),
        lang: treaty_tracker::i18n::Lang::En,
    }
}

const FORMATS: [ReportFormat; 4] = [
    ReportFormat::Html,
    ReportFormat::Markdown,
    ReportFormat::Csv,
    ReportFormat::Json,
];

/// Compares with a checked-in file; `UPDATE_GOLDEN=1` rewrites it. On a difference, shows the
/// first differing lines rather than two walls of text.
fn golden(name: &str, actual: &str) {
    let path = common::repo_path(&format!("tests/golden/{name}"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1", path.display()));
    if expected == actual {
        return;
    }
    let mut report = String::new();
    let (a, e): (Vec<&str>, Vec<&str>) = (actual.lines().collect(), expected.lines().collect());
    let mut shown = 0;
    for i in 0..a.len().max(e.len()) {
        let (x, y) = (a.get(i).copied(), e.get(i).copied());
        if x != y {
            write!(
                report,
                "line {}:\n  expected: {}\n  actual:   {}\n",
                i + 1,
                y.unwrap_or("<end>"),
                x.unwrap_or("<end>")
            )
            .expect("writing to a String");
            shown += 1;
            if shown == 5 {
                break;
            }
        }
    }
    panic!(
        "{name} differs from its golden file (UPDATE_GOLDEN=1 cargo test --test reports to accept):\n{report}"
    );
}

#[test]
fn sample_reports_match_their_golden_files() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let options = options(&project, "AHC7R");
    golden(
        "ahc_cybercrime.html",
        &render(&project, ReportFormat::Html, options.clone()).expect("html"),
    );
    golden(
        "ahc_cybercrime.md",
        &render(&project, ReportFormat::Markdown, options.clone()).expect("md"),
    );
    golden(
        "ahc_cybercrime.csv",
        &render(&project, ReportFormat::Csv, options).expect("csv"),
    );
}

#[test]
fn html_is_self_contained() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let html = render(&project, ReportFormat::Html, options(&project, "AHC6")).expect("html");
    for needle in ["<link", "<img", "@import", "url(", "<script src", "<iframe"] {
        assert!(!html.contains(needle), "{needle}");
    }
    assert!(html.contains("<style>") && html.contains("@media print") && html.contains("<svg"));
    // Every link points to a source, never to something the page needs to render.
    assert_eq!(
        html.matches("<a href=\"https://").count() + html.matches("<a href=\"http://").count(),
        html.matches("<a href=").count()
    );
}

#[expect(
    clippy::assigning_clones,
    reason = "a fixture reads best as plain assignments"
)]
fn hostile() -> Project {
    let mut project = common::worked_example();
    let s = &mut project.statements[0];
    "<script>alert(1)</script> | **bold** [x](javascript:alert(2)) =HYPERLINK(\"x\")"
        .clone_into(&mut s.summary);
    s.source = Some(Source {
        kind: SourceKind::Other,
        url: Some("javascript:alert(3)".to_owned()),
        title: None,
    });
    project.statements[1].source = Some(Source {
        kind: SourceKind::Official,
        url: Some("https://example.org/a?b=1&c=\"2\"".to_owned()),
        title: None,
    });
    "=cmd|' /C calc'!A0".clone_into(&mut project.stakeholders[0].name);
    "<b>Title</b>".clone_into(&mut project.title);
    // Every other user-written field that reaches a report.
    let tag = "<i>x</i>";
    project.treaty.name = tag.to_owned();
    project.framework.name = tag.to_owned();
    project.framework.source = Some("javascript:alert(4)".to_owned());
    project.principles[0].title = tag.to_owned();
    project.principles[1].id = "P<2>".to_owned();
    for s in &mut project.statements {
        for (old, new) in [("P2", "P<2>")] {
            if let Some(stance) = s.stances.remove(old) {
                s.stances.insert(new.to_owned(), stance);
            }
        }
    }
    project.sessions[0].name = tag.to_owned();
    project.sessions[0].location = Some(tag.to_owned());
    project.sessions[0].draft = Some(tag.to_owned());
    project.stakeholders[3].name = tag.to_owned();
    project.statements[0].articles = vec![tag.to_owned()];
    project.statements[2].summary =
        "write to someone@example.org, see https://evil.example or www.evil.example".to_owned();
    project
}

#[test]
fn every_user_field_is_escaped() {
    let project = hostile();
    for session in ["S1", "S2"] {
        let options = options(&project, session);
        let html = render(&project, ReportFormat::Html, options.clone()).expect("html");
        assert!(
            !html.contains("<i>x</i>") && !html.contains("<2>"),
            "raw markup in the HTML"
        );
        assert!(html.contains("&lt;i&gt;x&lt;/i&gt;"));
        let md = render(&project, ReportFormat::Markdown, options).expect("md");
        assert!(
            !md.contains("<i>x</i>") && !md.contains("P<2>"),
            "raw markup in the Markdown"
        );
        for trigger in ["someone@example.org", "https://evil", "www.evil"] {
            assert!(
                !md.contains(trigger),
                "autolink trigger {trigger} in the Markdown"
            );
        }
        assert!(!md.contains("<javascript:"));
    }
}

#[test]
fn user_text_is_escaped_and_only_http_links_become_links() {
    let project = hostile();
    let options = options(&project, "S1");
    let html = render(&project, ReportFormat::Html, options.clone()).expect("html");
    assert!(!html.contains("<script>alert"), "script tag survived");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the text stays visible"
    );
    assert!(!html.contains("<b>Title</b>") && html.contains("&lt;b&gt;Title&lt;/b&gt;"));
    assert!(
        !html.contains("href=\"javascript:"),
        "javascript: is never a link"
    );
    assert!(
        html.contains("javascript:alert(3)"),
        "but it is shown as text"
    );
    assert!(!html.contains("href=\"https://example.org/a?b=1&c=\"2\"\""));

    let md = render(&project, ReportFormat::Markdown, options.clone()).expect("md");
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    // A link needs an unescaped `]` before its `(`: every `]` of user text is escaped.
    assert!(
        md.match_indices("](javascript:")
            .all(|(at, _)| md[..at].ends_with('\\')),
        "no Markdown link to javascript:"
    );
    assert!(!md.contains("<javascript:"), "no autolink to javascript:");
    assert!(md.contains("\\*\\*bold\\*\\*") && md.contains("\\|"));

    let csv = render(&project, ReportFormat::Csv, options).expect("csv");
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
    assert!(
        !csv.lines()
            .any(|line| line.split(',').any(|cell| cell.starts_with('=')))
    );
}

#[test]
fn confidential_text_appears_in_no_format() {
    let mut project = common::worked_example();
    {
        let secret = project
            .statements
            .iter_mut()
            .find(|s| s.confidential)
            .expect("confidential");
        secret.quote = Some("Quoted in confidence".to_owned());
        secret.articles = vec!["Art. 99 secret".to_owned()];
        secret.tags = vec!["secret-tag".to_owned()];
        secret.source = Some(Source {
            kind: SourceKind::OwnNotes,
            url: Some("https://example.org/secret-notes".to_owned()),
            title: Some("Secret notes".to_owned()),
        });
    }
    let secret = project
        .statements
        .iter()
        .find(|s| s.confidential)
        .expect("confidential")
        .summary
        .clone();
    for include in [false, true] {
        for format in FORMATS {
            let mut options = options(&project, "S2");
            options.include_confidential = include;
            let text = render(&project, format, options).expect("renders");
            for needle in [
                secret.as_str(),
                "Corrected itself",
                "Quoted in confidence",
                "Art. 99",
                "secret-tag",
                "secret-notes",
                "Secret notes",
                "01GPEXAMP1E0000000000000S5",
            ] {
                assert!(
                    !text.contains(needle),
                    "{needle} in {format:?} include={include}"
                );
            }
        }
    }
    // Counted only when asked: the report says so, and its figures rest on the statement.
    let mut options = options(&project, "S2");
    options.include_confidential = true;
    let html = render(&project, ReportFormat::Html, options.clone()).expect("html");
    // (The user-written parts of the HTML are isolated in `<bdi>`; the words are the same.)
    let words = html.replace("<bdi>", "").replace("</bdi>", "");
    assert!(
        words
            .contains("1 counted in the figures (--include-confidential); their text is not shown")
    );
    assert!(html.contains("1 confidential statement(s) counted; text not shown."));
    let csv = render(&project, ReportFormat::Csv, options.clone()).expect("csv");
    let counted_row = csv
        .lines()
        .find(|l| l.starts_with("S2,ATL,") && l.contains(",P2,"))
        .expect("row")
        .to_owned();
    assert!(counted_row.ends_with(",true"), "{counted_row}");
    let json = render(&project, ReportFormat::Json, options).expect("json");
    assert!(json.contains("\"confidential_counted\": true"));
    assert_confidential_left_out_by_default(&project, &counted_row);
}

/// By default every format leaves the confidential statement out of the figures and says so:
/// Atlantis's P2 position at S2 falls back to its earlier Opposes.
fn assert_confidential_left_out_by_default(project: &Project, counted_row: &str) {
    let options = options(project, "S2");
    let html = render(project, ReportFormat::Html, options.clone()).expect("html");
    assert!(html.contains("1 left out of the figures (the default for exports)"));
    assert!(!html.contains("confidential statement(s) counted"));
    let md = render(project, ReportFormat::Markdown, options.clone()).expect("md");
    assert!(md.contains("1 left out of the figures (the default for exports)"));
    let csv = render(project, ReportFormat::Csv, options.clone()).expect("csv");
    let row = csv
        .lines()
        .find(|l| l.starts_with("S2,ATL,") && l.contains(",P2,"))
        .expect("row");
    assert!(row.contains(",Opposes,-1,"), "{row}");
    assert!(row.ends_with(",false"), "{row}");
    assert_ne!(row, counted_row);
    let json = render(project, ReportFormat::Json, options).expect("json");
    assert!(json.contains("\"confidential_counted\": false"));
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    let atlantis = value["stakeholders"]
        .as_array()
        .and_then(|a| a.iter().find(|s| s["id"] == "ATL"))
        .expect("Atlantis");
    let counted: serde_json::Value = serde_json::from_str(
        &render(project, ReportFormat::Json, {
            let mut o = options_for(project);
            o.include_confidential = true;
            o
        })
        .expect("json"),
    )
    .expect("json");
    let atlantis_counted = counted["stakeholders"]
        .as_array()
        .and_then(|a| a.iter().find(|s| s["id"] == "ATL"))
        .expect("Atlantis");
    assert_ne!(
        atlantis["alignment"], atlantis_counted["alignment"],
        "Atlantis's figures differ when the confidential statement counts"
    );
}

fn options_for(project: &Project) -> ReportOptions {
    options(project, "S2")
}

#[test]
fn from_changes_the_comparison() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let mut options = options(&project, "AHC7R");
    options.from = project.sessions.iter().position(|s| s.id == "AHC4");
    let md = render(&project, ReportFormat::Markdown, options).expect("md");
    assert!(
        md.contains("Largest shifts since Fourth session (AHC4)"),
        "{md}"
    );
    assert!(md.contains("Since AHC4:"));
}

#[test]
fn reports_for_people_use_the_words_of_the_window() {
    // Kinds, regional groups, stances and sources read as the app shows them, not as the
    // file-format names (which the JSON keeps).
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let options = options(&project, "AHC7R");
    for format in [ReportFormat::Html, ReportFormat::Markdown] {
        let text = render(&project, format, options.clone()).expect("report");
        for machine in [
            "AiSummary",
            "OwnNotes",
            "CivilSociety",
            "PrivateSector",
            "WesternEuropeanOthers",
            "LatinAmericanCaribbean",
            "StronglySupports",
            "StronglyOpposes",
        ] {
            assert!(!text.contains(machine), "{format:?} shows {machine}");
        }
        for words in [
            "AI summary",
            "Civil society",
            "Western European and Others Group",
        ] {
            assert!(text.contains(words), "{format:?} lacks {words}");
        }
    }
    // The CSV, read in spreadsheets, uses the same words; the JSON keeps the file's names.
    let csv = render(&project, ReportFormat::Csv, options.clone()).expect("csv");
    assert!(csv.contains(",Civil society,") && csv.contains(",Strongly supports,"));
    assert!(!csv.contains("CivilSociety") && !csv.contains("StronglySupports"));
    let json = render(&project, ReportFormat::Json, options).expect("json");
    assert!(json.contains("\"CivilSociety\"") && json.contains("\"StronglySupports\""));
}

/// The HTML bar's accessible label says the silence the text beside it says, rounded alike,
/// and "—" where nobody is in scope (the text says undefined).
#[test]
fn the_bar_label_reads_the_figures_beside_it() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    for session in ["AHC1", "AHC6", "AHC7R"] {
        let html = render(&project, ReportFormat::Html, options(&project, session)).expect("html");
        let labels: Vec<&str> = html
            .split("aria-label=\"support ")
            .skip(1)
            .map(|rest| {
                let label = &rest[..rest.find('"').expect("end of label")];
                label.rsplit("silent ").next().expect("silent")
            })
            .collect();
        let texts: Vec<&str> = html
            .split(") · silent ")
            .skip(1)
            .map(|rest| &rest[..rest.find(" (of all in scope)").expect("text")])
            .collect();
        assert!(!labels.is_empty());
        assert_eq!(labels, texts, "{session}");
    }
    let mut empty = common::worked_example();
    for s in &mut empty.stakeholders {
        s.kind = treaty_tracker::model::StakeholderKind::Bloc;
    }
    let html = render(&empty, ReportFormat::Html, options(&empty, "S2")).expect("html");
    assert!(
        html.contains("silent —\""),
        "nobody in scope: the label says undefined"
    );
}

/// Markdown pasted into a word processor reads as written: parentheses, signs and hyphens in
/// the middle of text get no backslash; a list or heading marker at the start of a text does.
#[test]
fn markdown_escapes_only_what_markdown_would_read() {
    use treaty_tracker::report::md_escape;
    assert_eq!(
        md_escape("Clear scope (P3), +2, non-state"),
        "Clear scope (P3), +2, non-state"
    );
    assert_eq!(md_escape("- a list?"), "\\- a list?");
    assert_eq!(md_escape("+2 votes"), "\\+2 votes");
    assert_eq!(md_escape("# heading"), "\\# heading");
    assert_eq!(md_escape("1. first"), "1\\. first");
    assert_eq!(md_escape("2024 session"), "2024 session");
    assert_eq!(md_escape("[link](x)"), "\\[link\\](x)");
    assert_eq!(md_escape("a|b *c* _d_"), "a\\|b \\*c\\* \\_d\\_");
}

/// The HTML report for everyone: a `main` landmark, headings that sort by keyboard (buttons)
/// and say how they sort (`aria-sort`), user text isolated for its direction, colours kept when
/// printed, nothing wider than a phone's screen.
#[test]
fn html_is_usable_by_keyboard_screen_readers_and_print() {
    let mut project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    project.stakeholders[0].name = "\u{202e}reversed? we are not".to_owned();
    let html = render(&project, ReportFormat::Html, options(&project, "AHC7R")).expect("html");
    assert_eq!(html.matches("<main>").count(), 1);
    assert!(html.contains("</main>\n<script>"));
    let sortable = html.matches("<th class=\"sortable").count();
    assert_eq!(sortable, 5);
    assert_eq!(
        html.matches("aria-sort=\"none\"><button type=\"button\">")
            .count(),
        sortable
    );
    assert!(html.contains("setAttribute('aria-sort',asc?'ascending':'descending')"));
    // A name that starts with a right-to-left override is isolated: it cannot reverse the
    // figures written after it.
    assert!(
        html.contains("<bdi>\u{202e}reversed? we are not</bdi>"),
        "isolated"
    );
    assert!(html.contains("print-color-adjust:exact"));
    assert!(html.contains("overflow-wrap:anywhere") && html.contains("svg{max-width:100%"));
    // Reflow at 320 px: each data table scrolls in a region of its own, named and reachable
    // by the keyboard, so that the page never scrolls sideways; the facts stack.
    // (scripts/report-a11y-check.sh measures it in Chromium.)
    let tables = html.matches("<table").count();
    let facts = html.matches("<table class=\"facts\">").count();
    let regions = html
        .matches("<div class=\"wide\" role=\"region\" aria-label=\"")
        .count();
    assert_eq!(facts, 1);
    assert_eq!(regions, tables - facts, "every data table in a region");
    assert_eq!(html.matches("\" tabindex=\"0\">\n<table").count(), regions);
    assert!(html.contains("@media (max-width:30rem)"));
}

/// The options of `options` with the report in `lang`.
fn options_in(project: &Project, session: &str, lang: Lang) -> ReportOptions {
    ReportOptions {
        lang,
        ..options(project, session)
    }
}

/// The percentages ("62 %", "+25 %", "-3 %") and decimals ("0.25", "0,25", "+0.01") of a
/// report, in order, decimals written with a point: the figures, whatever the language.
fn figures(text: &str) -> (Vec<String>, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let (mut percents, mut decimals) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let sign = match i.checked_sub(1).map(|j| chars[j]) {
            Some(c @ ('+' | '-' | '−')) => c.to_string(),
            _ => String::new(),
        };
        let mut j = i;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        let whole: String = chars[i..j].iter().collect();
        if j + 1 < chars.len() && matches!(chars[j], '.' | ',') && chars[j + 1].is_ascii_digit() {
            let mut end = j + 1;
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
            let fraction: String = chars[j + 1..end].iter().collect();
            decimals.push(format!("{sign}{whole}.{fraction}"));
            i = end;
        } else {
            if chars.get(j) == Some(&' ') && chars.get(j + 1) == Some(&'%') {
                percents.push(format!("{sign}{whole} %"));
            }
            i = j;
        }
    }
    (percents, decimals)
}

#[test]
fn french_sample_report_matches_its_golden_file() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    golden(
        "ahc_cybercrime.fr.md",
        &render(
            &project,
            ReportFormat::Markdown,
            options_in(&project, "AHC7R", Lang::Fr),
        )
        .expect("md"),
    );
}

#[test]
fn french_reports_have_french_words_and_the_english_figures() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let en =
        |format| render(&project, format, options_in(&project, "AHC7R", Lang::En)).expect("en");
    let fr =
        |format| render(&project, format, options_in(&project, "AHC7R", Lang::Fr)).expect("fr");
    let (html_en, html_fr) = (en(ReportFormat::Html), fr(ReportFormat::Html));
    let (md_en, md_fr) = (en(ReportFormat::Markdown), fr(ReportFormat::Markdown));

    assert!(html_en.contains("<html lang=\"en\">"));
    assert!(html_fr.contains("<html lang=\"fr\">"), "{html_fr}");
    for heading in [
        "<h2>Synthèse</h2>",
        "<h2>Principes</h2>",
        "<h2>Parties prenantes</h2>",
        "<h2>Groupes</h2>",
        "<h2>Comment les chiffres sont établis</h2>",
        "<th>Traité</th>",
    ] {
        assert!(html_fr.contains(heading), "{heading} in {html_fr}");
    }
    for heading in [
        "## Synthèse\n",
        "## Principes\n",
        "## Parties prenantes\n",
        "## Comment les chiffres sont établis\n",
        "Rapport d'alignement\u{a0}: Reconvened concluding session (AHC7R)\n",
        // The session's dates in words, the user's text as written.
        "| Session | Reconvened concluding session (AHC7R), du 29 juillet 2024 au 9 août 2024, New York |",
        "| Généré le | 1er janvier 2026 à 00:00 UTC |",
        "- **Large soutien**\u{a0}: C1, C2, C3, C4, C5, C6, P1, P2\n",
        "score moyen 0,12, consensus 0,70, écart 0,44.",
        "Depuis AHC7\u{a0}: Plutôt soutenu → Plutôt soutenu, score moyen +0,01.",
        "(AHC7R, 8 août 2024\u{a0}; Soutient)\u{a0}:",
        "Confiance\u{a0}: Moyenne\u{a0}; source\u{a0}: Médias, <https://",
    ] {
        assert!(md_fr.contains(heading), "{heading:?} in {md_fr}");
    }
    // No English word of ours is left (the principles' titles and the summaries are the
    // user's, and stay in English in the sample).
    for english in [
        "Summary",
        "Alignment report",
        "mean score",
        "in scope have a position",
        "Confidence:",
        "(carried",
        "Supports**",
        "How the figures",
        "Stakeholder |",
        "2024-07-29",
    ] {
        assert!(!md_fr.contains(english), "{english} in {md_fr}");
    }
    for english in [
        "Summary",
        "mean score",
        "Click a column",
        "aria-label=\"support",
    ] {
        assert!(!html_fr.contains(english), "{english} in {html_fr}");
    }

    // The same figures, in the same order.
    for (en, fr) in [(&html_en, &html_fr), (&md_en, &md_fr)] {
        let (percents_en, decimals_en) = figures(en);
        let (percents_fr, decimals_fr) = figures(fr);
        assert!(percents_en.len() > 50, "{percents_en:?}");
        assert!(decimals_en.len() > 30, "{decimals_en:?}");
        assert_eq!(percents_en, percents_fr);
        assert_eq!(decimals_en, decimals_fr);
    }
    // "N of M in scope" is "N sur M" in the same places.
    let counts = |text: &str, of: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.split_once(of))
            .filter_map(|(before, after)| {
                let n: String = before
                    .chars()
                    .rev()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let m: String = after.chars().take_while(char::is_ascii_digit).collect();
                (!n.is_empty() && !m.is_empty())
                    .then(|| format!("{}/{m}", n.chars().rev().collect::<String>()))
            })
            .collect()
    };
    let (counts_en, counts_fr) = (counts(&md_en, " of "), counts(&md_fr, " sur "));
    assert!(counts_en.len() >= 10, "{counts_en:?}");
    assert_eq!(counts_en, counts_fr);
}

#[test]
fn the_data_formats_stay_in_english_whatever_the_language() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    for format in [ReportFormat::Csv, ReportFormat::Json] {
        assert_eq!(
            render(&project, format, options_in(&project, "AHC6", Lang::Fr)).expect("fr"),
            render(&project, format, options_in(&project, "AHC6", Lang::En)).expect("en"),
        );
    }
    let xlsx = |lang| {
        treaty_tracker::report::tables(
            &treaty_tracker::report::Report::build(&project, options_in(&project, "AHC6", lang))
                .expect("report"),
        )
    };
    assert_eq!(xlsx(Lang::Fr), xlsx(Lang::En));
}

/// The English reports read the method's values through the messages: they must stay the
/// words the reports always had (the core's labels), or the golden files would change.
#[test]
fn english_messages_of_the_method_are_the_core_labels() {
    use treaty_tracker::analysis::Verdict;
    use treaty_tracker::i18n::Localized;
    use treaty_tracker::model::{Confidence, StakeholderKind, Stance, UnRegion};
    for s in Stance::ALL {
        assert_eq!(s.words_in(Lang::En), s.label());
    }
    for k in StakeholderKind::ALL {
        assert_eq!(k.words_in(Lang::En), k.label());
    }
    for r in UnRegion::ALL {
        assert_eq!(r.words_in(Lang::En), r.label());
    }
    for s in SourceKind::ALL {
        assert_eq!(s.words_in(Lang::En), s.label());
    }
    for c in Confidence::ALL {
        assert_eq!(c.words_in(Lang::En), c.label());
    }
    for v in Verdict::ALL {
        assert_eq!(v.words_in(Lang::En), v.label());
    }
}

#[test]
fn french_dates_and_numbers() {
    use chrono::NaiveDate;
    use treaty_tracker::i18n::{date, decimal};
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
    assert_eq!(date(Lang::En, day(2024, 7, 29)), "2024-07-29");
    assert_eq!(date(Lang::Fr, day(2024, 7, 29)), "29 juillet 2024");
    assert_eq!(date(Lang::Fr, day(2024, 8, 1)), "1er août 2024");
    assert_eq!(date(Lang::Fr, day(2021, 12, 31)), "31 décembre 2021");
    assert_eq!(decimal(Lang::Fr, "+0.01".to_owned()), "+0,01");
    assert_eq!(decimal(Lang::En, "-0.13".to_owned()), "-0.13");
}

/// What the export window previews of a French report is in French (the facts, verdicts and
/// kinds), while the workbook's tables stay in English whatever the report's language.
#[test]
fn the_preview_of_a_french_report_is_in_french() {
    use treaty_tracker::tables::Cell;
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let mut options = options(&project, "AHC7R");
    options.lang = Lang::Fr;
    let report = treaty_tracker::report::Report::build(&project, options).expect("builds");
    let words = |tables: &[treaty_tracker::tables::Table]| -> Vec<String> {
        tables
            .iter()
            .flat_map(|t| t.rows.iter().flatten())
            .filter_map(|c| match c {
                Cell::Text(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
    };
    let french = words(&treaty_tracker::report::tables_in(&report, Lang::Fr));
    let english = words(&treaty_tracker::report::tables(&report));
    assert!(french.iter().any(|w| w == "Traité"), "{french:?}");
    assert!(french.iter().any(|w| w == "Large soutien"));
    assert!(english.iter().any(|w| w == "Treaty") && english.iter().any(|w| w == "Broad support"));
    assert!(!english.iter().any(|w| w == "Traité"));
}
