//! A lightweight scan of RON text that finds where each entity and field starts.
//!
//! Serde drops positions once a value is built, so semantic problems ("unknown stakeholder")
//! would have no line. This scanner walks the text once, iteratively (no recursion, so any
//! nesting depth is safe), and records the position of each element of the four top-level
//! lists and of its fields, and the value of `format_version`.

use std::collections::HashMap;

/// A 1-based line and column (columns count characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub col: usize,
}

/// Where one element of a top-level list starts, and where each of its fields starts.
#[derive(Clone, Debug, Default)]
pub struct ElementSpan {
    /// Opening parenthesis of the element.
    pub start: Option<Position>,
    /// Field name → position of the name.
    pub fields: Vec<(String, Position)>,
}

/// What the scan found.
#[derive(Clone, Debug, Default)]
pub struct Scan {
    /// `format_version` as written (None when absent or not an integer) and where.
    pub format_version: Option<(u64, Position)>,
    /// Position of the `format_version` field even when its value is not an integer.
    pub format_version_at: Option<Position>,
    /// Elements of `principles`, `sessions`, `stakeholders` and `statements`, in order.
    pub lists: HashMap<String, Vec<ElementSpan>>,
}

impl Scan {
    /// Position of a field of the `index`-th element of `list`, or of the element itself.
    pub fn find(&self, list: &str, index: usize, field: Option<&str>) -> Option<Position> {
        let element = self.lists.get(list)?.get(index)?;
        field
            .and_then(|name| {
                element
                    .fields
                    .iter()
                    .find(|(f, _)| f == name)
                    .map(|(_, pos)| *pos)
            })
            .or(element.start)
    }
}

struct Cursor<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    col: usize,
}

impl Cursor<'_> {
    fn position(&self) -> Position {
        Position {
            line: self.line,
            col: self.col,
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    /// Skips whitespace and comments (line comments and nested block comments).
    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') => {
                    let mut ahead = self.chars.clone();
                    ahead.next();
                    match ahead.next() {
                        Some('/') => {
                            while let Some(c) = self.bump() {
                                if c == '\n' {
                                    break;
                                }
                            }
                        }
                        Some('*') => {
                            self.bump();
                            self.bump();
                            let mut level = 1usize;
                            while level > 0 {
                                match self.bump() {
                                    None => return,
                                    Some('*') if self.peek() == Some('/') => {
                                        self.bump();
                                        level -= 1;
                                    }
                                    Some('/') if self.peek() == Some('*') => {
                                        self.bump();
                                        level += 1;
                                    }
                                    Some(_) => {}
                                }
                            }
                        }
                        _ => return,
                    }
                }
                _ => return,
            }
        }
    }

    /// Skips a quoted string whose opening quote was consumed.
    fn skip_quoted(&mut self, quote: char) {
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if c == quote {
                return;
            }
        }
    }

    /// Skips a raw string `r#"..."#` after the `r`.
    fn skip_raw(&mut self) {
        let mut hashes = 0usize;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        if self.peek() != Some('"') {
            return;
        }
        self.bump();
        'outer: while let Some(c) = self.bump() {
            if c == '"' {
                let mut seen = 0usize;
                while seen < hashes {
                    if self.peek() == Some('#') {
                        self.bump();
                        seen += 1;
                    } else {
                        continue 'outer;
                    }
                }
                return;
            }
        }
    }
}

const LISTS: [&str; 5] = [
    "principles",
    "sessions",
    "stakeholders",
    "statements",
    "conflicts",
];

/// Scans RON text for entity and field positions. Never fails: on text that is not RON it
/// simply finds less.
pub fn scan(text: &str) -> Scan {
    let mut out = Scan::default();
    let mut cur = Cursor {
        chars: text.chars().peekable(),
        line: 1,
        col: 1,
    };
    let mut depth = 0usize;
    // The top-level field whose value is being read, when it is one of the four lists.
    let mut top_field: Option<String> = None;
    let mut expect_version = false;
    loop {
        cur.skip_trivia();
        let pos = cur.position();
        let Some(c) = cur.peek() else { break };
        if c.is_ascii_alphabetic() || c == '_' {
            let mut ident = String::new();
            if c == 'r' || c == 'b' {
                // Raw strings r"..", r#".."#, byte strings b"..", br"..".
                let mut ahead = cur.chars.clone();
                ahead.next();
                let next = ahead.next();
                let after = ahead.next();
                let raw_start =
                    next == Some('"') || (next == Some('#') && matches!(after, Some('"' | '#')));
                if c == 'r' && raw_start {
                    cur.bump();
                    cur.skip_raw();
                    continue;
                }
                if c == 'b' && next == Some('"') {
                    cur.bump();
                    cur.bump();
                    cur.skip_quoted('"');
                    continue;
                }
                if c == 'b' && next == Some('r') && matches!(after, Some('"' | '#')) {
                    cur.bump();
                    cur.bump();
                    cur.skip_raw();
                    continue;
                }
            }
            while let Some(c) = cur.peek() {
                if c.is_ascii_alphanumeric() || c == '_' {
                    ident.push(c);
                    cur.bump();
                } else {
                    break;
                }
            }
            cur.skip_trivia();
            if cur.peek() != Some(':') {
                continue;
            }
            cur.bump();
            if depth == 1 {
                expect_version = ident == "format_version";
                if expect_version {
                    out.format_version_at = Some(pos);
                }
                top_field = LISTS.contains(&ident.as_str()).then_some(ident);
            } else if depth == 3
                && let Some(list) = &top_field
                && let Some(element) = out.lists.get_mut(list).and_then(|l| l.last_mut())
            {
                element.fields.push((ident, pos));
            }
            continue;
        }
        if expect_version {
            expect_version = false;
            if c.is_ascii_digit() {
                let mut digits = String::new();
                while let Some(d) = cur.peek() {
                    if d.is_ascii_digit() {
                        digits.push(d);
                        cur.bump();
                    } else {
                        break;
                    }
                }
                // A number too large for u64 is certainly newer than any version we know.
                let value = digits.parse::<u64>().unwrap_or(u64::MAX);
                out.format_version = Some((value, pos));
                continue;
            }
        }
        cur.bump();
        match c {
            '"' => cur.skip_quoted('"'),
            '\'' => cur.skip_quoted('\''),
            '(' | '[' | '{' => {
                depth += 1;
                if depth == 3
                    && c == '('
                    && let Some(list) = &top_field
                {
                    out.lists
                        .entry(list.clone())
                        .or_default()
                        .push(ElementSpan {
                            start: Some(pos),
                            fields: Vec::new(),
                        });
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    out
}
