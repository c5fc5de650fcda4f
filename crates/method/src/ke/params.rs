use std::sync::Arc;

use burn::tensor::Tensor;
use swan_data::Sample;
use swan_encoder::Tap;
use swan_score::{Gamma, Kernel, Matrix, OcSvmParams, ScorerConfig};
use swan_train::TrainError;
use swan_train::loader::{BatchSource, HostBatch, HostTensor, mix, permutation};
use swan_train::optim::OptimizerConfig;
use swan_train::schedule::Schedule;
use swan_train::ssl::Mlp;
use swan_train::trainer::{Batch, StepLoss, Task, TrainConfig};
use swan_transform::{Chain, Rng};

use super::loss::{check_views, stacked_views_loss};
use super::model::{Ke, Network, codes};
use super::ranking::{
    RankingConfig, TransformDistance, check_bank_size, choose, default_bank, rank, view_sample,
};
use super::scratch::{KeScratch, ScratchTask, ViewBank};
use crate::features::kept_samples;
use crate::{FitRecord, MethodError, RunContext, TrainData, Uses};

/// How positives and negatives are chosen.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "policy", rename_all = "kebab-case")]
pub enum Policy {
    /// KE: the `k` transforms nearest to the originals (Wasserstein-1 in the ranking space)
    /// are positives, the `k` farthest negatives.
    Ranked,
    /// The same lists for every class (the usual "rotation = anomaly" prior).
    Fixed {
        /// The positive transforms.
        positives: Vec<Chain>,
        /// The negative transforms.
        negatives: Vec<Chain>,
    },
    /// `k` positives and `k` negatives drawn from the bank with the seed.
    Random,
}

impl Policy {
    /// Positives flip and crop, negatives rot90 and rot270, for every class.
    pub fn fixed() -> Self {
        let p = |s: &str| s.parse::<Chain>().expect("valid chain");
        Self::Fixed {
            positives: vec![p("hflip"), p("crop")],
            negatives: vec![p("rot90"), p("rot270")],
        }
    }
}

/// What a fit chose (kept in the model file's header).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Chosen {
    /// The transforms whose views are positives (meaning-preserving).
    pub positives: Vec<String>,
    /// The transforms whose views are negatives (meaning-changing).
    pub negatives: Vec<String>,
    /// The ranking (ascending distance) when the policy ranks.
    #[serde(default)]
    pub ranking: Vec<TransformDistance>,
    /// The encoder that ranked, when it is not the one the method embeds with
    /// (`--rank-backbone`): its backbone, input, tap and weights digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranked_by: Option<crate::EncoderSpec>,
}

impl Chosen {
    /// The chosen transforms, positives first, as the chains the views are drawn with.
    pub fn chains(&self) -> Result<Vec<Chain>, MethodError> {
        self.positives
            .iter()
            .chain(&self.negatives)
            .map(|name| {
                name.parse()
                    .map_err(|e| MethodError::Params(format!("ke: transform {name:?}: {e}")))
            })
            .collect()
    }
}

/// Hyper-parameters of Knowledge Exposure (CPU tier: a head on frozen pretrained features).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KeParams {
    /// How positives and negatives are chosen.
    pub policy: Policy,
    /// How the ranking measures each transform's distance.
    pub ranking: RankingConfig,
    /// Candidate transformations (each applied at its severity; the bank is at severity 1).
    pub bank: Vec<Chain>,
    /// Positives and negatives per class.
    pub k: usize,
    /// Skip the nearest transform before taking positives (the authors' code).
    pub skip_nearest: bool,
    /// Encoder tap of the frozen features the head reads.
    pub tap: Tap,
    /// Hidden width of the head (an MLP on the frozen features).
    pub hidden: usize,
    /// Width of the head's output, the code.
    pub code_dim: usize,
    /// The multi-positive InfoNCE's temperature.
    pub temperature: f64,
    /// Training epochs.
    pub epochs: usize,
    /// Images per batch.
    pub batch_size: usize,
    /// SGD learning rate.
    pub lr: f64,
    /// SGD momentum.
    pub momentum: f64,
    /// SGD weight decay.
    pub weight_decay: f64,
    /// Scorer on the l2-normalised codes of the clean training images.
    pub scorer: ScorerConfig,
    /// The paper's tier: a ResNet-18 trained from scratch on the images and fresh draws of
    /// the chosen transforms, scored on its l2-normalised output (`tap`, `hidden` and
    /// `code_dim` then do not apply; the ranking still reads the pretrained encoder). Unset:
    /// the CPU tier, a head on frozen pretrained features.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scratch: Option<KeScratch>,
    /// Filled by `fit`: the transforms it chose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen: Option<Chosen>,
}

impl Default for KeParams {
    fn default() -> Self {
        Self {
            policy: Policy::Ranked,
            ranking: RankingConfig::default(),
            bank: default_bank(),
            k: 2,
            skip_nearest: false,
            tap: Tap::Pooled,
            hidden: 512,
            code_dim: 128,
            temperature: 0.2,
            epochs: 50,
            batch_size: 64,
            lr: 0.01,
            momentum: 0.9,
            weight_decay: 5e-4,
            scorer: ScorerConfig::Ocsvm(OcSvmParams {
                kernel: Kernel::Sigmoid,
                nu: 0.2,
                gamma: Gamma::Auto,
                ..OcSvmParams::default()
            }),
            scratch: None,
            chosen: None,
        }
    }
}

impl KeParams {
    /// KE learns from normal images only.
    pub const USES: Uses = Uses {
        labelled_anomalies: false,
        outlier_exposure: false,
        nuisance: false,
    };

    /// Checks every rule of the hyper-parameters (ranges, sizes that fit together).
    pub fn check(&self) -> Result<(), MethodError> {
        let bad = |m: String| Err(MethodError::Params(format!("ke: {m}")));
        if self.k == 0 || self.epochs == 0 || self.batch_size < 2 {
            return bad(format!(
                "k (--pairs) and epochs must be ≥ 1 and batch_size ≥ 2, got k {}, epochs {}, \
                 batch_size {}",
                self.k, self.epochs, self.batch_size
            ));
        }
        if !crate::positive(self.temperature) || !crate::positive(self.lr) {
            return bad("temperature and lr must be positive numbers".into());
        }
        if let Policy::Fixed {
            positives,
            negatives,
        } = &self.policy
            && (positives.is_empty() || negatives.is_empty())
        {
            return bad("a fixed policy needs positives and negatives".into());
        }
        if let Some(scratch) = &self.scratch {
            scratch.check().or_else(bad)?;
        }
        if !matches!(self.policy, Policy::Fixed { .. }) {
            check_bank_size(self.bank.len(), self.k, self.skip_nearest, "--bank").or_else(bad)?;
        }
        Ok(())
    }

    /// Whether the fit reads the pretrained encoder: the head reads its features, and the
    /// ranked policy measures distances on them unless it ranks on pixels.
    pub fn reads_encoder(&self) -> bool {
        self.scratch.is_none()
            || (self.policy == Policy::Ranked
                && matches!(
                    self.ranking.space,
                    super::ranking::RankSpace::Encoder { backbone: None, .. }
                ))
    }

    /// The backbone the ranking reads when it is not the method's own encoder
    /// ([`crate::RunContext::rank_encoder`] must then hold it).
    pub fn ranks_with(&self) -> Option<swan_encoder::Backbone> {
        match self.ranking.space {
            super::ranking::RankSpace::Encoder { backbone, .. }
                if self.policy == Policy::Ranked =>
            {
                backbone
            }
            _ => None,
        }
    }

    /// The head's layers on `input`-wide features, as [`swan_train::ssl::Mlp::new`] takes them.
    pub fn head_spec(&self, input: usize) -> Vec<(usize, usize, bool, bool)> {
        vec![
            (input, self.hidden, true, true),
            (self.hidden, self.code_dim, false, false),
        ]
    }

    /// The positives and negatives for these normal images.
    pub fn choose(&self, normal: &[Sample], ctx: &mut RunContext) -> Result<Chosen, MethodError> {
        let names = |v: &[Chain]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
        match &self.policy {
            Policy::Fixed {
                positives,
                negatives,
            } => Ok(Chosen {
                positives: names(positives),
                negatives: names(negatives),
                ranking: Vec::new(),
                ranked_by: None,
            }),
            Policy::Random => {
                let order = permutation(self.bank.len(), mix(ctx.seed, 0x4E_0B1A5));
                let pick = |r: std::ops::Range<usize>| {
                    order[r].iter().map(|&i| self.bank[i].to_string()).collect()
                };
                Ok(Chosen {
                    positives: pick(0..self.k),
                    negatives: pick(self.k..2 * self.k),
                    ranking: Vec::new(),
                    ranked_by: None,
                })
            }
            Policy::Ranked => {
                let ranking = rank(ctx, normal, &self.bank, &self.ranking, ctx.seed)?;
                let (positives, negatives) = choose(&ranking, self.k, self.skip_nearest)?;
                let ranked_by = match self.ranking.space {
                    super::ranking::RankSpace::Encoder {
                        tap,
                        backbone: Some(b),
                    } => Some(ctx.ranking_context(b)?.encoder_spec(tap)?),
                    _ => None,
                };
                Ok(Chosen {
                    positives,
                    negatives,
                    ranking,
                    ranked_by,
                })
            }
        }
    }

    /// The training engine's configuration of these hyper-parameters.
    pub fn train_config(&self, seed: u64, workers: usize) -> TrainConfig {
        TrainConfig {
            epochs: self.epochs,
            batch_size: self.batch_size,
            optimizer: OptimizerConfig::sgd(self.momentum, self.weight_decay),
            schedule: Schedule::constant(self.lr),
            seed,
            workers,
        }
    }

    /// Ranks (or takes) the transforms, trains the head on cached features of the images and
    /// of their views, and fits the scorer on the codes of the clean training images.
    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<Ke, MethodError> {
        self.check()?;
        data.check_against("ke", Self::USES)?;
        let chosen = self.choose(&data.normal, ctx)?;
        if let Some(scratch) = &self.scratch {
            return self.fit_scratch(scratch, data, chosen, ctx);
        }
        let anchors = ctx.embed(&data.normal, self.tap)?;
        let normal = kept_samples(&data.normal, &anchors.kept, 2)?;
        let mut views = Vec::new();
        for chain in chosen.chains()? {
            let vs: Vec<Sample> = normal
                .iter()
                .map(|s| view_sample(s, &chain, ctx.seed))
                .collect();
            let e = ctx.embed(&vs, self.tap)?;
            if e.matrix.rows() != normal.len() {
                return Err(MethodError::Params(format!(
                    "ke: {} of {} views under {chain} could not be made",
                    normal.len() - e.matrix.rows(),
                    normal.len()
                )));
            }
            views.push(e.matrix);
        }
        let dim = anchors.matrix.cols();
        let device = swan_train::default_device();
        let head =
            swan_train::params::seeded_init(Mlp::new(&self.head_spec(dim), &device), ctx.seed);
        let source = Arc::new(Rows {
            anchors: anchors.matrix.clone(),
            views,
        });
        let task = KeTask {
            k_pos: chosen.positives.len(),
            temperature: self.temperature,
        };
        let fingerprint = swan_data::fingerprint_samples(&data.normal);
        let identity = KeParams {
            scorer: ScorerConfig::KCos,
            ..self.clone()
        };
        let (head, summary) = ctx.train(
            &task,
            head,
            source,
            &self.train_config(ctx.seed, ctx.train.workers),
            serde_json::json!({ "method": "ke", "params": identity, "chosen": chosen, "data": fingerprint, "encoder": ctx.encoder_spec(self.tap)? }),
            &device,
        )?;
        use burn::module::Module;
        let head = head.valid();
        let train_codes = codes(&head, &anchors.matrix)?;
        let scorer = self.scorer.fit(&train_codes)?;
        Ok(Ke::new(
            KeParams {
                chosen: Some(chosen),
                ..self.clone()
            },
            Network::Head {
                head,
                encoder: ctx.encoder_spec(self.tap)?,
            },
            scorer,
            FitRecord {
                data_fingerprint: fingerprint,
                n_train: normal.len(),
                log: summary.log,
                skipped: anchors.skipped,
                train_ids: Vec::new(),
                calibration: None,
            },
        ))
    }
}

impl KeParams {
    /// The paper's tier: a ResNet-18 trained from scratch on the normal images and fresh
    /// draws of the chosen transforms; the scorer on its codes of the clean images.
    fn fit_scratch(
        &self,
        scratch: &KeScratch,
        data: &TrainData,
        chosen: Chosen,
        ctx: &mut RunContext,
    ) -> Result<Ke, MethodError> {
        let (bank, _, skipped) = crate::nsa::load_training_bank(
            &data.normal,
            scratch.image_size,
            scratch.antialias,
            ctx.progress,
        )?;
        let bank = Arc::new(bank);
        let chains = chosen.chains()?;
        let device = swan_train::default_device();
        let net = swan_train::params::seeded_init(scratch.backbone().init(&device), ctx.seed);
        let task = ScratchTask {
            k_pos: chosen.positives.len(),
            temperature: self.temperature,
        };
        let source = Arc::new(ViewBank {
            bank: Arc::clone(&bank),
            chains,
        });
        let fingerprint = swan_data::fingerprint_samples(&data.normal);
        let identity = KeParams {
            scorer: ScorerConfig::KCos,
            ..self.clone()
        };
        let (net, summary) = ctx.train(
            &task,
            net,
            source,
            &self.train_config(ctx.seed, ctx.train.workers),
            serde_json::json!({ "method": "ke", "params": identity, "chosen": chosen, "data": fingerprint }),
            &device,
        )?;
        use burn::module::Module;
        let net = net.valid();
        let train_codes = super::scratch::embed(&net, &bank, ctx.batch_size)?;
        let scorer = self.scorer.fit(&train_codes)?;
        let n_train = train_codes.rows();
        Ok(Ke::new(
            KeParams {
                chosen: Some(chosen),
                ..self.clone()
            },
            Network::Scratch(Box::new(net)),
            scorer,
            FitRecord {
                data_fingerprint: fingerprint,
                n_train,
                log: summary.log,
                skipped,
                train_ids: Vec::new(),
                calibration: None,
            },
        ))
    }
}

/// Cached features: anchors and one matrix per chosen view (positives first), row-aligned.
struct Rows {
    anchors: Matrix,
    views: Vec<Matrix>,
}

impl BatchSource for Rows {
    fn len(&self) -> usize {
        self.anchors.rows()
    }

    /// Views: the anchors' features, then each chosen transform's, as `[b, d, 1, 1]`.
    fn batch(&self, indices: &[usize], _rng: &mut Rng) -> Result<HostBatch, TrainError> {
        let d = self.anchors.cols();
        let take = |m: &Matrix| HostTensor {
            shape: [indices.len(), d, 1, 1],
            data: indices
                .iter()
                .flat_map(|&i| m.row(i).iter().copied())
                .collect(),
        };
        let mut views = vec![take(&self.anchors)];
        views.extend(self.views.iter().map(take));
        Ok(HostBatch {
            views,
            indices: indices.to_vec(),
        })
    }
}

struct KeTask {
    k_pos: usize,
    temperature: f64,
}

impl Task for KeTask {
    type Model = Mlp;

    fn loss(&self, head: &Mlp, batch: Batch) -> Result<StepLoss, TrainError> {
        let b = batch.rows();
        let flat = |t: Tensor<4>| {
            let d = t.dims()[1];
            t.reshape([b, d])
        };
        let parts: Vec<Tensor<2>> = batch.views.into_iter().map(flat).collect();
        check_views(parts.len(), self.k_pos)?;
        let z = head.forward(Tensor::cat(parts, 0));
        Ok(StepLoss {
            loss: stacked_views_loss(z, b, self.k_pos, self.temperature),
            metrics: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank(names: &[&str]) -> Vec<Chain> {
        names.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn defaults_are_valid() {
        KeParams::default().check().unwrap();
    }

    #[test]
    fn learning_rate_and_temperature_must_be_positive_numbers() {
        for (lr, temperature) in [(f64::NAN, 0.2), (-0.01, 0.2), (0.01, 0.0)] {
            let e = KeParams {
                lr,
                temperature,
                ..KeParams::default()
            }
            .check()
            .unwrap_err()
            .to_string();
            assert!(e.contains("must be positive numbers"), "{e}");
        }
    }

    #[test]
    fn a_bank_too_small_for_the_pairs_is_refused_with_what_it_needs() {
        let p = KeParams {
            bank: bank(&["hflip", "vflip", "rot90"]),
            k: 2,
            ..KeParams::default()
        };
        let e = p.check().unwrap_err().to_string();
        assert!(
            e.contains("needs at least 4 transforms") && e.contains("--bank has 3"),
            "{e}"
        );
        // Skipping the nearest takes one transform more.
        let p = KeParams {
            bank: bank(&["hflip", "vflip", "rot90", "blur"]),
            skip_nearest: true,
            ..p
        };
        let e = p.check().unwrap_err().to_string();
        assert!(e.contains("needs at least 5"), "{e}");
        KeParams {
            skip_nearest: false,
            ..p
        }
        .check()
        .unwrap();
    }
}
