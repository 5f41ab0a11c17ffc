//! The statement log's filters and sorts (`treaty_tracker::query`), against a naive reading of
//! `docs/USER_GUIDE.md`, and the structural edits behind the editors (insert, remove, replace,
//! move, batches) with their undo.

mod common;

use treaty_tracker::app::{Document, Origin};
use treaty_tracker::model::{Collection, Edit, Item};
use treaty_tracker::model::{Confidence, Project, SourceKind, Stance, Statement};
use treaty_tracker::query::{LogFilter, LogSort, SearchIndex, SortKey, select};
use treaty_tracker::text::fold;

fn sample() -> Project {
    common::valid(treaty_tracker::SAMPLE_PROJECT)
}

/// The documented meaning of each filter, written out plainly.
fn naive(project: &Project, f: &LogFilter) -> Vec<usize> {
    let members: Vec<String> = match (&f.stakeholder, f.include_members) {
        (Some(id), true) => project
            .stakeholder(id)
            .map(|s| s.members.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let words: Vec<String> = fold(&f.text)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let keep = |s: &Statement| -> bool {
        if let Some(id) = &f.session
            && &s.session != id
        {
            return false;
        }
        if let Some(id) = &f.stakeholder
            && !(&s.stakeholder == id
                || s.delivered_by.as_ref() == Some(id)
                || members.contains(&s.stakeholder))
        {
            return false;
        }
        let stance_ok = match (&f.principle, f.stance) {
            (Some(p), Some(st)) => s.stances.get(p) == Some(&st),
            (Some(p), None) => s.stances.contains_key(p),
            (None, Some(st)) => s.stances.values().any(|&v| v == st),
            (None, None) => true,
        };
        if !stance_ok {
            return false;
        }
        if f.confidence.is_some_and(|c| c != s.confidence) {
            return false;
        }
        if let Some(kind) = f.source_kind
            && s.source.as_ref().map(|x| x.kind) != Some(kind)
        {
            return false;
        }
        if let Some(tag) = &f.tag
            && !s.tags.iter().any(|t| fold(t) == fold(tag))
        {
            return false;
        }
        let hay = fold(&common::naive_search_text(project, s));
        words.iter().all(|w| hay.contains(w.as_str()))
    };
    project
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| keep(s))
        .map(|(i, _)| i)
        .collect()
}

fn sorted(mut rows: Vec<usize>) -> Vec<usize> {
    rows.sort_unstable();
    rows
}

#[test]
fn every_filter_and_their_combinations_match_the_documented_meaning() {
    let project = sample();
    let index = SearchIndex::build(&project);
    let sessions = [None, Some("AHC6"), Some("AHC7R")];
    let stakeholders = [None, Some("RUS"), Some("EU"), Some("SAFEGUARDS")];
    let principles = [None, Some("P3"), Some("C3")];
    let stances = [None, Some(Stance::Supports), Some(Stance::StronglyOpposes)];
    let texts = ["", "safeguards", "HUMAN rïghts", "zzz-no-match"];
    let mut checked = 0;
    let mut non_empty = 0;
    for session in sessions {
        for stakeholder in stakeholders {
            for include_members in [false, true] {
                for principle in principles {
                    for stance in stances {
                        for text in texts {
                            let filter = LogFilter {
                                session: session.map(str::to_owned),
                                stakeholder: stakeholder.map(str::to_owned),
                                include_members,
                                principle: principle.map(str::to_owned),
                                stance,
                                text: text.to_owned(),
                                ..LogFilter::default()
                            };
                            let expected = naive(&project, &filter);
                            let got = select(&project, &filter, LogSort::default(), Some(&index));
                            assert_eq!(sorted(got.clone()), expected, "{filter:?}");
                            // The same without the prepared index.
                            let slow = select(&project, &filter, LogSort::default(), None);
                            assert_eq!(got, slow, "{filter:?}");
                            checked += 1;
                            non_empty += usize::from(!expected.is_empty());
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 800 && non_empty > 60, "{checked} {non_empty}");
    for confidence in Confidence::ALL {
        for kind in SourceKind::ALL {
            let filter = LogFilter {
                confidence: Some(confidence),
                source_kind: Some(kind),
                ..LogFilter::default()
            };
            assert_eq!(
                sorted(select(&project, &filter, LogSort::default(), Some(&index))),
                naive(&project, &filter)
            );
        }
    }
    let tag = project
        .statements
        .iter()
        .find_map(|s| s.tags.first().cloned())
        .expect("the sample has tags");
    let filter = LogFilter {
        tag: Some(tag.to_uppercase()),
        ..LogFilter::default()
    };
    let rows = select(&project, &filter, LogSort::default(), None);
    assert!(!rows.is_empty());
    assert_eq!(sorted(rows), naive(&project, &filter));
}

#[test]
fn sorts_follow_sessions_dates_names_and_stances() {
    let project = sample();
    let all = LogFilter::default();
    let order = project.session_order();
    let rank = |id: &str| order.iter().position(|&k| project.sessions[k].id == id);
    let rows = select(&project, &all, LogSort::default(), None);
    assert_eq!(rows.len(), project.statements.len());
    assert!(rows.windows(2).all(
        |w| rank(&project.statements[w[0]].session) <= rank(&project.statements[w[1]].session)
    ));
    let down = select(
        &project,
        &all,
        LogSort {
            key: SortKey::Session,
            descending: true,
        },
        None,
    );
    assert_eq!(down, rows.iter().rev().copied().collect::<Vec<_>>());

    let by_name = select(
        &project,
        &all,
        LogSort {
            key: SortKey::Stakeholder,
            descending: false,
        },
        None,
    );
    let name = |i: usize| {
        fold(
            &project
                .stakeholder(&project.statements[i].stakeholder)
                .expect("known")
                .name,
        )
    };
    assert!(by_name.windows(2).all(|w| name(w[0]) <= name(w[1])));

    // Stance on the filtered principle: strongest support first when descending.
    let on_p3 = LogFilter {
        principle: Some("P3".to_owned()),
        ..LogFilter::default()
    };
    let by_stance = select(
        &project,
        &on_p3,
        LogSort {
            key: SortKey::Stance,
            descending: true,
        },
        None,
    );
    let score = |i: usize| project.statements[i].stances["P3"].score();
    assert!(by_stance.windows(2).all(|w| score(w[0]) >= score(w[1])));
    assert!(by_stance.len() > 2);

    let by_date = select(
        &project,
        &all,
        LogSort {
            key: SortKey::Date,
            descending: false,
        },
        None,
    );
    let day = |i: usize| {
        let s = &project.statements[i];
        s.date
            .unwrap_or_else(|| project.session(&s.session).expect("session").start)
    };
    assert!(by_date.windows(2).all(|w| day(w[0]) <= day(w[1])));
}

fn statement_like(project: &Project, index: usize, id: &str) -> Statement {
    let mut s = project.statements[index].clone();
    id.clone_into(&mut s.id);
    s
}

#[test]
fn structural_edits_undo_and_redo_exactly() {
    let project = sample();
    let mut doc = Document::new(project.clone(), Origin::Sample, true);
    let steps = [
        Edit::Insert {
            index: 3,
            item: Item::Statement(Box::new(statement_like(
                &project,
                0,
                "01NEWSTATEMENT0000000000000",
            ))),
        },
        Edit::Remove {
            collection: Collection::Stakeholders,
            index: 5,
        },
        Edit::Move {
            collection: Collection::Principles,
            from: 0,
            to: 7,
        },
        Edit::Replace {
            index: 2,
            item: Item::Session({
                let mut s = project.sessions[2].clone();
                s.name = "Renamed".to_owned();
                s
            }),
        },
        treaty_tracker::model::rename_stakeholder(&project, 1, "XXX").0,
    ];
    let mut states = vec![doc.project.clone()];
    for (t, edit) in steps.iter().enumerate() {
        assert!(doc.apply(edit, t as f64 * 10.0), "{edit:?}");
        states.push(doc.project.clone());
    }
    assert_eq!(doc.project.principles[7].id, project.principles[0].id);
    for expected in states.iter().rev().skip(1) {
        assert!(doc.undo());
        assert_eq!(&doc.project, expected);
    }
    assert!(!doc.is_dirty());
    for expected in states.iter().skip(1) {
        assert!(doc.redo());
        assert_eq!(&doc.project, expected);
    }
    // An edit that does not apply (an index past the end) changes nothing and is not recorded.
    let before = doc.project.clone();
    assert!(!doc.apply(
        &Edit::Batch(vec![
            Edit::Remove {
                collection: Collection::Sessions,
                index: 0,
            },
            Edit::Remove {
                collection: Collection::Statements,
                index: 1_000_000,
            },
        ]),
        100.0
    ));
    assert_eq!(doc.project, before);
}

#[test]
fn deletions_and_renames_leave_a_valid_project() {
    let project = sample();
    for k in 0..project.stakeholders.len() {
        let mut p = project.clone();
        let deletion = treaty_tracker::model::delete_stakeholder(&project, k);
        deletion.edit.apply_to(&mut p).expect("applies");
        assert!(
            treaty_tracker::model::validate(&p).is_empty(),
            "deleting {k}"
        );
        assert_eq!(
            p.statements.len(),
            project.statements.len() - deletion.deleted
        );
        let mut p = project.clone();
        treaty_tracker::model::rename_stakeholder(&project, k, "ZZ-NEW")
            .0
            .apply_to(&mut p)
            .expect("applies");
        assert!(
            treaty_tracker::model::validate(&p).is_empty(),
            "renaming {k}"
        );
    }
    for j in 0..project.principles.len() {
        let mut p = project.clone();
        let (edit, touched, deleted) = treaty_tracker::model::delete_principle(&project, j);
        edit.apply_to(&mut p).expect("applies");
        assert!(treaty_tracker::model::validate(&p).is_empty());
        assert!(touched >= deleted);
        let mut p = project.clone();
        treaty_tracker::model::rename_principle(&project, j, "ZZ")
            .0
            .apply_to(&mut p)
            .expect("applies");
        assert!(treaty_tracker::model::validate(&p).is_empty());
    }
    for k in 0..project.sessions.len() {
        let mut p = project.clone();
        let (edit, deleted) = treaty_tracker::model::delete_session(&project, k);
        edit.apply_to(&mut p).expect("applies");
        assert!(treaty_tracker::model::validate(&p).is_empty());
        assert_eq!(p.statements.len(), project.statements.len() - deleted);
        let mut p = project.clone();
        treaty_tracker::model::rename_session(&project, k, "ZZ")
            .0
            .apply_to(&mut p)
            .expect("applies");
        assert!(treaty_tracker::model::validate(&p).is_empty());
    }
    let check = treaty_tracker::model::check_id;
    assert!(check(&["A", "B"], 0, "B", "").is_err());
    assert!(
        check(&["A", "B"], 0, "b", "").is_err(),
        "ids differ by more than case"
    );
    assert!(check(&["A", "B"], 1, "B", "").is_ok());
    assert!(check(&["A"], 0, "A B", "").is_err());
    assert!(check(&["A"], 0, " ", "").is_err());
    assert!(check(&["P1"], 0, "P1+", "+-~").is_err());
    assert!(check(&["EGY"], 0, "EGY-GROUP", "").is_ok());
}

/// "Logged by" keeps who logged each statement (a team's merged file), and "with its blocs"
/// adds the statements of the blocs a stakeholder belongs to (what a matrix cell rests on).
#[test]
fn logged_by_and_with_its_blocs() {
    let mut project = sample();
    for s in project.statements.iter_mut().step_by(3) {
        s.recorded_by = Some("Ana".to_owned());
    }
    let ana = LogFilter {
        recorded_by: Some("Ana".to_owned()),
        ..LogFilter::default()
    };
    let rows = select(&project, &ana, LogSort::default(), None);
    assert_eq!(rows.len(), project.statements.len().div_ceil(3));
    assert!(
        rows.iter()
            .all(|&i| project.statements[i].recorded_by.as_deref() == Some("Ana"))
    );
    // Austria said nothing itself; with its blocs, the EU's statements are behind its cells.
    let austria = LogFilter {
        stakeholder: Some("AUT".to_owned()),
        ..LogFilter::default()
    };
    assert!(select(&project, &austria, LogSort::default(), None).is_empty());
    let with_blocs = LogFilter {
        include_blocs: true,
        ..austria
    };
    let rows = select(&project, &with_blocs, LogSort::default(), None);
    let eu: Vec<usize> = project
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.stakeholder == "EU")
        .map(|(i, _)| i)
        .collect();
    assert!(!eu.is_empty());
    assert_eq!(sorted(rows), eu);
}
