//! The analysis against hand-computed values (docs/METHODOLOGY.md's worked example and small
//! cases at each rule's boundary), and against a naive reference implementation.

mod common;

use proptest::prelude::*;
use treaty_tracker::analysis::{
    AnalysisCache, AnalysisOptions, PrincipleFigures, ProjectAnalysis, StatementEdit, Verdict,
    classical_mds,
};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::model::{Project, StakeholderKind, Stance};

const ON: AnalysisOptions = AnalysisOptions {
    carry_forward: true,
};
const OFF: AnalysisOptions = AnalysisOptions {
    carry_forward: false,
};

fn close(actual: Option<f64>, expected: f64) {
    let value = actual.unwrap_or_else(|| panic!("expected {expected}, got None"));
    assert!(
        (value - expected).abs() < 1e-12,
        "expected {expected}, got {value}"
    );
}

/// Indices by id in the worked example.
const S1: usize = 0;
const S2: usize = 1;
const ATL: usize = 0;
const BOR: usize = 1;
const CW: usize = 2;
const NG: usize = 3;
const P1: usize = 0;
const P2: usize = 1;
const P3: usize = 2;

#[test]
fn worked_example_stakeholders_at_s2() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    // Atlantis: P1 ++ carried from S1 (w 1), P2 ~ at S2 (w 1): (2 + 0) / (2 · 2) = 0.5.
    close(a.stakeholder(S2, ATL).alignment, 0.5);
    close(a.stakeholder(S2, ATL).coverage, 2.0 / 4.0);
    // Borduria: P1 - carried (w 1), P3 -- (w 2): (-1 - 4) / (2 · 3) = -5/6; coverage 3/4.
    close(a.stakeholder(S2, BOR).alignment, -5.0 / 6.0);
    close(a.stakeholder(S2, BOR).coverage, 0.75);
    // Civic Watch: P1 + carried: 1/2, coverage 1/4.
    close(a.stakeholder(S2, CW).alignment, 0.5);
    close(a.stakeholder(S2, CW).coverage, 0.25);
    // Northern Group: + on all three: (1 + 1 + 2) / (2 · 4) = 0.5, coverage 1.
    close(a.stakeholder(S2, NG).alignment, 0.5);
    close(a.stakeholder(S2, NG).coverage, 1.0);
    // The bloc beside its members: mean(0.5, -5/6) = -1/6.
    let bloc = a.bloc_aggregate(&project, S2, NG).expect("a bloc");
    close(bloc.own, 0.5);
    close(bloc.members_mean, -1.0 / 6.0);
    assert_eq!((bloc.members_counted, bloc.members), (2, 2));
    assert!(a.bloc_aggregate(&project, S2, ATL).is_none());
}

#[test]
fn worked_example_carried_positions_and_ties() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    let carried = a.position(S2, ATL, P1).expect("carried");
    assert_eq!(carried.stance, Stance::StronglySupports);
    assert!(carried.carried);
    assert_eq!(carried.from_session, S1);
    assert_eq!(
        project.statements[carried.statement].id,
        "01GPEXAMP1E0000000000000S1"
    );
    // Two statements on P2 the same day at S2: the later recorded_at wins.
    let tie = a.position(S2, ATL, P2).expect("own");
    assert_eq!(tie.stance, Stance::Mixed);
    assert!(!tie.carried);
    assert_eq!(
        project.statements[tie.statement].id,
        "01GPEXAMP1E0000000000000S5"
    );
    // The order of statements in the file does not matter.
    let mut reversed = project.clone();
    reversed.statements.reverse();
    let b = ProjectAnalysis::compute(&reversed, ON);
    assert_eq!(
        b.position(S2, ATL, P2).map(|p| p.stance),
        Some(Stance::Mixed)
    );
    assert_eq!(b.stakeholder(S2, BOR), a.stakeholder(S2, BOR));
    assert_eq!(a.position(S2, CW, P2), None);
}

#[test]
fn worked_example_principles_at_s2() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    // P1: ATL +2, BOR -1, CW +1 (blocs are not in scope).
    let p1 = a.principle(S2, P1);
    assert_eq!((p1.in_scope, p1.n), (3, 3));
    close(p1.support_share, 2.0 / 3.0);
    close(p1.neutral_share, 0.0);
    close(p1.opposition_share, 1.0 / 3.0);
    close(p1.silence_share, 0.0);
    close(p1.mean_score, 1.0 / 3.0);
    close(p1.gap, 1.0 / 3.0);
    // σ² = ((4/3)² + (5/3)² + (1/3)²) / 3 = 14/9.
    close(p1.consensus, 1.0 - (14.0f64 / 9.0).sqrt() / 2.0);
    assert_eq!(p1.verdict, Verdict::Contested);
    // P2: ATL ~ only.
    let p2 = a.principle(S2, P2);
    assert_eq!(p2.n, 1);
    close(p2.neutral_share, 1.0);
    close(p2.silence_share, 2.0 / 3.0);
    close(p2.mean_score, 0.0);
    close(p2.gap, 0.5);
    close(p2.consensus, 1.0);
    assert_eq!(p2.verdict, Verdict::Mixed);
    // P3: BOR -- only (the bloc's + does not count).
    let p3 = a.principle(S2, P3);
    close(p3.mean_score, -1.0);
    close(p3.gap, 1.0);
    assert_eq!(p3.verdict, Verdict::BroadOpposition);
}

#[test]
fn worked_example_at_s1() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    close(a.stakeholder(S1, ATL).alignment, 0.75);
    close(a.stakeholder(S1, BOR).alignment, -1.0 / 6.0);
    assert_eq!(a.stakeholder(S1, NG).alignment, None);
    close(a.stakeholder(S1, NG).coverage, 0.0);
    // P2 at S1: ATL + only, m = 0.5 exactly: broad support.
    close(a.principle(S1, P2).mean_score, 0.5);
    assert_eq!(a.principle(S1, P2).verdict, Verdict::BroadSupport);
    assert_eq!(a.principle(S1, P3).verdict, Verdict::Mixed);
    close(a.principle(S1, P2).gap, 0.25);
    close(a.principle(S1, P2).silence_share, 2.0 / 3.0);
    close(a.principle(S1, P3).neutral_share, 1.0);
    close(a.principle(S1, P3).gap, 0.5);
    assert_eq!(a.principle(S1, P1), a.principle(S2, P1));
    close(
        a.bloc_aggregate(&project, S1, NG)
            .and_then(|b| b.members_mean),
        7.0 / 24.0,
    );
    assert!(a.shifts(&project, S1, S1).moved.is_empty());
    assert_eq!(a.previous_session(S2), Some(S1));
    assert_eq!(a.previous_session(S1), None);
    assert_eq!(a.latest_session(), Some(S2));
}

#[test]
fn undefined_is_not_zero_and_carry_forward_off() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, OFF);
    // Atlantis only said ~ on P2 at S2: alignment 0, defined.
    assert_eq!(a.stakeholder(S2, ATL).alignment, Some(0.0));
    close(a.stakeholder(S2, ATL).coverage, 0.25);
    // Civic Watch said nothing at S2: undefined alignment, zero coverage.
    assert_eq!(a.stakeholder(S2, CW).alignment, None);
    assert_eq!(a.stakeholder(S2, CW).coverage, Some(0.0));
    close(a.stakeholder(S2, BOR).alignment, -1.0);
    close(a.stakeholder(S2, BOR).coverage, 0.5);
    close(a.stakeholder(S2, NG).alignment, 0.5);
    // P1 at S2 without carry-forward: nobody in scope spoke.
    let p1 = a.principle(S2, P1);
    assert_eq!(p1.n, 0);
    assert_eq!(p1.verdict, Verdict::Silent);
    assert_eq!(p1.silence_share, Some(1.0));
    for value in [
        p1.support_share,
        p1.neutral_share,
        p1.opposition_share,
        p1.mean_score,
        p1.gap,
        p1.consensus,
    ] {
        assert_eq!(value, None);
    }
    assert!(a.position(S2, ATL, P1).is_none());
}

#[test]
fn shifts_and_new_positions_in_order() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    let shifts = a.shifts(&project, S1, S2);
    let moved: Vec<(usize, usize, i8)> = shifts
        .moved
        .iter()
        .map(|s| (s.stakeholder, s.principle, s.delta))
        .collect();
    assert_eq!(moved, vec![(BOR, P3, -2), (ATL, P2, -1)]);
    let new: Vec<(usize, usize)> = shifts
        .new
        .iter()
        .map(|n| (n.stakeholder, n.principle))
        .collect();
    assert_eq!(new, vec![(NG, P1), (NG, P2), (NG, P3)]);

    // Equal |delta|: by stakeholder name, then principle order.
    let mut tied = project.clone();
    tied.stakeholders[ATL].name = "Zembla".to_owned();
    tied.statements[5]
        .stances
        .insert("P1".to_owned(), Stance::Supports); // BOR P1: -1 → +1
    tied.statements[3]
        .stances
        .insert("P1".to_owned(), Stance::Mixed); // ATL P1: 2 → ... later overridden
    let b = ProjectAnalysis::compute(&tied, ON);
    let moved: Vec<(usize, usize, i8)> = b
        .shifts(&tied, S1, S2)
        .moved
        .iter()
        .map(|s| (s.stakeholder, s.principle, s.delta))
        .collect();
    // ATL P1 2 → 0 (-2), BOR P1 -1 → +1 (+2), BOR P3 0 → -2 (-2), ATL P2 1 → 0 (-1).
    assert_eq!(
        moved,
        vec![(BOR, P1, 2), (BOR, P3, -2), (ATL, P1, -2), (ATL, P2, -1)]
    );
}

#[test]
fn verdict_rules_at_their_boundaries() {
    // counts: [--, -, ~, +, ++]
    let verdict = |counts: [usize; 5]| PrincipleFigures::from_counts(20, counts).verdict;
    assert_eq!(verdict([0, 0, 0, 0, 0]), Verdict::Silent);
    // Exactly a quarter on each side: contested, even with a positive mean.
    assert_eq!(verdict([0, 1, 2, 0, 1]), Verdict::Contested);
    assert_eq!(verdict([0, 3, 6, 0, 3]), Verdict::Contested);
    // One short of a quarter opposing (2 of 9): not contested; m = (2·2 - 2)/9/2 > 0.
    assert_eq!(verdict([0, 2, 5, 0, 2]), Verdict::LeaningSupport);
    // m exactly 0.5: broad support; just below: leaning support.
    assert_eq!(verdict([0, 0, 0, 4, 0]), Verdict::BroadSupport);
    assert_eq!(verdict([0, 0, 1, 1, 1]), Verdict::BroadSupport);
    assert_eq!(verdict([0, 0, 1, 3, 0]), Verdict::LeaningSupport);
    // m exactly -0.5: broad opposition; just above: leaning opposition.
    assert_eq!(verdict([0, 3, 0, 0, 0]), Verdict::BroadOpposition);
    assert_eq!(verdict([1, 0, 1, 0, 0]), Verdict::BroadOpposition);
    assert_eq!(verdict([0, 3, 1, 0, 0]), Verdict::LeaningOpposition);
    // m exactly 0 without a contest: mixed. Opposite extremes: contested first.
    assert_eq!(verdict([0, 0, 3, 0, 0]), Verdict::Mixed);
    assert_eq!(verdict([0, 1, 5, 1, 0]), Verdict::Mixed);
    assert_eq!(verdict([1, 0, 0, 0, 1]), Verdict::Contested);
    let split = PrincipleFigures::from_counts(2, [1, 0, 0, 0, 1]);
    assert_eq!(split.consensus, Some(0.0));
    let alone = PrincipleFigures::from_counts(5, [0, 0, 0, 1, 0]);
    assert_eq!(alone.consensus, Some(1.0));
    assert_eq!(alone.silence_share, Some(0.8));
    assert_eq!(PrincipleFigures::from_counts(0, [0; 5]).silence_share, None);
}

#[test]
fn zero_weights_settled() {
    // docs/METHODOLOGY.md: a weight of 0 keeps the principle in the matrix and in the per-
    // principle figures but out of alignment and coverage; alignment over principles whose
    // weights sum to 0 is undefined, as is coverage when every weight is 0.
    let mut project = common::worked_example();
    for p in &mut project.principles {
        p.weight = 0.0;
    }
    let a = ProjectAnalysis::compute(&project, ON);
    assert_eq!(a.stakeholder(S2, ATL).alignment, None);
    assert_eq!(a.stakeholder(S2, ATL).coverage, None);
    assert_eq!(a.stakeholder(S2, ATL).positions, 2);
    assert_eq!(a.principle(S2, P1).n, 3);
}

#[test]
fn undated_statement_counts_from_the_first_day_of_its_session() {
    let mut project = common::worked_example();
    // S4 (ATL P2 Opposes, 2023-04-04 10:00) loses its date: it now counts as 2023-04-03, before
    // S5 whatever the recording times.
    project.statements[3].date = None;
    project.statements[3].recorded_at =
        project.statements[4].recorded_at + chrono::Duration::hours(5);
    let a = ProjectAnalysis::compute(&project, ON);
    assert_eq!(
        a.position(S2, ATL, P2).map(|p| p.stance),
        Some(Stance::Mixed)
    );
    // Dated on the first day too: now recorded_at decides, and S4 was recorded later.
    project.statements[4].date = Some(project.sessions[S2].start);
    let a = ProjectAnalysis::compute(&project, ON);
    assert_eq!(
        a.position(S2, ATL, P2).map(|p| p.stance),
        Some(Stance::Opposes)
    );
}

#[test]
fn full_tie_goes_to_the_statement_later_in_the_file() {
    let mut project = common::worked_example();
    // S4 and S5: same session, same date; give them the same recorded_at too.
    project.statements[3].recorded_at = project.statements[4].recorded_at;
    let a = ProjectAnalysis::compute(&project, ON);
    assert_eq!(
        a.position(S2, ATL, P2).map(|p| p.stance),
        Some(Stance::Mixed)
    ); // S5, later
    project.statements.swap(3, 4);
    let a = ProjectAnalysis::compute(&project, ON);
    assert_eq!(
        a.position(S2, ATL, P2).map(|p| p.stance),
        Some(Stance::Opposes)
    ); // S4, now later
}

#[test]
fn shifts_of_same_named_actors_follow_the_file() {
    let mut project = common::worked_example();
    project.stakeholders[BOR].name = "Atlantis".to_owned();
    // BOR P1 -1 → +1 (+2) and ATL P1 2 → 0 (-2): same |delta|, same name: ATL is first in the file.
    project.statements[5]
        .stances
        .insert("P1".to_owned(), Stance::Supports);
    project.statements[3]
        .stances
        .insert("P1".to_owned(), Stance::Mixed);
    let a = ProjectAnalysis::compute(&project, ON);
    let moved: Vec<(usize, usize)> = a
        .shifts(&project, S1, S2)
        .moved
        .iter()
        .map(|s| (s.stakeholder, s.principle))
        .collect();
    assert_eq!(moved, vec![(ATL, P1), (BOR, P1), (BOR, P3), (ATL, P2)]);
}

#[test]
fn trends_follow_session_order() {
    let mut project = common::worked_example();
    project.sessions.swap(0, 1); // file order no longer chronological
    let a = ProjectAnalysis::compute(&project, ON);
    let trend: Vec<(usize, Option<f64>)> = a
        .stakeholder_trend(ATL)
        .iter()
        .map(|(k, f)| (*k, f.alignment))
        .collect();
    assert_eq!(trend, vec![(1, Some(0.75)), (0, Some(0.5))]);
    let verdicts: Vec<Verdict> = a
        .principle_trend(P2)
        .iter()
        .map(|(_, f)| f.verdict)
        .collect();
    assert_eq!(verdicts, vec![Verdict::BroadSupport, Verdict::Mixed]);
    assert_eq!(a.latest_session(), Some(0));
}

#[test]
fn too_large_projects_are_refused_not_allocated() {
    let mut project = common::worked_example();
    let principle = project.principles[0].clone();
    project.principles = (0..3000)
        .map(|i| treaty_tracker::model::Principle {
            id: format!("Q{i}"),
            ..principle.clone()
        })
        .collect();
    let session = project.sessions[0].clone();
    project.sessions = (0..3000)
        .map(|i| treaty_tracker::model::Session {
            id: format!("T{i}"),
            ..session.clone()
        })
        .collect();
    assert!(ProjectAnalysis::check_size(&project).is_err());
    let a = ProjectAnalysis::compute(&project, ON);
    assert_eq!(a.latest_session(), None);
    assert_eq!(a.stakeholder(0, ATL).alignment, None);
    assert!(a.coalition_map(0).stakeholders.is_empty());
    assert!(ProjectAnalysis::check_size(&common::worked_example()).is_ok());
}

#[test]
fn agreement_known_cases() {
    let mut project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    let ab = a.agreement(S2, ATL, BOR);
    assert_eq!(ab.in_common, 1);
    close(ab.value, 0.25); // |2 - (-1)| = 3: 1 - 3/4
    close(a.agreement(S2, ATL, CW).value, 0.75);
    close(a.agreement(S2, BOR, CW).value, 0.5);
    close(a.agreement(S1, ATL, ATL).value, 1.0);
    let none = a.agreement(S1, NG, ATL);
    assert_eq!((none.value, none.in_common), (None, 0));

    // Two identical actors and one opposite: same point, and far apart.
    project.stakeholders[CW].kind = StakeholderKind::State;
    for statement in &mut project.statements {
        if statement.stakeholder == "CW" {
            statement.stances = project_stances(&[("P1", Stance::StronglySupports)]);
        }
        if statement.stakeholder == "BOR" {
            statement.stances = project_stances(&[("P1", Stance::StronglyOpposes)]);
        }
        if statement.stakeholder == "ATL" {
            statement.stances = project_stances(&[("P1", Stance::StronglySupports)]);
        }
    }
    let a = ProjectAnalysis::compute(&project, OFF);
    let map = a.coalition_map(S1);
    assert_eq!(map.stakeholders, vec![ATL, BOR, CW]);
    close(a.agreement(S1, ATL, CW).value, 1.0);
    close(a.agreement(S1, ATL, BOR).value, 0.0);
    let d = |i: usize, j: usize| {
        let (p, q) = (map.points[i], map.points[j]);
        ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
    };
    assert!(d(0, 2) < 1e-9, "identical actors at distance {}", d(0, 2));
    assert!(
        (d(0, 1) - 1.0).abs() < 1e-9,
        "opposite actors at distance {}",
        d(0, 1)
    );
}

fn project_stances(pairs: &[(&str, Stance)]) -> std::collections::BTreeMap<String, Stance> {
    pairs.iter().map(|(p, s)| ((*p).to_owned(), *s)).collect()
}

#[test]
fn mds_recovers_a_planar_configuration() {
    // Corners of a 3 × 1 rectangle and its centre: distances are Euclidean in 2D, so classical
    // MDS reproduces them exactly (up to rotation and reflection).
    let points = [[0.0, 0.0], [3.0, 0.0], [3.0, 1.0], [0.0, 1.0], [1.5, 0.5]];
    let n = points.len();
    let dist = |p: [f64; 2], q: [f64; 2]| ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt();
    let matrix: Vec<f64> = (0..n * n)
        .map(|k| dist(points[k / n], points[k % n]))
        .collect();
    let (placed, explained) = classical_mds(&matrix, n);
    for i in 0..n {
        for j in 0..n {
            let got = dist(placed[i], placed[j]);
            assert!(
                (got - matrix[i * n + j]).abs() < 1e-6,
                "{i}-{j}: {got} vs {}",
                matrix[i * n + j]
            );
        }
    }
    close(explained, 1.0);
    // The longer side is the first axis.
    assert!((placed[0][0] - placed[1][0]).abs() > 2.9);
}

fn naive_matches(project: &Project, options: AnalysisOptions) {
    let a = ProjectAnalysis::compute(project, options);
    for session in 0..project.sessions.len() {
        for (si, _) in project.stakeholders.iter().enumerate() {
            let mut weighted = 0.0;
            let mut weight = 0.0;
            for (pi, principle) in project.principles.iter().enumerate() {
                let expected =
                    common::naive_position(project, session, si, pi, options.carry_forward);
                assert_eq!(
                    a.position(session, si, pi).map(|p| p.stance.score()),
                    expected
                );
                if let Some(s) = expected {
                    weighted += principle.weight * f64::from(s);
                    weight += principle.weight;
                }
            }
            let total: f64 = project.principles.iter().map(|p| p.weight).sum();
            let figures = a.stakeholder(session, si);
            match figures.alignment {
                Some(value) => assert!((value - weighted / (2.0 * weight)).abs() < 1e-12),
                None => assert!(weight == 0.0),
            }
            if total > 0.0 {
                close(figures.coverage, weight / total);
            }
        }
        for pi in 0..project.principles.len() {
            let scores: Vec<f64> = (0..project.stakeholders.len())
                .filter(|&si| project.stakeholders[si].kind != StakeholderKind::Bloc)
                .filter_map(|si| {
                    common::naive_position(project, session, si, pi, options.carry_forward)
                })
                .map(f64::from)
                .collect();
            let f = a.principle(session, pi);
            assert_eq!(f.n, scores.len());
            if scores.is_empty() {
                assert_eq!(f.verdict, Verdict::Silent);
                assert_eq!(f.mean_score, None);
                continue;
            }
            let n = scores.len() as f64;
            let mean = scores.iter().sum::<f64>() / n;
            let sigma = (scores.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / n).sqrt();
            close(f.mean_score, mean / 2.0);
            close(f.gap, (1.0 - mean / 2.0) / 2.0);
            assert!((f.consensus.unwrap_or(f64::NAN) - (1.0 - sigma / 2.0)).abs() < 1e-9);
            close(
                f.support_share,
                scores.iter().filter(|&&s| s > 0.0).count() as f64 / n,
            );
            close(
                f.opposition_share,
                scores.iter().filter(|&&s| s < 0.0).count() as f64 / n,
            );
        }
    }
}

#[test]
fn sample_matches_a_naive_reading_of_the_methodology_at_every_session() {
    let project = common::valid(treaty_tracker::SAMPLE_PROJECT);
    naive_matches(&project, ON);
    naive_matches(&project, OFF);
    naive_matches(&common::worked_example(), ON);
}

#[test]
fn cache_applies_one_edit_and_moves_to_the_new_revision() {
    let mut project = common::worked_example();
    let mut cache = AnalysisCache::default();
    let _ = cache.get(&project, 1, ON);
    let old = project.statements[2].clone();
    project.statements[2]
        .stances
        .insert("P3".to_owned(), Stance::StronglyOpposes);
    cache.update_statement(&project, 1, 2, StatementEdit::Changed(2, &old), ON);
    let expected = ProjectAnalysis::compute(&project, ON);
    let updated: *const ProjectAnalysis = cache.get(&project, 2, ON);
    assert_eq!(cache.get(&project, 2, ON), &expected);
    assert!(
        std::ptr::eq(updated, cache.get(&project, 2, ON)),
        "no recomputation at revision 2"
    );
    // An edit against a revision the cache does not hold recomputes.
    project.statements.remove(0);
    cache.update_statement(&project, 7, 8, StatementEdit::Added(0), ON);
    assert_eq!(
        cache.get(&project, 8, ON),
        &ProjectAnalysis::compute(&project, ON)
    );
}

#[test]
fn cache_recomputes_only_for_a_new_revision() {
    let project = common::worked_example();
    let mut cache = AnalysisCache::default();
    let first: *const ProjectAnalysis = cache.get(&project, 1, ON);
    let again: *const ProjectAnalysis = cache.get(&project, 1, ON);
    assert!(std::ptr::eq(first, again));
    let mut edited = project.clone();
    edited.statements.remove(0);
    let fresh = cache.get(&edited, 2, ON).clone();
    assert_eq!(fresh, ProjectAnalysis::compute(&edited, ON));
    assert_ne!(cache.get(&edited, 2, OFF), &fresh);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// One statement added, changed or removed: the incremental update equals a full
    /// recomputation.
    #[test]
    fn incremental_update_equals_full_computation(
        seed in any::<u64>(),
        carry in any::<bool>(),
        edits in proptest::collection::vec((0u8..3, any::<prop::sample::Index>(), any::<prop::sample::Index>(), -2i8..=2), 1..6),
    ) {
        let options = AnalysisOptions { carry_forward: carry };
        let mut project = generate(&GenerateOptions { stakeholders: 15, principles: 6, sessions: 5, statements: 60, seed })
            .expect("generates");
        let mut analysis = ProjectAnalysis::compute(&project, options);
        for (kind, at, other, score) in edits {
            let n = project.statements.len();
            match kind {
                0 if n > 0 => {
                    let i = at.index(n);
                    let old = project.statements[i].clone();
                    let statement = &mut project.statements[i];
                    let principle = project.principles[other.index(project.principles.len())].id.clone();
                    statement.stances.insert(principle, Stance::from_score(score).expect("in range"));
                    statement.session = project.sessions[other.index(project.sessions.len())].id.clone();
                    statement.stakeholder = project.stakeholders[other.index(project.stakeholders.len())].id.clone();
                    analysis.update_statement(&project, StatementEdit::Changed(i, &old));
                }
                1 if n > 0 => {
                    let i = at.index(n);
                    let old = project.statements.remove(i);
                    analysis.update_statement(&project, StatementEdit::Removed(i, &old));
                }
                _ => {
                    let i = at.index(n + 1);
                    let mut statement = project.statements[other.index(n.max(1)).min(n.saturating_sub(1))].clone();
                    statement.stances = project_stances(&[("P2", Stance::from_score(score).expect("in range"))]);
                    statement.recorded_at += chrono::Duration::seconds(1);
                    project.statements.insert(i, statement);
                    analysis.update_statement(&project, StatementEdit::Added(i));
                }
            }
            prop_assert_eq!(&analysis, &ProjectAnalysis::compute(&project, options));
        }
    }
}

/// Weights are divided by the largest before summing: weights of 1e308 (their sum overflows
/// to infinity) give the same finite figures as the same ratios in small numbers, and the
/// report reads a percentage, not "NaN %".
#[test]
fn huge_weights_give_finite_figures() {
    let project = common::worked_example();
    let mut huge = project.clone();
    for p in &mut huge.principles {
        p.weight *= 1e308 / 2.0;
    }
    assert!(huge.principles.iter().all(|p| p.weight.is_finite()));
    assert!(
        huge.principles
            .iter()
            .map(|p| p.weight)
            .sum::<f64>()
            .is_infinite()
    );
    let options = AnalysisOptions::default();
    let small = ProjectAnalysis::compute(&project, options);
    let big = ProjectAnalysis::compute(&huge, options);
    for session in 0..project.sessions.len() {
        for a in 0..project.stakeholders.len() {
            let (s, b) = (small.stakeholder(session, a), big.stakeholder(session, a));
            if let Some(alignment) = s.alignment {
                close(b.alignment, alignment);
                assert!(b.alignment.is_some_and(f64::is_finite));
            } else {
                assert_eq!(b.alignment, None);
            }
            close(b.coverage, s.coverage.expect("coverage"));
        }
    }
    let options = treaty_tracker::report::ReportOptions {
        session: 1,
        from: None,
        carry_forward: true,
        include_confidential: true,
        generated_at: chrono::Utc::now(),
    };
    let md = treaty_tracker::report::render(
        &huge,
        treaty_tracker::report::ReportFormat::Markdown,
        options,
    )
    .expect("report");
    assert!(!md.contains("NaN"), "{md}");
}

/// Shifts of the same size are ordered by stakeholder name without case or accents: "alpha"
/// before "Équateur" before "Zulu" (a byte order would put "Zulu" first and "Équateur" last).
#[test]
fn shifts_order_names_without_case_or_accents() {
    let mut project = common::worked_example();
    project.stakeholders[ATL].name = "Zulu".to_owned();
    project.stakeholders[BOR].name = "alpha".to_owned();
    project.stakeholders[CW].name = "Équateur".to_owned();
    // Three moves of 2 on P1 at S2: ATL 2 → 0, BOR -1 → +1, CW +1 → -1.
    project.statements[3]
        .stances
        .insert("P1".to_owned(), Stance::Mixed);
    project.statements[5]
        .stances
        .insert("P1".to_owned(), Stance::Supports);
    let mut cw = project.statements[2].clone();
    cw.id = "01GPEXAMP1E0000000000000S9".to_owned();
    cw.session = project.sessions[S2].id.clone();
    cw.date = None;
    cw.stances = [("P1".to_owned(), Stance::Opposes)].into_iter().collect();
    project.statements.push(cw);
    assert!(treaty_tracker::model::validate(&project).is_empty());
    let a = ProjectAnalysis::compute(&project, ON);
    let order: Vec<usize> = a
        .shifts(&project, S1, S2)
        .moved
        .iter()
        .filter(|s| s.principle == P1)
        .map(|s| s.stakeholder)
        .collect();
    assert_eq!(order, vec![BOR, CW, ATL]);
}
