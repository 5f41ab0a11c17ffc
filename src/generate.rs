//! Synthetic projects for benchmarks and demos, shaped like real negotiations: most actors
//! speak rarely and on a few principles, a few blocs and states speak often, and positions
//! drift over the sessions. Deterministic: the same options give the same project.

use chrono::{Duration, NaiveDate, NaiveTime};

use crate::model::{
    Confidence, FORMAT_VERSION, Framework, Principle, Project, Session, SessionKind, Source,
    SourceKind, Stakeholder, StakeholderKind, Stance, Statement, Treaty, UnRegion,
};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Stakeholders in total (states, organisations and a few blocs).
    pub stakeholders: usize,
    /// Principles.
    pub principles: usize,
    /// Sessions.
    pub sessions: usize,
    /// Statements.
    pub statements: usize,
    /// Seed of the pseudo-random sequence.
    pub seed: u64,
}

/// Largest number of statements `generate` accepts (statement ids carry a 24-bit counter).
pub const MAX_STATEMENTS: usize = 10_000_000;

/// Largest number of stakeholders or principles `generate` accepts.
pub const MAX_ENTITIES: usize = 100_000;

/// Largest number of sessions `generate` accepts.
pub const MAX_SESSIONS: usize = 1_000;

/// `SplitMix64`: small, fast and the same on every platform, so the same seed gives the same
/// bytes everywhere.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        let n64 = u64::try_from(n).unwrap_or(u64::MAX).max(1);
        usize::try_from(self.next_u64() % n64).unwrap_or(0)
    }

    /// Roughly normal with mean 0 and deviation 1 (sum of uniforms).
    fn normal(&mut self) -> f64 {
        (0..4)
            .map(|_| self.unit())
            .sum::<f64>()
            .mul_add(3.0_f64.sqrt(), -2.0 * 3.0_f64.sqrt())
    }
}

const REGIONS: [UnRegion; 5] = [
    UnRegion::African,
    UnRegion::AsiaPacific,
    UnRegion::EasternEuropean,
    UnRegion::LatinAmericanCaribbean,
    UnRegion::WesternEuropeanOthers,
];

const NON_STATE_KINDS: [StakeholderKind; 5] = [
    StakeholderKind::CivilSociety,
    StakeholderKind::PrivateSector,
    StakeholderKind::Academia,
    StakeholderKind::TechnicalCommunity,
    StakeholderKind::IntergovernmentalOrg,
];

fn score_to_stance(score: f64) -> Stance {
    // Rounded and clamped to -2..=2, so the conversion cannot fail.
    #[expect(clippy::cast_possible_truncation, reason = "clamped to -2..=2 first")]
    let rounded = score.round().clamp(-2.0, 2.0) as i8;
    Stance::from_score(rounded).unwrap_or(Stance::Mixed)
}

/// Generates a valid project.
///
/// # Errors
/// A message when the options cannot make a valid project (no principle or session, or
/// statements without any stakeholder, or more than [`MAX_STATEMENTS`]).
pub fn generate(options: &GenerateOptions) -> Result<Project, String> {
    if options.principles == 0 {
        return Err("--principles must be at least 1".to_owned());
    }
    if options.sessions == 0 {
        return Err("--sessions must be at least 1".to_owned());
    }
    if options.statements > 0 && options.stakeholders == 0 {
        return Err("statements need at least one stakeholder (--stakeholders)".to_owned());
    }
    if options.statements > MAX_STATEMENTS {
        return Err(format!("--statements must be at most {MAX_STATEMENTS}"));
    }
    for (name, value) in [
        ("--stakeholders", options.stakeholders),
        ("--principles", options.principles),
    ] {
        if value > MAX_ENTITIES {
            return Err(format!("{name} must be at most {MAX_ENTITIES}"));
        }
    }
    if options.sessions > MAX_SESSIONS {
        // Sessions are two to four months apart: a thousand span three centuries already.
        return Err(format!("--sessions must be at most {MAX_SESSIONS}"));
    }
    let cells = options
        .stakeholders
        .saturating_mul(options.principles)
        .saturating_mul(options.sessions);
    if cells > crate::analysis::MAX_CELLS {
        return Err(format!(
            "stakeholders × principles × sessions must be at most {} so that the project can be analysed",
            crate::analysis::MAX_CELLS
        ));
    }
    let mut rng = Rng(options.seed);
    let mut project = Project::new(format!(
        "Generated negotiation (seed {}, {} statements)",
        options.seed, options.statements
    ));
    project.format_version = FORMAT_VERSION;
    project.treaty = Treaty {
        name: "Synthetic convention".to_owned(),
        short_name: Some("Synthetic".to_owned()),
        description: Some(
            "Generated by `treaty-tracker generate` for tests and benchmarks.".to_owned(),
        ),
    };
    project.framework = Framework {
        name: "Synthetic principles".to_owned(),
        source: None,
    };
    let groups = ["Scope", "Safeguards", "Process"];
    project.principles = (0..options.principles)
        .map(|i| Principle {
            id: format!("P{}", i + 1),
            title: format!("Principle {}", i + 1),
            group: groups[i % groups.len()].to_owned(),
            description: String::new(),
            weight: if i % 7 == 6 { 2.0 } else { 1.0 },
        })
        .collect();

    // Sessions: an organizational session, then formal sessions with the odd intersessional
    // consultation, two to four months apart.
    let mut start = NaiveDate::from_ymd_opt(2022, 2, 28).unwrap_or_default();
    let mut session_spans = Vec::with_capacity(options.sessions);
    for i in 0..options.sessions {
        let (kind, days) = if i == 0 {
            (SessionKind::Organizational, 3)
        } else if i % 4 == 3 {
            (SessionKind::Intersessional, 2)
        } else {
            (SessionKind::Formal, 11)
        };
        let end = start + Duration::days(days - 1);
        project.sessions.push(Session {
            id: format!("S{:02}", i + 1),
            name: format!("Session {}", i + 1),
            kind,
            start,
            end: (days > 1).then_some(end),
            location: Some(if i % 2 == 0 { "New York" } else { "Vienna" }.to_owned()),
            draft: None,
            notes: None,
        });
        session_spans.push((start, days));
        start = end + Duration::days(60 + i64::try_from(rng.below(60)).unwrap_or(0));
    }

    // Stakeholders: mostly states, a fifth non-state, and one bloc per 25 stakeholders.
    let n = options.stakeholders;
    let num_blocs = if n >= 6 { (n / 25).max(1) } else { 0 };
    let num_non_state = (n - num_blocs) / 5;
    let num_states = n - num_blocs - num_non_state;
    for i in 0..num_states {
        project.stakeholders.push(Stakeholder {
            id: format!("S{:03}", i + 1),
            name: format!("State {}", i + 1),
            kind: StakeholderKind::State,
            region: Some(REGIONS[rng.below(REGIONS.len())]),
            members: Vec::new(),
            weight: 1.0,
            notes: None,
        });
    }
    for i in 0..num_non_state {
        project.stakeholders.push(Stakeholder {
            id: format!("O{:03}", i + 1),
            name: format!("Organisation {}", i + 1),
            kind: NON_STATE_KINDS[i % NON_STATE_KINDS.len()],
            region: None,
            members: Vec::new(),
            weight: 1.0,
            notes: None,
        });
    }
    for b in 0..num_blocs {
        // Contiguous slices of states, so members share a region-like neighbourhood.
        let size = (num_states / num_blocs).clamp(1, 30);
        let first = (b * size) % num_states.max(1);
        let members = (first..(first + size).min(num_states))
            .map(|i| format!("S{:03}", i + 1))
            .collect();
        project.stakeholders.push(Stakeholder {
            id: format!("B{:02}", b + 1),
            name: format!("Bloc {}", b + 1),
            kind: StakeholderKind::Bloc,
            region: None,
            members,
            weight: 1.0,
            notes: None,
        });
    }

    // A bloc of blocs, as a large group holds smaller ones: the last bloc also lists the first,
    // so that nested bloc positions are exercised (no draw from the generator: the rest of the
    // project is the same as without it).
    if num_blocs >= 2
        && let Some(last) = project.stakeholders.last_mut()
    {
        last.members.push("B01".to_owned());
    }

    // Each actor: a position on one axis that drifts, how often it speaks, and the principles
    // it cares about. Principles lean with or against the axis.
    let polarity: Vec<f64> = (0..options.principles)
        .map(|_| if rng.unit() < 0.75 { 1.0 } else { -1.0 } * (0.5 + rng.unit()))
        .collect();
    let mut axis: Vec<Vec<f64>> = Vec::with_capacity(n);
    let mut interests: Vec<Vec<usize>> = Vec::with_capacity(n);
    let mut activity: Vec<f64> = Vec::with_capacity(n);
    for (i, stakeholder) in project.stakeholders.iter().enumerate() {
        let mut x = rng.unit() * 2.0 - 1.0;
        let mut path = Vec::with_capacity(options.sessions);
        for _ in 0..options.sessions {
            path.push(x);
            x = (x + 0.15 * rng.normal()).clamp(-1.0, 1.0);
        }
        axis.push(path);
        let cares = if stakeholder.kind == StakeholderKind::Bloc {
            options.principles
        } else {
            (1 + rng.below(options.principles.div_ceil(3))).min(options.principles)
        };
        let mut chosen: Vec<usize> = (0..options.principles).collect();
        for j in 0..cares {
            let k = j + rng.below(options.principles - j);
            chosen.swap(j, k);
        }
        chosen.truncate(cares);
        chosen.sort_unstable();
        interests.push(chosen);
        let rank = i as f64 + 1.0;
        let boost = if stakeholder.kind == StakeholderKind::Bloc {
            8.0
        } else {
            1.0
        };
        activity.push(boost / rank.powf(0.8));
    }
    // Shuffle activity so that vocal actors are spread over the list, not the first states.
    for i in (1..activity.len()).rev() {
        let j = rng.below(i + 1);
        activity.swap(i, j);
    }
    let mut cumulative = Vec::with_capacity(n);
    let mut total = 0.0;
    for a in &activity {
        total += a;
        cumulative.push(total);
    }

    let sources = [
        SourceKind::Official,
        SourceKind::Observer,
        SourceKind::OwnNotes,
        SourceKind::AiSummary,
        SourceKind::Media,
    ];
    let confidences = [
        Confidence::High,
        Confidence::Medium,
        Confidence::Medium,
        Confidence::Low,
    ];
    let mut statements = Vec::with_capacity(options.statements);
    for i in 0..options.statements {
        let pick = rng.unit() * total;
        let a = cumulative.partition_point(|&c| c <= pick).min(n - 1);
        let k = rng.below(options.sessions);
        let (session_start, days) = session_spans[k];
        let date = session_start
            + Duration::days(
                i64::try_from(rng.below(usize::try_from(days).unwrap_or(1))).unwrap_or(0),
            );
        let minutes = i64::try_from(rng.below(8 * 60)).unwrap_or(0);
        let recorded_at = date
            .and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default())
            .and_utc()
            + Duration::minutes(minutes)
            + Duration::milliseconds(i64::try_from(i % 1000).unwrap_or(0));
        let mine = &interests[a];
        let count = (1 + rng.below(3)).min(mine.len());
        let mut stances = crate::model::Stances::new();
        for _ in 0..count {
            let p = mine[rng.below(mine.len())];
            let score = 2.0 * axis[a][k] * polarity[p] + 0.6 * rng.normal();
            stances.insert(project.principles[p].id.clone(), score_to_stance(score));
        }
        let timestamp = u64::try_from(recorded_at.timestamp_millis()).unwrap_or(0);
        let random = (u128::from(rng.next_u64()) << 24) | (i as u128);
        let stakeholder = &project.stakeholders[a];
        let summary = format!(
            "{} on {}.",
            stakeholder.name,
            stances
                .keys()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        );
        statements.push(Statement {
            id: ulid::Ulid::from_parts(timestamp, random).to_string(),
            stakeholder: stakeholder.id.clone(),
            session: project.sessions[k].id.clone(),
            date: Some(date),
            delivered_by: None,
            stances,
            summary,
            quote: None,
            articles: Vec::new(),
            source: Some(Source {
                kind: sources[rng.below(sources.len())],
                url: Some(format!("https://example.org/records/{}", i + 1)),
                title: None,
            }),
            confidence: confidences[rng.below(confidences.len())],
            confidential: rng.below(50) == 0,
            tags: Vec::new(),
            recorded_at,
            recorded_by: Some("generator".to_owned()),
        });
    }
    // Logged in the order they were heard.
    statements.sort_by(|x, y| {
        x.recorded_at
            .cmp(&y.recorded_at)
            .then_with(|| x.id.cmp(&y.id))
    });
    project.statements = statements;
    Ok(project)
}
