//! `report --format json`: the schema of METHODOLOGY.md, keys in the documented order.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::analysis::ProjectAnalysis;
use crate::model::Project;

/// The whole JSON report.
#[derive(Clone, Debug, Serialize)]
pub struct JsonReport {
    /// Project title.
    pub project: String,
    /// Framework name.
    pub framework: String,
    /// Session id.
    pub session: String,
    /// Whether positions were carried forward.
    pub carry_forward: bool,
    /// Whether blocs' statements counted for their members.
    pub bloc_positions: bool,
    /// Below this many positions a principle's verdict is `TooFew`.
    pub min_positions: u32,
    /// Whether confidential statements were counted in the figures (off unless asked).
    pub confidential_counted: bool,
    /// Every stakeholder, in file order.
    pub stakeholders: Vec<JsonStakeholder>,
    /// Every principle, in file order.
    pub principles: Vec<JsonPrinciple>,
    /// Shifts against the previous session in chronological order.
    pub shifts: Vec<JsonShift>,
    /// When the report was made, RFC 3339.
    pub generated_at: String,
}

/// One stakeholder in the JSON report.
#[derive(Clone, Debug, Serialize)]
pub struct JsonStakeholder {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind (`State`, `Bloc`, …).
    pub kind: &'static str,
    /// Alignment in -1..=1, `null` when undefined.
    pub alignment: Option<f64>,
    /// Coverage in 0..=1, `null` when undefined.
    pub coverage: Option<f64>,
}

/// One principle in the JSON report.
#[derive(Clone, Debug, Serialize)]
pub struct JsonPrinciple {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Stakeholders in scope with a position.
    pub n: usize,
    /// Share supporting.
    pub support_share: Option<f64>,
    /// Share mixed.
    pub neutral_share: Option<f64>,
    /// Share opposing.
    pub opposition_share: Option<f64>,
    /// Share silent.
    pub silence_share: Option<f64>,
    /// Mean score / 2.
    pub mean_score: Option<f64>,
    /// Gap to the framework.
    pub gap: Option<f64>,
    /// Consensus.
    pub consensus: Option<f64>,
    /// Verdict name.
    pub verdict: &'static str,
}

/// One shift in the JSON report.
#[derive(Clone, Debug, Serialize)]
pub struct JsonShift {
    /// Stakeholder id.
    pub stakeholder: String,
    /// Principle id.
    pub principle: String,
    /// Id of the previous session.
    pub from_session: String,
    /// Id of the reported session.
    pub to_session: String,
    /// Stance at the previous session (file-format name).
    pub from: &'static str,
    /// Stance at the reported session.
    pub to: &'static str,
    /// Score difference, `to - from`.
    pub delta: i8,
}

/// The JSON report as a value, for callers that want to inspect it.
pub fn json_report(
    project: &Project,
    analysis: &ProjectAnalysis,
    session: usize,
    confidential_counted: bool,
    generated_at: DateTime<Utc>,
) -> JsonReport {
    let stakeholders = project
        .stakeholders
        .iter()
        .enumerate()
        .map(|(a, s)| {
            let figures = analysis.stakeholder(session, a);
            JsonStakeholder {
                id: s.id.clone(),
                name: s.name.clone(),
                kind: s.kind.name(),
                alignment: figures.alignment,
                coverage: figures.coverage,
            }
        })
        .collect();
    let principles = project
        .principles
        .iter()
        .enumerate()
        .map(|(p, principle)| {
            let f = analysis.principle(session, p);
            JsonPrinciple {
                id: principle.id.clone(),
                title: principle.title.clone(),
                n: f.n,
                support_share: f.support_share,
                neutral_share: f.neutral_share,
                opposition_share: f.opposition_share,
                silence_share: f.silence_share,
                mean_score: f.mean_score,
                gap: f.gap,
                consensus: f.consensus,
                verdict: f.verdict.name(),
            }
        })
        .collect();
    let shifts = match analysis.previous_session(session) {
        Some(previous) => analysis
            .shifts(project, previous, session)
            .moved
            .into_iter()
            .map(|shift| JsonShift {
                stakeholder: project.stakeholders[shift.stakeholder].id.clone(),
                principle: project.principles[shift.principle].id.clone(),
                from_session: project.sessions[previous].id.clone(),
                to_session: project.sessions[session].id.clone(),
                from: shift.from.stance.name(),
                to: shift.to.stance.name(),
                delta: shift.delta,
            })
            .collect(),
        None => Vec::new(),
    };
    JsonReport {
        project: project.title.clone(),
        framework: project.framework.name.clone(),
        session: project
            .sessions
            .get(session)
            .map(|s| s.id.clone())
            .unwrap_or_default(),
        carry_forward: analysis.options().carry_forward,
        bloc_positions: analysis.options().bloc_positions,
        min_positions: analysis.options().min_positions,
        confidential_counted,
        stakeholders,
        principles,
        shifts,
        generated_at: generated_at.to_rfc3339_opts(SecondsFormat::Secs, true),
    }
}

/// The JSON report as pretty-printed text, ending with a newline.
pub fn json(
    project: &Project,
    analysis: &ProjectAnalysis,
    session: usize,
    confidential_counted: bool,
    generated_at: DateTime<Utc>,
) -> String {
    let report = json_report(
        project,
        analysis,
        session,
        confidential_counted,
        generated_at,
    );
    // Serialising plain structs of strings, numbers and options cannot fail; fall back to an
    // empty object rather than panic if serde_json ever says otherwise.
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".to_owned());
    text.push('\n');
    text
}
