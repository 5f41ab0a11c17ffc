//! `report --format csv`: one row per stakeholder and principle (layout in
//! docs/METHODOLOGY.md), for spreadsheets.

use crate::analysis::ProjectAnalysis;
use crate::model::Project;
use crate::tables::{Cell, CsvOptions, Table, csv_bytes};

/// The columns, in order.
pub const CSV_HEADER: [&str; 28] = [
    "session",
    "stakeholder_id",
    "stakeholder_name",
    "stakeholder_kind",
    "in_scope",
    "principle_id",
    "principle_title",
    "stance",
    "score",
    "carried",
    "from_session",
    "inherited_from",
    "statement_id",
    "alignment",
    "coverage",
    "n",
    "support_share",
    "neutral_share",
    "opposition_share",
    "silence_share",
    "mean_score",
    "gap",
    "consensus",
    "verdict",
    "carry_forward",
    "bloc_positions",
    "min_positions",
    "confidential_counted",
];

/// The positions table of one session: one row per stakeholder and principle in file order;
/// the last four columns state the method (carry-forward, bloc positions, fewest positions for
/// a verdict) and whether confidential statements were counted (`false` unless asked).
pub fn positions_table(
    project: &Project,
    analysis: &ProjectAnalysis,
    session: usize,
    confidential_counted: bool,
) -> Table {
    let text = |t: &str| Cell::Text(t.to_owned());
    let flag = |b: bool| Cell::Text(b.to_string());
    let session_id = project.sessions.get(session).map_or("", |s| s.id.as_str());
    // The method, on every row as the confidential switch is: a filtered sheet keeps it.
    let method = analysis.options();
    let principle_figures: Vec<_> = (0..project.principles.len())
        .map(|p| analysis.principle(session, p))
        .collect();
    let mut rows = Vec::new();
    for (a, stakeholder) in project.stakeholders.iter().enumerate() {
        let figures = analysis.stakeholder(session, a);
        for (p, principle) in project.principles.iter().enumerate() {
            let f = &principle_figures[p];
            let position = analysis.position(session, a, p);
            rows.push(vec![
                text(session_id),
                text(&stakeholder.id),
                text(&stakeholder.name),
                text(stakeholder.kind.label()),
                flag(analysis.in_scope(a)),
                text(&principle.id),
                text(&principle.title),
                Cell::text(position.map(|x| x.stance.label())),
                Cell::number(position.map(|x| f64::from(x.stance.score()))),
                position.map_or(Cell::Empty, |x| flag(x.carried)),
                Cell::text(
                    position
                        .and_then(|x| project.sessions.get(x.from_session))
                        .map(|s| s.id.as_str()),
                ),
                Cell::text(
                    position
                        .and_then(|x| analysis.via(project, &x))
                        .map(|b| project.stakeholders[b].id.as_str()),
                ),
                // A confidential statement's id is left out too: only its stance counts.
                Cell::text(
                    position
                        .and_then(|x| project.statements.get(x.statement))
                        .filter(|s| !s.confidential)
                        .map(|s| s.id.as_str()),
                ),
                Cell::number(figures.alignment),
                Cell::share(figures.coverage),
                Cell::Number(f.n as f64),
                Cell::share(f.support_share),
                Cell::share(f.neutral_share),
                Cell::share(f.opposition_share),
                Cell::share(f.silence_share),
                Cell::number(f.mean_score),
                Cell::number(f.gap),
                Cell::number(f.consensus),
                text(f.verdict.label()),
                flag(method.carry_forward),
                flag(method.bloc_positions),
                Cell::Number(f64::from(method.min_positions)),
                flag(confidential_counted),
            ]);
        }
    }
    Table {
        name: "Positions",
        columns: CSV_HEADER.iter().map(|c| (*c).to_owned()).collect(),
        rows,
    }
}

/// The CSV report of one session: the [positions table](positions_table), header first, each
/// line ending with `\n`, written by the `csv` crate with the separator, decimal mark and
/// byte-order mark of `options` (RFC 4180 quoting, text neutralised against formulas).
///
/// # Errors
/// As [`csv_bytes`] (options that cannot make a readable CSV).
pub fn csv(
    project: &Project,
    analysis: &ProjectAnalysis,
    session: usize,
    confidential_counted: bool,
    options: CsvOptions,
) -> Result<String, String> {
    let table = positions_table(project, analysis, session, confidential_counted);
    let bytes = csv_bytes(&table, options)?;
    // Every cell is a Rust string, so the bytes are UTF-8.
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
