//! NAGAD (Red PANDA, "nuisance-aware group anomaly detection"): a relevant attribute decides
//! what is anomalous, a nuisance attribute must be ignored.
//!
//! For each anomaly value `a` of the relevant attribute (one split each):
//! - true anomalies: every sample whose relevant value is `a` (test only);
//! - pseudo-anomalies: for each normal relevant value, `held_out` of its nuisance values are
//!   chosen (seeded) and those (relevant, nuisance) combinations are removed from training;
//!   they are normal in meaning but unseen in combination (test only);
//! - familiar normals: everything else, split 85/15 into train and test (seeded).
//!
//! Scores (see `report`): AD = AUROC of anomalies vs all normal test samples (pseudo-anomalies
//! included); PA = AUROC of pseudo-anomalies vs familiar normals (lower is better: 0.5 means
//! the detector ignores the nuisance); RA = AUROC of anomalies vs pseudo-anomalies.

use std::collections::{BTreeMap, BTreeSet};

use swan_data::Sample;

use super::{EvalSplit, SplitMix64};

/// Parameters of the NAGAD protocol.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NagadParams {
    /// Attribute that defines anomalies; `None` = the class.
    pub relevant: Option<String>,
    /// Attribute to ignore.
    pub nuisance: String,
    /// Nuisance values held out per normal relevant value.
    pub held_out: usize,
    /// Fraction of familiar normals used for testing.
    pub test_fraction: f64,
}

fn value<'a>(s: &'a Sample, attribute: Option<&str>) -> Option<&'a str> {
    match attribute {
        None => s.class.as_deref(),
        Some(a) => s.attributes.get(a).map(String::as_str),
    }
}

pub(super) fn nagad(
    samples: &[Sample],
    p: &NagadParams,
    seed: u64,
) -> Result<Vec<EvalSplit>, String> {
    let relevant = |i: usize| value(&samples[i], p.relevant.as_deref());
    let nuisance = |i: usize| value(&samples[i], Some(&p.nuisance));
    if let Some(i) = (0..samples.len()).find(|&i| relevant(i).is_none() || nuisance(i).is_none()) {
        return Err(format!(
            "sample {} lacks the relevant ({}) or nuisance ({}) attribute",
            samples[i].id,
            p.relevant.as_deref().unwrap_or("class"),
            p.nuisance
        ));
    }
    if !(p.test_fraction > 0.0 && p.test_fraction < 1.0) {
        return Err(format!(
            "test fraction must be in (0, 1), got {}",
            p.test_fraction
        ));
    }
    // relevant value -> nuisance values present
    let mut combos: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for i in 0..samples.len() {
        combos
            .entry(relevant(i).unwrap_or(""))
            .or_default()
            .insert(nuisance(i).unwrap_or(""));
    }
    let mut values: Vec<&str> = combos.keys().copied().collect();
    values.sort_by_key(|c| (c.parse::<u64>().unwrap_or(u64::MAX), c.to_string()));
    if values.len() < 2 {
        return Err(format!("needs two relevant values, found {values:?}"));
    }
    let mut splits = Vec::new();
    for (k, &anomaly) in values.iter().enumerate() {
        let mut rng = SplitMix64(seed.wrapping_add(0x5eed * (k as u64 + 1)));
        let mut held: BTreeSet<(&str, &str)> = BTreeSet::new();
        for &v in values.iter().filter(|&&v| v != anomaly) {
            let mut nuisances: Vec<&str> = combos[v].iter().copied().collect();
            if nuisances.len() <= p.held_out {
                return Err(format!(
                    "relevant value {v} has {} nuisance values; holding out {} leaves none to train on",
                    nuisances.len(),
                    p.held_out
                ));
            }
            rng.shuffle(&mut nuisances);
            held.extend(nuisances[..p.held_out].iter().map(|&n| (v, n)));
        }
        let (mut train, mut test, mut anomalous, mut pseudo) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut familiar: Vec<usize> = Vec::new();
        for i in 0..samples.len() {
            let (r, n) = (relevant(i).unwrap_or(""), nuisance(i).unwrap_or(""));
            if r == anomaly {
                test.push(i);
                anomalous.push(true);
                pseudo.push(false);
            } else if held.contains(&(r, n)) {
                test.push(i);
                anomalous.push(false);
                pseudo.push(true);
            } else {
                familiar.push(i);
            }
        }
        rng.shuffle(&mut familiar);
        let n_test = ((familiar.len() as f64) * p.test_fraction).round() as usize;
        for (j, &i) in familiar.iter().enumerate() {
            if j < n_test {
                test.push(i);
                anomalous.push(false);
                pseudo.push(false);
            } else {
                train.push(i);
            }
        }
        train.sort_unstable();
        splits.push(EvalSplit {
            name: anomaly.to_string(),
            train,
            test,
            anomalous,
            pseudo,
            ..EvalSplit::default()
        });
    }
    Ok(splits)
}
