//! The core's typed messages in a language (the window's, from its callers): the quick
//! entry's problems and grammar, a date box's problem, the note under a clipped text. The core
//! keeps its English `Display` (the command line and the tests read it); the English messages
//! here say exactly the same.

use crate::i18n::Lang;
use crate::model::{DateProblem, Project};
use crate::quick_entry::{self, NotReady, QuickProblemKind};
use crate::tr_in;

/// What is wrong with a token of the quick entry, or missing from it.
pub fn quick_problem(lang: Lang, kind: &QuickProblemKind) -> String {
    match kind {
        QuickProblemKind::UnknownStakeholder { typed } => {
            tr_in!(lang, "entry-unknown-stakeholder", typed = typed.as_str())
        }
        QuickProblemKind::AmbiguousStakeholder { typed, matches } => {
            let shown: Vec<String> = matches
                .iter()
                .take(4)
                .map(|(name, id)| format!("{name} ({id})"))
                .collect();
            let more = if matches.len() > 4 { ", …" } else { "" };
            tr_in!(
                lang,
                "entry-ambiguous-stakeholder",
                typed = typed.as_str(),
                count = matches.len().to_string(),
                matches = format!("{}{more}", shown.join(", "))
            )
        }
        QuickProblemKind::PrincipleTwice { principle } => {
            tr_in!(
                lang,
                "entry-principle-twice",
                principle = principle.as_str()
            )
        }
        QuickProblemKind::UnknownPrinciple { typed, known } => tr_in!(
            lang,
            "entry-unknown-principle",
            typed = typed.as_str(),
            known = if known.is_empty() {
                tr_in!(lang, "entry-no-principles-yet")
            } else {
                known.join(" ")
            }
        ),
        QuickProblemKind::UnknownSession { typed, known } => tr_in!(
            lang,
            "entry-unknown-session",
            typed = typed.as_str(),
            known = known.join(" ")
        ),
        QuickProblemKind::UnknownFlag { flag } => {
            tr_in!(lang, "entry-unknown-flag", flag = flag.as_str())
        }
        QuickProblemKind::SecondUrl => tr_in!(lang, "entry-second-url"),
        QuickProblemKind::UnknownSourceKind { typed } => {
            tr_in!(lang, "entry-unknown-source-kind", typed = typed.as_str())
        }
        QuickProblemKind::EmptyArticle => tr_in!(lang, "entry-empty-article"),
        QuickProblemKind::ForAndBy => tr_in!(lang, "entry-for-and-by"),
        QuickProblemKind::BadDate { typed } => {
            tr_in!(lang, "entry-bad-date", typed = typed.as_str())
        }
        QuickProblemKind::UnclosedQuote => tr_in!(lang, "entry-unclosed-quote"),
        QuickProblemKind::SecondQuote => tr_in!(lang, "entry-second-quote"),
        QuickProblemKind::NoStance => tr_in!(lang, "entry-no-stance"),
        QuickProblemKind::NoSummary => tr_in!(lang, "entry-no-summary"),
    }
}

/// Why a quick-entry line cannot become a statement yet.
pub fn not_ready(lang: Lang, reason: &NotReady) -> String {
    match reason {
        NotReady::Problem(kind) => quick_problem(lang, kind),
        NotReady::NoStakeholder => tr_in!(lang, "entry-type-stakeholder-first"),
        NotReady::NoStanceOrSummary => tr_in!(lang, "entry-needs-stance-and-summary"),
        NotReady::NoSession => tr_in!(lang, "entry-no-session-to-log-into"),
        NotReady::DateOutsideSession {
            date,
            session,
            dates,
        } => {
            if dates.0 == dates.1 {
                tr_in!(
                    lang,
                    "entry-date-not-session-day",
                    date = date.to_string(),
                    session = session.as_str(),
                    day = dates.0.to_string()
                )
            } else {
                tr_in!(
                    lang,
                    "entry-date-outside-session",
                    date = date.to_string(),
                    session = session.as_str(),
                    start = dates.0.to_string(),
                    end = dates.1.to_string()
                )
            }
        }
    }
}

/// The ids of the examples, with "WHO" in `lang` where the project has no
/// stakeholder yet, and the second principle's stance (" P2-" with `gap` before it, or
/// nothing).
fn example_ids(lang: Lang, project: &Project, gap: &str) -> (String, String, String) {
    let (who, first, second) = quick_entry::example_ids(project);
    let who = who.map_or_else(|| tr_in!(lang, "entry-example-who"), str::to_owned);
    let second = second.map(|p| format!("{gap}{p}-")).unwrap_or_default();
    (who, first.to_owned(), second)
}

/// The example line of the open project in `lang` (the entry's placeholder):
/// [`quick_entry::example_line`] with its words translated.
pub fn example_line(lang: Lang, project: &Project) -> String {
    let (who, first, second) = example_ids(lang, project, " ");
    tr_in!(
        lang,
        "entry-example-line",
        who = who,
        first = first,
        second = second
    )
}

/// The grammar under an empty entry line in `lang`:
/// [`quick_entry::grammar_hint`] with its words translated.
pub fn grammar_hint(lang: Lang, project: &Project) -> String {
    let (who, first, second) = example_ids(lang, project, "  ");
    tr_in!(
        lang,
        "entry-grammar-hint",
        who = who,
        first = first,
        second = second
    )
}

/// A date box's text that is not a date.
pub fn date_problem(lang: Lang, problem: &DateProblem) -> String {
    tr_in!(lang, "text-not-a-date", text = problem.text.as_str())
}

/// What a clipped text leaves out, in `lang`, or `None` when `text` fits in
/// `max` bytes ([`crate::text::clip_note`] in English).
pub fn clip_note(lang: Lang, text: &str, max: usize) -> Option<String> {
    (text.len() > max).then(|| {
        tr_in!(
            lang,
            "text-clip-note",
            bytes = crate::i18n::integer(lang, text.len())
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quick_entry::{example_line as core_example, grammar_hint as core_grammar};

    fn every_problem() -> Vec<QuickProblemKind> {
        let typed = || "Q9".to_owned();
        let many = |n: usize| {
            (0..n)
                .map(|i| (format!("Name {i}"), format!("N{i}")))
                .collect()
        };
        vec![
            QuickProblemKind::UnknownStakeholder { typed: typed() },
            QuickProblemKind::AmbiguousStakeholder {
                typed: typed(),
                matches: many(2),
            },
            QuickProblemKind::AmbiguousStakeholder {
                typed: typed(),
                matches: many(6),
            },
            QuickProblemKind::PrincipleTwice {
                principle: "P3".to_owned(),
            },
            QuickProblemKind::UnknownPrinciple {
                typed: typed(),
                known: vec!["P1".to_owned(), "P2".to_owned()],
            },
            QuickProblemKind::UnknownPrinciple {
                typed: typed(),
                known: Vec::new(),
            },
            QuickProblemKind::UnknownSession {
                typed: typed(),
                known: vec!["S1".to_owned()],
            },
            QuickProblemKind::UnknownFlag {
                flag: "urgent".to_owned(),
            },
            QuickProblemKind::SecondUrl,
            QuickProblemKind::UnknownSourceKind { typed: typed() },
            QuickProblemKind::EmptyArticle,
            QuickProblemKind::ForAndBy,
            QuickProblemKind::BadDate { typed: typed() },
            QuickProblemKind::UnclosedQuote,
            QuickProblemKind::SecondQuote,
            QuickProblemKind::NoStance,
            QuickProblemKind::NoSummary,
        ]
    }

    /// The English here is the core's `Display`, word for word; French is something else.
    #[test]
    fn english_is_the_core_display_and_french_differs() {
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2024, 8, d).expect("a day");
        let mut reasons: Vec<NotReady> =
            every_problem().into_iter().map(NotReady::Problem).collect();
        reasons.extend([
            NotReady::NoStakeholder,
            NotReady::NoStanceOrSummary,
            NotReady::NoSession,
            NotReady::DateOutsideSession {
                date: day(9),
                session: "S1".to_owned(),
                dates: (day(5), day(5)),
            },
            NotReady::DateOutsideSession {
                date: day(9),
                session: "S1".to_owned(),
                dates: (day(1), day(5)),
            },
        ]);
        for reason in &reasons {
            assert_eq!(not_ready(Lang::En, reason), reason.to_string());
            assert_ne!(
                not_ready(Lang::Fr, reason),
                reason.to_string(),
                "{reason:?}"
            );
        }
        let problem = DateProblem {
            text: "2024-13-45".to_owned(),
        };
        assert_eq!(date_problem(Lang::En, &problem), problem.to_string());
        assert_ne!(date_problem(Lang::Fr, &problem), problem.to_string());
        let long = "x".repeat(50_000);
        assert_eq!(
            clip_note(Lang::En, &long, 100),
            crate::text::clip_note(&long, 100)
        );
        assert_eq!(clip_note(Lang::En, "short", 100), None);
        assert!(
            clip_note(Lang::Fr, &long, 100)
                .expect("a note")
                .contains("50\u{202f}000 octets")
        );
    }

    /// The example and the grammar say the core's English, and keep the grammar's tokens and
    /// the project's ids in French.
    #[test]
    fn the_example_and_the_grammar_keep_their_tokens() {
        let sample = crate::store::from_str(crate::SAMPLE_PROJECT)
            .expect("the sample")
            .project;
        let empty = crate::model::Project::new("Empty");
        for project in [&sample, &empty] {
            assert_eq!(example_line(Lang::En, project), core_example(project));
            assert_eq!(grammar_hint(Lang::En, project), core_grammar(project));
            let (who, first, _) = quick_entry::example_ids(project);
            let french = example_line(Lang::Fr, project);
            assert!(
                french.starts_with(&format!("{} {first}++", who.unwrap_or("QUI"))),
                "{french}"
            );
            assert!(french.contains("en quelques mots"), "{french}");
            let grammar = grammar_hint(Lang::Fr, project);
            for token in [
                "@SESSION",
                "d:2024-08-05",
                "!high/!medium/!low",
                "src:official",
                "for:BLOC",
            ] {
                assert!(grammar.contains(token), "{grammar}");
            }
        }
    }
}
