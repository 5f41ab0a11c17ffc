//! Accent- and case-insensitive text matching: `cote` finds "Côte d'Ivoire", `turkiye` finds
//! "Türkiye", `strasse` finds "Straße".

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// `text` lower-cased, without accents (canonical decomposition, combining marks dropped), with
/// the letters that do not decompose spelled out (ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d,
/// ı → i) and typographic apostrophes made plain.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appending to `out`. ASCII, most of any text here, takes a fast path.
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            match d {
                'ß' | 'ẞ' => out.push_str("ss"),
                'æ' | 'Æ' => out.push_str("ae"),
                'œ' | 'Œ' => out.push_str("oe"),
                'ø' | 'Ø' => out.push('o'),
                'ł' | 'Ł' => out.push('l'),
                'đ' | 'Đ' => out.push('d'),
                'ı' => out.push('i'),
                '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
                d => out.extend(d.to_lowercase()),
            }
        });
    }
}

/// Whether `haystack` contains `needle`, both already folded with [`fold`].
pub fn folded_contains(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.contains(needle)
}

/// Whether some word of `folded` (split on spaces, hyphens, apostrophes and brackets) starts
/// with `prefix`, or the whole of `folded` does.
pub fn folded_word_prefix(folded: &str, prefix: &str) -> bool {
    folded.starts_with(prefix)
        || folded
            .split(|c: char| c.is_whitespace() || "-'()/,.".contains(c))
            .any(|word| !word.is_empty() && word.starts_with(prefix))
}

/// A source address that may become a link or be opened: http or https only, no spaces,
/// control characters, quotes or angle brackets. The one check of the app and the reports.
pub fn safe_url(url: &str) -> Option<&str> {
    let trimmed = url.trim();
    let lower = trimmed.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !trimmed
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    ok.then_some(trimmed)
}

/// A spreadsheet cell's text neutralised against formulas: one starting with `=`, `+`, `-`,
/// `@`, tab or carriage return gets a leading `'`, so that no spreadsheet computes it (the
/// CSV writers then quote it as needed).
pub fn neutral(text: &str) -> String {
    // NUL and the other control characters (but tab and line ends, which CSV quotes) become
    // visible escapes: a spreadsheet may cut a cell at a NUL.
    let text: std::borrow::Cow<'_, str> = if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        std::borrow::Cow::Owned(
            text.chars()
                .map(|c| {
                    if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                        format!("\\u{{{:x}}}", u32::from(c))
                    } else {
                        c.to_string()
                    }
                })
                .collect(),
        )
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.into_owned()
    }
}

/// Whether `c` is a control character or an invisible formatting character that can change
/// how text around it reads: bidirectional embeddings, overrides and isolates, zero-width
/// spaces and joiners, the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// `text` with every control and invisible formatting character written as `\u{…}`, for
/// messages printed to a terminal or a log: a name cannot forge a line, move the cursor, set
/// the terminal's title or reverse what follows it.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    if !text.chars().any(is_invisible) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_invisible(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// At most this many bytes of one text are laid out in a row of a table or list.
pub const ROW_BYTES: usize = 400;

/// At most this many bytes of one text are laid out in a detail panel; the rest is named by
/// its size ([`clip_note`]).
pub const DETAIL_BYTES: usize = 20_000;

/// The start of `text`, at most `max` bytes cut at a character boundary, with an ellipsis
/// when cut: what the window lays out of a text of any size (a 50 MB summary would otherwise
/// freeze it while every glyph is shaped).
pub fn clip(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= max {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    std::borrow::Cow::Owned(format!("{}…", &text[..end]))
}

/// `text` cut to at most `max` characters, the last of them an ellipsis when cut: for a
/// label's short preview ("“We cannot acc…”").
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// What a clipped text leaves out, in words ("the first 20,000 of 52,428,800 characters are
/// shown"), or `None` when `text` fits in `max` bytes.
pub fn clip_note(text: &str, max: usize) -> Option<String> {
    (text.len() > max).then(|| {
        format!(
            "Only the start is shown: this text has {} bytes. Edit the file, or export the \
             statements table, to read it all.",
            crate::format::thousands(text.len())
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_special_letters() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("TÜRKIYE"), "turkiye");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Œuvre Ørsted Łódź"), "oeuvre orsted lodz");
        assert!(folded_word_prefix(&fold("Côte d'Ivoire"), "ivo"));
        assert!(folded_word_prefix(&fold("Côte d'Ivoire"), "cote"));
        assert!(!folded_word_prefix(&fold("Côte d'Ivoire"), "voire"));
    }

    #[test]
    fn only_plain_web_addresses_are_safe() {
        assert_eq!(
            safe_url(" https://example.org/a "),
            Some("https://example.org/a")
        );
        assert_eq!(safe_url("HTTP://example.org"), Some("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "https://example.org/a b",
            "https://example.org/\"x",
            "https://example.org/<x>",
            "file:///etc/passwd",
            "ftp://example.org",
        ] {
            assert_eq!(safe_url(bad), None, "{bad}");
        }
    }
}
