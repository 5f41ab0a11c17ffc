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

/// Bytes that never change the scan's state once inside a record or outside the list:
/// letters, digits, blanks and the punctuation of numbers, dates and field names. `r` is among
/// them: a raw string (`r"` or `r#`) is caught at its `"` or `#` by looking one byte back.
const SKIPPABLE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b: u8 = 0;
    loop {
        table[b as usize] = matches!(
            b,
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b':' | b'.' | b'-' | b'+'
                | b' ' | b'\t' | b'\n' | b'\r'
        ) || b >= 0x80;
        if b == u8::MAX {
            break;
        }
        b += 1;
    }
    table
};

/// Whether the `"` or `#` at `at` opens a raw string: written just after an `r` that does not
/// end an identifier.
fn opens_raw_string(bytes: &[u8], at: usize) -> bool {
    at >= 1 && bytes[at - 1] == b'r' && (at == 1 || !is_ident(bytes[at - 2]))
}

/// Finds the top-level `statements: [...]` list, or `None` when the scan is not sure.
pub fn statements_list(text: &str) -> Option<StatementsList> {
    let mut records = Vec::new();
    let content = find_records(text, |record| records.push(record))?;
    Some(StatementsList { content, records })
}

/// Finds the records of the top-level `statements: [...]` list, giving each to `found` as soon
/// as its end is known (so that they can be parsed while the scan goes on), in order; returns
/// the list's content (between the brackets), or `None` when the scan is not sure (then the
/// records already given must be forgotten).
pub fn find_records(text: &str, mut found: impl FnMut(Range<usize>)) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    // Inside the list: its depth, where it started, where the current record started.
    let mut list: Option<(usize, usize)> = None;
    let mut record_start: Option<usize> = None;
    while i < bytes.len() {
        let at_list_level = matches!(list, Some((d, _)) if depth == d);
        // Between records every byte counts (the first one starts a record); elsewhere runs of
        // bytes that cannot change the state are passed over at once: most of a file.
        if !at_list_level || record_start.is_some() {
            while i < bytes.len() && SKIPPABLE[usize::from(bytes[i])] {
                i += 1;
            }
            if i == bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        match b {
            b'"' => {
                if opens_raw_string(bytes, i) {
                    return None;
                }
                if at_list_level {
                    record_start.get_or_insert(i);
                }
                i = end_of_string(bytes, i)?;
                continue;
            }
            b'/' => match bytes.get(i + 1) {
                Some(b'/') => {
                    i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                    continue;
                }
                // Block comments may nest: leave them to the full parser.
                _ => return None,
            },
            // A character literal: not worth knowing here.
            b'\'' => return None,
            b'#' if opens_raw_string(bytes, i) => return None,
            b'(' | b'[' | b'{' => {
                if at_list_level {
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
                if let Some((_, start)) = list
                    && at_list_level
                {
                    if b != b']' {
                        return None;
                    }
                    if let Some(s) = record_start.take() {
                        found(s..trim_end(bytes, s, i));
                    }
                    return Some(start..i);
                }
                depth = depth.checked_sub(1)?;
            }
            b',' => {
                if at_list_level {
                    // `[a,,b]` or `[,a]` does not parse: leave it to the full parser.
                    found(record_start.take().map(|s| s..trim_end(bytes, s, i))?);
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => {
                if at_list_level {
                    record_start.get_or_insert(i);
                }
            }
        }
        i += 1;
    }
    None
}

/// Appends `span` (records of [`find_records`] and what separates them) to `out` with the
/// blanks that begin each of its lines left out, outside strings and comments: the same
/// records to the `ron` crate, which then has a third less text to step through character by
/// character (a file's indentation). Every line end stays, so no two tokens run together. The
/// span is appended unchanged when it holds what the scan does not know (then the parse says
/// what is wrong).
pub fn push_without_indentation(span: &str, out: &mut String) {
    let bytes = span.as_bytes();
    let mark = out.len();
    let (mut i, mut from) = (0, 0);
    while let Some(k) = memchr::memchr3(b'"', b'\n', b'/', &bytes[i..]) {
        let at = i + k;
        match bytes[at] {
            b'"' => {
                if let Some(end) = end_of_string(bytes, at) {
                    i = end;
                } else {
                    out.truncate(mark);
                    out.push_str(span);
                    return;
                }
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n);
            }
            b'/' => {
                out.truncate(mark);
                out.push_str(span);
                return;
            }
            _ => {
                out.push_str(&span[from..=at]);
                i = at + 1;
                while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
                    i += 1;
                }
                from = i;
            }
        }
    }
    out.push_str(&span[from..]);
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
        // Two commas in a row, or one before the first record, do not parse.
        assert_eq!(statements_list("(statements: [(a: 1),, (a: 2)])"), None);
        assert_eq!(statements_list("(statements: [, (a: 1)])"), None);
        assert_eq!(statements_list("(title: \"x\")"), None);
    }

    #[test]
    fn indentation_goes_but_not_from_strings_or_comments() {
        let compact = |span: &str| {
            let mut out = "[".to_owned();
            push_without_indentation(span, &mut out);
            out
        };
        let record = "(\n    id: \"a\n    b\",\n    // \"c\n\t  d: \"e\\\"\n  f\",\r\n  g: 1,\n)";
        assert_eq!(
            compact(record),
            "[(\nid: \"a\n    b\",\n// \"c\nd: \"e\\\"\n  f\",\r\ng: 1,\n)"
        );
        assert_eq!(compact("(a: 1)"), "[(a: 1)");
        // What the scan does not know is left as it is, for the parse to judge.
        for unknown in ["(\n  a: \"x)", "(\n  a: 1 / 2)"] {
            assert_eq!(compact(unknown), format!("[{unknown}"));
        }
    }

    #[test]
    fn an_empty_list_has_no_record() {
        let list = statements_list("(statements: [ ],)").expect("found");
        assert!(list.records.is_empty());
    }
}
