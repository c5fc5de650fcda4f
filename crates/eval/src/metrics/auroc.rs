use super::{check, descending_groups};
use crate::EvalError;

/// One group of equal scores in a walk from the highest score down: its anomalies and normal
/// samples, the normal samples below it and the anomalies above it.
struct Group {
    anomalies: f64,
    normals: f64,
    normals_below: f64,
    anomalies_above: f64,
}

/// Calls `visit` for each group of equal scores, from the highest score down.
fn walk_groups(
    scores: &[f32],
    anomalous: &[bool],
    negatives: usize,
    mut visit: impl FnMut(&Group),
) {
    let (order, groups) = descending_groups(scores);
    let mut g = Group {
        anomalies: 0.0,
        normals: 0.0,
        normals_below: negatives as f64,
        anomalies_above: 0.0,
    };
    for range in groups {
        g.anomalies_above += g.anomalies;
        g.anomalies = order[range.clone()]
            .iter()
            .filter(|&&i| anomalous[i])
            .count() as f64;
        g.normals = range.len() as f64 - g.anomalies;
        g.normals_below -= g.normals;
        visit(&g);
    }
}

/// Area under the ROC curve, equal to scikit-learn's `roc_auc_score`: the probability that a
/// random anomaly scores above a random normal sample, ties counting one half.
pub fn auroc(scores: &[f32], anomalous: &[bool]) -> Result<f64, EvalError> {
    let (positives, negatives) = check(scores, anomalous)?;
    // Each anomaly in a group beats every normal sample below the group and ties with the
    // normal samples inside it.
    let mut wins = 0.0;
    walk_groups(scores, anomalous, negatives, |g| {
        wins += g.anomalies * (g.normals_below + 0.5 * g.normals);
    });
    Ok(wins / (positives as f64 * negatives as f64))
}

/// AUROC and its standard error by DeLong's method (DeLong, DeLong & Clarke-Pearson 1988, as
/// R's pROC computes it): each anomaly's share of wins over the normal samples, V10, and each
/// normal sample's share of losses to the anomalies, V01, both averaging to the AUROC; the
/// variance is var(V10)/m + var(V01)/n. The error is `None` when either class has fewer than
/// two samples.
pub fn auroc_delong(scores: &[f32], anomalous: &[bool]) -> Result<(f64, Option<f64>), EvalError> {
    let (positives, negatives) = check(scores, anomalous)?;
    let (m, n) = (positives as f64, negatives as f64);
    let (mut v10, mut v01) = (Vec::with_capacity(positives), Vec::with_capacity(negatives));
    walk_groups(scores, anomalous, negatives, |g| {
        // Within a group every anomaly ties with every normal sample: one half each.
        let won = (g.normals_below + 0.5 * g.normals) / n;
        let lost = (g.anomalies_above + 0.5 * g.anomalies) / m;
        v10.extend(std::iter::repeat_n(won, g.anomalies as usize));
        v01.extend(std::iter::repeat_n(lost, g.normals as usize));
    });
    let auc = v10.iter().sum::<f64>() / m;
    if positives < 2 || negatives < 2 {
        return Ok((auc, None));
    }
    let var = |v: &[f64]| v.iter().map(|x| (x - auc).powi(2)).sum::<f64>() / (v.len() - 1) as f64;
    Ok((auc, Some((var(&v10) / m + var(&v01) / n).sqrt())))
}

/// The 95 % confidence interval of the AUROC from DeLong's standard error, AUROC ± 1.96 se,
/// clipped to [0, 1]; `None` when either class has fewer than two samples.
pub fn auroc_ci95(scores: &[f32], anomalous: &[bool]) -> Result<Option<[f64; 2]>, EvalError> {
    const Z: f64 = 1.959_963_984_540_054;
    let (auc, se) = auroc_delong(scores, anomalous)?;
    Ok(se.map(|se| [(auc - Z * se).max(0.0), (auc + Z * se).min(1.0)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delong_standard_error_hand_computed_with_ties() {
        // Anomalies 0.35, 0.8, 0.4 win 1/3, 1, 2/3 over the normals 0.1, 0.4, 0.4, which lose
        // 1, 1/2, 1/2: var(V10) = 1/9, var(V01) = 1/12, se² = 1/27 + 1/36 = 7/108.
        let labels = [false, false, true, true, false, true];
        let scores = [0.1, 0.4, 0.35, 0.8, 0.4, 0.4];
        let (auc, se) = auroc_delong(&scores, &labels).unwrap();
        assert!((auc - 2.0 / 3.0).abs() < 1e-12);
        assert!((se.unwrap() - (7.0f64 / 108.0).sqrt()).abs() < 1e-12);
        let [lo, hi] = auroc_ci95(&scores, &labels).unwrap().unwrap();
        assert!((hi - 1.0).abs() < 1e-12 && (lo - (2.0 / 3.0 - 1.96 * 0.254588)).abs() < 1e-4);
        // A perfect ranking has no spread; a single anomaly no standard error.
        assert_eq!(
            auroc_delong(&[0.1, 0.2, 0.8, 0.9], &[false, false, true, true]).unwrap(),
            (1.0, Some(0.0))
        );
        assert_eq!(
            auroc_ci95(&[0.1, 0.2, 0.9], &[false, false, true]).unwrap(),
            None
        );
    }

    #[test]
    fn delong_matches_the_midrank_reference() {
        // The fast DeLong of Sun & Xu (2014) as yandex/roc_comparison writes it in NumPy, on
        // these 12 scores with ties: AUROC 0.7777777777777776, se 0.13833221775543036.
        let scores = [0.3, 0.9, 0.5, 0.5, 0.1, 0.7, 0.5, 0.2, 0.8, 0.4, 0.6, 0.5];
        let labels = [1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1].map(|l| l == 1);
        let (auc, se) = auroc_delong(&scores, &labels).unwrap();
        assert!((auc - 0.777_777_777_777_777_6).abs() < 1e-12, "{auc}");
        assert!(
            (se.unwrap() - 0.138_332_217_755_430_36).abs() < 1e-12,
            "{se:?}"
        );
    }

    #[test]
    fn perfect_and_reversed_rankings() {
        let labels = [false, false, true, true];
        assert_eq!(auroc(&[0.1, 0.2, 0.3, 0.4], &labels).unwrap(), 1.0);
        assert_eq!(auroc(&[0.4, 0.3, 0.2, 0.1], &labels).unwrap(), 0.0);
    }

    #[test]
    fn hand_computed_with_ties() {
        // sklearn.metrics.roc_auc_score([0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.35, 0.8, 0.4, 0.4])
        // = 0.6666666666666667
        let labels = [false, false, true, true, false, true];
        let scores = [0.1, 0.4, 0.35, 0.8, 0.4, 0.4];
        assert!((auroc(&scores, &labels).unwrap() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn all_tied_is_one_half() {
        assert_eq!(auroc(&[1.0; 4], &[true, false, true, false]).unwrap(), 0.5);
    }

    #[test]
    fn one_class_is_an_error() {
        assert!(matches!(
            auroc(&[0.1, 0.2], &[true, true]),
            Err(EvalError::OneClass { .. })
        ));
    }

    #[test]
    fn nan_is_an_error() {
        assert!(matches!(
            auroc(&[f32::NAN, 0.2], &[true, false]),
            Err(EvalError::NonFinite { index: 0 })
        ));
    }
}
