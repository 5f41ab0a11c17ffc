//! What stops a line from becoming a statement, as typed values ([`QuickProblemKind`],
//! [`NotReady`]) that the app renders; `Display` gives the English the window shows today.

use std::fmt;
use std::ops::Range;

/// Something in the line that stops it from becoming a statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuickProblem {
    /// Byte range in the line (empty at the end for something missing).
    pub range: Range<usize>,
    /// What is wrong; its [`Display`](fmt::Display) says it in plain words.
    pub kind: QuickProblemKind,
}

impl fmt::Display for QuickProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

/// What is wrong with a token of the line, or missing from it, with what the message names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuickProblemKind {
    /// No stakeholder has this id or a name starting with it.
    UnknownStakeholder {
        /// What was typed.
        typed: String,
    },
    /// Several stakeholders match what was typed, and none exactly.
    AmbiguousStakeholder {
        /// What was typed.
        typed: String,
        /// The (name, id) of every match, best first.
        matches: Vec<(String, String)>,
    },
    /// The same principle is given a stance twice.
    PrincipleTwice {
        /// The principle's id, as the project spells it.
        principle: String,
    },
    /// No principle has this id.
    UnknownPrinciple {
        /// The id typed.
        typed: String,
        /// The ids of the project's principles, in order.
        known: Vec<String>,
    },
    /// No session has this id or name (`@SESSION`).
    UnknownSession {
        /// What was typed after `@`.
        typed: String,
        /// The ids of the project's sessions, in order.
        known: Vec<String>,
    },
    /// A `!flag` that is not one of `!high`, `!medium`, `!low`, `!conf`.
    UnknownFlag {
        /// The flag after `!`, in lower case.
        flag: String,
    },
    /// A second URL: a statement has one source.
    SecondUrl,
    /// A `src:` value that is not a source kind.
    UnknownSourceKind {
        /// The value after `src:`.
        typed: String,
    },
    /// `art:` with nothing after it.
    EmptyArticle,
    /// Both `for:BLOC` and `by:SPEAKER`.
    ForAndBy,
    /// `d:` with something that is not a date `YYYY-MM-DD`.
    BadDate {
        /// The value after `d:`.
        typed: String,
    },
    /// A quote opened with `"` and never closed.
    UnclosedQuote,
    /// A second quoted passage: a statement has one quote.
    SecondQuote,
    /// No principle with a stance yet.
    NoStance,
    /// No summary yet.
    NoSummary,
}

impl fmt::Display for QuickProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownStakeholder { typed } => write!(
                f,
                "no stakeholder \"{typed}\": type a stakeholder's id or the start of its name"
            ),
            Self::AmbiguousStakeholder { typed, matches } => {
                let shown: Vec<String> = matches
                    .iter()
                    .take(4)
                    .map(|(name, id)| format!("{name} ({id})"))
                    .collect();
                write!(
                    f,
                    "\"{typed}\" matches {}: {}{}; Tab takes the first",
                    matches.len(),
                    shown.join(", "),
                    if matches.len() > 4 { ", …" } else { "" }
                )
            }
            Self::PrincipleTwice { principle } => write!(
                f,
                "{principle} is given twice; keep one stance per principle"
            ),
            Self::UnknownPrinciple { typed, known } => write!(
                f,
                "no principle \"{typed}\" (principles: {})",
                if known.is_empty() {
                    "none yet".to_owned()
                } else {
                    known.join(" ")
                }
            ),
            Self::UnknownSession { typed, known } => {
                write!(f, "no session \"{typed}\" (sessions: {})", known.join(" "))
            }
            Self::UnknownFlag { flag } => {
                write!(f, "unknown flag !{flag}: !high, !medium, !low or !conf")
            }
            Self::SecondUrl => f.write_str("a second URL: one source per statement"),
            Self::UnknownSourceKind { typed } => write!(
                f,
                "unknown source kind \"{typed}\": official, observer, ai, media, notes or other"
            ),
            Self::EmptyArticle => f.write_str("art: needs an article, e.g. art:6(2)"),
            Self::ForAndBy => f.write_str("use for:BLOC or by:SPEAKER, not both"),
            Self::BadDate { typed } => write!(
                f,
                "\"{typed}\" is not a date: d:YYYY-MM-DD, e.g. d:2024-08-05"
            ),
            Self::UnclosedQuote => f.write_str("the quote is not closed: end it with \""),
            Self::SecondQuote => f.write_str("a second quote: one quote per statement"),
            Self::NoStance => f.write_str(
                "no stance yet: add a principle's id with a stance after the stakeholder \
                 (++ + ~ - --)",
            ),
            Self::NoSummary => f.write_str("no summary yet: say in a few words what was said"),
        }
    }
}

impl std::error::Error for QuickProblemKind {}

/// Why a line cannot become a statement yet ([`Parsed::statement`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotReady {
    /// The first problem of the line.
    Problem(QuickProblemKind),
    /// No stakeholder was named.
    NoStakeholder,
    /// A stance or the summary is missing.
    NoStanceOrSummary,
    /// There is no session to log into.
    NoSession,
    /// The date given with `d:` is outside the session's dates.
    DateOutsideSession {
        /// The date given.
        date: chrono::NaiveDate,
        /// The session's id.
        session: String,
        /// Its first and last day.
        dates: (chrono::NaiveDate, chrono::NaiveDate),
    },
}

impl fmt::Display for NotReady {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Problem(problem) => problem.fmt(f),
            Self::NoStakeholder => f.write_str("type a stakeholder first"),
            Self::NoStanceOrSummary => f.write_str("a statement needs a stance and a summary"),
            Self::NoSession => f.write_str("no session to log into: add one under Sessions"),
            Self::DateOutsideSession {
                date,
                session,
                dates,
            } => {
                if dates.0 == dates.1 {
                    write!(f, "{date} is not the day of {session} ({})", dates.0)
                } else {
                    write!(
                        f,
                        "{date} is not within {session} ({} to {}): give @SESSION too",
                        dates.0, dates.1
                    )
                }
            }
        }
    }
}

impl std::error::Error for NotReady {}
