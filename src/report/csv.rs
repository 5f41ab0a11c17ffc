//! `report --format csv`: one row per stakeholder and principle (layout in
//! docs/METHODOLOGY.md), for spreadsheets.

use crate::analysis::ProjectAnalysis;
use crate::model::Project;

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

/// One text cell, quoted when needed (RFC 4180) and neutralised against formula injection:
/// a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`.
pub fn csv_cell(text: &str) -> String {
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn number(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The CSV report of one session, header first, rows by stakeholder then principle in file
/// order, each line ending with `\n`; the last four columns state the method (carry-forward,
/// bloc positions, fewest positions for a verdict) and whether confidential statements were
/// counted (`false` unless asked).
pub fn csv(
    project: &Project,
    analysis: &ProjectAnalysis,
    session: usize,
    confidential_counted: bool,
) -> String {
    let mut out = String::new();
    out.push_str(&CSV_HEADER.join(","));
    out.push('\n');
    let session_id = project.sessions.get(session).map_or("", |s| s.id.as_str());
    // The method, on every row as the confidential switch is: a filtered sheet keeps it.
    let method = analysis.options();
    let principle_figures: Vec<_> = (0..project.principles.len())
        .map(|p| analysis.principle(session, p))
        .collect();
    for (a, stakeholder) in project.stakeholders.iter().enumerate() {
        let figures = analysis.stakeholder(session, a);
        for (p, principle) in project.principles.iter().enumerate() {
            let f = &principle_figures[p];
            let position = analysis.position(session, a, p);
            let cells = [
                csv_cell(session_id),
                csv_cell(&stakeholder.id),
                csv_cell(&stakeholder.name),
                stakeholder.kind.label().to_owned(),
                analysis.in_scope(a).to_string(),
                csv_cell(&principle.id),
                csv_cell(&principle.title),
                position
                    .map(|x| x.stance.label().to_owned())
                    .unwrap_or_default(),
                position
                    .map(|x| x.stance.score().to_string())
                    .unwrap_or_default(),
                position.map(|x| x.carried.to_string()).unwrap_or_default(),
                position
                    .and_then(|x| project.sessions.get(x.from_session))
                    .map(|s| csv_cell(&s.id))
                    .unwrap_or_default(),
                position
                    .and_then(|x| analysis.via(project, &x))
                    .map(|b| csv_cell(&project.stakeholders[b].id))
                    .unwrap_or_default(),
                // A confidential statement's id is left out too: only its stance counts.
                position
                    .and_then(|x| project.statements.get(x.statement))
                    .filter(|s| !s.confidential)
                    .map(|s| csv_cell(&s.id))
                    .unwrap_or_default(),
                number(figures.alignment),
                number(figures.coverage),
                f.n.to_string(),
                number(f.support_share),
                number(f.neutral_share),
                number(f.opposition_share),
                number(f.silence_share),
                number(f.mean_score),
                number(f.gap),
                number(f.consensus),
                f.verdict.label().to_owned(),
                method.carry_forward.to_string(),
                method.bloc_positions.to_string(),
                method.min_positions.to_string(),
                confidential_counted.to_string(),
            ];
            out.push_str(&cells.join(","));
            out.push('\n');
        }
    }
    out
}
