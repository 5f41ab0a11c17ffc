//! How figures read, for people: one formatter for the app's views and the HTML and Markdown
//! reports (the CSV and JSON carry full-precision numbers instead). Percentages are whole
//! numbers and means, gaps and consensus two decimals, both rounded half away from zero
//! (12.5 % reads 13 %, 0.125 reads 0.13); a value that rounds to zero reads 0, never −0.

/// A count with commas between thousands: "52,428,800".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 statement", "2 statements": a count with its noun, singular for one.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `value` rounded half away from zero to `decimals` places, with a negative zero made `0.0`.
pub fn round_half_away(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let rounded = (value * scale).round() / scale;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// "40 %", or "—" when undefined.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{} %", whole_percent(v)))
}

/// "40%", for tight places (inside a bar, an axis); the same rounding as [`percent`].
pub fn percent_tight(value: f64) -> String {
    format!("{}%", whole_percent(value))
}

/// "+25 %", "0 %" or "−25 %"-style "-25 %", or "—" when undefined (alignment, -100 %..+100 %).
pub fn signed_percent(value: Option<f64>) -> String {
    value.map_or_else(
        || "—".to_owned(),
        |v| {
            let p = whole_percent(v);
            if p == 0.0 {
                "0 %".to_owned()
            } else {
                format!("{p:+} %")
            }
        },
    )
}

/// "+25%" for tight places (an axis); the same rounding as [`signed_percent`].
pub fn signed_percent_tight(value: f64) -> String {
    let p = whole_percent(value);
    if p == 0.0 {
        "0%".to_owned()
    } else {
        format!("{p:+}%")
    }
}

/// "0.42", or "—" when undefined (mean score, gap, consensus).
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(
        || "—".to_owned(),
        |v| format!("{:.2}", round_half_away(v, 2)),
    )
}

/// A share (0..=1) as a whole percentage, rounded half away from zero, never −0.
fn whole_percent(value: f64) -> f64 {
    round_half_away(value * 100.0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_away_from_zero_and_zero_has_no_sign() {
        assert_eq!(percent(Some(0.125)), "13 %");
        assert_eq!(percent(Some(0.625)), "63 %");
        assert_eq!(percent(Some(-0.004)), "0 %");
        assert_eq!(percent(Some(-0.005)), "-1 %");
        assert_eq!(signed_percent(Some(-0.004)), "0 %");
        assert_eq!(signed_percent(Some(0.25)), "+25 %");
        assert_eq!(signed_percent(Some(-0.25)), "-25 %");
        assert_eq!(number(Some(0.125)), "0.13");
        assert_eq!(number(Some(-0.004)), "0.00");
        assert_eq!(number(Some(-0.125)), "-0.13");
        assert_eq!(percent_tight(0.125), "13%");
        assert_eq!(signed_percent_tight(-0.001), "0%");
        assert_eq!(percent(None), "—");
    }
}
