//! Reading the line: tokens, stances, extras, and the statement a ready line describes.
use std::ops::Range;

use chrono::{DateTime, NaiveDate, Utc};

use crate::model::{Confidence, Project, Source, SourceKind, Stance, Statement};
use crate::text::{fold, folded_word_prefix};

/// The stakeholder and principle ids the examples use: a state (or the first stakeholder,
/// `None` when the project has none yet: the caller says "WHO" in its language), and the
/// first two principles ("P1" where the project has none yet).
pub fn example_ids(project: &Project) -> (Option<&str>, &str, Option<&str>) {
    let who = project
        .stakeholders
        .iter()
        .find(|s| s.kind == crate::model::StakeholderKind::State)
        .or_else(|| project.stakeholders.first())
        .map(|s| s.id.as_str());
    let mut principles = project.principles.iter().map(|p| p.id.as_str());
    let first = principles.next().unwrap_or("P1");
    (who, first, principles.next())
}

/// The example line of the open project, from its own ids: a state (or the first
/// stakeholder), its first principle strongly supported and its second opposed, and a
/// summary ("KEN P1++ P2- what they said, in a few words").
pub fn example_line(project: &Project) -> String {
    let (who, first, second) = example_ids(project);
    let who = who.unwrap_or("WHO");
    let second = second.map(|p| format!(" {p}-")).unwrap_or_default();
    format!("{who} {first}++{second} what they said, in a few words")
}

/// The grammar under an empty entry line, with the open project's ids in its example.
pub fn grammar_hint(project: &Project) -> String {
    let (who, first, second) = example_ids(project);
    let who = who.unwrap_or("WHO");
    let second = second.map(|p| format!("  {p}-")).unwrap_or_default();
    format!(
        "{who}  {first}++{second}  summary…   extras: @SESSION  d:2024-08-05  \"quote\"  \
         !high/!medium/!low  !conf  #tag  art:6(2)  https://…  \
         src:official|observer|ai|media|notes  for:BLOC  by:SPEAKER"
    )
}

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

use super::problem::{NotReady, QuickProblem, QuickProblemKind};

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
    /// `d:YYYY-MM-DD`: the day it was said, instead of today.
    pub date: Option<NaiveDate>,
    /// A passage in double quotes (`"…"` or `“…”`): the statement's verbatim quote.
    pub quote: Option<String>,
}

/// The tokens of `line` split on whitespace, with their byte ranges.
pub(super) fn split(line: &str) -> Vec<Range<usize>> {
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
    project.find_session(typed)
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
    // The start of a quote being read, and the tokens in it.
    let mut quote_start: Option<usize> = None;
    let mut quote_tokens: Vec<Range<usize>> = Vec::new();
    for range in ranges.into_iter().skip(1) {
        let token = &line[range.clone()];
        let opens = quote_start.is_none() && token.starts_with(['"', '“']);
        if opens || quote_start.is_some() {
            let start = *quote_start.get_or_insert(range.start);
            quote_tokens.push(range.clone());
            let inner_start = start + line[start..].chars().next().map_or(1, char::len_utf8);
            let closes = range.end > inner_start && token.ends_with(['"', '”']);
            if closes {
                let end = range.end
                    - line[..range.end]
                        .chars()
                        .next_back()
                        .map_or(1, char::len_utf8);
                let text = line[inner_start..end].trim().to_owned();
                let kind = if parsed.quote.is_some() {
                    parsed.problems.push(QuickProblem {
                        range: start..range.end,
                        kind: QuickProblemKind::SecondQuote,
                    });
                    TokenKind::Problem
                } else {
                    parsed.quote = (!text.is_empty()).then_some(text);
                    TokenKind::Extra
                };
                for r in quote_tokens.drain(..) {
                    parsed.tokens.push(Token { range: r, kind });
                }
                quote_start = None;
            }
            continue;
        }
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
    if let Some(start) = quote_start {
        parsed.problems.push(QuickProblem {
            range: start..line.len(),
            kind: QuickProblemKind::UnclosedQuote,
        });
        for r in quote_tokens.drain(..) {
            parsed.tokens.push(Token {
                range: r,
                kind: TokenKind::Problem,
            });
        }
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
        "d" | "date" => Some(match crate::model::parse_date(value) {
            Ok(Some(date)) => {
                parsed.date = Some(date);
                Ok(())
            }
            _ => Err(QuickProblemKind::BadDate {
                typed: value.to_owned(),
            }),
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
        let within = |d: NaiveDate| d >= session.start && d <= session.end_date();
        let date = match self.date {
            Some(d) if within(d) => Some(d),
            Some(d) => {
                return Err(NotReady::DateOutsideSession {
                    date: d,
                    session: session.id.clone(),
                    dates: (session.start, session.end_date()),
                });
            }
            None => within(today).then_some(today),
        };
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
            quote: self.quote.clone(),
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
