//! Threshold-free detection metrics. Scores: higher = more anomalous. Labels: `true` =
//! anomalous (the positive class).

mod ap;
mod auroc;
mod pixel;
mod roc;

pub use ap::average_precision;
pub use auroc::{auroc, auroc_ci95, auroc_delong};
pub use pixel::{
    PIXEL_GRID, PRO_FPR_LIMIT, PixelCurves, PixelMetrics, aupro, connected_regions, pixel_metrics,
};
pub use roc::{PrPoint, RocPoint, pr_curve, roc_curve};

use crate::EvalError;

/// Checks that there are as many scores as labels and that every score is finite.
pub(crate) fn check_aligned(scores: &[f32], labels: usize) -> Result<(), EvalError> {
    if scores.len() != labels {
        return Err(EvalError::Length {
            scores: scores.len(),
            labels,
        });
    }
    match scores.iter().position(|s| !s.is_finite()) {
        Some(index) => Err(EvalError::NonFinite { index }),
        None => Ok(()),
    }
}

/// Checks lengths, finiteness and that both classes are present; returns (positives, negatives).
pub(crate) fn check(scores: &[f32], anomalous: &[bool]) -> Result<(usize, usize), EvalError> {
    check_aligned(scores, anomalous.len())?;
    let positives = anomalous.iter().filter(|&&a| a).count();
    let negatives = anomalous.len() - positives;
    if positives == 0 || negatives == 0 {
        return Err(EvalError::OneClass {
            positives,
            negatives,
        });
    }
    Ok((positives, negatives))
}

/// Indices sorted by descending score, then groups of equal scores as `start..end` ranges.
pub(crate) fn descending_groups(scores: &[f32]) -> (Vec<usize>, Vec<std::ops::Range<usize>>) {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let mut groups = Vec::new();
    let mut start = 0;
    for i in 1..=order.len() {
        if i == order.len() || scores[order[i]] != scores[order[start]] {
            groups.push(start..i);
            start = i;
        }
    }
    (order, groups)
}
