//! Knowledge Exposure's transformation protocols (SPA, SSA) on top of one-vs-rest.
//!
//! - **SPA** (semantic-preserving augmentation at test time): every image gets one transform
//!   drawn (seeded, per image) from a list; training images get the same transform at
//!   severity 1. Labels are those of one-vs-rest: a detector should not flag a class just
//!   because its images are transformed.
//! - **SSA** (semantic-shift augmentation): for the normal class, each test image appears
//!   three times: as it is and through a meaning-preserving transform (both normal), and
//!   through a meaning-changing transform (anomalous). Training is on the untransformed
//!   normal images. The transform lists are inputs (Knowledge Exposure will produce them).

use std::sync::Arc;

use swan_data::{ImageRef, Sample, Split};
use swan_transform::{Chain, ChainView};

use super::{EvalSplit, SplitMix64};

const TRANSFORM: &str = "transform";
const SSA_ROLE: &str = "ssa";

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

fn seed_for(id: &str, seed: u64) -> u64 {
    id.bytes().fold(seed ^ 0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
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

/// SSA: the samples, plus for each test sample a preserved and a shifted view.
pub(super) fn ssa_samples(
    samples: Vec<Sample>,
    shifting: &[Chain],
    preserving: &[Chain],
    seed: u64,
) -> Vec<Sample> {
    let mut out = samples.clone();
    for s in samples.iter().filter(|s| s.split == Some(Split::Test)) {
        let h = seed_for(&s.id, seed);
        let mut rng = SplitMix64(h);
        let mut p = view(s, &preserving[rng.below(preserving.len())], h, "preserved");
        p.attributes.insert(SSA_ROLE.into(), "preserved".into());
        let mut a = view(s, &shifting[rng.below(shifting.len())], h ^ 1, "shifted");
        a.attributes.insert(SSA_ROLE.into(), "shifted".into());
        out.push(p);
        out.push(a);
    }
    out
}

/// SSA splits from one-vs-rest splits built on the untransformed samples.
pub(super) fn ssa_splits(samples: &[Sample], base: Vec<EvalSplit>) -> Vec<EvalSplit> {
    base.into_iter()
        .map(|mut split| {
            let class = samples[split.train[0]].class.clone();
            let (test, anomalous): (Vec<usize>, Vec<bool>) = (0..samples.len())
                .filter(|&i| samples[i].split == Some(Split::Test) && samples[i].class == class)
                .map(|i| {
                    (
                        i,
                        samples[i]
                            .attributes
                            .get(SSA_ROLE)
                            .is_some_and(|r| r == "shifted"),
                    )
                })
                .unzip();
            split.test = test;
            split.anomalous = anomalous;
            split
        })
        .collect()
}

/// True for the views SSA adds (they are not part of the one-vs-rest base splits).
pub(super) fn is_ssa_view(s: &Sample) -> bool {
    s.attributes.contains_key(SSA_ROLE)
}
