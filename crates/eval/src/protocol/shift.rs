//! Knowledge Exposure's transformation protocols (SPA, SSA) on top of one-vs-rest.
//!
//! - **SPA** (semantic-preserving augmentation at test time): every image gets one transform
//!   drawn (seeded, per image) from a list; training images get the same transform at
//!   severity 1. Labels are those of one-vs-rest: a detector should not flag a class just
//!   because its images are transformed.
//! - **SSA** (semantic-shift augmentation): every test image is seen through one transform
//!   drawn from a list; in class c's split an image is anomalous when it is of another class
//!   or when its transform changes the meaning of class c (a per-class list of operations,
//!   an input). Training is on the untransformed normal images.

use std::sync::Arc;

use swan_data::{ImageRef, Sample, Split};
use swan_transform::{Chain, ChainView, seed_for};

use super::{EvalSplit, SplitMix64};

const TRANSFORM: &str = "transform";

fn view(s: &Sample, chain: &Chain, seed: u64, suffix: &str) -> Sample {
    let mut out = s.clone();
    out.id = format!("{}@{suffix}", s.id);
    out.attributes.insert(TRANSFORM.into(), chain.to_string());
    out.image = ImageRef::View {
        inner: Box::new(s.image.clone()),
        view: Arc::new(ChainView {
            chain: chain.clone(),
            seed,
        }),
    };
    out
}

fn at_severity_one(chain: &Chain) -> Chain {
    Chain(
        chain
            .0
            .iter()
            .map(|t| swan_transform::Transform {
                op: t.op,
                severity: 1,
            })
            .collect(),
    )
}

/// SPA: every sample seen through one transform of the list (severity 1 for training).
pub(super) fn spa_samples(samples: Vec<Sample>, transforms: &[Chain], seed: u64) -> Vec<Sample> {
    samples
        .into_iter()
        .map(|s| {
            let h = seed_for(&s.id, seed);
            let mut rng = SplitMix64(h);
            let chain = &transforms[rng.below(transforms.len())];
            let chain = if s.split == Some(Split::Train) {
                at_severity_one(chain)
            } else {
                chain.clone()
            };
            view(&s, &chain, h, "spa")
        })
        .collect()
}

/// SSA: every test sample replaced by its view through one transform of the list (a
/// seeded draw per image); training samples unchanged.
pub(super) fn ssa_samples(samples: Vec<Sample>, transforms: &[Chain], seed: u64) -> Vec<Sample> {
    samples
        .into_iter()
        .map(|s| {
            if s.split != Some(Split::Test) {
                return s;
            }
            let h = seed_for(&s.id, seed);
            let mut rng = SplitMix64(h);
            let chain = &transforms[rng.below(transforms.len())];
            view(&s, chain, h, "ssa")
        })
        .collect()
}

/// SSA splits from one-vs-rest splits: the labels of the transformed test images.
pub(super) fn ssa_splits(
    samples: &[Sample],
    base: Vec<EvalSplit>,
    shifting: &[String],
    per_class: &std::collections::BTreeMap<String, Vec<String>>,
    scope: super::SsaScope,
) -> Vec<EvalSplit> {
    base.into_iter()
        .map(|mut split| {
            let class = samples[split.train[0]].class.clone();
            let changing = class
                .as_ref()
                .and_then(|c| per_class.get(c))
                .map_or(shifting, |v| v.as_slice());
            let shifts = |s: &Sample| {
                s.attributes.get(TRANSFORM).is_some_and(|chain| {
                    chain
                        .split('+')
                        .any(|t| changing.iter().any(|op| t.split('@').next() == Some(op)))
                })
            };
            let (test, anomalous): (Vec<usize>, Vec<bool>) = split
                .test
                .iter()
                .filter(|&&i| scope == super::SsaScope::All || samples[i].class == class)
                .map(|&i| (i, samples[i].class != class || shifts(&samples[i])))
                .unzip();
            split.test = test;
            split.anomalous = anomalous;
            split
        })
        .collect()
}
