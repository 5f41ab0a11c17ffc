//! JSON and CSV reports: the documented schema, layout, escaping and confidentiality.

mod common;

use chrono::{TimeZone, Utc};
use treaty_tracker::analysis::{AnalysisOptions, ProjectAnalysis};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::report;
use treaty_tracker::tables::CsvOptions;

fn keys(value: &serde_json::Value) -> Vec<String> {
    value.as_object().expect("object").keys().cloned().collect()
}

#[test]
fn json_has_the_documented_keys_in_order() {
    let project = common::worked_example();
    let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
    let at = Utc
        .with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
        .single()
        .expect("date");
    let text = report::json(&project, &analysis, 1, false, at);
    // serde_json's default map sorts keys; read the order from the text instead.
    let top: Vec<usize> = [
        "\"project\"",
        "\"framework\"",
        "\"session\"",
        "\"carry_forward\"",
        "\"bloc_positions\"",
        "\"min_positions\"",
        "\"confidential_counted\"",
        "\"stakeholders\"",
        "\"principles\"",
        "\"shifts\"",
        "\"generated_at\"",
    ]
    .iter()
    .map(|k| text.find(k).expect("key present"))
    .collect();
    assert!(top.windows(2).all(|w| w[0] < w[1]), "keys out of order");
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    let mut expected_top = vec![
        "bloc_positions",
        "min_positions",
        "carry_forward",
        "confidential_counted",
        "framework",
        "generated_at",
        "principles",
        "project",
        "session",
        "shifts",
        "stakeholders",
    ];
    expected_top.sort_unstable();
    assert_eq!(keys(&value), expected_top);
    assert_eq!(value["generated_at"], "2026-11-23T12:00:00Z");
    assert_eq!(value["session"], "S2");
    let mut stakeholder_keys = vec!["id", "name", "kind", "alignment", "coverage"];
    stakeholder_keys.sort_unstable();
    for s in value["stakeholders"].as_array().expect("array") {
        assert_eq!(keys(s), stakeholder_keys);
    }
    let mut principle_keys = vec![
        "id",
        "title",
        "n",
        "support_share",
        "neutral_share",
        "opposition_share",
        "silence_share",
        "mean_score",
        "gap",
        "consensus",
        "verdict",
    ];
    principle_keys.sort_unstable();
    for p in value["principles"].as_array().expect("array") {
        assert_eq!(keys(p), principle_keys);
    }
    let shifts = value["shifts"].as_array().expect("array");
    // docs/METHODOLOGY.md, worked example: BOR P1 −1 → +1 via NG, BOR P3, ATL P1, ATL P2.
    assert_eq!(shifts.len(), 4);
    assert_eq!(
        shifts[0],
        serde_json::json!({"stakeholder": "BOR", "principle": "P1", "from_session": "S1", "to_session": "S2", "from": "Opposes", "to": "Supports", "delta": 2})
    );
    assert_eq!(
        shifts[1],
        serde_json::json!({"stakeholder": "BOR", "principle": "P3", "from_session": "S1", "to_session": "S2", "from": "Mixed", "to": "StronglyOpposes", "delta": -2})
    );
    assert_eq!(value["principles"][0]["verdict"], "BroadSupport");
    assert_eq!(value["principles"][2]["verdict"], "TooFew");
    assert_eq!(value["principles"][2]["n"], 2);
    assert_eq!(value["bloc_positions"], true);
    assert_eq!(value["min_positions"], 3);
    assert_eq!(value["stakeholders"][1]["kind"], "State");

    // Undefined figures are null, not 0; the first session has no shifts.
    let off = ProjectAnalysis::compute(
        &project,
        AnalysisOptions {
            carry_forward: false,
            bloc_positions: false,
            ..AnalysisOptions::default()
        },
    );
    let value: serde_json::Value =
        serde_json::from_str(&report::json(&project, &off, 1, false, at)).expect("json");
    assert_eq!(value["carry_forward"], false);
    assert!(value["stakeholders"][2]["alignment"].is_null());
    assert_eq!(value["stakeholders"][2]["coverage"], 0.0);
    assert!(value["principles"][0]["mean_score"].is_null());
    assert_eq!(value["principles"][0]["verdict"], "Silent");
    let first: serde_json::Value =
        serde_json::from_str(&report::json(&project, &off, 0, false, at)).expect("json");
    assert_eq!(first["shifts"].as_array().map(Vec::len), Some(0));
}

#[test]
fn csv_layout() {
    let project = common::worked_example();
    let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
    let text = report::csv(&project, &analysis, 1, false, CsvOptions::default()).expect("csv");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], report::CSV_HEADER.join(","));
    assert_eq!(lines.len(), 1 + 4 * 3);
    // Atlantis on P1 at S2: inherited from Northern Group's statement at S2.
    assert_eq!(
        lines[1],
        "S2,ATL,Atlantis,State,true,P1,Human rights safeguards,Supports,1,false,S2,NG,01GPEXAMP1E0000000000000S7,0.375,1,3,1,0,0,0,0.5,0.25,1,Broad support,true,true,3,false"
    );
    // Civic Watch on P2: no position, per-principle figures still there.
    assert_eq!(
        lines[8],
        "S2,CW,Civic Watch,Civil society,true,P2,Narrow scope,,,,,,,0.5,0.25,2,0.5,0.5,0,0.3333333333333333,0.25,0.375,0.75,Too few positions,true,true,3,false"
    );
    // The bloc is listed, out of scope.
    assert!(lines[10].starts_with("S2,NG,Northern Group,Bloc,false,P1,"));
}

#[test]
fn csv_cells_are_quoted_and_neutralised() {
    assert_eq!(treaty_tracker::text::neutral("plain"), "plain");
    for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        let cell = treaty_tracker::text::neutral(bad);
        assert!(cell.starts_with('\''), "{bad:?} → {cell:?}");
    }
    let mut project = common::worked_example();
    project.principles[0].title = "a,b".to_owned();
    project.principles[1].title = "say \"no\"".to_owned();
    project.principles[2].title = "line\nbreak".to_owned();
    let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
    let text = report::csv(&project, &analysis, 1, false, CsvOptions::default()).expect("csv");
    assert!(text.contains(",\"a,b\","), "{text}");
    assert!(text.contains(",\"say \"\"no\"\"\","), "{text}");
    assert!(text.contains(",\"line\nbreak\","), "{text}");
    let mut project = common::worked_example();
    project.stakeholders[0].name = "=HYPERLINK(\"http://evil\")".to_owned();
    let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
    let text = report::csv(&project, &analysis, 1, false, CsvOptions::default()).expect("csv");
    assert!(
        text.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","),
        "{text}"
    );
}

#[test]
fn csv_options_give_a_french_spreadsheet_its_separator_decimal_comma_and_bom() {
    let project = common::worked_example();
    let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
    let french = CsvOptions::for_language("fr_FR.UTF-8");
    assert_eq!(
        french,
        CsvOptions {
            separator: b';',
            bom: true,
            decimal_comma: true
        }
    );
    assert_eq!(CsvOptions::for_language("en-GB"), CsvOptions::default());
    let text = report::csv(&project, &analysis, 1, false, french).expect("csv");
    let body = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines[0], report::CSV_HEADER.join(";"));
    // The same row as in `csv_layout`, with `;` and decimal commas: 0.375 reads 0,375.
    assert_eq!(
        lines[1],
        "S2;ATL;Atlantis;State;true;P1;Human rights safeguards;Supports;1;false;S2;NG;01GPEXAMP1E0000000000000S7;0,375;1;3;1;0;0;0;0,5;0,25;1;Broad support;true;true;3;false"
    );
    // A decimal comma with a comma separator would need quotes on every number: refused.
    let clash = CsvOptions {
        separator: b',',
        bom: false,
        decimal_comma: true,
    };
    let refused = report::csv(&project, &analysis, 1, false, clash).expect_err("refused");
    assert!(refused.contains("decimal comma"), "{refused}");
}

#[test]
fn confidential_text_never_leaves() {
    let project = common::worked_example();
    let secret = project
        .statements
        .iter()
        .find(|s| s.confidential)
        .expect("a confidential statement");
    let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
    let at = Utc::now();
    for session in 0..project.sessions.len() {
        for text in [
            report::json(&project, &analysis, session, false, at),
            report::csv(&project, &analysis, session, false, CsvOptions::default()).expect("csv"),
        ] {
            assert!(!text.contains(&secret.summary));
            assert!(!text.contains("Corrected itself"));
        }
    }
    // It still counts: Atlantis's P2 position at S2 is the confidential statement's Mixed.
    assert_eq!(analysis.position(1, 0, 1).map(|p| p.statement), Some(4));
}

#[test]
fn generated_projects_look_like_negotiations() {
    let project = generate(&GenerateOptions {
        stakeholders: 120,
        principles: 12,
        sessions: 8,
        statements: 3000,
        seed: 5,
    })
    .expect("generates");
    // What was logged (each actor's own statements): with bloc positions, the blocs' statements
    // fill their members' cells too, as in a real negotiation.
    let analysis = ProjectAnalysis::compute(
        &project,
        AnalysisOptions {
            bloc_positions: false,
            ..AnalysisOptions::default()
        },
    );
    let last = analysis.latest_session().expect("sessions");
    let cells = project.stakeholders.len() * project.principles.len();
    let filled = (0..project.stakeholders.len())
        .map(|a| analysis.row(last, a).iter().filter(|p| p.is_some()).count())
        .sum::<usize>();
    // Many actors silent on many principles, even with carry-forward.
    assert!(filled * 2 < cells, "{filled} of {cells} cells filled");
    // A few vocal actors: the busiest tenth of actors make a large share of the statements.
    let mut per_actor = vec![0usize; project.stakeholders.len()];
    for s in &project.statements {
        per_actor[project
            .stakeholders
            .iter()
            .position(|x| x.id == s.stakeholder)
            .expect("known")] += 1;
    }
    per_actor.sort_unstable_by(|a, b| b.cmp(a));
    let top: usize = per_actor[..12].iter().sum();
    assert!(
        top * 4 > project.statements.len(),
        "top tenth made {top} statements"
    );
    // Positions drift: something moved between the first and last sessions.
    let first = analysis.session_order()[0];
    assert!(!analysis.shifts(&project, first, last).moved.is_empty());
    assert!(project.stakeholders.iter().any(|s| !s.members.is_empty()));
}

/// The principles of a Markdown report, in the order its sections give them.
fn report_principle_order(project: &treaty_tracker::model::Project, session: usize) -> Vec<usize> {
    let options = report::ReportOptions {
        session,
        from: None,
        analysis: treaty_tracker::analysis::AnalysisOptions::default(),
        include_confidential: true,
        generated_at: Utc::now(),
        csv: treaty_tracker::tables::CsvOptions::default(),
        lang: treaty_tracker::i18n::Lang::En,
    };
    let md = report::render(project, report::ReportFormat::Markdown, options).expect("md");
    md.lines()
        .filter_map(|l| l.strip_prefix("### "))
        .filter_map(|heading| {
            project
                .principles
                .iter()
                .position(|p| heading.starts_with(&format!("{} ", report::md_escape(&p.id))))
        })
        .collect()
}

#[test]
fn report_and_gaps_rank_principles_alike() {
    // A silent principle first in the file (no gap: it goes last), and ties on the gap (file
    // order among them): the report's sections follow `principles_by_gap`, which the gaps view
    // calls too.
    let mut project = common::worked_example();
    let mut silent = project.principles[2].clone();
    silent.id = "P0".to_owned();
    project.principles.insert(0, silent);
    let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
    let order = treaty_tracker::analysis::principles_by_gap(&analysis, project.principles.len(), 1);
    assert_eq!(
        order.last(),
        Some(&0),
        "the silent principle is last: {order:?}"
    );
    assert_eq!(report_principle_order(&project, 1), order);

    let sample = common::valid(treaty_tracker::SAMPLE_PROJECT);
    let analysis = ProjectAnalysis::compute(&sample, AnalysisOptions::default());
    let k = analysis.latest_session().expect("a session");
    let order = treaty_tracker::analysis::principles_by_gap(&analysis, sample.principles.len(), k);
    let gaps: Vec<Option<f64>> = order
        .iter()
        .map(|&p| analysis.principle(k, p).gap)
        .collect();
    assert!(
        gaps.windows(2).any(|w| w[0] == w[1]),
        "the sample has tied gaps: {gaps:?}"
    );
    for pair in order.windows(2) {
        let (a, b) = (
            analysis.principle(k, pair[0]).gap,
            analysis.principle(k, pair[1]).gap,
        );
        if a == b {
            assert!(pair[0] < pair[1], "ties keep file order");
        }
    }
    assert_eq!(report_principle_order(&sample, k), order);
}

/// The summary lists principles with too few positions apart, each with its count, and the
/// sides name where an inherited position comes from (docs/METHODOLOGY.md, worked example).
#[test]
fn reports_list_too_few_apart_and_name_the_bloc_behind_a_position() {
    let project = common::worked_example();
    let options = report::ReportOptions {
        session: 1,
        from: None,
        analysis: AnalysisOptions::default(),
        include_confidential: false,
        generated_at: Utc::now(),
        csv: treaty_tracker::tables::CsvOptions::default(),
        lang: treaty_tracker::i18n::Lang::En,
    };
    let md = report::render(&project, report::ReportFormat::Markdown, options.clone())
        .expect("markdown");
    assert!(md.contains("- **Broad support**: P1\n"), "{md}");
    assert!(
        md.contains(
            "- **Too few positions for a verdict (fewer than 3)**: P2 (2 of 3), P3 (2 of 3)\n"
        ),
        "{md}"
    );
    assert!(!md.contains("**Contested**"), "{md}");
    assert!(
        md.contains(
            "**Supports**: Atlantis (via Northern Group), Borduria (via Northern Group), Civic Watch (carried)"
        ),
        "{md}"
    );
    assert!(
        md.contains("| Bloc positions | a bloc's statements count for its members"),
        "{md}"
    );
    assert!(
        md.contains("| Verdicts | given from 3 positions on a principle"),
        "{md}"
    );
    let html = report::render(&project, report::ReportFormat::Html, options).expect("html");
    // The user-written parts are isolated in `<bdi>`: the words are the same without them.
    let html = html.replace("<bdi>", "").replace("</bdi>", "");
    assert!(
        html.contains("<li><strong>Too few positions for a verdict (fewer than 3)</strong>: P2 (2 of 3), P3 (2 of 3)</li>"),
        "{html}"
    );
    assert!(html.contains("Atlantis (via Northern Group)"), "{html}");
    // Carried and inherited at once, at a third session with nothing said.
    let mut three = project.clone();
    let mut s3 = three.sessions[1].clone();
    s3.id = "S3".to_owned();
    s3.start = chrono::NaiveDate::from_ymd_opt(2023, 9, 4).expect("date");
    s3.end = None;
    three.sessions.push(s3);
    let md = report::render(
        &three,
        report::ReportFormat::Markdown,
        report::ReportOptions {
            session: 2,
            from: None,
            analysis: AnalysisOptions::default(),
            include_confidential: false,
            generated_at: Utc::now(),
            csv: treaty_tracker::tables::CsvOptions::default(),
            lang: treaty_tracker::i18n::Lang::En,
        },
    )
    .expect("markdown");
    assert!(
        md.contains("Atlantis (carried, via Northern Group)"),
        "{md}"
    );
}
