//! Completions for the token under the cursor.

use std::ops::Range;

use super::parse::{split, split_stance, stakeholder_candidates};
use crate::model::Project;

/// What to offer for the token under the cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    /// The byte range that a choice replaces.
    pub range: Range<usize>,
    /// (replacement text, what to show), best first.
    pub options: Vec<(String, String)>,
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
