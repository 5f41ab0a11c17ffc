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
//! extras  = @SESSION  d:YYYY-MM-DD  "a quote"  !high !medium !low  !conf  #tag  art:6(2)
//!           https://…  src:official|observer|ai|media|notes|other  for:BLOC  by:SPEAKER
//! ```
//!
//! Parsing never fails: every token gets a kind, and what is not understood becomes a
//! [`QuickProblem`] with its byte range, so the line can be coloured in place before Enter.

mod complete;
mod parse;
mod problem;
#[cfg(test)]
mod tests;

pub use complete::{Completion, completions};
pub use parse::{
    Parsed, Token, TokenKind, example_ids, example_line, grammar_hint, parse, split_stance,
    stakeholder_candidates,
};
pub use problem::{NotReady, QuickProblem, QuickProblemKind};
