//! KE's step 1: rank candidate transformations per class by the Wasserstein-1 distance
//! between the embeddings of the original images and of their transformed copies. A large
//! pretrained encoder places meaning-preserving transforms near (small distance) and
//! meaning-changing ones far.

use rayon::prelude::*;
use swan_data::Sample;
use swan_encoder::{Backbone, Tap};
use swan_score::Matrix;
use swan_score::transport::{GroundCost, wasserstein_exact, wasserstein_sliced};
use swan_transform::Chain;

use crate::features::kept_samples;
use crate::{MethodError, RunContext};

/// The transformations KE ranks by default (severity 1): flips, rotations, random crop,
/// colour jitter, Gaussian noise, Gaussian blur, glass blur, JPEG and snow.
pub const DEFAULT_BANK: &[&str] = &[
    "hflip", "vflip", "rot90", "rot180", "rot270", "crop", "jitter", "noise", "blur", "glass",
    "jpeg", "snow",
];

/// [`DEFAULT_BANK`] as chains.
pub fn default_bank() -> Vec<Chain> {
    DEFAULT_BANK
        .iter()
        .map(|s| s.parse().expect("the default bank parses"))
        .collect()
}

/// Refuses a bank too small for `pairs` positives and `pairs` negatives (plus the nearest
/// transform when it is skipped). `flag` names the option that lists the bank (`--bank` for
/// KE, `--transforms` for `swan audit transforms`).
pub fn check_bank_size(
    bank: usize,
    pairs: usize,
    skip_nearest: bool,
    flag: &str,
) -> Result<(), String> {
    let needed = 2 * pairs + usize::from(skip_nearest);
    if bank >= needed {
        return Ok(());
    }
    let skipped = if skip_nearest {
        ", the skipped nearest"
    } else {
        ""
    };
    Err(format!(
        "--pairs {pairs} needs at least {needed} transforms ({pairs} positives, {pairs} \
         negatives{skipped}), and {flag} has {bank}: name more, or lower --pairs"
    ))
}

/// The space the two sets are compared in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "space", rename_all = "kebab-case")]
pub enum RankSpace {
    /// Pooled features of a pretrained encoder at `tap`.
    Encoder {
        /// The tap.
        tap: Tap,
        /// Rank with this backbone ([`RunContext::rank_encoder`]) rather than the encoder
        /// whose features the method embeds with: the paper's setting, where a larger encoder
        /// exposes its knowledge to a smaller one. `None`: the method's own encoder.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        backbone: Option<Backbone>,
    },
    /// Raw pixels, resized to `size` × `size` (the ablation: no knowledge).
    Pixels {
        /// Side of the resized images.
        size: usize,
    },
}

/// How the distance is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "solver", rename_all = "kebab-case")]
pub enum Solver {
    /// Exact, as an assignment problem (O(n³)).
    Exact,
    /// Sliced approximation with this many random directions.
    Sliced {
        /// Random directions the sets are projected on.
        projections: usize,
    },
}

/// Everything the ranking depends on.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RankingConfig {
    /// Where images are compared.
    pub space: RankSpace,
    /// The ground cost between two embeddings.
    pub cost: GroundCost,
    /// Exact or sliced Wasserstein-1.
    pub solver: Solver,
    /// Rank on at most this many images per class (the first ones).
    pub max_images: usize,
}

impl Default for RankingConfig {
    fn default() -> Self {
        Self {
            space: RankSpace::Encoder {
                tap: Tap::Pooled,
                backbone: None,
            },
            cost: GroundCost::Cosine,
            solver: Solver::Exact,
            max_images: 1000,
        }
    }
}

/// One transform's distance.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransformDistance {
    /// The transform's chain.
    pub transform: String,
    /// The Wasserstein-1 distance between the class's embeddings with and without it.
    pub distance: f64,
}

pub use crate::views::view_sample;

/// Embeds `samples` in the ranking space; returns the rows and which samples have one.
pub fn embed(
    ctx: &mut RunContext,
    samples: &[Sample],
    space: RankSpace,
) -> Result<(Matrix, Vec<bool>), MethodError> {
    match space {
        RankSpace::Encoder { tap, backbone } => {
            let e = match backbone {
                None => ctx.embed(samples, tap)?,
                Some(b) => ctx.ranking_context(b)?.embed(samples, tap)?,
            };
            Ok((e.matrix, e.kept))
        }
        RankSpace::Pixels { size } => {
            // The encoder's resize filter (`--antialias`) where there is an encoder.
            let antialias = ctx
                .encoder
                .as_ref()
                .is_some_and(|e| e.preprocess().antialias);
            let rows: Vec<Option<Vec<f32>>> = samples
                .par_iter()
                .map(|s| {
                    s.load()
                        .and_then(|img| {
                            swan_data::resize_bilinear_with(&img, size, size, antialias)
                        })
                        .ok()
                        .map(|img| img.data)
                })
                .collect();
            let kept: Vec<bool> = rows.iter().map(Option::is_some).collect();
            let data: Vec<f32> = rows.into_iter().flatten().flatten().collect();
            let n = kept.iter().filter(|&&k| k).count();
            Ok((Matrix::new(n, 3 * size * size, data)?, kept))
        }
    }
}

/// Distances of every transform in `bank` for one class's images, ascending.
pub fn rank(
    ctx: &mut RunContext,
    samples: &[Sample],
    bank: &[Chain],
    cfg: &RankingConfig,
    seed: u64,
) -> Result<Vec<TransformDistance>, MethodError> {
    let samples = &samples[..samples.len().min(cfg.max_images.max(1))];
    let (orig, kept) = embed(ctx, samples, cfg.space)?;
    let readable = kept_samples(samples, &kept, 2)?;
    let mut out = Vec::with_capacity(bank.len());
    for chain in bank {
        let views: Vec<Sample> = readable
            .iter()
            .map(|s| view_sample(s, chain, seed))
            .collect();
        let (moved, kept_views) = embed(ctx, &views, cfg.space)?;
        // Compare the images whose view could be made with their own originals.
        let rows: Vec<usize> = (0..readable.len()).filter(|&i| kept_views[i]).collect();
        let (a, b) = if rows.len() == readable.len() {
            (orig.clone(), moved)
        } else {
            let mut r = 0;
            let moved_rows: Vec<usize> = kept_views
                .iter()
                .map(|&k| {
                    let i = r;
                    r += usize::from(k);
                    i
                })
                .collect();
            let mv: Vec<usize> = rows.iter().map(|&i| moved_rows[i]).collect();
            (orig.select_rows(&rows), moved.select_rows(&mv))
        };
        let distance = match cfg.solver {
            Solver::Exact => wasserstein_exact(&a, &b, cfg.cost)?,
            Solver::Sliced { projections } => {
                wasserstein_sliced(&a, &b, cfg.cost, projections, seed)?
            }
        };
        out.push(TransformDistance {
            transform: chain.to_string(),
            distance,
        });
    }
    out.sort_by(|x, y| x.distance.total_cmp(&y.distance));
    Ok(out)
}

/// The `k` nearest transforms as positives and the `k` farthest as negatives of a ranking
/// (ascending); `skip_nearest` drops the nearest one first (as the authors' code did).
pub fn choose(
    ranked: &[TransformDistance],
    k: usize,
    skip_nearest: bool,
) -> Result<(Vec<String>, Vec<String>), MethodError> {
    let start = usize::from(skip_nearest);
    if ranked.len() < start + 2 * k {
        return Err(MethodError::Params(format!(
            "ke: {} transforms ranked; {} positives and {k} negatives{} need at least {}",
            ranked.len(),
            k,
            if skip_nearest {
                " after skipping the nearest"
            } else {
                ""
            },
            start + 2 * k
        )));
    }
    let pos = ranked[start..start + k]
        .iter()
        .map(|t| t.transform.clone())
        .collect();
    let neg = ranked[ranked.len() - k..]
        .iter()
        .rev()
        .map(|t| t.transform.clone())
        .collect();
    Ok((pos, neg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked(names: &[&str]) -> Vec<TransformDistance> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| TransformDistance {
                transform: n.to_string(),
                distance: i as f64,
            })
            .collect()
    }

    #[test]
    fn nearest_become_positives_and_farthest_negatives() {
        let r = ranked(&["hflip", "crop", "blur", "noise", "rot90", "vflip"]);
        let (p, n) = choose(&r, 2, false).unwrap();
        assert_eq!(
            (p, n),
            (
                vec!["hflip".into(), "crop".into()],
                vec!["vflip".into(), "rot90".into()]
            )
        );
        let (p, _) = choose(&r, 2, true).unwrap();
        assert_eq!(p, ["crop", "blur"]);
        assert!(choose(&r[..4], 2, true).is_err());
    }

    #[test]
    fn views_are_seeded_per_image_and_transform() {
        let s = Sample {
            id: "a".into(),
            image: swan_data::ImageRef::File("a.png".into()),
            class: None,
            label: swan_data::Label::Normal,
            split: None,
            attributes: Default::default(),
        };
        let blur: Chain = "blur".parse().unwrap();
        let noise: Chain = "noise".parse().unwrap();
        assert_eq!(
            view_sample(&s, &blur, 1).location(),
            view_sample(&s, &blur, 1).location()
        );
        assert_ne!(
            view_sample(&s, &blur, 1).location(),
            view_sample(&s, &blur, 2).location()
        );
        assert_ne!(
            view_sample(&s, &blur, 1).location(),
            view_sample(&s, &noise, 1).location()
        );
        assert_eq!(default_bank().len(), 12);
    }
}
