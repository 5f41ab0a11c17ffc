//! What several benchmarks share: a colleague's side of a merge, and one import of a
//! statements table. Each benchmark includes this module (`mod common;`) and uses what it needs.

#![allow(dead_code, reason = "each benchmark uses part of it")]

use treaty_tracker::import::{Mapping, Stamp, plan, read_file};
use treaty_tracker::model::{Project, Stance};

/// One colleague's side of a merge: `edits` statements edited (half summaries, half stances; a
/// tenth of them on statements the other side, made with another `offset`, edits too), then
/// `churn` statements logged and `churn` deleted. `stamp` tells the two sides apart.
pub fn side(base: &Project, offset: usize, stamp: i64, edits: usize, churn: usize) -> Project {
    let mut p = base.clone();
    let n = p.statements.len();
    let principle = p.principles[0].id.clone();
    for k in 0..edits {
        let i = if k % 10 == 0 {
            (k * 97) % n
        } else {
            (k * 97 + offset) % n
        };
        if k % 2 == 0 {
            p.statements[i].summary = format!("edited by side {stamp}");
        } else {
            p.statements[i].stances.insert(
                principle.clone(),
                if stamp == 1 {
                    Stance::Supports
                } else {
                    Stance::Opposes
                },
            );
        }
    }
    for k in 0..churn {
        let mut s = p.statements[(k * 31 + offset) % n].clone();
        s.stamp_new(
            s.recorded_at
                + chrono::Duration::seconds(stamp * 10_000_000 + i64::try_from(k).unwrap_or(0)),
            "bench",
        );
        p.statements.push(s);
    }
    for k in 0..churn {
        let i = (k * 53 + offset * 3 + 7) % n.min(p.statements.len());
        p.statements.remove(i);
    }
    p
}

/// Imports the statements table at `path` into a copy of `into`, as the import window does:
/// read, plan (columns guessed from the header, stakeholders and sessions matched), apply. The
/// number of statements after.
pub fn import_once(into: &Project, path: &std::path::Path) -> usize {
    let workbook = read_file(path).expect("reads");
    let sheet = workbook.sheet(None).expect("a sheet");
    let stamp = Stamp {
        now: chrono::Utc::now(),
        by: String::new(),
    };
    let planned = plan(into, sheet, &Mapping::default(), &stamp);
    assert!(
        planned.problems.is_empty(),
        "{:?}",
        planned.problems.first()
    );
    let mut project = into.clone();
    planned
        .edit(&project)
        .apply_to(&mut project)
        .expect("applies");
    project.statements.len()
}
