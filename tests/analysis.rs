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

/// The method of format version 1, to pin the rules it shares with version 2 apart from the
/// two version 2 added: no bloc positions, and a verdict from a single position.
const V1: AnalysisOptions = AnalysisOptions {
    carry_forward: true,
    bloc_positions: false,
    min_positions: 1,
};
const V1_OFF: AnalysisOptions = AnalysisOptions {
    carry_forward: false,
    bloc_positions: false,
    min_positions: 1,
};
/// The defaults of version 2 (carry-forward on, bloc positions on, at least 3 positions).
const ON: AnalysisOptions = AnalysisOptions {
    carry_forward: true,
    bloc_positions: true,
    min_positions: 3,
};
const OFF: AnalysisOptions = AnalysisOptions {
    carry_forward: false,
    bloc_positions: true,
    min_positions: 3,
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let b = ProjectAnalysis::compute(&reversed, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1_OFF);
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let b = ProjectAnalysis::compute(&tied, V1);
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
    let verdict = |counts: [usize; 5]| PrincipleFigures::from_counts(20, counts, 1).verdict;
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
    let split = PrincipleFigures::from_counts(2, [1, 0, 0, 0, 1], 1);
    assert_eq!(split.consensus, Some(0.0));
    let alone = PrincipleFigures::from_counts(5, [0, 0, 0, 1, 0], 1);
    assert_eq!(alone.consensus, Some(1.0));
    assert_eq!(alone.silence_share, Some(0.8));
    assert_eq!(
        PrincipleFigures::from_counts(0, [0; 5], 1).silence_share,
        None
    );
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
    assert_eq!(
        a.position(S2, ATL, P2).map(|p| p.stance),
        Some(Stance::Mixed)
    );
    // Dated on the first day too: now recorded_at decides, and S4 was recorded later.
    project.statements[4].date = Some(project.sessions[S2].start);
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
    assert_eq!(
        a.position(S2, ATL, P2).map(|p| p.stance),
        Some(Stance::Mixed)
    ); // S5, later
    project.statements.swap(3, 4);
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1);
    assert_eq!(a.latest_session(), None);
    assert_eq!(a.stakeholder(0, ATL).alignment, None);
    assert!(a.coalition_map(0).stakeholders.is_empty());
    assert!(ProjectAnalysis::check_size(&common::worked_example()).is_ok());
}

#[test]
fn agreement_known_cases() {
    let mut project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, V1);
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
    let a = ProjectAnalysis::compute(&project, V1_OFF);
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

fn project_stances(pairs: &[(&str, Stance)]) -> treaty_tracker::model::Stances {
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
                let expected = common::naive_position(
                    project,
                    session,
                    si,
                    pi,
                    options.carry_forward,
                    options.bloc_positions,
                );
                let position = a.position(session, si, pi);
                assert_eq!(position.map(|p| p.stance.score()), expected);
                let source = common::naive_source(
                    project,
                    session,
                    si,
                    pi,
                    options.carry_forward,
                    options.bloc_positions,
                );
                assert_eq!(position.map(|p| p.statement), source);
                assert_eq!(
                    position.map(|p| p.inherited),
                    source
                        .map(|i| project.statements[i].stakeholder != project.stakeholders[si].id)
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
                    common::naive_position(
                        project,
                        session,
                        si,
                        pi,
                        options.carry_forward,
                        options.bloc_positions,
                    )
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
            assert_eq!(
                f.verdict == Verdict::TooFew,
                scores.len() < options.min_count(),
                "TooFew exactly below min_positions"
            );
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
    for options in [ON, OFF, V1, V1_OFF] {
        naive_matches(&project, options);
        naive_matches(&common::worked_example(), options);
    }
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
        blocs in any::<bool>(),
        edits in proptest::collection::vec((0u8..3, any::<prop::sample::Index>(), any::<prop::sample::Index>(), -2i8..=2), 1..6),
    ) {
        let options = AnalysisOptions { carry_forward: carry, bloc_positions: blocs, min_positions: 3 };
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
        analysis: treaty_tracker::analysis::AnalysisOptions::default(),
        include_confidential: true,
        generated_at: chrono::Utc::now(),
        csv: treaty_tracker::tables::CsvOptions::default(),
        lang: treaty_tracker::i18n::Lang::En,
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

// ---- Version 2: bloc positions and too few positions (docs/METHODOLOGY.md) ----

/// The worked example with the defaults of version 2, every figure by hand (the table in
/// docs/METHODOLOGY.md, "Worked example").
#[test]
fn worked_example_v2_at_s2() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    // Atlantis: P1 + via NG (NG's S2 statement is later than its own S1 ++), P2 ~ (its own
    // 4 April statements beat NG's undated one, counted on 3 April), P3 + via NG:
    // (1·1 + 1·0 + 2·1) / (2·4) = 3/8.
    close(a.stakeholder(S2, ATL).alignment, 0.375);
    close(a.stakeholder(S2, ATL).coverage, 1.0);
    // Borduria: P1 + via NG, P2 + via NG, P3 −− own (same day as NG's: own first):
    // (1 + 1 − 4) / 8 = −1/4.
    close(a.stakeholder(S2, BOR).alignment, -0.25);
    close(a.stakeholder(S2, BOR).coverage, 1.0);
    close(a.stakeholder(S2, CW).alignment, 0.5);
    close(a.stakeholder(S2, CW).coverage, 0.25);
    close(a.stakeholder(S2, NG).alignment, 0.5);
    let bloc = a.bloc_aggregate(&project, S2, NG).expect("a bloc");
    close(bloc.own, 0.5);
    close(bloc.members_mean, (0.375 - 0.25) / 2.0);

    // P1: +1, +1, +1 (ATL and BOR via NG, CW carried): n = 3 = min_positions.
    let p1 = a.principle(S2, P1);
    assert_eq!((p1.in_scope, p1.n), (3, 3));
    close(p1.support_share, 1.0);
    close(p1.opposition_share, 0.0);
    close(p1.mean_score, 0.5);
    close(p1.gap, 0.25);
    close(p1.consensus, 1.0);
    assert_eq!(p1.verdict, Verdict::BroadSupport);
    // P2: ATL 0, BOR +1: n = 2 < 3, too few; the figures are there all the same.
    let p2 = a.principle(S2, P2);
    assert_eq!(p2.n, 2);
    assert_eq!(p2.verdict, Verdict::TooFew);
    close(p2.support_share, 0.5);
    close(p2.neutral_share, 0.5);
    close(p2.silence_share, 1.0 / 3.0);
    close(p2.mean_score, 0.25);
    close(p2.gap, 0.375);
    close(p2.consensus, 0.75);
    // P3: ATL +1 via NG, BOR −2: n = 2, too few (it would read Contested).
    let p3 = a.principle(S2, P3);
    assert_eq!(p3.verdict, Verdict::TooFew);
    close(p3.mean_score, -0.25);
    close(p3.gap, 0.625);
    close(p3.consensus, 0.25);

    // Shifts S1 → S2: BOR P1 −1 → +1 (+2), BOR P3 0 → −2 (−2), ATL P1 +2 → +1 (−1),
    // ATL P2 +1 → 0 (−1); new: ATL P3 and BOR P2 (inherited), NG's three.
    let shifts = a.shifts(&project, S1, S2);
    let moved: Vec<(usize, usize, i8)> = shifts
        .moved
        .iter()
        .map(|s| (s.stakeholder, s.principle, s.delta))
        .collect();
    assert_eq!(
        moved,
        vec![(BOR, P1, 2), (BOR, P3, -2), (ATL, P1, -1), (ATL, P2, -1)]
    );
    assert!(shifts.moved[0].to.inherited && !shifts.moved[0].from.inherited);
    let new: Vec<(usize, usize)> = shifts
        .new
        .iter()
        .map(|n| (n.stakeholder, n.principle))
        .collect();
    assert_eq!(
        new,
        vec![(ATL, P3), (BOR, P2), (NG, P1), (NG, P2), (NG, P3)]
    );
}

/// On the same session and day a member's own statement beats its bloc's, whatever the time
/// each was logged; a bloc statement on a later day wins.
#[test]
fn own_statement_beats_the_bloc_on_the_same_day() {
    let mut project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    // BOR's −− (undated: 3 April, logged 5 April 12:00) against NG's + (undated: 3 April,
    // logged 16:00, later): BOR's own wins.
    let bor = a.position(S2, BOR, P3).expect("a position");
    assert_eq!(bor.stance, Stance::StronglyOpposes);
    assert!(!bor.inherited);
    assert_eq!(a.via(&project, &bor), None);
    // ATL's P1 comes from NG's statement, delivered by ATL: inherited, via NG.
    let atl = a.position(S2, ATL, P1).expect("a position");
    assert!(atl.inherited && !atl.carried);
    assert_eq!(a.via(&project, &atl), Some(NG));
    // NG's statement dated the last day (5 April): now later than BOR's, it wins.
    let ng = project
        .statements
        .iter()
        .position(|s| s.stakeholder == "NG")
        .expect("NG's statement");
    project.statements[ng].date = chrono::NaiveDate::from_ymd_opt(2023, 4, 5);
    let b = ProjectAnalysis::compute(&project, ON);
    let bor = b.position(S2, BOR, P3).expect("a position");
    assert_eq!(bor.stance, Stance::Supports);
    assert!(bor.inherited);
    // With bloc positions off, the members' own statements alone (version 1 figures).
    let off = ProjectAnalysis::compute(
        &common::worked_example(),
        AnalysisOptions {
            bloc_positions: false,
            ..ON
        },
    );
    assert_eq!(
        off.position(S2, BOR, P1).map(|p| (p.stance, p.carried)),
        Some((Stance::Opposes, true))
    );
    assert_eq!(off.position(S2, BOR, P2), None);
    close(off.stakeholder(S2, BOR).alignment, -5.0 / 6.0);
}

/// A bloc that is a member of a larger bloc: the larger bloc's statements count for the
/// smaller one and for its members; a cycle of blocs ends where it closes.
#[test]
fn nested_blocs_pass_positions_down() {
    let mut project = common::worked_example();
    // A wider group with Northern Group and Civic Watch among its members.
    let mut wide = project.stakeholders[NG].clone();
    wide.id = "WIDE".to_owned();
    wide.name = "Wide Group".to_owned();
    wide.members = vec!["NG".to_owned(), "CW".to_owned()];
    project.stakeholders.push(wide);
    let mut statement = project.statements[6].clone();
    statement.id = "01GPEXAMP1E0000000000000S8".to_owned();
    statement.stakeholder = "WIDE".to_owned();
    statement.delivered_by = None;
    statement.date = chrono::NaiveDate::from_ymd_opt(2023, 4, 5);
    statement.stances = project_stances(&[("P2", Stance::StronglyOpposes)]);
    project.statements.push(statement);
    let a = ProjectAnalysis::compute(&project, ON);
    // 5 April, later than everything else on P2 at S2: ATL and BOR (through NG), NG and CW.
    for who in [ATL, BOR, CW, NG] {
        let p = a.position(S2, who, P2).expect("a position");
        assert_eq!(p.stance, Stance::StronglyOpposes, "stakeholder {who}");
        assert!(p.inherited);
        assert_eq!(a.via(&project, &p), Some(4));
    }
    // P2 now: ATL −2, BOR −2, CW −2: n = 3, broad opposition.
    assert_eq!(a.principle(S2, P2).verdict, Verdict::BroadOpposition);
    close(a.principle(S2, P2).mean_score, -1.0);
    // A cycle (WIDE lists NG, NG lists WIDE) is cut where it closes.
    project.stakeholders[NG].members.push("WIDE".to_owned());
    let b = ProjectAnalysis::compute(&project, ON);
    assert_eq!(b.inherits_from(NG), &[4]);
    assert_eq!(b.inherits_from(4), &[NG]);
    naive_matches(&project, ON);
}

/// A position can be both carried and inherited: at a third session with nothing said, the
/// members keep what their bloc said at the second.
#[test]
fn a_position_can_be_carried_and_inherited() {
    let mut project = common::worked_example();
    let mut s3 = project.sessions[S2].clone();
    s3.id = "S3".to_owned();
    s3.name = "Third session".to_owned();
    s3.start = chrono::NaiveDate::from_ymd_opt(2023, 9, 4).expect("date");
    s3.end = None;
    project.sessions.push(s3);
    let a = ProjectAnalysis::compute(&project, ON);
    let p = a.position(2, ATL, P3).expect("a position");
    assert_eq!(p.stance, Stance::Supports);
    assert!(p.carried && p.inherited);
    assert_eq!((p.from_session, a.via(&project, &p)), (S2, Some(NG)));
    // Without carry-forward nothing was said at S3.
    let off = ProjectAnalysis::compute(&project, OFF);
    assert_eq!(off.position(2, ATL, P3), None);
    // Bloc positions and carry-forward together give the same figures at S3 as at S2.
    close(a.stakeholder(2, ATL).alignment, 0.375);
}

/// The `TooFew` boundary: n = `min_positions` − 1 is too few, n = `min_positions` gets a verdict.
#[test]
fn too_few_positions_at_the_boundary() {
    // [--, -, ~, +, ++]
    let two = PrincipleFigures::from_counts(61, [0, 0, 0, 2, 0], 3);
    assert_eq!(two.verdict, Verdict::TooFew);
    assert_eq!(two.n, 2);
    close(two.mean_score, 0.5);
    close(two.silence_share, 59.0 / 61.0);
    let three = PrincipleFigures::from_counts(61, [0, 0, 0, 3, 0], 3);
    assert_eq!(three.verdict, Verdict::BroadSupport);
    // Silent comes first: nobody is not "too few".
    assert_eq!(
        PrincipleFigures::from_counts(61, [0; 5], 3).verdict,
        Verdict::Silent
    );
    // min_positions 0 and 1 give a verdict from a single position.
    for min in [0, 1] {
        assert_eq!(
            PrincipleFigures::from_counts(61, [0, 0, 0, 1, 0], min).verdict,
            Verdict::BroadSupport
        );
    }
    // In the worked example at S2: P2 has 2 positions. With min_positions 2 it gets a verdict.
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(
        &project,
        AnalysisOptions {
            min_positions: 2,
            ..ON
        },
    );
    assert_eq!(a.principle(S2, P2).verdict, Verdict::LeaningSupport);
    assert_eq!(a.principle(S2, P3).verdict, Verdict::Contested);
}

/// Editing a bloc's statement changes its members' positions: the incremental update follows.
#[test]
fn editing_a_bloc_statement_updates_its_members() {
    let mut project = common::worked_example();
    let mut analysis = ProjectAnalysis::compute(&project, ON);
    let old = project.statements[6].clone();
    project.statements[6]
        .stances
        .insert("P1".to_owned(), Stance::StronglyOpposes);
    analysis.update_statement(&project, StatementEdit::Changed(6, &old));
    assert_eq!(analysis, ProjectAnalysis::compute(&project, ON));
    assert_eq!(
        analysis.position(S2, ATL, P1).map(|p| p.stance),
        Some(Stance::StronglyOpposes)
    );
    let removed = project.statements.remove(6);
    analysis.update_statement(&project, StatementEdit::Removed(6, &removed));
    assert_eq!(analysis, ProjectAnalysis::compute(&project, ON));
    assert_eq!(
        analysis.position(S2, ATL, P1).map(|p| p.stance),
        Some(Stance::StronglySupports)
    );
}

/// The rest of the worked example under the defaults of version 2 (docs/METHODOLOGY.md):
/// agreement at S2, S1 with too few positions, and carry-forward off.
#[test]
fn worked_example_v2_agreement_s1_and_carry_forward_off() {
    let project = common::worked_example();
    let a = ProjectAnalysis::compute(&project, ON);
    // ATL (+1, 0, +1) against BOR (+1, +1, −2): |0| + |1| + |3| = 4 over 3 in common.
    let ab = a.agreement(S2, ATL, BOR);
    assert_eq!(ab.in_common, 3);
    close(ab.value, 1.0 - (4.0 / 3.0) / 4.0);
    close(a.agreement(S2, ATL, CW).value, 1.0);
    assert_eq!(a.agreement(S2, BOR, CW).in_common, 1);
    close(a.agreement(S2, BOR, CW).value, 1.0);
    // S1: nothing to inherit yet. P1 (2, −1, 1) contested; P2 and P3 one position each.
    assert_eq!(a.principle(S1, P1).verdict, Verdict::Contested);
    close(a.principle(S1, P1).mean_score, 1.0 / 3.0);
    assert_eq!(a.principle(S1, P2).verdict, Verdict::TooFew);
    assert_eq!(a.principle(S1, P3).verdict, Verdict::TooFew);
    close(a.principle(S1, P2).mean_score, 0.5);
    close(a.stakeholder(S1, ATL).alignment, 0.75);
    close(
        a.bloc_aggregate(&project, S1, NG)
            .and_then(|b| b.members_mean),
        7.0 / 24.0,
    );
    // Carry-forward off at S2: CW said nothing there; P1 has ATL and BOR (via NG): too few.
    let off = ProjectAnalysis::compute(&project, OFF);
    assert_eq!(off.stakeholder(S2, CW).alignment, None);
    let p1 = off.principle(S2, P1);
    assert_eq!((p1.n, p1.verdict), (2, Verdict::TooFew));
    close(p1.mean_score, 0.5);
    close(off.stakeholder(S2, ATL).alignment, 0.375);
    // Bloc positions off at S2: P2 and P3 have one position each.
    let v1 = ProjectAnalysis::compute(
        &project,
        AnalysisOptions {
            bloc_positions: false,
            ..ON
        },
    );
    assert_eq!(v1.principle(S2, P1).verdict, Verdict::Contested);
    assert_eq!(v1.principle(S2, P2).verdict, Verdict::TooFew);
    assert_eq!(v1.principle(S2, P3).verdict, Verdict::TooFew);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The coalition map's two axes come from the Lanczos method: its two largest eigenvalues
    /// are those Jacobi rotations of the whole matrix find, and each vector is a unit
    /// eigenvector (small residual), on random symmetric matrices, some of low rank as
    /// double-centred agreement matrices often are.
    #[test]
    fn lanczos_finds_the_two_largest_eigenpairs(
        n in 2usize..40,
        rank in 1usize..40,
        seed in any::<u64>(),
    ) {
        use treaty_tracker::analysis::{top_eigenpairs_by_lanczos, top_eigenvalues_by_jacobi};
        // B = Σ ±x·xᵀ over `rank` random vectors: symmetric, of rank up to `rank`, with
        // eigenvalues of both signs.
        let mut state = seed | 1;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 2001) as f64 / 1000.0 - 1.0
        };
        let mut b = vec![0.0; n * n];
        for r in 0..rank.min(n) {
            let x: Vec<f64> = (0..n).map(|_| next()).collect();
            let sign = if r % 3 == 2 { -1.0 } else { 1.0 };
            for i in 0..n {
                for j in 0..n {
                    b[i * n + j] += sign * x[i] * x[j];
                }
            }
        }
        let scale = b.iter().map(|x| x.abs()).fold(0.0, f64::max).max(1e-9) * n as f64;
        let expected = top_eigenvalues_by_jacobi(&b, n, 2);
        let found = top_eigenpairs_by_lanczos(&b, n, 2);
        prop_assert_eq!(found.len(), expected.len().min(n));
        for ((lambda, x), want) in found.iter().zip(&expected) {
            prop_assert!((lambda - want).abs() <= 1e-8 * scale, "{} vs {}", lambda, want);
            let norm = x.iter().map(|v| v * v).sum::<f64>().sqrt();
            prop_assert!((norm - 1.0).abs() < 1e-9);
            for i in 0..n {
                let bx: f64 = (0..n).map(|j| b[i * n + j] * x[j]).sum();
                prop_assert!((bx - lambda * x[i]).abs() <= 1e-7 * scale, "residual at {}", i);
            }
        }
    }
}
