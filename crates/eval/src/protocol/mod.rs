//! Protocol builders: a labelled dataset becomes a list of [`EvalSplit`]s, each with the
//! training samples a detector may see (all normal) and the test samples with their anomaly
//! labels. Splits refer to samples by index, so features computed once serve every split.

use std::collections::BTreeSet;

use swan_data::{Label, Sample, Split};

use crate::EvalError;

/// How a dataset is turned into anomaly-detection tasks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protocol {
    /// One class normal, every other class anomalous; one split per class.
    OneVsRest,
    /// Every class but one normal, the held-out class anomalous; one split per class.
    LeaveOneOut,
    /// The source's own labels (MVTec `test/<defect>`, a CSV `label` column): train on the
    /// training split's non-anomalous samples, test on the test split.
    Given,
}

impl Protocol {
    pub fn name(self) -> &'static str {
        match self {
            Self::OneVsRest => "one-vs-rest",
            Self::LeaveOneOut => "leave-one-out",
            Self::Given => "given",
        }
    }
}

/// One anomaly-detection task.
#[derive(Clone, Debug, PartialEq)]
pub struct EvalSplit {
    /// e.g. `class 3` or `all`.
    pub name: String,
    /// Indices of the training (normal) samples.
    pub train: Vec<usize>,
    /// Indices of the test samples.
    pub test: Vec<usize>,
    /// Per test sample: is it anomalous?
    pub anomalous: Vec<bool>,
}

/// Builds the splits of `protocol`. Samples without a split are assigned one first: a seeded
/// hash of the id sends 20 % to test.
pub fn build_splits(
    samples: &[Sample],
    protocol: Protocol,
    seed: u64,
) -> Result<Vec<EvalSplit>, EvalError> {
    let err = |reason: String| EvalError::Protocol {
        protocol: protocol.name().into(),
        reason,
    };
    let split_of = |s: &Sample| s.split.unwrap_or_else(|| hashed_split(&s.id, seed));
    let (train, test): (Vec<usize>, Vec<usize>) =
        (0..samples.len()).partition(|&i| split_of(&samples[i]) == Split::Train);
    if train.is_empty() || test.is_empty() {
        return Err(err(format!(
            "{} training and {} test samples; both are needed",
            train.len(),
            test.len()
        )));
    }
    let splits = match protocol {
        Protocol::OneVsRest | Protocol::LeaveOneOut => {
            let class = |i: usize| samples[i].class.as_deref();
            if let Some(&i) = train.iter().chain(&test).find(|&&i| class(i).is_none()) {
                return Err(err(format!("sample {} has no class", samples[i].id)));
            }
            let classes: BTreeSet<&str> = train.iter().filter_map(|&i| class(i)).collect();
            let mut classes: Vec<&str> = classes.into_iter().collect();
            // Numeric class names sort as numbers (2 before 10).
            classes.sort_by_key(|c| (c.parse::<u64>().unwrap_or(u64::MAX), c.to_string()));
            if classes.len() < 2 {
                return Err(err(format!(
                    "needs at least two classes, found {classes:?}"
                )));
            }
            classes
                .into_iter()
                .map(|c| {
                    let normal =
                        |i: usize| (class(i) == Some(c)) == (protocol == Protocol::OneVsRest);
                    EvalSplit {
                        name: c.to_string(),
                        train: train.iter().copied().filter(|&i| normal(i)).collect(),
                        test: test.clone(),
                        anomalous: test.iter().map(|&i| !normal(i)).collect(),
                    }
                })
                .collect()
        }
        Protocol::Given => vec![EvalSplit {
            name: "all".into(),
            train: train
                .iter()
                .copied()
                .filter(|&i| samples[i].label != Label::Anomaly)
                .collect(),
            test: test.clone(),
            anomalous: test
                .iter()
                .map(|&i| samples[i].label == Label::Anomaly)
                .collect(),
        }],
    };
    for s in &splits {
        if s.train.is_empty() {
            return Err(err(format!("split {} has no training images", s.name)));
        }
    }
    Ok(splits)
}

fn hashed_split(id: &str, seed: u64) -> Split {
    use sha2::{Digest, Sha256};
    let h = Sha256::new()
        .chain_update(seed.to_le_bytes())
        .chain_update(id.as_bytes())
        .finalize();
    if h[0] % 5 == 0 {
        Split::Test
    } else {
        Split::Train
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use swan_data::ImageRef;

    fn sample(id: &str, class: &str, split: Split, label: Label) -> Sample {
        Sample {
            id: id.into(),
            image: ImageRef::File(id.into()),
            class: Some(class.into()),
            label,
            split: Some(split),
            attributes: Default::default(),
        }
    }

    fn toy() -> Vec<Sample> {
        vec![
            sample("a", "0", Split::Train, Label::Unknown),
            sample("b", "1", Split::Train, Label::Unknown),
            sample("c", "10", Split::Train, Label::Unknown),
            sample("d", "0", Split::Test, Label::Unknown),
            sample("e", "10", Split::Test, Label::Unknown),
        ]
    }

    #[test]
    fn one_vs_rest_has_one_split_per_class_in_numeric_order() {
        let splits = build_splits(&toy(), Protocol::OneVsRest, 0).unwrap();
        let names: Vec<_> = splits.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["0", "1", "10"]);
        assert_eq!(splits[0].train, [0]);
        assert_eq!(splits[0].test, [3, 4]);
        assert_eq!(splits[0].anomalous, [false, true]);
    }

    #[test]
    fn leave_one_out_inverts_normality() {
        let splits = build_splits(&toy(), Protocol::LeaveOneOut, 0).unwrap();
        assert_eq!(splits[0].train, [1, 2]);
        assert_eq!(splits[0].anomalous, [true, false]);
    }

    #[test]
    fn given_uses_source_labels() {
        let samples = vec![
            sample("a", "good", Split::Train, Label::Normal),
            sample("b", "good", Split::Test, Label::Normal),
            sample("c", "crack", Split::Test, Label::Anomaly),
        ];
        let splits = build_splits(&samples, Protocol::Given, 0).unwrap();
        assert_eq!(splits.len(), 1);
        assert_eq!(splits[0].anomalous, [false, true]);
    }

    #[test]
    fn one_class_is_an_error() {
        let samples = vec![
            sample("a", "0", Split::Train, Label::Unknown),
            sample("b", "0", Split::Test, Label::Unknown),
        ];
        assert!(build_splits(&samples, Protocol::OneVsRest, 0).is_err());
    }

    #[test]
    fn missing_splits_are_assigned_deterministically() {
        let mut samples: Vec<Sample> = (0..100)
            .map(|i| {
                sample(
                    &format!("{i}"),
                    &format!("{}", i % 2),
                    Split::Train,
                    Label::Unknown,
                )
            })
            .collect();
        samples.iter_mut().for_each(|s| s.split = None);
        let a = build_splits(&samples, Protocol::OneVsRest, 7).unwrap();
        let b = build_splits(&samples, Protocol::OneVsRest, 7).unwrap();
        assert_eq!(a, b);
        assert!(
            a[0].test.len() > 5 && a[0].test.len() < 40,
            "{}",
            a[0].test.len()
        );
    }
}
