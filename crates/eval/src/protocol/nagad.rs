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

use swan_data::{Sample, Split};

use super::{EvalSplit, SplitMix64, class_order};

/// Parameters of the NAGAD protocol.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NagadParams {
    /// Attribute that defines anomalies; `None` = the class.
    pub relevant: Option<String>,
    /// Attribute to ignore.
    pub nuisance: String,
    /// Pseudo-anomaly combinations held out, counted as [`NagadParams::hold_out`] says.
    pub held_out: usize,
    /// Fraction of familiar normals used for testing.
    pub test_fraction: f64,
    /// Draw this many anomaly values with the seed and make one split of them (Red PANDA's
    /// benchmark), instead of one split per relevant value.
    #[serde(default)]
    pub anomaly_values: Option<usize>,
    /// How the unseen combinations (pseudo-anomalies) are chosen.
    #[serde(default)]
    pub hold_out: HoldOut,
    /// Groups and splits read from the data instead of drawn.
    #[serde(default)]
    pub given: Option<GivenGroups>,
}

impl NagadParams {
    /// One split per relevant value, `held_out` nuisance values per normal value, 85/15.
    pub fn new(relevant: Option<String>, nuisance: String, held_out: usize) -> Self {
        Self {
            relevant,
            nuisance,
            held_out,
            test_fraction: 0.15,
            anomaly_values: None,
            hold_out: HoldOut::PerRelevant,
            given: None,
        }
    }
}

/// How the unseen (relevant, nuisance) combinations are chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HoldOut {
    /// For each normal relevant value, `held_out` of its nuisance values.
    #[default]
    PerRelevant,
    /// For each nuisance value, `held_out` of the normal relevant values (Red PANDA's
    /// benchmark: "one pseudo-anomaly class per nuisance value").
    PerNuisance,
}

/// Columns (attributes) that give each sample's group (`familiar`, `pseudo`, `anomaly`)
/// and split (`train`, `test`), e.g. from a CSV manifest; used as they are.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GivenGroups {
    /// The attribute naming each sample's group: `familiar`, `pseudo` or `anomaly`.
    pub group_column: String,
    /// The attribute naming each sample's split: `train` or `test`.
    pub split_column: String,
}

fn value<'a>(s: &'a Sample, attribute: Option<&str>) -> Option<&'a str> {
    match attribute {
        None => s.class.as_deref(),
        Some(a) => s.attributes.get(a).map(String::as_str),
    }
}

/// The split exactly as the data's group and split columns say.
fn given(samples: &[Sample], g: &GivenGroups) -> Result<Vec<EvalSplit>, String> {
    let mut split = EvalSplit {
        name: "given".into(),
        ..EvalSplit::default()
    };
    for (i, s) in samples.iter().enumerate() {
        let get = |col: &str| {
            s.attributes
                .get(col)
                .map(|v| v.trim().to_ascii_lowercase())
                .ok_or_else(|| format!("sample {} has no column {col:?}", s.id))
        };
        let group = get(&g.group_column)?;
        // A CSV's `split` column becomes the sample's split, not an attribute.
        let part = match (s.attributes.contains_key(&g.split_column), s.split) {
            (false, Some(Split::Train)) if g.split_column == "split" => "train".to_string(),
            (false, Some(Split::Test)) if g.split_column == "split" => "test".to_string(),
            _ => get(&g.split_column)?,
        };
        let (anomalous, pseudo) = match group.as_str() {
            "familiar" | "normal" => (false, false),
            "pseudo" => (false, true),
            "anomaly" => (true, false),
            other => {
                return Err(format!(
                    "sample {}: group {other:?} in column {:?} (expected familiar, pseudo or anomaly)",
                    s.id, g.group_column
                ));
            }
        };
        match part.as_str() {
            "train" if anomalous || pseudo => {
                return Err(format!(
                    "sample {}: a {group} sample in the train split (only familiar samples train)",
                    s.id
                ));
            }
            "train" => split.train.push(i),
            "test" => {
                split.test.push(i);
                split.anomalous.push(anomalous);
                split.pseudo.push(pseudo);
            }
            other => {
                return Err(format!(
                    "sample {}: split {other:?} in column {:?} (expected train or test)",
                    s.id, g.split_column
                ));
            }
        }
    }
    if split.train.is_empty() || split.test.is_empty() {
        return Err("the given groups leave no training or no test samples".into());
    }
    Ok(vec![split])
}

pub(super) fn nagad(
    samples: &[Sample],
    p: &NagadParams,
    seed: u64,
) -> Result<Vec<EvalSplit>, String> {
    if let Some(g) = &p.given {
        return given(samples, g);
    }
    let relevant = |i: usize| value(&samples[i], p.relevant.as_deref());
    let nuisance = |i: usize| value(&samples[i], Some(&p.nuisance));
    if let Some(i) = (0..samples.len()).find(|&i| relevant(i).is_none() || nuisance(i).is_none()) {
        let (what, name) = if nuisance(i).is_none() {
            ("nuisance", p.nuisance.as_str())
        } else {
            ("relevant", p.relevant.as_deref().unwrap_or("class"))
        };
        let has: Vec<&String> = samples[i].attributes.keys().collect();
        return Err(format!(
            "sample {} has no {what} attribute {name:?} (its attributes: {has:?}{})",
            samples[i].id,
            if samples[i].class.is_some() {
                ", and a class"
            } else {
                ""
            }
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
    values.sort_by_key(|c| class_order(c));
    if values.len() < 2 {
        return Err(format!("needs two relevant values, found {values:?}"));
    }
    // (split name, anomaly values, generator)
    let plans: Vec<(String, BTreeSet<&str>, SplitMix64)> = match p.anomaly_values {
        None => values
            .iter()
            .enumerate()
            .map(|(k, &a)| {
                let rng = SplitMix64(seed.wrapping_add(0x5eed * (k as u64 + 1)));
                (a.to_string(), BTreeSet::from([a]), rng)
            })
            .collect(),
        Some(m) => {
            if m == 0 || m >= values.len() {
                return Err(format!(
                    "{m} anomaly values of {} relevant values (need 1..{})",
                    values.len(),
                    values.len() - 1
                ));
            }
            let mut rng = SplitMix64(seed ^ 0x0a6a_d5ee);
            let mut order = values.clone();
            rng.shuffle(&mut order);
            let mut chosen: Vec<&str> = order[..m].to_vec();
            chosen.sort_by_key(|c| class_order(c));
            let name = chosen.join("+");
            vec![(name, chosen.into_iter().collect(), rng)]
        }
    };
    let mut splits = Vec::new();
    for (name, anomaly, mut rng) in plans {
        let normal_values: Vec<&str> = values
            .iter()
            .copied()
            .filter(|v| !anomaly.contains(v))
            .collect();
        let mut held: BTreeSet<(&str, &str)> = BTreeSet::new();
        match p.hold_out {
            HoldOut::PerRelevant => {
                for &v in &normal_values {
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
            }
            HoldOut::PerNuisance => {
                let all_nuisances: BTreeSet<&str> = normal_values
                    .iter()
                    .flat_map(|v| combos[v].iter().copied())
                    .collect();
                for &n in &all_nuisances {
                    let mut with: Vec<&str> = normal_values
                        .iter()
                        .copied()
                        .filter(|v| combos[v].contains(n))
                        .collect();
                    if with.len() <= p.held_out {
                        return Err(format!(
                            "nuisance value {n} occurs with {} normal relevant values; holding out {} leaves none to train on",
                            with.len(),
                            p.held_out
                        ));
                    }
                    rng.shuffle(&mut with);
                    held.extend(with[..p.held_out].iter().map(|&v| (v, n)));
                }
                if let Some(v) = normal_values
                    .iter()
                    .find(|v| combos[**v].iter().all(|n| held.contains(&(**v, *n))))
                {
                    return Err(format!(
                        "every nuisance value of relevant value {v} was held out (seed {seed}); \
                         hold out fewer"
                    ));
                }
            }
        }
        let (mut train, mut test, mut anomalous, mut pseudo) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut familiar: Vec<usize> = Vec::new();
        for i in 0..samples.len() {
            let (r, n) = (relevant(i).unwrap_or(""), nuisance(i).unwrap_or(""));
            if anomaly.contains(r) {
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
            name,
            train,
            test,
            anomalous,
            pseudo,
            ..EvalSplit::default()
        });
    }
    Ok(splits)
}
