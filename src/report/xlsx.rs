//! `report --format xlsx`: the report's tables as a workbook, a sheet per table (About,
//! Principles, Stakeholders, Positions, and Shifts and Blocs when there are any), with numbers
//! as numbers and shares as percentages, for those who go on in a spreadsheet.

use super::csv::positions_table;
use super::model::{Report, group_label, largest_shifts};
use crate::i18n::Lang;
use crate::tables::{Cell, Table, xlsx_bytes};

fn columns(names: &[&str]) -> Vec<String> {
    names.iter().map(|c| (*c).to_owned()).collect()
}

fn text(t: &str) -> Cell {
    Cell::Text(t.to_owned())
}

/// The report's tables, in the order of the sheets: in English whatever the report's language,
/// like the CSV and JSON (their words are data for spreadsheets and scripts).
pub fn tables(report: &Report<'_>) -> Vec<Table> {
    tables_in(report, Lang::En)
}

/// The report's tables with the facts, the verdict groups, the verdicts, kinds and groups in
/// `lang` (sheet and column names stay the data's): what the export window previews of a
/// report written in `lang`.
pub fn tables_in(report: &Report<'_>, lang: Lang) -> Vec<Table> {
    use crate::i18n::Localized as _;
    let p = &report.project;
    let k = report.options.session;
    let identity = |t: &str| t.to_owned();
    let mut about: Vec<Vec<Cell>> = vec![vec![text("Project"), text(&p.title)]];
    about.extend(
        report
            .facts(lang, identity, identity)
            .into_iter()
            .map(|(name, value)| vec![Cell::Text(name), Cell::Text(value)]),
    );
    for (heading, ids) in report.verdict_groups(lang, identity) {
        about.push(vec![Cell::Text(heading), Cell::Text(ids)]);
    }
    about.push(vec![
        text("Coverage"),
        Cell::share(report.overall_coverage()),
    ]);
    let mut tables = vec![Table {
        name: "About",
        columns: columns(&["", "value"]),
        rows: about,
    }];

    let principles = report
        .principles_by_gap()
        .into_iter()
        .map(|i| {
            let principle = &p.principles[i];
            let f = report.analysis.principle(k, i);
            vec![
                text(&principle.id),
                text(&principle.title),
                Cell::Text(f.verdict.words_in(lang)),
                Cell::Number(f.n as f64),
                Cell::Number(f.in_scope as f64),
                Cell::share(f.support_share),
                Cell::share(f.neutral_share),
                Cell::share(f.opposition_share),
                Cell::share(f.silence_share),
                Cell::number(f.mean_score),
                Cell::number(f.consensus),
                Cell::number(f.gap),
            ]
        })
        .collect();
    tables.push(Table {
        name: "Principles",
        columns: columns(&[
            "principle_id",
            "title",
            "verdict",
            "with_a_position",
            "in_scope",
            "support",
            "mixed",
            "opposition",
            "silent",
            "mean_score",
            "consensus",
            "gap",
        ]),
        rows: principles,
    });

    let stakeholders = p
        .stakeholders
        .iter()
        .enumerate()
        .map(|(a, s)| {
            let fig = report.analysis.stakeholder(k, a);
            vec![
                text(&s.id),
                text(&s.name),
                Cell::Text(s.kind.words_in(lang)),
                Cell::Text(group_label(s, lang)),
                text(&report.analysis.in_scope(a).to_string()),
                Cell::share(fig.alignment),
                Cell::share(fig.coverage),
            ]
        })
        .collect();
    tables.push(Table {
        name: "Stakeholders",
        columns: columns(&[
            "stakeholder_id",
            "name",
            "kind",
            "group",
            "in_scope",
            "alignment",
            "coverage",
        ]),
        rows: stakeholders,
    });

    tables.push(positions_table(
        p,
        &report.analysis,
        k,
        report.options.include_confidential,
    ));

    if report.from.is_some() {
        let shifts = largest_shifts(report, usize::MAX)
            .into_iter()
            .map(|(who, principle, before, after, delta)| {
                vec![
                    Cell::Text(who),
                    Cell::Text(principle),
                    text(before.label()),
                    text(after.label()),
                    Cell::Number(f64::from(delta)),
                ]
            })
            .collect();
        tables.push(Table {
            name: "Shifts",
            columns: columns(&["stakeholder", "principle_id", "from", "to", "change"]),
            rows: shifts,
        });
    }

    let blocs: Vec<Vec<Cell>> = report
        .bloc_rows()
        .into_iter()
        .map(|(name, agg)| {
            vec![
                text(name),
                Cell::share(agg.own),
                Cell::share(agg.members_mean),
                Cell::Number(agg.members_counted as f64),
                Cell::Number(agg.members as f64),
            ]
        })
        .collect();
    if !blocs.is_empty() {
        tables.push(Table {
            name: "Blocs",
            columns: columns(&[
                "bloc",
                "own_alignment",
                "members_average",
                "members_counted",
                "members",
            ]),
            rows: blocs,
        });
    }
    tables
}

/// The report's tables as an XLSX workbook.
///
/// # Errors
/// As [`xlsx_bytes`].
pub fn xlsx(report: &Report<'_>) -> Result<Vec<u8>, String> {
    xlsx_bytes(&tables(report))
}
