//! DRA's settings (Ding, Pang & Shen 2022): a few labelled anomalies, from every anomaly class
//! (general) or from one class (hard; the split's metrics then measure the unseen classes and
//! the seen class is scored apart).
//!
//! Labelled anomalies come from the *training* images of the anomaly classes when the source
//! has some (class-labelled data such as Fashion-MNIST), so the test split is untouched; for
//! sources whose anomalies exist only in the test split (MVTec-style `given` labels) they are
//! drawn from the test split and removed from it.

use std::collections::HashSet;

use swan_data::{Label, Sample};

use super::{EvalSplit, SeenClass, SplitMix64, class_order};

/// How one split's labelled anomalies are drawn.
pub(super) struct Setting {
    pub shots: usize,
    /// `Some` in the hard setting: how the seen class is chosen.
    pub hard: Option<SeenClass>,
    pub seed: u64,
}

/// Adds `shots` labelled anomalies to `split`. `training` lists the samples of the training
/// split (of the whole dataset).
pub(super) fn dra(
    samples: &[Sample],
    training: &[usize],
    mut split: EvalSplit,
    setting: Setting,
) -> Result<EvalSplit, String> {
    let mut rng = SplitMix64(setting.seed);
    let normal: HashSet<usize> = split.train.iter().copied().collect();
    let normal_class = split.train.first().and_then(|&i| samples[i].class.clone());
    // Training images that are not normal for this split: other classes, or labelled anomalies.
    let train_pool: Vec<usize> = training
        .iter()
        .copied()
        .filter(|i| !normal.contains(i))
        .filter(|&i| {
            samples[i].label == Label::Anomaly
                || (samples[i].label != Label::Normal
                    && samples[i].class.is_some()
                    && samples[i].class != normal_class)
        })
        .collect();
    let from_test = train_pool.is_empty();
    let candidates: Vec<usize> = if from_test {
        split
            .test
            .iter()
            .zip(&split.anomalous)
            .filter(|(_, a)| **a)
            .map(|(&i, _)| i)
            .collect()
    } else {
        train_pool
    };
    let class_of = |i: usize| samples[i].class.as_deref();
    let pool: Vec<usize> = match setting.hard {
        None => candidates,
        Some(choice) => {
            let mut classes: Vec<&str> = candidates.iter().filter_map(|&i| class_of(i)).collect();
            classes.sort_by_key(|c| class_order(c));
            classes.dedup();
            if classes.len() < 2 {
                return Err(format!(
                    "split {}: the hard setting needs two anomaly classes, found {classes:?}",
                    split.name
                ));
            }
            let seen = match (choice, normal_class.as_deref()) {
                (SeenClass::Next, Some(c)) => {
                    // The first anomaly class after the normal one, cyclically.
                    let after = classes.iter().find(|&&a| class_order(a) > class_order(c));
                    after.copied().unwrap_or(classes[0]).to_string()
                }
                _ => classes[rng.below(classes.len())].to_string(),
            };
            split.seen = split
                .test
                .iter()
                .map(|&i| class_of(i) == Some(seen.as_str()))
                .collect();
            let pool = candidates
                .into_iter()
                .filter(|&i| class_of(i) == Some(seen.as_str()))
                .collect();
            split.seen_class = Some(seen);
            pool
        }
    };
    if pool.len() < setting.shots {
        return Err(format!(
            "split {}: {} anomalies available for {} shots",
            split.name,
            pool.len(),
            setting.shots
        ));
    }
    let mut pool = pool;
    pool.sort_unstable();
    rng.shuffle(&mut pool);
    let chosen: Vec<usize> = pool[..setting.shots].to_vec();
    if from_test {
        let removed: HashSet<usize> = chosen.iter().copied().collect();
        let keep: Vec<bool> = split.test.iter().map(|i| !removed.contains(i)).collect();
        let filter = |v: &[bool]| -> Vec<bool> {
            v.iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(x, _)| *x)
                .collect()
        };
        split.anomalous = filter(&split.anomalous);
        if !split.seen.is_empty() {
            split.seen = filter(&split.seen);
        }
        split.test.retain(|i| !removed.contains(i));
    }
    split.labelled_anomalies = chosen;
    Ok(split)
}
