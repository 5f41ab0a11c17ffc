//! How figures read, for people: one formatter for the app's views and the HTML and Markdown
//! reports (the CSV and JSON carry full-precision numbers instead).

/// "40 %", or "—" when undefined.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{:.0} %", v * 100.0))
}

/// "+25 %", or "—" when undefined (alignment, -100 %..+100 %).
pub fn signed_percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{:+.0} %", v * 100.0))
}

/// "0.42", or "—" when undefined (mean score, gap, consensus).
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{v:.2}"))
}
