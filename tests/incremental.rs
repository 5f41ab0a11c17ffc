//! Caches that follow one statement's edit in place instead of rebuilding: the statement log's
//! columns and rows (`LogState::rows`, `query::Selection::follow`) and the analysis, through
//! edits, undos and redos as the document records them (`Document::last_change`). Each is
//! compared with what a rebuild from scratch gives.

use proptest::prelude::*;
use treaty_tracker::analysis::{AnalysisCache, AnalysisOptions, ProjectAnalysis};
use treaty_tracker::app::{Document, LogState, Origin};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::model::{Collection, Edit, Item, Stance};
use treaty_tracker::query::{LogFilter, LogSort, SortKey, select};

/// The log's filters and sorts tried on every step: none, each kind of filter, and every key
/// in both directions.
fn views(project: &treaty_tracker::model::Project) -> Vec<(LogFilter, LogSort)> {
    let sorts = [
        SortKey::Session,
        SortKey::Date,
        SortKey::Stakeholder,
        SortKey::Stance,
        SortKey::Recorded,
    ];
    let mut out = Vec::new();
    for key in sorts {
        for descending in [false, true] {
            out.push((LogFilter::default(), LogSort { key, descending }));
        }
    }
    let sort = LogSort::default();
    out.push((
        LogFilter {
            session: Some(project.sessions[1].id.clone()),
            ..LogFilter::default()
        },
        sort,
    ));
    out.push((
        LogFilter {
            stakeholder: Some(project.stakeholders[2].id.clone()),
            include_blocs: true,
            ..LogFilter::default()
        },
        sort,
    ));
    out.push((
        LogFilter {
            principle: Some(project.principles[1].id.clone()),
            stance: Some(Stance::Supports),
            ..LogFilter::default()
        },
        LogSort {
            key: SortKey::Stance,
            descending: true,
        },
    ));
    out.push((
        LogFilter {
            text: "the".to_owned(),
            ..LogFilter::default()
        },
        sort,
    ));
    out.push((
        LogFilter {
            tag: Some("edited".to_owned()),
            ..LogFilter::default()
        },
        sort,
    ));
    out
}

/// One statement edit, chosen by `kind` among: a stance, the session, the stakeholder, the
/// date, the summary and a tag changed; a copy inserted; a statement removed.
fn statement_edit(
    project: &treaty_tracker::model::Project,
    kind: u8,
    at: prop::sample::Index,
    other: prop::sample::Index,
    score: i8,
) -> Edit {
    let n = project.statements.len();
    if kind == 7 || n == 0 {
        let i = at.index(n + 1);
        let mut copy = project.statements[other.index(n.max(1)).min(n.saturating_sub(1))].clone();
        copy.id = format!("01JCOPY{:019}", at.index(1_000_000));
        copy.recorded_at += chrono::Duration::seconds(1);
        return Edit::Insert {
            index: i,
            item: Item::Statement(Box::new(copy)),
        };
    }
    let i = at.index(n);
    if kind == 6 {
        return Edit::Remove {
            collection: Collection::Statements,
            index: i,
        };
    }
    let mut s = project.statements[i].clone();
    match kind {
        0 => {
            let p = project.principles[other.index(project.principles.len())]
                .id
                .clone();
            s.stances
                .insert(p, Stance::from_score(score).expect("in range"));
        }
        1 => {
            let session = &project.sessions[other.index(project.sessions.len())];
            s.session.clone_from(&session.id);
        }
        2 => {
            let stakeholder = &project.stakeholders[other.index(project.stakeholders.len())];
            s.stakeholder.clone_from(&stakeholder.id);
        }
        3 => s.date = s.date.map(|d| d + chrono::Duration::days(i64::from(score))),
        4 => s.summary = format!("{} the edited", s.summary),
        _ => s.tags.push("edited".to_owned()),
    }
    Edit::Replace {
        index: i,
        item: Item::Statement(Box::new(s)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// After any sequence of single-statement edits, undos and redos, with the log drawn
    /// between each, the log's rows are those a fresh selection gives, for every filter and
    /// sort; and the analysis moved along the recorded change equals a full computation.
    #[test]
    fn following_a_change_equals_rebuilding(
        seed in any::<u64>(),
        steps in proptest::collection::vec(
            (0u8..10, any::<prop::sample::Index>(), any::<prop::sample::Index>(), -2i8..=2),
            1..12,
        ),
    ) {
        let project = generate(&GenerateOptions {
            stakeholders: 12,
            principles: 5,
            sessions: 4,
            statements: 80,
            seed,
        })
        .expect("generates");
        let views = views(&project);
        let mut doc = Document::new(project, Origin::New, true);
        let mut logs: Vec<LogState> = views
            .iter()
            .map(|(filter, sort)| {
                let mut log = LogState::default();
                log.filter = filter.clone();
                log.sort = *sort;
                log
            })
            .collect();
        for log in &mut logs {
            log.rows(&doc);
        }
        let options = AnalysisOptions {
            carry_forward: true,
            bloc_positions: true,
            min_positions: 3,
        };
        let mut cache = AnalysisCache::default();
        cache.get(&doc.project, doc.revision(), options);
        let mut t = 0.0;
        for (kind, at, other, score) in steps {
            t += 10.0; // no two edits merge into one undo step
            let before = doc.revision();
            let changed = match kind {
                8 => doc.undo(),
                9 => doc.redo(),
                _ => {
                    let edit = statement_edit(&doc.project, kind, at, other, score);
                    doc.apply(&edit, t)
                }
            };
            if !changed {
                continue;
            }
            let last = doc.last_change().expect("a change was recorded");
            prop_assert_eq!(last.from, before);
            prop_assert_eq!(last.to, doc.revision());
            let change = last.change.as_ref().expect("a single statement's change");
            prop_assert!(cache.update_if_cached(
                &doc.project,
                last.from,
                last.to,
                change.as_analysis_edit(),
                options,
            ));
            prop_assert_eq!(
                cache.get(&doc.project, doc.revision(), options),
                &ProjectAnalysis::compute(&doc.project, options)
            );
            for (log, (filter, sort)) in logs.iter_mut().zip(&views) {
                let fresh = select(&doc.project, filter, *sort, None);
                prop_assert_eq!(log.rows(&doc), &fresh[..], "{:?} {:?}", filter, sort);
            }
        }
    }
}

/// A change the log did not see (two edits between two frames) is not followed from the
/// wrong starting point: the rows are made again and still right.
#[test]
fn two_changes_between_frames_rebuild() {
    let project = generate(&GenerateOptions {
        stakeholders: 10,
        principles: 4,
        sessions: 3,
        statements: 40,
        seed: 7,
    })
    .expect("generates");
    let mut doc = Document::new(project, Origin::New, true);
    let mut log = LogState::default();
    log.rows(&doc);
    // Insert at 3, then remove 2: replaying the first against the final statements would
    // put the wrong statement's columns at 2.
    let mut copy = doc.project.statements[10].clone();
    copy.id = "01JCOPY0000000000000000001".to_owned();
    doc.apply(
        &Edit::Insert {
            index: 3,
            item: Item::Statement(Box::new(copy)),
        },
        1.0,
    );
    doc.apply(
        &Edit::Remove {
            collection: Collection::Statements,
            index: 2,
        },
        2.0,
    );
    let fresh = select(
        &doc.project,
        &LogFilter::default(),
        LogSort::default(),
        None,
    );
    assert_eq!(log.rows(&doc), &fresh[..]);
    // And an edit that is not one statement's (a batch) is recorded as such.
    doc.apply(&Edit::Batch(vec![Edit::Title("Renamed".to_owned())]), 3.0);
    assert!(doc.last_change().is_some_and(|c| c.change.is_none()));
}
