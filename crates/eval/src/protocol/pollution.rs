//! Pollution: one-vs-rest with a fraction of every training set replaced by anomalies.

use swan_data::{Sample, Split};

use super::{EvalSplit, SplitMix64, split_of};

/// Replaces `round(fraction · n)` training samples of `split` by training samples of other
/// classes. `split_seed` assigns splits to samples without one (as the base splits did);
/// `seed` draws the replacements.
pub(super) fn pollute(
    samples: &[Sample],
    mut split: EvalSplit,
    fraction: f64,
    split_seed: u64,
    seed: u64,
) -> EvalSplit {
    let normal_class = samples[split.train[0]].class.clone();
    let mut others: Vec<usize> = (0..samples.len())
        .filter(|&i| {
            split_of(&samples[i], split_seed) == Split::Train && samples[i].class != normal_class
        })
        .collect();
    let n_bad = ((fraction * split.train.len() as f64).round() as usize).min(others.len());
    let mut rng = SplitMix64(seed);
    rng.shuffle(&mut split.train);
    split.train.truncate(split.train.len() - n_bad);
    rng.shuffle(&mut others);
    split.train.extend_from_slice(&others[..n_bad]);
    split.train.sort_unstable();
    split.polluted = n_bad;
    split
}
