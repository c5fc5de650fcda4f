//! DRA's settings: a few labelled anomalies, from every anomaly class (general) or from one
//! class that then leaves the test split (hard).

use swan_data::Sample;

use super::{EvalSplit, SplitMix64};

/// Moves `shots` anomalies of the test split into `labelled_anomalies` (general), or takes
/// them from one anomaly class and drops that class from the test split (hard).
pub(super) fn dra(
    samples: &[Sample],
    mut split: EvalSplit,
    shots: usize,
    hard: bool,
    seed: u64,
) -> Result<EvalSplit, String> {
    let mut rng = SplitMix64(seed);
    let anomalies: Vec<usize> = split
        .test
        .iter()
        .zip(&split.anomalous)
        .filter(|(_, a)| **a)
        .map(|(&i, _)| i)
        .collect();
    let pool: Vec<usize> = if hard {
        let mut classes: Vec<&str> = anomalies
            .iter()
            .filter_map(|&i| samples[i].class.as_deref())
            .collect();
        classes.sort_unstable();
        classes.dedup();
        if classes.len() < 2 {
            return Err(format!(
                "split {}: the hard setting needs two anomaly classes, found {classes:?}",
                split.name
            ));
        }
        let seen = classes[rng.below(classes.len())].to_string();
        split.name = format!("{} (seen: {seen})", split.name);
        anomalies
            .into_iter()
            .filter(|&i| samples[i].class.as_deref() == Some(seen.as_str()))
            .collect()
    } else {
        anomalies
    };
    if pool.len() < shots {
        return Err(format!(
            "split {}: {} anomalies available for {shots} shots",
            split.name,
            pool.len()
        ));
    }
    let mut pool = pool;
    rng.shuffle(&mut pool);
    let chosen: Vec<usize> = pool[..shots].to_vec();
    let removed: std::collections::HashSet<usize> = if hard {
        pool.into_iter().collect()
    } else {
        chosen.iter().copied().collect()
    };
    let (test, anomalous): (Vec<usize>, Vec<bool>) = split
        .test
        .iter()
        .zip(&split.anomalous)
        .filter(|(i, _)| !removed.contains(i))
        .map(|(&i, &a)| (i, a))
        .unzip();
    split.test = test;
    split.anomalous = anomalous;
    split.labelled_anomalies = chosen;
    Ok(split)
}
