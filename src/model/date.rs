//! Dates typed by people: `YYYY-MM-DD`, the one form the file and every date box use.

use std::fmt;

use chrono::NaiveDate;

/// A date box's text that is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateProblem {
    /// The text, trimmed.
    pub text: String,
}

impl fmt::Display for DateProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a date: write it as YYYY-MM-DD, e.g. 2024-08-08",
            self.text
        )
    }
}

/// Reads `YYYY-MM-DD`; empty (or only spaces) is no date.
///
/// # Errors
/// [`DateProblem`] when the text is not such a date.
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, DateProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| DateProblem {
            text: text.to_owned(),
        })
}
