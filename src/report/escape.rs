//! Escaping of user-written text for the format it goes into, and links that are safe.

use crate::text::safe_url;

/// Text escaped for HTML element content and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Text escaped for Markdown (inline text and table cells): punctuation that Markdown or
/// HTML would interpret where it stands gets a backslash, and nothing else, so that the text
/// reads the same when the Markdown is pasted into a word processor ("Clear scope (P3)",
/// "+2", "non-state"); line breaks become spaces. Brackets, emphasis marks, backticks, pipes
/// and angle brackets always; a list or heading marker (`-`, `+`, `#`, `1.`) only where the
/// text starts, as that is the only place it could start a list or a heading.
pub fn md_escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    // The digits an ordered-list marker would start with ("1." at the start).
    let leading_digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '|' | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '+' | '-' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i > 0 && i == leading_digits => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            // GitHub turns `name@host`, `scheme://…` and `www.…` in plain text into links; an
            // entity keeps the trigger out of the source while the text reads the same.
            '@' => out.push_str("&#64;"),
            ':' if chars.get(i + 1) == Some(&'/') => out.push_str("&#58;"),
            '.' if i >= 3
                && chars[i - 3..i]
                    .iter()
                    .collect::<String>()
                    .eq_ignore_ascii_case("www") =>
            {
                out.push_str("&#46;");
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A source address as an HTML link when it is safe, else as escaped text.
pub(super) fn link_html(url: &str) -> String {
    match safe_url(url) {
        Some(safe) => format!(
            "<a href=\"{}\">{}</a>",
            html_escape(safe),
            html_escape(safe)
        ),
        None => html_escape(url),
    }
}

/// A source address as a Markdown autolink when it is safe, else as escaped text.
pub(super) fn md_link(url: &str) -> String {
    match safe_url(url) {
        // Angle-bracket autolinks: the address is not interpreted as Markdown.
        Some(safe) => format!("<{}>", safe.replace('>', "%3E").replace('|', "%7C")),
        None => md_escape(url),
    }
}
