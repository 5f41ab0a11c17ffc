//! The figures of METHODOLOGY.md for one stakeholder or one principle at one session.

use serde::Serialize;

use crate::model::{Stance, StanceCounts};

/// What a principle's figures say about it, by the first rule of METHODOLOGY.md that applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Verdict {
    /// Nobody in scope has a position.
    Silent,
    /// Fewer than the method's `min_positions` have one: too few to read a verdict from.
    TooFew,
    /// At least a quarter support it and at least a quarter oppose it.
    Contested,
    /// Mean score at least +0.5.
    BroadSupport,
    /// Mean score above 0.
    LeaningSupport,
    /// Mean score at most -0.5.
    BroadOpposition,
    /// Mean score below 0.
    LeaningOpposition,
    /// Mean score exactly 0 without a contest.
    Mixed,
}

impl Verdict {
    /// Every verdict, in the order of the rules.
    pub const ALL: [Verdict; 8] = [
        Verdict::Silent,
        Verdict::TooFew,
        Verdict::Contested,
        Verdict::BroadSupport,
        Verdict::LeaningSupport,
        Verdict::BroadOpposition,
        Verdict::LeaningOpposition,
        Verdict::Mixed,
    ];

    /// The name written in reports (`BroadSupport`).
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Silent => "Silent",
            Verdict::TooFew => "TooFew",
            Verdict::Contested => "Contested",
            Verdict::BroadSupport => "BroadSupport",
            Verdict::LeaningSupport => "LeaningSupport",
            Verdict::BroadOpposition => "BroadOpposition",
            Verdict::LeaningOpposition => "LeaningOpposition",
            Verdict::Mixed => "Mixed",
        }
    }

    /// Words for people ("Broad support").
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Silent => "Silent",
            Verdict::TooFew => "Too few positions",
            Verdict::Contested => "Contested",
            Verdict::BroadSupport => "Broad support",
            Verdict::LeaningSupport => "Leaning support",
            Verdict::BroadOpposition => "Broad opposition",
            Verdict::LeaningOpposition => "Leaning opposition",
            Verdict::Mixed => "Mixed",
        }
    }
}

impl PrincipleFigures {
    /// The verdict in words, with the count beside "Too few positions" ("Too few positions
    /// (2 of 61)"): the figures of such a principle are shown, not hidden.
    pub fn verdict_words(&self) -> String {
        match self.verdict {
            Verdict::TooFew => {
                format!("{} ({} of {})", self.verdict.label(), self.n, self.in_scope)
            }
            other => other.label().to_owned(),
        }
    }
}

/// Alignment and coverage of one stakeholder at one session.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StakeholderFigures {
    /// `A(a,k)` in -1..=1; `None` without any position (or when the weights of the
    /// principles with a position sum to 0).
    pub alignment: Option<f64>,
    /// `C(a,k)` in 0..=1; `None` only when the weights of all principles sum to 0.
    pub coverage: Option<f64>,
    /// Number of principles with a position.
    pub positions: usize,
}

/// The figures of one principle at one session, over the stakeholders in scope.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrincipleFigures {
    /// Number of stakeholders in scope (`N`).
    pub in_scope: usize,
    /// Number of them with a position (`n`).
    pub n: usize,
    /// How many hold each stance.
    pub counts: StanceCounts,
    /// Share with a score above 0; `None` when n = 0.
    pub support_share: Option<f64>,
    /// Share with a score of 0 (Mixed); `None` when n = 0.
    pub neutral_share: Option<f64>,
    /// Share with a score below 0; `None` when n = 0.
    pub opposition_share: Option<f64>,
    /// `(N - n) / N`; `None` only when the scope is empty.
    pub silence_share: Option<f64>,
    /// Mean score divided by 2, in -1..=1; `None` when n = 0.
    pub mean_score: Option<f64>,
    /// `(1 - m) / 2`, in 0..=1; `None` when n = 0.
    pub gap: Option<f64>,
    /// `1 - sigma / 2`; `None` when n = 0.
    pub consensus: Option<f64>,
    /// The verdict.
    pub verdict: Verdict,
}

impl PrincipleFigures {
    /// Figures from the number of stakeholders in scope and the count of each score, by
    /// rising score (strong opposition first, as [`StanceCounts`]); below `min_positions`
    /// positions the verdict is [`Verdict::TooFew`] (the figures are computed all the same).
    ///
    /// The verdict thresholds are evaluated on integers (`4·supporters ≥ n`, `Σs ≥ n`, …) so
    /// that a value exactly on a boundary is never pushed across it by rounding.
    pub fn from_counts(
        in_scope: usize,
        counts: [usize; Stance::COUNT],
        min_positions: usize,
    ) -> Self {
        let counts = StanceCounts(counts);
        let n = counts.total();
        let silence_share =
            (in_scope > 0).then(|| (in_scope.saturating_sub(n)) as f64 / in_scope as f64);
        if n == 0 {
            return PrincipleFigures {
                in_scope,
                n,
                counts,
                support_share: None,
                neutral_share: None,
                opposition_share: None,
                silence_share,
                mean_score: None,
                gap: None,
                consensus: None,
                verdict: Verdict::Silent,
            };
        }
        let opposing = counts.opposing();
        let neutral = counts.neutral();
        let supporting = counts.supporting();
        let mut sum: i64 = 0;
        let mut sum_sq: i64 = 0;
        for (stance, count) in counts.iter() {
            let score = i64::from(stance.score());
            let count = i64::try_from(count).unwrap_or(i64::MAX);
            sum += count * score;
            sum_sq += count * score * score;
        }
        let nf = n as f64;
        let mean_raw = sum as f64 / nf;
        let variance = (sum_sq as f64 / nf - mean_raw * mean_raw).max(0.0);
        let sigma = variance.sqrt();
        let m = mean_raw / 2.0;
        let n_i = i64::try_from(n).unwrap_or(i64::MAX);
        let verdict = if n < min_positions {
            Verdict::TooFew
        } else if 4 * supporting >= n && 4 * opposing >= n {
            Verdict::Contested
        } else if sum >= n_i {
            Verdict::BroadSupport
        } else if sum > 0 {
            Verdict::LeaningSupport
        } else if sum <= -n_i {
            Verdict::BroadOpposition
        } else if sum < 0 {
            Verdict::LeaningOpposition
        } else {
            Verdict::Mixed
        };
        PrincipleFigures {
            in_scope,
            n,
            counts,
            support_share: Some(supporting as f64 / nf),
            neutral_share: Some(neutral as f64 / nf),
            opposition_share: Some(opposing as f64 / nf),
            silence_share,
            mean_score: Some(m),
            gap: Some((1.0 - m) / 2.0),
            consensus: Some(if n == 1 { 1.0 } else { 1.0 - sigma / 2.0 }),
            verdict,
        }
    }
}

/// Alignment and coverage from (weight, score) pairs of the principles with a position and
/// the total weight of all principles.
pub fn stakeholder_figures(
    positioned: impl IntoIterator<Item = (f64, i8)>,
    total_weight: f64,
) -> StakeholderFigures {
    let mut weighted = 0.0;
    let mut weight = 0.0;
    let mut positions = 0;
    for (w, s) in positioned {
        weighted += w * f64::from(s);
        weight += w;
        positions += 1;
    }
    let alignment = (positions > 0 && weight > 0.0).then(|| weighted / (2.0 * weight));
    let coverage = (total_weight > 0.0).then(|| weight / total_weight);
    StakeholderFigures {
        alignment,
        coverage,
        positions,
    }
}
