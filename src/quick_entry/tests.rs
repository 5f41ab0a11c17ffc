//! Unit tests of the quick entry: parsing, problems, completions (accented words at every
//! cursor position).

use chrono::{DateTime, Utc};

use super::*;
use crate::model::{Confidence, Project, SourceKind, Stance};

/// The sample, with Côte d'Ivoire added for the accent tests.
fn sample() -> Project {
    let mut project = crate::store::from_str(crate::SAMPLE_PROJECT)
        .expect("sample loads")
        .project;
    project.stakeholders.push(crate::model::Stakeholder {
        id: "CIV".to_owned(),
        name: "Côte d'Ivoire".to_owned(),
        kind: crate::model::StakeholderKind::State,
        region: Some(crate::model::UnRegion::African),
        members: Vec::new(),
        weight: 1.0,
        notes: None,
    });
    project
}

#[test]
fn reads_the_example_line() {
    let project = sample();
    let line = "RUS P3-- C6-- Wants an article on extremist use of ICT";
    let parsed = parse(line, &project);
    assert!(parsed.is_ready(), "{:?}", parsed.problems);
    assert_eq!(project.stakeholders[parsed.speaker.expect("rus")].id, "RUS");
    let stances: Vec<(&str, Stance)> = parsed
        .stances
        .iter()
        .map(|&(j, s)| (project.principles[j].id.as_str(), s))
        .collect();
    assert_eq!(
        stances,
        [
            ("P3", Stance::StronglyOpposes),
            ("C6", Stance::StronglyOpposes)
        ]
    );
    assert_eq!(parsed.summary, "Wants an article on extremist use of ICT");
}

#[test]
fn names_match_without_accents_or_case() {
    let project = sample();
    let civ = stakeholder_candidates(&project, "cote");
    assert_eq!(project.stakeholders[civ[0]].id, "CIV");
    let parsed = parse("cote P1+ Supports", &project);
    assert!(parsed.is_ready(), "{:?}", parsed.problems);
}

#[test]
fn unknown_and_ambiguous_are_problems_in_place() {
    let project = sample();
    let line = "XYZ P3-- Q9+ text";
    let parsed = parse(line, &project);
    assert!(!parsed.is_ready());
    let flagged: Vec<&str> = parsed
        .problems
        .iter()
        .map(|p| &line[p.range.clone()])
        .collect();
    assert_eq!(flagged, ["XYZ", "Q9+"]);
    assert!(
        parsed.problems[1]
            .to_string()
            .contains("no principle \"Q9\"")
    );
    let twice = parse("RUS P3-- P3+ text", &project);
    assert!(twice.problems[0].to_string().contains("twice"));
}

#[test]
fn extras_fill_their_fields() {
    let project = sample();
    let line = "FRA for:EU P1++ !high #ahc7 art:6(2) src:official https://example.org/s \
                Supports human rights safeguards @AHC3 !conf";
    let parsed = parse(line, &project);
    assert!(parsed.is_ready(), "{:?}", parsed.problems);
    let at = DateTime::parse_from_rfc3339("2023-01-10T10:00:00Z")
        .expect("date")
        .with_timezone(&Utc);
    let today = at.date_naive();
    let statement = parsed
        .statement(&project, Some(0), at, today, "Ana")
        .expect("ready");
    assert_eq!(statement.stakeholder, "EU");
    assert_eq!(statement.delivered_by.as_deref(), Some("FRA"));
    assert_eq!(statement.session, "AHC3");
    assert_eq!(statement.confidence, Confidence::High);
    assert!(statement.confidential);
    assert_eq!(statement.tags, ["ahc7"]);
    assert_eq!(statement.articles, ["Art. 6(2)"]);
    let source = statement.source.expect("source");
    assert_eq!(source.kind, SourceKind::Official);
    assert_eq!(source.url.as_deref(), Some("https://example.org/s"));
    assert_eq!(statement.summary, "Supports human rights safeguards");
    assert_eq!(statement.recorded_by.as_deref(), Some("Ana"));
    // AHC3 ran 2022-08-29 – 09-09: logging on 2023-01-10 leaves the date open.
    assert_eq!(statement.date, None);
}

#[test]
fn accented_words_never_cut_a_letter_in_two() {
    let project = sample();
    for line in [
        "RUS P3-- Supports Perú",
        "RUS P3-- Genève",
        "RUS P3-- Brésil",
        "RUS P3-- Grün qu’il",
        "Côte d’Ivoire é",
        "ü",
        "f€r:x",
    ] {
        for cursor in 0..=line.len() {
            if line.is_char_boundary(cursor) {
                let _ = completions(&line[..cursor], cursor, &project);
            }
        }
        let _ = parse(line, &project);
    }
}

#[test]
fn completes_the_token_under_the_cursor() {
    let project = sample();
    let line = "cote P";
    let c = completions(line, 3, &project);
    assert_eq!(c.range, 0..4);
    assert_eq!(c.options[0].0, "CIV");
    let c = completions(line, line.len(), &project);
    assert!(c.options.iter().any(|(id, _)| id == "P3"));
    let c = completions("RUS @AH", 7, &project);
    assert!(c.options.iter().all(|(id, _)| id.starts_with("AHC")));
}

#[test]
fn problems_say_what_they_carry_in_words() {
    let project = sample();
    let line = "XYZ P3-- !loud src:fax art: text";
    let parsed = parse(line, &project);
    let words: Vec<String> = parsed.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        words,
        [
            "no stakeholder \"XYZ\": type a stakeholder's id or the start of its name",
            "unknown flag !loud: !high, !medium, !low or !conf",
            "unknown source kind \"fax\": official, observer, ai, media, notes or other",
            "art: needs an article, e.g. art:6(2)",
        ]
    );
    assert_eq!(
        parsed.problems[0].kind,
        QuickProblemKind::UnknownStakeholder {
            typed: "XYZ".to_owned()
        }
    );
    let at = Utc::now();
    let not_ready = parse("RUS P3--", &project)
        .statement(&project, Some(0), at, at.date_naive(), "Ana")
        .expect_err("no summary");
    assert_eq!(not_ready, NotReady::Problem(QuickProblemKind::NoSummary));
    assert_eq!(
        not_ready.to_string(),
        "no summary yet: say in a few words what was said"
    );
}

#[test]
fn a_date_and_a_quote_go_on_the_line() {
    let project = sample();
    let parsed = parse(
        "RUS P3-- d:2023-04-12 “We cannot accept this” Rejects the article !high",
        &project,
    );
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(parsed.date, chrono::NaiveDate::from_ymd_opt(2023, 4, 12));
    assert_eq!(parsed.quote.as_deref(), Some("We cannot accept this"));
    assert_eq!(parsed.summary, "Rejects the article");
    // A one-word quote, straight quotes.
    let parsed = parse("RUS P3-- \"No\" Said no", &project);
    assert_eq!(parsed.quote.as_deref(), Some("No"));
    assert_eq!(parsed.summary, "Said no");
    // An unclosed quote, a bad date, a second quote: each named, nothing logged.
    let kinds = |line: &str| -> Vec<QuickProblemKind> {
        parse(line, &project)
            .problems
            .into_iter()
            .map(|p| p.kind)
            .collect()
    };
    assert_eq!(
        kinds("RUS P3-- \"never closed Summary"),
        [QuickProblemKind::UnclosedQuote]
    );
    assert_eq!(
        kinds("RUS P3-- d:2023-13-40 Summary"),
        [QuickProblemKind::BadDate {
            typed: "2023-13-40".to_owned()
        }]
    );
    assert_eq!(
        kinds("RUS P3-- \"one\" \"two\" Summary"),
        [QuickProblemKind::SecondQuote]
    );
    // A date outside the session it goes to is refused with the session's dates.
    let k = project
        .sessions
        .iter()
        .position(|s| s.id == "AHC5")
        .expect("AHC5");
    let at = Utc::now();
    let err = parse("RUS P3-- d:2020-01-01 Too early", &project)
        .statement(&project, Some(k), at, at.date_naive(), "Ana")
        .expect_err("outside");
    assert_eq!(
        err.to_string(),
        "2020-01-01 is not within AHC5 (2023-04-11 to 2023-04-21): give @SESSION too"
    );
}
