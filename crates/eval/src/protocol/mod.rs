//! Protocol builders: a labelled dataset becomes a list of [`EvalSplit`]s, each with the
//! training samples a detector may see (all normal) and the test samples with their anomaly
//! labels. Splits refer to samples by index, so features computed once serve every split.

mod dra;
mod nagad;
mod oe;
mod pollution;
mod rng;
mod shift;

use std::collections::BTreeSet;

pub use nagad::{GivenGroups, HoldOut, NagadParams};
use rng::SplitMix64;

use swan_data::{Label, Sample, Split};

use crate::EvalError;

/// How a dataset is turned into anomaly-detection tasks.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "protocol", rename_all = "kebab-case")]
pub enum Protocol {
    /// One class normal, every other class anomalous; one split per class.
    OneVsRest,
    /// Every class but one normal, the held-out class anomalous ("semantic"); one split per
    /// class.
    LeaveOneOut,
    /// The source's own labels (MVTec `test/<defect>`, a CSV `label` column): train on the
    /// training split's non-anomalous samples, test on the test split.
    Given,
    /// One-vs-rest with a fraction of each training set replaced by anomalies drawn from the
    /// other classes' training images (NSA uses 0.1).
    Pollution {
        /// Share of each training set replaced by anomalies, in [0, 1).
        fraction: f64,
    },
    /// DRA's general setting: `shots` labelled anomalies drawn from all anomaly classes of
    /// the test split and removed from it.
    DraGeneral {
        /// Labelled anomalies per split.
        shots: usize,
    },
    /// DRA's hard setting: `shots` labelled anomalies from one anomaly class (`seen`); the
    /// AUROC / AP of the split measure the other (unseen) classes, and the seen class's test
    /// images are scored apart (seen AUROC).
    DraHard {
        /// Labelled anomalies per split, all of the seen class.
        shots: usize,
        /// Which anomaly class is seen for each normal class.
        #[serde(default)]
        seen: SeenClass,
    },
    /// Outlier exposure (transfer-based AD): `normal` classes train, `anomaly` classes are
    /// tested against them, and the training images of the `corpus` classes form the
    /// outlier-exposure corpus; corpus classes never appear at test time. With no classes
    /// given, one split per class: a seeded draw of `corpus_classes` other classes is the
    /// corpus and the rest are the anomalies. Given normal classes, missing anomaly (or
    /// corpus) classes are all the remaining ones — several normal classes and one anomaly
    /// class give the semantic variant.
    OeSplit {
        /// Normal classes (empty: one split per class).
        #[serde(default)]
        normal: Vec<String>,
        /// Anomaly classes at test time (empty: the classes left).
        #[serde(default)]
        anomaly: Vec<String>,
        /// Corpus classes (empty: a seeded draw of `corpus_classes`, or the classes left).
        #[serde(default)]
        corpus: Vec<String>,
        /// How many classes a per-class split draws as its corpus.
        #[serde(default = "default_corpus_classes")]
        corpus_classes: usize,
    },
    /// Red PANDA's nuisance-aware protocol (see [`NagadParams`]).
    Nagad(NagadParams),
    /// Knowledge Exposure's SPA: every image through one transform of the list (training
    /// images at severity 1), one-vs-rest labels. Needs [`expand_samples`] first.
    Spa {
        /// The transforms, one drawn per image.
        transforms: Vec<swan_transform::Chain>,
    },
    /// Knowledge Exposure's SSA: every test image seen through one transform of
    /// `transforms` (a seeded draw per image; training images stay as they are). In class c's
    /// split an image is anomalous when it is of another class or its transform changes the
    /// meaning of class c (`shifting_for(c)`: the ops named in `per_class[c]`, else in
    /// `shifting`). `scope` keeps the whole test set or class c's images only. Needs
    /// [`expand_samples`].
    Ssa {
        /// The transforms, one drawn per test image.
        transforms: Vec<swan_transform::Chain>,
        /// Meaning-changing operations (names such as `rot90`) for classes not in `per_class`.
        shifting: Vec<String>,
        /// A class's own meaning-changing operations, replacing `shifting` for it.
        #[serde(default)]
        per_class: std::collections::BTreeMap<String, Vec<String>>,
        /// Which test images each split keeps.
        #[serde(default)]
        scope: SsaScope,
    },
}

fn default_corpus_classes() -> usize {
    4
}

/// Which test images an SSA split keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SsaScope {
    /// Every test image (other classes are anomalies too).
    #[default]
    All,
    /// Only the normal class's own test images (transformed normal vs shifted).
    NormalClass,
}

/// Which anomaly class the DRA hard setting takes its labelled anomalies from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SeenClass {
    /// The class after the normal class in the sorted class order, cyclically (DRA's
    /// Fashion-MNIST setting: s = (c + 1) mod 10); a seeded draw when the split is not named
    /// after a class.
    #[default]
    Next,
    /// A seeded draw among the anomaly classes.
    Random,
}

/// The order of class names everywhere swan lists classes: numbers as numbers (`2` before
/// `10`: IDX and CIFAR classes), then the other names alphabetically.
pub fn class_order(c: &str) -> (u64, String) {
    (c.parse::<u64>().unwrap_or(u64::MAX), c.to_string())
}

/// Adds or replaces samples as a protocol needs (SPA's and SSA's transformed views); the
/// identity for every other protocol. Call before [`build_splits`].
pub fn expand_samples(
    samples: Vec<Sample>,
    protocol: &Protocol,
    seed: u64,
) -> Result<Vec<Sample>, EvalError> {
    let err = |reason: &str| EvalError::Protocol {
        protocol: protocol.name().into(),
        reason: reason.into(),
    };
    match protocol {
        Protocol::Spa { transforms } if transforms.is_empty() => {
            Err(err("needs at least one transform"))
        }
        Protocol::Spa { transforms } => Ok(shift::spa_samples(samples, transforms, seed)),
        Protocol::Ssa { transforms, .. } if transforms.is_empty() => {
            Err(err("needs at least one transform"))
        }
        Protocol::Ssa { transforms, .. } => Ok(shift::ssa_samples(samples, transforms, seed)),
        _ => Ok(samples),
    }
}

impl Protocol {
    /// The name `swan eval --protocol` takes and reports record.
    pub fn name(&self) -> &'static str {
        match self {
            Self::OneVsRest => "one-vs-rest",
            Self::LeaveOneOut => "leave-one-out",
            Self::Given => "given",
            Self::Pollution { .. } => "pollution",
            Self::DraGeneral { .. } => "dra-general",
            Self::DraHard { .. } => "dra-hard",
            Self::Nagad(_) => "nagad",
            Self::Spa { .. } => "spa",
            Self::Ssa { .. } => "ssa",
            Self::OeSplit { .. } => "oe-split",
        }
    }
}

/// The entries of `items` (one per test sample of a split) whose sample has a score, in the
/// order of the scores: `kept` marks the test samples that were scored (a method skips
/// images it cannot read).
pub fn scored_only<T: Clone>(items: &[T], kept: &[bool]) -> Vec<T> {
    items
        .iter()
        .zip(kept)
        .filter(|(_, k)| **k)
        .map(|(x, _)| x.clone())
        .collect()
}

/// One anomaly-detection task.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvalSplit {
    /// e.g. `class 3` or `all`.
    pub name: String,
    /// Indices of the training (normal) samples.
    pub train: Vec<usize>,
    /// Indices of the test samples.
    pub test: Vec<usize>,
    /// Per test sample: is it anomalous?
    pub anomalous: Vec<bool>,
    /// Labelled anomalies given to training (DRA settings); empty otherwise.
    pub labelled_anomalies: Vec<usize>,
    /// Training samples that are in fact anomalies (pollution); counted, not revealed to fit.
    pub polluted: usize,
    /// Per test sample: is it a NAGAD pseudo-anomaly (normal content, unseen nuisance
    /// combination)? Empty for other protocols.
    pub pseudo: Vec<bool>,
    /// DRA hard setting: per test sample, is it of the seen anomaly class (the class the
    /// labelled anomalies come from)? Those rows are left out of the main AUROC / AP (which
    /// then measure unseen anomalies) and scored apart as the seen AUROC. Empty otherwise.
    pub seen: Vec<bool>,
    /// DRA hard setting: the seen anomaly class.
    pub seen_class: Option<String>,
    /// `oe-split`: training images of the outlier-exposure corpus classes (never tested).
    pub outlier_exposure: Vec<usize>,
    /// `oe-split`: the corpus classes.
    pub corpus_classes: Vec<String>,
    /// Normal training samples held out of training to calibrate the detector
    /// ([`hold_out_calibration`]); empty otherwise.
    pub calibration: Vec<usize>,
}

/// Moves `round(fraction · n)` of each split's `n` training samples (at least one, and never
/// all) into its `calibration` set, [`calibration_hold_out`] with `seed` and the split's name;
/// both keep their order. With `group`, an attribute of the samples (e.g. the object or video
/// an image shows), whole groups are held out ([`calibration_hold_out_by_group`]), so that no
/// held-out image has a near-twin among the training images. The detector is then fitted on
/// the rest and its scores of the held-out samples turn test scores into conformal p-values.
/// Under pollution the held-out samples are drawn from the polluted training set, as a user's
/// own held-out normals would be (the split's `polluted` still counts the anomalies the
/// protocol put among both).
pub fn hold_out_calibration(
    splits: &mut [EvalSplit],
    samples: &[Sample],
    fraction: f64,
    seed: u64,
    group: Option<&str>,
) -> Result<(), EvalError> {
    for split in splits {
        let held = match group {
            None => calibration_hold_out(split.train.len(), fraction, seed, &split.name),
            Some(attribute) => {
                let groups = split
                    .train
                    .iter()
                    .map(|&i| group_of(&samples[i], attribute))
                    .collect::<Result<Vec<&str>, _>>()?;
                calibration_hold_out_by_group(&groups, fraction, seed, &split.name)
            }
        }
        .map_err(|e| match e {
            EvalError::Protocol { protocol, reason } => EvalError::Protocol {
                protocol,
                reason: format!("split {}: {reason}", split.name),
            },
            e => e,
        })?;
        let pick = |want: bool| -> Vec<usize> {
            split
                .train
                .iter()
                .zip(&held)
                .filter(|(_, h)| **h == want)
                .map(|(&i, _)| i)
                .collect()
        };
        split.calibration = pick(true);
        split.train = pick(false);
    }
    Ok(())
}

/// The value of `attribute` of `sample`, the group its calibration draw keeps together.
pub fn group_of<'a>(sample: &'a Sample, attribute: &str) -> Result<&'a str, EvalError> {
    sample
        .attributes
        .get(attribute)
        .map(String::as_str)
        .ok_or_else(|| EvalError::Protocol {
            protocol: "calibration".into(),
            reason: format!(
                "image {} has no attribute {attribute:?} to group the held-out images by (its \
                 attributes: {:?})",
                sample.id,
                sample.attributes.keys().collect::<Vec<_>>()
            ),
        })
}

/// Which of `n` normal training samples to hold out to calibrate a detector: `round(fraction ·
/// n)` of them (at least one, never all), the first of a shuffle seeded by `seed` and `name`.
/// `swan eval` names a split's draw after the split and `swan fit` after its normal class, so
/// `swan fit --class C --calibration-split F --seed S` holds out the images that split `C` of
/// `swan eval --protocol one-vs-rest --calibration-split F --seed S` holds out.
pub fn calibration_hold_out(
    n: usize,
    fraction: f64,
    seed: u64,
    name: &str,
) -> Result<Vec<bool>, EvalError> {
    let each_its_own: Vec<usize> = (0..n).collect();
    hold_out_groups(&each_its_own, n, fraction, seed, name)
}

/// [`calibration_hold_out`] keeping groups together: `groups[i]` names the group of sample i
/// (images of one object, one video, one patient), and whole groups, in a shuffle seeded by
/// `seed` and `name`, are held out until at least `round(fraction · n)` samples are (never
/// every group). A held-out image whose near-twin trains the detector scores lower than a new
/// image would, and p-values from such scores flag too many new normals. With every group of
/// one image this is [`calibration_hold_out`], draw for draw.
pub fn calibration_hold_out_by_group(
    groups: &[&str],
    fraction: f64,
    seed: u64,
    name: &str,
) -> Result<Vec<bool>, EvalError> {
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let of: Vec<usize> = groups
        .iter()
        .map(|g| {
            let next = index.len();
            *index.entry(g).or_insert(next)
        })
        .collect();
    if index.len() < 2 && groups.len() >= 2 {
        return Err(EvalError::Protocol {
            protocol: "calibration".into(),
            reason: format!(
                "all {} normal training images are in one group ({:?}): holding out whole \
                 groups needs at least 2",
                groups.len(),
                groups[0]
            ),
        });
    }
    hold_out_groups(&of, index.len(), fraction, seed, name)
}

/// The draw behind [`calibration_hold_out`] and [`calibration_hold_out_by_group`]: sample i is
/// in group `of[i]` of `0..n_groups`.
fn hold_out_groups(
    of: &[usize],
    n_groups: usize,
    fraction: f64,
    seed: u64,
    name: &str,
) -> Result<Vec<bool>, EvalError> {
    let err = |reason: String| EvalError::Protocol {
        protocol: "calibration".into(),
        reason,
    };
    if !(fraction > 0.0 && fraction < 1.0) {
        return Err(err(format!(
            "the calibration fraction must lie in (0, 1), got {fraction}"
        )));
    }
    let n = of.len();
    if n < 2 {
        return Err(err(format!(
            "holding normal training images out to calibrate needs at least 2 (one to fit on, \
             one to hold out); there are {n}"
        )));
    }
    let n_held = ((fraction * n as f64).round() as usize).clamp(1, n - 1);
    let key = name.bytes().fold(seed ^ 0xca11_b4a7_e000_0000, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let mut order: Vec<usize> = (0..n_groups).collect();
    SplitMix64(key).shuffle(&mut order);
    let mut size = vec![0usize; n_groups];
    for &g in of {
        size[g] += 1;
    }
    let mut held_group = vec![false; n_groups];
    let mut held = 0;
    for &g in &order[..n_groups - 1] {
        if held >= n_held {
            break;
        }
        held_group[g] = true;
        held += size[g];
    }
    Ok(of.iter().map(|&g| held_group[g]).collect())
}

/// Builds the splits of `protocol`. Samples without a split are assigned one first: a seeded
/// hash of the id sends 20 % to test.
pub fn build_splits(
    samples: &[Sample],
    protocol: &Protocol,
    seed: u64,
) -> Result<Vec<EvalSplit>, EvalError> {
    let err = |reason: String| EvalError::Protocol {
        protocol: protocol.name().into(),
        reason,
    };
    match *protocol {
        Protocol::OneVsRest | Protocol::LeaveOneOut | Protocol::Given => {
            base_splits(samples, protocol.clone(), seed)
        }
        Protocol::Nagad(ref p) => nagad::nagad(samples, p, seed).map_err(err),
        Protocol::Spa { .. } => base_splits(samples, Protocol::OneVsRest, seed),
        Protocol::OeSplit {
            ref normal,
            ref anomaly,
            ref corpus,
            corpus_classes,
        } => oe::oe_splits(
            samples,
            &oe::Roles {
                normal,
                anomaly,
                corpus,
                corpus_classes,
            },
            seed,
        )
        .map_err(err),
        Protocol::Ssa {
            ref shifting,
            ref per_class,
            scope,
            ..
        } => {
            let base = base_splits(samples, Protocol::OneVsRest, seed)?;
            Ok(shift::ssa_splits(samples, base, shifting, per_class, scope))
        }
        Protocol::Pollution { fraction } => {
            if !(0.0..1.0).contains(&fraction) {
                return Err(err(format!(
                    "pollution fraction must be in [0, 1), got {fraction}"
                )));
            }
            let base = base_splits(samples, Protocol::OneVsRest, seed)?;
            Ok(base
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    pollution::pollute(
                        samples,
                        s,
                        fraction,
                        seed,
                        seed.wrapping_add((i as u64) << 32),
                    )
                })
                .collect())
        }
        Protocol::DraGeneral { shots } | Protocol::DraHard { shots, .. } => {
            if shots == 0 {
                return Err(err("shots must be at least 1".into()));
            }
            let labelled = samples.iter().any(|s| s.label == Label::Anomaly);
            let base = base_splits(
                samples,
                if labelled {
                    Protocol::Given
                } else {
                    Protocol::OneVsRest
                },
                seed,
            )?;
            let hard = match protocol {
                Protocol::DraHard { seen, .. } => Some(*seen),
                _ => None,
            };
            let training: Vec<usize> = (0..samples.len())
                .filter(|&i| split_of(&samples[i], seed) == Split::Train)
                .collect();
            base.into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let setting = dra::Setting {
                        shots,
                        hard,
                        seed: seed.wrapping_add(i as u64 * 7919),
                    };
                    dra::dra(samples, &training, s, setting).map_err(err)
                })
                .collect()
        }
    }
}

/// The training split of sample `i` (assigned by a seeded hash when the source has none).
fn split_of(s: &Sample, seed: u64) -> Split {
    s.split.unwrap_or_else(|| hashed_split(&s.id, seed))
}

fn base_splits(
    samples: &[Sample],
    protocol: Protocol,
    seed: u64,
) -> Result<Vec<EvalSplit>, EvalError> {
    let err = |reason: String| EvalError::Protocol {
        protocol: protocol.name().into(),
        reason,
    };
    // `given` trains on normal images only: in data without splits, every labelled anomaly is
    // a test image (the seeded draw would leave four in five of them out).
    let given = matches!(protocol, Protocol::Given);
    let split_of = |s: &Sample| {
        if given && s.split.is_none() && s.label == Label::Anomaly {
            Split::Test
        } else {
            split_of(s, seed)
        }
    };
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
            let classless: Vec<usize> = train
                .iter()
                .chain(&test)
                .copied()
                .filter(|&i| class(i).is_none())
                .collect();
            if let Some(&i) = classless.first() {
                return Err(err(format!(
                    "every image needs a class, and {} of {} have none (e.g. {}): put each \
                     class's images in a subfolder, or give a CSV `class` column",
                    classless.len(),
                    samples.len(),
                    samples[i].id
                )));
            }
            let classes: BTreeSet<&str> = train.iter().filter_map(|&i| class(i)).collect();
            let mut classes: Vec<&str> = classes.into_iter().collect();
            // Numeric class names sort as numbers (2 before 10).
            classes.sort_by_key(|c| class_order(c));
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
                        ..EvalSplit::default()
                    }
                })
                .collect()
        }
        Protocol::Given if !test.iter().any(|&i| samples[i].label == Label::Anomaly) => {
            return Err(err(
                "the test images carry no anomaly labels (an MVTec-style test/<defect>/ folder, \
                 a CSV `label` column, an npz `anom_label`); for data with classes, use a \
                 class protocol such as one-vs-rest"
                    .into(),
            ));
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
            ..EvalSplit::default()
        }],
        _ => unreachable!("base splits are one-vs-rest, leave-one-out or given"),
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
mod calibration_tests {
    use super::*;

    #[test]
    fn calibration_is_carved_out_of_each_training_set_by_seed_and_name() {
        let split = |name: &str| EvalSplit {
            name: name.into(),
            train: (0..40).map(|i| 2 * i).collect(),
            test: vec![1, 3],
            anomalous: vec![false, true],
            ..EvalSplit::default()
        };
        let mut a = vec![split("0"), split("1")];
        hold_out_calibration(&mut a, &[], 0.1, 5, None).unwrap();
        for s in &a {
            assert_eq!((s.train.len(), s.calibration.len()), (36, 4));
            assert!(s.calibration.iter().all(|i| !s.train.contains(i)));
            assert!(s.train.windows(2).all(|w| w[0] < w[1]));
            assert!(s.calibration.windows(2).all(|w| w[0] < w[1]));
            assert_eq!(s.test, vec![1, 3], "test sets untouched");
        }
        assert_ne!(
            a[0].calibration, a[1].calibration,
            "each split draws its own"
        );
        let mut again = vec![split("0"), split("1")];
        hold_out_calibration(&mut again, &[], 0.1, 5, None).unwrap();
        assert_eq!(again, a, "the same seed draws the same");
        let mut other = vec![split("0")];
        hold_out_calibration(&mut other, &[], 0.1, 6, None).unwrap();
        assert_ne!(other[0].calibration, a[0].calibration);
        assert!(hold_out_calibration(&mut [split("x")], &[], 1.0, 0, None).is_err());
        let mut tiny = [EvalSplit {
            train: vec![7],
            ..split("t")
        }];
        assert!(hold_out_calibration(&mut tiny, &[], 0.5, 0, None).is_err());
    }

    #[test]
    fn grouped_calibration_holds_out_whole_groups() {
        let groups: Vec<&str> = ["a", "a", "b", "b", "c", "c", "d", "d", "e", "e"].into();
        let held = calibration_hold_out_by_group(&groups, 0.3, 1, "0").unwrap();
        // round(0.3 · 10) = 3 wanted: whole groups until at least 3, so two groups.
        assert_eq!(held.iter().filter(|&&h| h).count(), 4, "{held:?}");
        for pair in held.chunks(2) {
            assert_eq!(pair[0], pair[1], "a group split: {held:?}");
        }
        assert_eq!(
            calibration_hold_out_by_group(&groups, 0.3, 1, "0").unwrap(),
            held
        );
        // Never every group, even when the fraction asks for nearly all.
        let most = calibration_hold_out_by_group(&groups, 0.99, 1, "0").unwrap();
        assert_eq!(most.iter().filter(|&&h| h).count(), 8);
        // Groups of one image draw as the ungrouped hold-out does.
        let ids: Vec<String> = (0..40).map(|i| format!("g{i}")).collect();
        let singles: Vec<&str> = ids.iter().map(String::as_str).collect();
        for seed in 0..5 {
            assert_eq!(
                calibration_hold_out_by_group(&singles, 0.1, seed, "3").unwrap(),
                calibration_hold_out(40, 0.1, seed, "3").unwrap()
            );
        }
        let e = calibration_hold_out_by_group(&["x", "x", "x"], 0.5, 0, "0").unwrap_err();
        assert!(e.to_string().contains("in one group"), "{e}");

        // Through the splits: the attribute of each training sample; one without it is named.
        let mut samples: Vec<Sample> = (0..6)
            .map(|i| Sample::encoded(format!("{i}.png"), vec![i as u8]))
            .collect();
        for (i, s) in samples.iter_mut().enumerate() {
            s.attributes.insert("object".into(), format!("o{}", i / 2));
        }
        let mut splits = vec![EvalSplit {
            name: "0".into(),
            train: (0..6).collect(),
            ..EvalSplit::default()
        }];
        hold_out_calibration(&mut splits, &samples, 0.3, 0, Some("object")).unwrap();
        assert_eq!(splits[0].calibration.len(), 2, "{splits:?}");
        assert_eq!(splits[0].calibration[0] / 2, splits[0].calibration[1] / 2);
        samples[3].attributes.clear();
        let mut splits = vec![EvalSplit {
            name: "0".into(),
            train: (0..6).collect(),
            ..EvalSplit::default()
        }];
        let e = hold_out_calibration(&mut splits, &samples, 0.3, 0, Some("object")).unwrap_err();
        assert!(
            e.to_string()
                .contains("image 3.png has no attribute \"object\""),
            "{e}"
        );
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
        let splits = build_splits(&toy(), &Protocol::OneVsRest, 0).unwrap();
        let names: Vec<_> = splits.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["0", "1", "10"]);
        assert_eq!(splits[0].train, [0]);
        assert_eq!(splits[0].test, [3, 4]);
        assert_eq!(splits[0].anomalous, [false, true]);
    }

    #[test]
    fn leave_one_out_inverts_normality() {
        let splits = build_splits(&toy(), &Protocol::LeaveOneOut, 0).unwrap();
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
        let splits = build_splits(&samples, &Protocol::Given, 0).unwrap();
        assert_eq!(splits.len(), 1);
        assert_eq!(splits[0].anomalous, [false, true]);
    }

    #[test]
    fn given_needs_anomaly_labels_in_the_test_images() {
        let samples = vec![
            sample("a", "0", Split::Train, Label::Unknown),
            sample("b", "1", Split::Test, Label::Unknown),
        ];
        let err = build_splits(&samples, &Protocol::Given, 0)
            .unwrap_err()
            .to_string();
        assert!(err.contains("carry no anomaly labels"), "{err}");
        assert!(err.contains("one-vs-rest"), "{err}");
    }

    #[test]
    fn given_tests_every_anomaly_of_unsplit_data() {
        // 40 normal and 5 anomalous images without splits: the normals are drawn into train
        // and test with the seed, the anomalies all tested, whatever the seed.
        let unsplit = |id: String, label: Label| Sample {
            split: None,
            ..sample(&id, "part", Split::Train, label)
        };
        let mut samples: Vec<Sample> = (0..40)
            .map(|i| unsplit(format!("n{i}"), Label::Normal))
            .collect();
        samples.extend((0..5).map(|i| unsplit(format!("a{i}"), Label::Anomaly)));
        for seed in 0..4 {
            let splits = build_splits(&samples, &Protocol::Given, seed).unwrap();
            let s = &splits[0];
            assert_eq!(s.anomalous.iter().filter(|a| **a).count(), 5, "seed {seed}");
            assert!(s.train.iter().all(|&i| samples[i].label == Label::Normal));
            let normals_tested = s.anomalous.iter().filter(|a| !**a).count();
            assert_eq!(s.train.len() + normals_tested, 40, "seed {seed}");
            assert!(
                normals_tested > 0 && s.train.len() > normals_tested,
                "seed {seed}"
            );
        }
    }

    #[test]
    fn images_without_a_class_are_counted_and_named() {
        let mut samples = toy();
        samples[1].class = None;
        samples[3].class = None;
        let e = build_splits(&samples, &Protocol::OneVsRest, 0)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains(&format!(
                "2 of {} have none (e.g. {})",
                samples.len(),
                samples[1].id
            )),
            "{e}"
        );
    }

    #[test]
    fn one_class_is_an_error() {
        let samples = vec![
            sample("a", "0", Split::Train, Label::Unknown),
            sample("b", "0", Split::Test, Label::Unknown),
        ];
        assert!(build_splits(&samples, &Protocol::OneVsRest, 0).is_err());
    }

    fn ten_per_class() -> Vec<Sample> {
        (0..60)
            .map(|i| {
                let split = if i < 30 { Split::Train } else { Split::Test };
                sample(
                    &format!("{i}"),
                    &format!("{}", i % 3),
                    split,
                    Label::Unknown,
                )
            })
            .collect()
    }

    #[test]
    fn pollution_replaces_a_fraction_of_training_samples_by_other_classes() {
        let samples = ten_per_class();
        let splits = build_splits(&samples, &Protocol::Pollution { fraction: 0.2 }, 1).unwrap();
        let s = &splits[0];
        assert_eq!((s.train.len(), s.polluted), (10, 2));
        let foreign = s
            .train
            .iter()
            .filter(|&&i| samples[i].class.as_deref() != Some("0"))
            .count();
        assert_eq!(foreign, 2);
        assert_eq!(
            splits,
            build_splits(&samples, &Protocol::Pollution { fraction: 0.2 }, 1).unwrap()
        );
        assert_ne!(
            splits,
            build_splits(&samples, &Protocol::Pollution { fraction: 0.2 }, 2).unwrap()
        );
    }

    #[test]
    fn dra_general_draws_shots_from_the_other_classes_training_images() {
        let samples = ten_per_class();
        let s = &build_splits(&samples, &Protocol::DraGeneral { shots: 3 }, 0).unwrap()[0];
        assert_eq!(s.labelled_anomalies.len(), 3);
        assert_eq!(s.test.len(), 30);
        assert!(s.labelled_anomalies.iter().all(|i| !s.test.contains(i)));
        assert!(s.labelled_anomalies.iter().all(|&i| {
            samples[i].class.as_deref() != Some("0") && samples[i].split == Some(Split::Train)
        }));
        assert!(s.seen.is_empty() && s.seen_class.is_none());
    }

    #[test]
    fn dra_general_on_given_labels_moves_shots_out_of_the_test_split() {
        let mut samples = vec![sample("g0", "good", Split::Train, Label::Normal)];
        for i in 0..6 {
            samples.push(sample(&format!("t{i}"), "good", Split::Test, Label::Normal));
            samples.push(sample(
                &format!("c{i}"),
                "crack",
                Split::Test,
                Label::Anomaly,
            ));
        }
        let s = &build_splits(&samples, &Protocol::DraGeneral { shots: 2 }, 0).unwrap()[0];
        assert_eq!((s.labelled_anomalies.len(), s.test.len()), (2, 10));
        assert!(s.labelled_anomalies.iter().all(|i| !s.test.contains(i)));
    }

    #[test]
    fn dra_hard_takes_the_next_class_and_scores_it_apart() {
        let samples = ten_per_class();
        let hard = Protocol::DraHard {
            shots: 2,
            seen: SeenClass::Next,
        };
        let splits = build_splits(&samples, &hard, 0).unwrap();
        for (s, seen) in splits.iter().zip(["1", "2", "0"]) {
            assert_eq!(s.seen_class.as_deref(), Some(seen));
            assert!(
                s.labelled_anomalies
                    .iter()
                    .all(|&i| samples[i].class.as_deref() == Some(seen)
                        && samples[i].split == Some(Split::Train))
            );
            // Every test image stays; the seen class's are flagged (and anomalous).
            assert_eq!(s.test.len(), 30);
            for ((&i, &flag), &anomalous) in s.test.iter().zip(&s.seen).zip(&s.anomalous) {
                assert_eq!(flag, samples[i].class.as_deref() == Some(seen));
                assert!(!flag || anomalous);
            }
        }
        let random = Protocol::DraHard {
            shots: 2,
            seen: SeenClass::Random,
        };
        let s = &build_splits(&samples, &random, 0).unwrap()[0];
        assert!(s.seen_class.as_deref() != Some("0"));
    }

    #[test]
    fn too_many_shots_is_an_error() {
        let hard = Protocol::DraHard {
            shots: 50,
            seen: SeenClass::Next,
        };
        assert!(build_splits(&ten_per_class(), &hard, 0).is_err());
        assert!(build_splits(&ten_per_class(), &Protocol::DraGeneral { shots: 0 }, 0).is_err());
    }

    #[test]
    fn nagad_holds_out_combinations_as_pseudo_anomalies() {
        let samples: Vec<Sample> = (0..120)
            .map(|i| {
                let mut s = sample(
                    &format!("{i}"),
                    &format!("{}", i % 3),
                    Split::Train,
                    Label::Unknown,
                );
                s.attributes
                    .insert("rot".into(), format!("{}", (i / 3) % 4));
                s
            })
            .collect();
        let p = NagadParams::new(None, "rot".into(), 1);
        let splits = build_splits(&samples, &Protocol::Nagad(p.clone()), 3).unwrap();
        assert_eq!(splits.len(), 3);
        let s = &splits[0];
        // Class 0 is the anomaly: 40 samples; classes 1 and 2 each lose one rotation (10 each).
        assert_eq!(s.anomalous.iter().filter(|&&a| a).count(), 40);
        assert_eq!(s.pseudo.iter().filter(|&&p| p).count(), 20);
        assert_eq!(s.train.len() + s.test.len(), 120);
        assert_eq!(s.train.len(), 51); // 60 familiar, 9 of them (15 %) to test
        let pseudo: Vec<usize> = s
            .test
            .iter()
            .zip(&s.pseudo)
            .filter(|(_, p)| **p)
            .map(|(&i, _)| i)
            .collect();
        for i in pseudo {
            let combo = (&samples[i].class, &samples[i].attributes["rot"]);
            assert!(
                s.train
                    .iter()
                    .all(|&j| (&samples[j].class, &samples[j].attributes["rot"]) != combo)
            );
        }
        assert_eq!(
            splits,
            build_splits(&samples, &Protocol::Nagad(p), 3).unwrap()
        );
    }

    /// 10 classes × 4 nuisance values × 5 samples.
    fn ten_by_four() -> Vec<Sample> {
        (0..200)
            .map(|i| {
                let mut s = sample(
                    &format!("{i}"),
                    &format!("{}", i % 10),
                    Split::Train,
                    Label::Unknown,
                );
                s.attributes
                    .insert("tint".into(), format!("t{}", (i / 10) % 4));
                s
            })
            .collect()
    }

    #[test]
    fn nagad_names_a_missing_attribute_and_the_ones_there_are() {
        let samples = ten_by_four();
        let err = |nuisance: &str, relevant: Option<&str>| {
            let p = NagadParams::new(relevant.map(Into::into), nuisance.into(), 1);
            build_splits(&samples, &Protocol::Nagad(p), 0)
                .unwrap_err()
                .to_string()
        };
        let e = err("tnit", None);
        assert!(
            e.contains(r#"no nuisance attribute "tnit" (its attributes: ["tint"], and a class)"#),
            "{e}"
        );
        let e = err("tint", Some("shape"));
        assert!(e.contains(r#"no relevant attribute "shape""#), "{e}");
    }

    #[test]
    fn nagad_red_panda_draw_two_anomaly_classes_and_one_pseudo_class_per_nuisance() {
        let samples = ten_by_four();
        let p = NagadParams {
            anomaly_values: Some(2),
            hold_out: HoldOut::PerNuisance,
            ..NagadParams::new(None, "tint".into(), 1)
        };
        let splits = build_splits(&samples, &Protocol::Nagad(p.clone()), 5).unwrap();
        assert_eq!(splits.len(), 1);
        let s = &splits[0];
        let anomaly_classes: std::collections::BTreeSet<&str> = s
            .test
            .iter()
            .zip(&s.anomalous)
            .filter(|(_, a)| **a)
            .map(|(&i, _)| samples[i].class.as_deref().unwrap())
            .collect();
        assert_eq!(anomaly_classes.len(), 2);
        assert_eq!(
            s.name,
            anomaly_classes
                .iter()
                .copied()
                .collect::<Vec<_>>()
                .join("+")
        );
        // One held-out (class, tint) combination per tint value: 4 combos × 5 samples.
        let mut per_tint: std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>> =
            Default::default();
        for (&i, _) in s.test.iter().zip(&s.pseudo).filter(|(_, p)| **p) {
            per_tint
                .entry(samples[i].attributes["tint"].as_str())
                .or_default()
                .insert(samples[i].class.as_deref().unwrap());
        }
        assert_eq!(per_tint.len(), 4);
        assert!(per_tint.values().all(|c| c.len() == 1));
        assert!(
            per_tint
                .values()
                .flatten()
                .all(|c| !anomaly_classes.contains(c))
        );
        assert_eq!(s.pseudo.iter().filter(|&&p| p).count(), 20);
        // Training holds no anomaly class and no held-out combination.
        for &i in &s.train {
            let c = samples[i].class.as_deref().unwrap();
            assert!(!anomaly_classes.contains(c));
            assert!(!per_tint[samples[i].attributes["tint"].as_str()].contains(c));
        }
        // Seeded: the same seed gives the same split, other seeds other anomaly classes.
        assert_eq!(
            splits,
            build_splits(&samples, &Protocol::Nagad(p.clone()), 5).unwrap()
        );
        let names: std::collections::BTreeSet<String> = (0..8)
            .map(|seed| {
                build_splits(&samples, &Protocol::Nagad(p.clone()), seed).unwrap()[0]
                    .name
                    .clone()
            })
            .collect();
        assert!(names.len() > 1);
    }

    #[test]
    fn nagad_given_groups_are_used_as_they_are() {
        let groups = ["familiar", "familiar", "pseudo", "anomaly", "familiar"];
        let parts = ["train", "test", "test", "test", "train"];
        let samples: Vec<Sample> = (0..5)
            .map(|i| {
                let mut s = sample(&format!("{i}"), "0", Split::Train, Label::Unknown);
                s.attributes.insert("group".into(), groups[i].into());
                s.attributes.insert("split".into(), parts[i].into());
                s.attributes.insert("cam".into(), "a".into());
                s
            })
            .collect();
        let given = GivenGroups {
            group_column: "group".into(),
            split_column: "split".into(),
        };
        let p = NagadParams {
            given: Some(given),
            ..NagadParams::new(None, "cam".into(), 1)
        };
        let splits = build_splits(&samples, &Protocol::Nagad(p.clone()), 0).unwrap();
        assert_eq!(splits.len(), 1);
        assert_eq!(splits[0].train, vec![0, 4]);
        assert_eq!(splits[0].test, vec![1, 2, 3]);
        assert_eq!(splits[0].anomalous, vec![false, false, true]);
        assert_eq!(splits[0].pseudo, vec![false, true, false]);
        // An anomaly in the train split is refused, naming the sample.
        let mut bad = samples.clone();
        bad[3].attributes.insert("split".into(), "train".into());
        let err = build_splits(&bad, &Protocol::Nagad(p.clone()), 0).unwrap_err();
        assert!(err.to_string().contains("sample 3"), "{err}");
        let mut bad = samples;
        bad[0].attributes.insert("group".into(), "weird".into());
        assert!(build_splits(&bad, &Protocol::Nagad(p), 0).is_err());
    }

    #[test]
    fn ssa_labels_transformed_test_images_by_class_and_shift() {
        let p = Protocol::Ssa {
            transforms: vec!["rot90@5".parse().unwrap(), "hflip@5".parse().unwrap()],
            shifting: vec!["rot90".into()],
            per_class: [("1".to_string(), vec!["hflip".to_string()])].into(),
            scope: SsaScope::All,
        };
        let samples = expand_samples(ten_per_class(), &p, 0).unwrap();
        assert_eq!(samples.len(), 60);
        let splits = build_splits(&samples, &p, 0).unwrap();
        for (s, changing) in splits.iter().zip(["rot90@5", "hflip@5", "rot90@5"]) {
            let class = s.name.as_str();
            assert_eq!(s.test.len(), 30);
            assert!(
                s.train
                    .iter()
                    .all(|&i| !samples[i].attributes.contains_key("transform"))
            );
            for (&i, &a) in s.test.iter().zip(&s.anomalous) {
                let t = &samples[i].attributes["transform"];
                let own = samples[i].class.as_deref() == Some(class);
                assert_eq!(a, !own || t == changing, "{class} {t}");
            }
        }
        let Protocol::Ssa {
            transforms,
            shifting,
            per_class,
            ..
        } = p
        else {
            unreachable!()
        };
        let normal_only = Protocol::Ssa {
            transforms,
            shifting,
            per_class,
            scope: SsaScope::NormalClass,
        };
        let s = &build_splits(&samples, &normal_only, 0).unwrap()[0];
        assert_eq!(s.test.len(), 10);
        assert!(
            s.test
                .iter()
                .all(|&i| samples[i].class.as_deref() == Some("0"))
        );
        assert!(s.anomalous.iter().any(|&a| a) && s.anomalous.iter().any(|&a| !a));
    }

    #[test]
    fn oe_split_preset_draws_four_corpus_classes_per_normal_class() {
        let samples: Vec<Sample> = (0..200)
            .map(|i| {
                let split = if i < 100 { Split::Train } else { Split::Test };
                sample(
                    &format!("{i}"),
                    &format!("{}", i % 10),
                    split,
                    Label::Unknown,
                )
            })
            .collect();
        let p = Protocol::OeSplit {
            normal: vec![],
            anomaly: vec![],
            corpus: vec![],
            corpus_classes: 4,
        };
        let splits = build_splits(&samples, &p, 0).unwrap();
        assert_eq!(splits.len(), 10);
        let class = |i: &usize| samples[*i].class.clone().unwrap();
        for s in &splits {
            assert_eq!(s.corpus_classes.len(), 4);
            assert!(!s.corpus_classes.contains(&s.name));
            assert!(s.train.iter().all(|i| class(i) == s.name));
            assert!(
                s.outlier_exposure
                    .iter()
                    .all(|i| s.corpus_classes.contains(&class(i))
                        && samples[*i].split == Some(Split::Train))
            );
            // The corpus never appears at test time; the other five classes are anomalies.
            assert!(s.test.iter().all(|i| !s.corpus_classes.contains(&class(i))));
            let tested: std::collections::BTreeSet<String> = s.test.iter().map(class).collect();
            assert_eq!(tested.len(), 6);
            for (i, a) in s.test.iter().zip(&s.anomalous) {
                assert_eq!(*a, class(i) != s.name);
            }
        }
        assert_eq!(splits, build_splits(&samples, &p, 0).unwrap());
        assert_ne!(splits, build_splits(&samples, &p, 1).unwrap());
        // The semantic variant: several normal classes, one anomaly class, the rest corpus.
        let semantic = Protocol::OeSplit {
            normal: vec!["0".into(), "1".into(), "2".into()],
            anomaly: vec!["3".into()],
            corpus: vec![],
            corpus_classes: 4,
        };
        let s = &build_splits(&samples, &semantic, 0).unwrap()[0];
        assert_eq!((s.name.as_str(), s.corpus_classes.len()), ("0+1+2", 6));
        let bad = Protocol::OeSplit {
            normal: vec!["0".into()],
            anomaly: vec!["1".into()],
            corpus: vec!["1".into()],
            corpus_classes: 4,
        };
        assert!(build_splits(&samples, &bad, 0).is_err());
    }

    #[test]
    fn spa_transforms_every_image_and_training_at_severity_one() {
        let p = Protocol::Spa {
            transforms: vec!["blur@4".parse().unwrap()],
        };
        let samples = expand_samples(ten_per_class(), &p, 0).unwrap();
        for s in &samples {
            let expected = if s.split == Some(Split::Train) {
                "blur@1"
            } else {
                "blur@4"
            };
            assert_eq!(s.attributes["transform"], expected);
        }
        assert_eq!(build_splits(&samples, &p, 0).unwrap().len(), 3);
        assert!(expand_samples(ten_per_class(), &Protocol::Spa { transforms: vec![] }, 0).is_err());
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
        let a = build_splits(&samples, &Protocol::OneVsRest, 7).unwrap();
        let b = build_splits(&samples, &Protocol::OneVsRest, 7).unwrap();
        assert_eq!(a, b);
        assert!(
            a[0].test.len() > 5 && a[0].test.len() < 40,
            "{}",
            a[0].test.len()
        );
    }
}
