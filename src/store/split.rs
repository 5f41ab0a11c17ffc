//! Finds the records of the project's `statements` list in RON text without parsing them, so
//! that they can be parsed on all cores, each by the `ron` crate as before.
//!
//! The scan knows just enough RON to find record boundaries: strings with their escapes, line
//! comments and nesting. Anything it does not know for sure (a raw string, a block comment, a
//! character literal, unbalanced brackets) makes it give up, and the file is parsed whole as
//! before: the split is an optimisation, never a second reading of the format.

use std::ops::Range;

/// The `statements` list of a project's text: the byte range of its content (between `[` and
/// `]`) and the byte range of each record in it, in order (commas and blanks excluded).
#[derive(Debug, PartialEq, Eq)]
pub struct StatementsList {
    /// Between the brackets.
    pub content: Range<usize>,
    /// Each record.
    pub records: Vec<Range<usize>>,
}

/// Finds the top-level `statements: [...]` list, or `None` when the scan is not sure.
pub fn statements_list(text: &str) -> Option<StatementsList> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    // Inside the list: its depth, where it started, where the current record started.
    let mut list: Option<(usize, usize)> = None;
    let mut record_start: Option<usize> = None;
    let mut records = Vec::new();
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => {
                if let Some((d, _)) = list
                    && depth == d
                {
                    record_start.get_or_insert(i);
                }
                i = end_of_string(bytes, i)?;
                continue;
            }
            b'/' => match bytes.get(i + 1) {
                Some(b'/') => {
                    i = bytes[i..]
                        .iter()
                        .position(|&c| c == b'\n')
                        .map_or(bytes.len(), |n| i + n);
                    continue;
                }
                // Block comments may nest: leave them to the full parser.
                _ => return None,
            },
            // A character literal or a raw string: not worth knowing here.
            b'\'' => return None,
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !is_ident(bytes[i - 1])) =>
            {
                return None;
            }
            b'(' | b'[' | b'{' => {
                if let Some((d, _)) = list
                    && depth == d
                {
                    record_start.get_or_insert(i);
                }
                depth += 1;
                if list.is_none()
                    && b == b'['
                    && depth == 2
                    && key_before(bytes, i) == Some("statements")
                {
                    list = Some((depth, i + 1));
                }
            }
            b')' | b']' | b'}' => {
                if let Some((d, start)) = list
                    && depth == d
                {
                    if b != b']' {
                        return None;
                    }
                    if let Some(s) = record_start.take() {
                        records.push(s..trim_end(bytes, s, i));
                    }
                    return Some(StatementsList {
                        content: start..i,
                        records,
                    });
                }
                depth = depth.checked_sub(1)?;
            }
            b',' => {
                if let Some((d, _)) = list
                    && depth == d
                    && let Some(s) = record_start.take()
                {
                    records.push(s..trim_end(bytes, s, i));
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => {
                if let Some((d, _)) = list
                    && depth == d
                {
                    record_start.get_or_insert(i);
                }
            }
        }
        i += 1;
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The byte after the string that opens at `start` (a `"`), or `None` if it never closes.
fn end_of_string(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    // Most of a project file is inside strings (summaries, quotes): jump from one quote or
    // backslash to the next (`memchr` looks at many bytes at once).
    while i < bytes.len() {
        i += memchr::memchr2(b'"', b'\\', &bytes[i..])?;
        match bytes[i] {
            b'\\' => i += 2,
            _ => return Some(i + 1),
        }
    }
    None
}

/// The end of a record that runs up to `end`, without the blanks (and line comments' lines)
/// before it.
fn trim_end(bytes: &[u8], start: usize, end: usize) -> usize {
    let mut e = end;
    while e > start && matches!(bytes[e - 1], b' ' | b'\t' | b'\n' | b'\r') {
        e -= 1;
    }
    e
}

/// The identifier written just before `: ` and the bracket at `at`, if any.
fn key_before(bytes: &[u8], at: usize) -> Option<&str> {
    let mut i = at;
    while i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r') {
        i -= 1;
    }
    if i == 0 || bytes[i - 1] != b':' {
        return None;
    }
    i -= 1;
    while i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r') {
        i -= 1;
    }
    let end = i;
    while i > 0 && is_ident(bytes[i - 1]) {
        i -= 1;
    }
    std::str::from_utf8(&bytes[i..end]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_records_of_the_top_level_list_only() {
        let text = "Project(\n  title: \"a, [b]\",\n  x: [(statements: [1])],\n  statements: [\n    (id: \"s1\", t: \"),]\\\"\"),\n    // a comment, with ( and ]\n    (id: \"s2\", n: [1, 2]),\n  ],\n)";
        let list = statements_list(text).expect("found");
        let records: Vec<&str> = list.records.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            records,
            ["(id: \"s1\", t: \"),]\\\"\")", "(id: \"s2\", n: [1, 2])"]
        );
        assert!(text[list.content].starts_with("\n    (id: \"s1\""));
    }

    #[test]
    fn gives_up_where_it_is_not_sure() {
        assert_eq!(statements_list("(statements: [(a: r#\"x\"#)])"), None);
        assert_eq!(statements_list("(statements: [/* c */ (a: 1)])"), None);
        assert_eq!(statements_list("(statements: [(a: 'x')])"), None);
        assert_eq!(statements_list("(statements: [(a: 1)"), None);
        assert_eq!(statements_list("(title: \"x\")"), None);
    }

    #[test]
    fn an_empty_list_has_no_record() {
        let list = statements_list("(statements: [ ],)").expect("found");
        assert!(list.records.is_empty());
    }
}
