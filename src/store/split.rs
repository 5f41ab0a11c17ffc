//! Finds the records of the project's `statements` list in RON text without parsing them, so
//! that they can be parsed on all cores, in pieces, by the `ron` crate as before.
//!
//! The scan knows just enough RON to find record boundaries: strings with their escapes, line
//! comments and nesting. Anything it does not know for sure (a raw string, a block comment, a
//! character literal, unbalanced brackets) makes it give up, and the file is parsed whole as
//! before: the split is an optimisation, never a second reading of the format.

use std::ops::Range;

/// The `statements` list of a project's text: the byte range of its content (between `[` and
/// `]`) and the byte range of each record in it, in order (commas and blanks excluded).
#[cfg(test)]
#[derive(Debug, PartialEq, Eq)]
struct StatementsList {
    /// Between the brackets.
    content: Range<usize>,
    /// Each record.
    records: Vec<Range<usize>>,
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

/// [`SKIPPABLE`] without the line end, inside a record whose indentation is left out.
const SKIPPABLE_IN_LINE: [bool; 256] = {
    let mut table = SKIPPABLE;
    table[b'\n' as usize] = false;
    table
};

/// Whether the `"` or `#` at `at` opens a raw string: written just after an `r` that does not
/// end an identifier.
fn opens_raw_string(bytes: &[u8], at: usize) -> bool {
    at >= 1 && bytes[at - 1] == b'r' && (at == 1 || !is_ident(bytes[at - 2]))
}

/// Finds the top-level `statements: [...]` list, or `None` when the scan is not sure (for the
/// tests of record boundaries; the parse uses [`find_records_compacted`]).
#[cfg(test)]
fn statements_list(text: &str) -> Option<StatementsList> {
    let mut records = Vec::new();
    let content = find_records_compacted(text, &mut String::new(), |record, _| {
        records.push(record);
    })?;
    Some(StatementsList { content, records })
}

/// Finds the records of the top-level `statements: [...]` list, giving each to `found` as soon
/// as its end is known (so that they can be parsed while the scan goes on), in order, and
/// writes each to `out` as it finds it, its lines' indentation left out (outside strings and
/// comments): the same record to the `ron` crate, which then has a third less text to step
/// through character by character. Every line end stays, so no two tokens run together.
/// `found` gets `out` after each record, to add what separates records or take what is
/// written so far. Returns the list's content (between the brackets), or `None` when the scan
/// is not sure (then the records already given must be forgotten).
pub fn find_records_compacted(
    text: &str,
    out: &mut String,
    mut found: impl FnMut(Range<usize>, &mut String),
) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    // Inside a record, where its text has been written to `out` up to.
    let mut written: Option<usize> = None;
    // Writes the record that started at `start` up to `end` (excluded), then gives it.
    let mut finish = |start: usize, end: usize, written: &mut Option<usize>, out: &mut String| {
        out.push_str(&text[written.take().unwrap_or(start)..end]);
        found(start..end, out);
    };
    let mut depth = 0usize;
    let mut i = 0;
    // Inside the list: its depth, where it started, where the current record started.
    let mut list: Option<(usize, usize)> = None;
    let mut record_start: Option<usize> = None;
    while i < bytes.len() {
        let at_list_level = matches!(list, Some((d, _)) if depth == d);
        // Between records every byte counts (the first one starts a record); elsewhere runs of
        // bytes that cannot change the state are passed over at once: most of a file.
        let in_record = !at_list_level && record_start.is_some();
        if !at_list_level || record_start.is_some() {
            let table = if in_record {
                &SKIPPABLE_IN_LINE
            } else {
                &SKIPPABLE
            };
            while i < bytes.len() && table[usize::from(bytes[i])] {
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
                        finish(s, trim_end(bytes, s, i), &mut written, out);
                    }
                    return Some(start..i);
                }
                depth = depth.checked_sub(1)?;
            }
            b',' => {
                if at_list_level {
                    // `[a,,b]` or `[,a]` does not parse: leave it to the full parser.
                    let s = record_start.take()?;
                    finish(s, trim_end(bytes, s, i), &mut written, out);
                }
            }
            b'\n' if in_record && let Some(s) = record_start => {
                // The line so far, then past the next line's indentation.
                out.push_str(&text[written.unwrap_or(s)..=i]);
                i += 1;
                while bytes.get(i..i + 8) == Some(b"        ") {
                    i += 8;
                }
                while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
                    i += 1;
                }
                written = Some(i);
                continue;
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
        let compact = |list: &str| {
            let mut out = String::new();
            let mut records = Vec::new();
            let text = format!("(statements: [{list}])");
            find_records_compacted(&text, &mut out, |record, out| {
                records.push(record);
                out.push('|');
            })
            .map(|_| (out, records.len()))
        };
        let record = "(\n    id: \"a\n    b\",\n    // \"c\n\t  d: \"e\\\"\n  f\",\r\n  g: 1,\n)";
        assert_eq!(
            compact(&format!("{record},\n  (a: 1),  (\n b: [\n  2,\n ])\n")),
            Some((
                "(\nid: \"a\n    b\",\n// \"c\nd: \"e\\\"\n  f\",\r\ng: 1,\n)|(a: 1)|(\nb: [\n2,\n])|"
                    .to_owned(),
                3
            ))
        );
        // What the scan does not know is not written either.
        for unknown in ["(\n  a: \"x)", "(\n  a: 1 / 2)"] {
            assert_eq!(compact(unknown), None);
        }
    }

    #[test]
    fn an_empty_list_has_no_record() {
        let list = statements_list("(statements: [ ],)").expect("found");
        assert!(list.records.is_empty());
    }
}
