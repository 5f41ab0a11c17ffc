//! The quick-entry line for live logging: `RUS P3-- C6-- Wants an article on extremist use
//! of ICT` is stakeholder `RUS`, P3 and C6 strongly opposed, and the rest is the summary.
//!
//! The grammar (`docs/USER_GUIDE.md` has examples):
//!
//! ```text
//! LINE    = WHO STANCE... SUMMARY        extras may appear anywhere after WHO
//! WHO     = a stakeholder id, or the start of a name ("cote" finds Côte d'Ivoire)
//! STANCE  = PRINCIPLE-ID followed by ++ + ~ - or --   (P3--, C6+, p1~)
//! SUMMARY = the rest, free text
//! extras  = @SESSION  !high !medium !low  !conf  #tag  art:6(2)  https://…
//!           src:official|observer|ai|media|notes|other  for:BLOC  by:SPEAKER
//! ```
//!
//! Parsing never fails: every token gets a kind, and what is not understood becomes a
//! [`QuickProblem`] with its byte range, so the line can be coloured in place before Enter.

use std::fmt;
use std::ops::Range;

use chrono::{DateTime, NaiveDate, Utc};

use crate::model::{Confidence, Project, Source, SourceKind, Stance, Statement};
use crate::text::{fold, folded_word_prefix};

/// The grammar in one line, for the hint under the entry.
pub const GRAMMAR_HINT: &str = "WHO  P3--  C6+  summary…   extras: @SESSION  !high/!medium/!low  \
     !conf  #tag  art:6(2)  https://…  src:official|observer|ai|media|notes  for:BLOC  by:SPEAKER";

/// What a token of the line was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// The stakeholder (first token).
    Stakeholder,
    /// A principle with a stance.
    Stance,
    /// One of the extras (`@session`, `!high`, `#tag`, a URL…).
    Extra,
    /// A word of the summary.
    Summary,
    /// Not understood: see the problems.
    Problem,
}

/// A token of the line and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the line.
    pub range: Range<usize>,
    /// How it was read.
    pub kind: TokenKind,
}

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
                "no stakeholder \"{typed}\": type an id (RUS) or the start of a name"
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
            Self::NoStance => f.write_str(
                "no stance yet: add a principle with a stance after the stakeholder, e.g. P3--",
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
}

impl fmt::Display for NotReady {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Problem(problem) => problem.fmt(f),
            Self::NoStakeholder => f.write_str("type a stakeholder first"),
            Self::NoStanceOrSummary => f.write_str("a statement needs a stance and a summary"),
            Self::NoSession => f.write_str("no session to log into: add one under Sessions"),
        }
    }
}

impl std::error::Error for NotReady {}

/// The line, read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// Every token with its kind, in order.
    pub tokens: Vec<Token>,
    /// What stops the line from becoming a statement; empty when it is ready.
    pub problems: Vec<QuickProblem>,
    /// The stakeholder named first (index in `project.stakeholders`).
    pub speaker: Option<usize>,
    /// The principles (indices) with their stances, in the order typed.
    pub stances: Vec<(usize, Stance)>,
    /// The summary.
    pub summary: String,
    /// `@SESSION`: the session, instead of the current one.
    pub session: Option<usize>,
    /// `for:BLOC`: the speaker delivered the statement on behalf of this stakeholder.
    pub on_behalf_of: Option<usize>,
    /// `by:X`: who delivered the statement for the stakeholder named first.
    pub delivered_by: Option<usize>,
    /// `!high`, `!medium`, `!low`.
    pub confidence: Option<Confidence>,
    /// `src:…`.
    pub source_kind: Option<SourceKind>,
    /// A `http(s)://` token.
    pub url: Option<String>,
    /// `art:…` tokens, as "Art. 6(2)".
    pub articles: Vec<String>,
    /// `#tag` tokens.
    pub tags: Vec<String>,
    /// `!conf`: the statement is confidential (never exported).
    pub confidential: bool,
}

/// What to offer for the token under the cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    /// The byte range that a choice replaces.
    pub range: Range<usize>,
    /// (replacement text, what to show), best first.
    pub options: Vec<(String, String)>,
}

/// The tokens of `line` split on whitespace, with their byte ranges.
fn split(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..line.len());
    }
    out
}

/// Stakeholders matching what was typed, best first: the same id, the same name, then ids
/// and names (any word of them) starting with it; accent- and case-insensitive.
pub fn stakeholder_candidates(project: &Project, typed: &str) -> Vec<usize> {
    let typed = fold(typed.trim());
    if typed.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, usize)> = Vec::new();
    for (k, s) in project.stakeholders.iter().enumerate() {
        let id = fold(&s.id);
        let name = fold(&s.name);
        let rank = if id == typed {
            0
        } else if name == typed {
            1
        } else if id.starts_with(&typed) {
            2
        } else if name.starts_with(&typed) {
            3
        } else if folded_word_prefix(&name, &typed) {
            4
        } else {
            continue;
        };
        ranked.push((rank, k));
    }
    ranked.sort_by_key(|&(rank, k)| (rank, project.stakeholders[k].name.len(), k));
    ranked.into_iter().map(|(_, k)| k).collect()
}

/// The one stakeholder `typed` names: an exact id or name, or the only candidate.
fn resolve_stakeholder(project: &Project, typed: &str) -> Result<usize, QuickProblemKind> {
    let candidates = stakeholder_candidates(project, typed);
    let exact = candidates.first().filter(|&&k| {
        let s = &project.stakeholders[k];
        fold(&s.id) == fold(typed) || fold(&s.name) == fold(typed)
    });
    match (exact, candidates.as_slice()) {
        (Some(&k), _) | (None, &[k]) => Ok(k),
        (None, []) => Err(QuickProblemKind::UnknownStakeholder {
            typed: typed.to_owned(),
        }),
        (None, many) => Err(QuickProblemKind::AmbiguousStakeholder {
            typed: typed.to_owned(),
            matches: many
                .iter()
                .map(|&k| {
                    let s = &project.stakeholders[k];
                    (s.name.clone(), s.id.clone())
                })
                .collect(),
        }),
    }
}

/// A principle id with its stance suffix (`P3--`), read as (id, stance); `None` when the token
/// does not have that shape.
pub fn split_stance(token: &str) -> Option<(&str, Stance)> {
    let (id, stance) = if let Some(id) = token.strip_suffix("++") {
        (id, Stance::StronglySupports)
    } else if let Some(id) = token.strip_suffix("--") {
        (id, Stance::StronglyOpposes)
    } else if let Some(id) = token.strip_suffix('+') {
        (id, Stance::Supports)
    } else if let Some(id) = token.strip_suffix('-') {
        (id, Stance::Opposes)
    } else if let Some(id) = token.strip_suffix('~') {
        (id, Stance::Mixed)
    } else {
        return None;
    };
    let id_like = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    id_like.then_some((id, stance))
}

fn principle_index(project: &Project, id: &str) -> Option<usize> {
    project
        .principles
        .iter()
        .position(|p| p.id.eq_ignore_ascii_case(id))
}

fn session_index(project: &Project, typed: &str) -> Option<usize> {
    project
        .sessions
        .iter()
        .position(|s| s.id.eq_ignore_ascii_case(typed))
        .or_else(|| {
            let typed = fold(typed);
            project.sessions.iter().position(|s| fold(&s.name) == typed)
        })
}

fn source_kind(typed: &str) -> Option<SourceKind> {
    let typed = typed.to_ascii_lowercase();
    Some(match typed.as_str() {
        "official" | "off" => SourceKind::Official,
        "observer" | "obs" => SourceKind::Observer,
        "ai" | "aisummary" => SourceKind::AiSummary,
        "media" | "press" => SourceKind::Media,
        "notes" | "own" | "ownnotes" => SourceKind::OwnNotes,
        "other" => SourceKind::Other,
        _ => return None,
    })
}

/// Reads `line` against `project`.
pub fn parse(line: &str, project: &Project) -> Parsed {
    let mut parsed = Parsed::default();
    let ranges = split(line);
    let Some(first) = ranges.first().cloned() else {
        return parsed;
    };
    let who = &line[first.clone()];
    match resolve_stakeholder(project, who) {
        Ok(k) => {
            parsed.speaker = Some(k);
            parsed.tokens.push(Token {
                range: first,
                kind: TokenKind::Stakeholder,
            });
        }
        Err(kind) => {
            parsed.problems.push(QuickProblem {
                range: first.clone(),
                kind,
            });
            parsed.tokens.push(Token {
                range: first,
                kind: TokenKind::Problem,
            });
        }
    }
    let mut in_stances = true;
    let mut summary: Vec<&str> = Vec::new();
    for range in ranges.into_iter().skip(1) {
        let token = &line[range.clone()];
        // Principles with stances come first, right after the stakeholder.
        let stance_token = if in_stances {
            split_stance(token)
        } else {
            None
        };
        let kind = match read_extra(project, token, &mut parsed) {
            Some(Ok(())) => TokenKind::Extra,
            Some(Err(kind)) => {
                parsed.problems.push(QuickProblem {
                    range: range.clone(),
                    kind,
                });
                TokenKind::Problem
            }
            None => match stance_token
                .map(|(id, stance)| read_stance(project, id, stance, &mut parsed))
            {
                Some(Ok(())) => TokenKind::Stance,
                Some(Err(kind)) => {
                    parsed.problems.push(QuickProblem {
                        range: range.clone(),
                        kind,
                    });
                    TokenKind::Problem
                }
                None => {
                    in_stances = false;
                    summary.push(token);
                    TokenKind::Summary
                }
            },
        };
        parsed.tokens.push(Token { range, kind });
    }
    parsed.summary = summary.join(" ");
    if parsed.on_behalf_of.is_some() && parsed.delivered_by.is_some() {
        parsed.problems.push(QuickProblem {
            range: line.len()..line.len(),
            kind: QuickProblemKind::ForAndBy,
        });
    }
    // What is missing, when nothing typed is wrong already (one message at a time).
    let missing = if !parsed.problems.is_empty() || parsed.speaker.is_none() {
        None
    } else if parsed.stances.is_empty() {
        Some(QuickProblemKind::NoStance)
    } else if parsed.summary.is_empty() {
        Some(QuickProblemKind::NoSummary)
    } else {
        None
    };
    if let Some(kind) = missing {
        parsed.problems.push(QuickProblem {
            range: line.len()..line.len(),
            kind,
        });
    }
    parsed
}

/// Reads a principle with its stance into `parsed`.
fn read_stance(
    project: &Project,
    id: &str,
    stance: Stance,
    parsed: &mut Parsed,
) -> Result<(), QuickProblemKind> {
    match principle_index(project, id) {
        Some(j) if parsed.stances.iter().any(|&(p, _)| p == j) => {
            Err(QuickProblemKind::PrincipleTwice {
                principle: project.principles[j].id.clone(),
            })
        }
        Some(j) => {
            parsed.stances.push((j, stance));
            Ok(())
        }
        None => Err(QuickProblemKind::UnknownPrinciple {
            typed: id.to_owned(),
            known: project.principles.iter().map(|p| p.id.clone()).collect(),
        }),
    }
}

/// Reads an extra token into `parsed`: `None` when the token is not an extra, `Some(Err)` when
/// it is one with a bad value.
fn read_extra(
    project: &Project,
    token: &str,
    parsed: &mut Parsed,
) -> Option<Result<(), QuickProblemKind>> {
    let stakeholder = |value: &str| resolve_stakeholder(project, value);
    if let Some(id) = token.strip_prefix('@').filter(|v| !v.is_empty()) {
        return Some(match session_index(project, id) {
            Some(k) => {
                parsed.session = Some(k);
                Ok(())
            }
            None => Err(QuickProblemKind::UnknownSession {
                typed: id.to_owned(),
                known: project.sessions.iter().map(|s| s.id.clone()).collect(),
            }),
        });
    }
    if let Some(flag) = token.strip_prefix('!').filter(|v| !v.is_empty()) {
        let flag = flag.to_ascii_lowercase();
        return Some(match flag.as_str() {
            "high" | "h" => {
                parsed.confidence = Some(Confidence::High);
                Ok(())
            }
            "medium" | "med" | "m" => {
                parsed.confidence = Some(Confidence::Medium);
                Ok(())
            }
            "low" | "l" => {
                parsed.confidence = Some(Confidence::Low);
                Ok(())
            }
            "conf" | "confidential" => {
                parsed.confidential = true;
                Ok(())
            }
            _ => Err(QuickProblemKind::UnknownFlag { flag }),
        });
    }
    if let Some(tag) = token.strip_prefix('#').filter(|v| !v.is_empty()) {
        parsed.tags.push(tag.to_owned());
        return Some(Ok(()));
    }
    let lower = token.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Some(if parsed.url.is_some() {
            Err(QuickProblemKind::SecondUrl)
        } else {
            parsed.url = Some(token.to_owned());
            Ok(())
        });
    }
    let (key, value) = token.split_once(':')?;
    let key = key.to_ascii_lowercase();
    match key.as_str() {
        "src" | "source" => Some(match source_kind(value) {
            Some(kind) => {
                parsed.source_kind = Some(kind);
                Ok(())
            }
            None => Err(QuickProblemKind::UnknownSourceKind {
                typed: value.to_owned(),
            }),
        }),
        "art" => Some(if value.is_empty() {
            Err(QuickProblemKind::EmptyArticle)
        } else {
            let article = if value.starts_with(|c: char| c.is_ascii_digit()) {
                format!("Art. {value}")
            } else {
                value.to_owned()
            };
            parsed.articles.push(article);
            Ok(())
        }),
        "for" => Some(stakeholder(value).map(|k| parsed.on_behalf_of = Some(k))),
        "by" => Some(stakeholder(value).map(|k| parsed.delivered_by = Some(k))),
        _ => None,
    }
}

impl Parsed {
    /// Whether the line can become a statement (a stakeholder, a stance, a summary, no
    /// problem).
    pub fn is_ready(&self) -> bool {
        self.problems.is_empty()
            && self.speaker.is_some()
            && !self.stances.is_empty()
            && !self.summary.is_empty()
    }

    /// The session the statement goes to: `@SESSION` if given, else `current`.
    pub fn session_or(&self, current: Option<usize>) -> Option<usize> {
        self.session.or(current)
    }

    /// The statement the line describes, logged now by `recorded_by` in `current` session
    /// unless the line names another. Its date is `today` when that falls within the
    /// session's dates, none otherwise.
    ///
    /// # Errors
    /// What is missing (its [`Display`](fmt::Display) says it in plain words) when the line
    /// is not ready or there is no session.
    pub fn statement(
        &self,
        project: &Project,
        current: Option<usize>,
        recorded_at: DateTime<Utc>,
        today: NaiveDate,
        recorded_by: &str,
    ) -> Result<Statement, NotReady> {
        if let Some(problem) = self.problems.first() {
            return Err(NotReady::Problem(problem.kind.clone()));
        }
        let speaker = self.speaker.ok_or(NotReady::NoStakeholder)?;
        if self.stances.is_empty() || self.summary.is_empty() {
            return Err(NotReady::NoStanceOrSummary);
        }
        let session = self
            .session_or(current)
            .and_then(|k| project.sessions.get(k))
            .ok_or(NotReady::NoSession)?;
        let (stakeholder, delivered_by) = match (self.on_behalf_of, self.delivered_by) {
            (Some(bloc), _) => (bloc, Some(speaker)),
            (None, by) => (speaker, by),
        };
        let date = (today >= session.start && today <= session.end_date()).then_some(today);
        let source = Source {
            kind: self.source_kind.unwrap_or(SourceKind::OwnNotes),
            url: self.url.clone(),
            title: None,
        };
        let mut statement = Statement {
            id: String::new(),
            stakeholder: project.stakeholders[stakeholder].id.clone(),
            session: session.id.clone(),
            date,
            delivered_by: delivered_by.map(|k| project.stakeholders[k].id.clone()),
            stances: self
                .stances
                .iter()
                .map(|&(j, stance)| (project.principles[j].id.clone(), stance))
                .collect(),
            summary: self.summary.clone(),
            quote: None,
            articles: self.articles.clone(),
            source: Some(source),
            confidence: self.confidence.unwrap_or(Confidence::Medium),
            confidential: self.confidential,
            tags: self.tags.clone(),
            recorded_at,
            recorded_by: None,
        };
        statement.stamp_new(recorded_at, recorded_by);
        Ok(statement)
    }
}

/// What to offer for the token under the cursor (`cursor` is a byte offset): stakeholders for
/// the first token and for `for:`/`by:`, sessions after `@`, principles while typing stances.
pub fn completions(line: &str, cursor: usize, project: &Project) -> Completion {
    let ranges = split(line);
    let Some((index, range)) = ranges
        .iter()
        .enumerate()
        .find(|(_, r)| r.start <= cursor && cursor <= r.end)
    else {
        return Completion::default();
    };
    let token = &line[range.clone()];
    let stakeholders = |typed: &str, start: usize| Completion {
        range: start..range.end,
        options: stakeholder_candidates(project, typed)
            .into_iter()
            .take(8)
            .map(|k| {
                let s = &project.stakeholders[k];
                (s.id.clone(), format!("{} — {}", s.id, s.name))
            })
            .collect(),
    };
    if index == 0 {
        return stakeholders(token, range.start);
    }
    for prefix in ["for:", "by:"] {
        // `get` and not `[..]`: the token may have a multi-byte letter where the prefix ends.
        if token.len() > prefix.len()
            && token
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        {
            return stakeholders(&token[prefix.len()..], range.start + prefix.len());
        }
    }
    if let Some(typed) = token.strip_prefix('@') {
        let typed = typed.to_ascii_lowercase();
        return Completion {
            range: range.start + 1..range.end,
            options: project
                .session_order()
                .into_iter()
                .map(|k| &project.sessions[k])
                .filter(|s| s.id.to_ascii_lowercase().starts_with(&typed))
                .map(|s| (s.id.clone(), format!("{} — {}", s.id, s.name)))
                .collect(),
        };
    }
    // A principle while the stances are being typed: every token before is a stance or extra.
    let before_are_stances = ranges[1..index].iter().all(|r| {
        split_stance(&line[r.clone()]).is_some() || line[r.clone()].contains([':', '@', '!', '#'])
    });
    if before_are_stances {
        let (id, suffix) = match split_stance(token) {
            Some((id, _)) => (id, &token[id.len()..]),
            None => (token, ""),
        };
        let typed = id.to_ascii_lowercase();
        return Completion {
            range: range.start..range.end,
            options: project
                .principles
                .iter()
                .filter(|p| p.id.to_ascii_lowercase().starts_with(&typed))
                .map(|p| {
                    (
                        format!("{}{suffix}", p.id),
                        format!("{} — {}", p.id, p.title),
                    )
                })
                .collect(),
        };
    }
    Completion::default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
                "no stakeholder \"XYZ\": type an id (RUS) or the start of a name",
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
}
