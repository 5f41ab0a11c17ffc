//! The order of principles that the report and the gaps view share.

use super::ProjectAnalysis;

/// Principle indices at `session`, furthest from the framework first: largest gap, the silent
/// ones (no gap) last, ties in file order. The one ranking of the report's principles and of
/// the gaps view.
pub fn principles_by_gap(
    analysis: &ProjectAnalysis,
    num_principles: usize,
    session: usize,
) -> Vec<usize> {
    let gap = |p: usize| analysis.principle(session, p).gap;
    let mut order: Vec<usize> = (0..num_principles).collect();
    order.sort_by(|&a, &b| match (gap(a), gap(b)) {
        (Some(ga), Some(gb)) => gb.total_cmp(&ga).then(a.cmp(&b)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(&b),
    });
    order
}
