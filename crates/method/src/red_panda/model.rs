use swan_data::Sample;
use swan_encoder::{TensorMap, TensorRef, TensorRefs};
use swan_score::{Matrix, Scorer};
use swan_train::params::{assign_named, named_tensors};
use swan_train::ssl::Mlp;

use super::params::{RedPandaParams, Tier};
use crate::model_file::scorer_neighbours;
use crate::tail::Tail;
use crate::{Embedded, EncoderSpec, FitRecord, MethodError, RunContext, Scored};
use swan_encoder::efficientnet_lite::{BatchNormMode, lite_skeleton};

/// A fitted Red PANDA detector: the head on frozen features and the kNN bank of the
/// training images' codes (the generator is for training only and is not kept).
#[derive(Clone, Debug)]
pub struct RedPanda {
    params: RedPandaParams,
    /// Tier B: the fine-tuned blocks after `split_tap` and the head convolution; tier C: the
    /// whole fine-tuned encoder.
    tail: Option<Tail>,
    head: Mlp,
    scorer: Scorer,
    encoder: EncoderSpec,
    /// What the fit saw (training data, log, unreadable images, calibration).
    pub record: FitRecord,
}

const HEAD: &str = "red_panda.head.";
const TAIL: &str = "red_panda.tail.";
const SCORER: &str = "red_panda.scorer.";

impl RedPanda {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        params: RedPandaParams,
        tail: Option<Tail>,
        head: Mlp,
        scorer: Scorer,
        encoder: EncoderSpec,
        record: FitRecord,
    ) -> Self {
        Self {
            params,
            tail,
            head,
            scorer,
            encoder,
            record,
        }
    }

    /// The hyper-parameters it was fitted with.
    pub fn params(&self) -> &RedPandaParams {
        &self.params
    }

    /// The pretrained encoder it embeds with.
    pub fn encoder_spec(&self) -> &EncoderSpec {
        &self.encoder
    }

    /// The l2-normalised codes ẑ of samples (rows for the readable ones).
    pub fn codes(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Embedded, MethodError> {
        let e = self.params.inputs(samples, ctx)?;
        let shape = e.map_shape.unwrap_or([e.matrix.cols(), 1, 1]);
        Ok(Embedded {
            matrix: self
                .params
                .codes(self.tail.as_ref(), &self.head, &e.matrix, shape)?,
            ..e
        })
    }

    /// Whether [`RunContext::neighbours`] names the training images a score is the distance to
    /// (its kNN bank of training codes does).
    pub fn names_neighbours(&self) -> bool {
        self.scorer.names_rows()
    }

    /// Score = 1 − cosine similarity to the nearest training code (k = 1). With
    /// [`RunContext::neighbours`] set, also names each image's nearest training images.
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let e = self.codes(samples, ctx)?;
        let neighbours = match ctx.neighbours {
            0 => Vec::new(),
            k => scorer_neighbours(&self.scorer, &e.matrix, k, &self.record.train_ids)?,
        };
        Ok(Scored {
            scores: self.scorer.score(&e.matrix)?,
            kept: e.kept,
            skipped: e.skipped,
            components: Vec::new(),
            neighbours,
            maps: Vec::new(),
        })
    }

    /// Scores frozen pooled features (tier A: rows of the encoder tap).
    pub fn score_features(&self, features: &Matrix) -> Result<Vec<f32>, MethodError> {
        if self.tail.is_some() {
            return Err(MethodError::Params(
                "red-panda tiers B and C score activation maps or images, not pooled features"
                    .into(),
            ));
        }
        let shape = [features.cols(), 1, 1];
        Ok(self
            .scorer
            .score(&self.params.codes(None, &self.head, features, shape)?)?)
    }

    /// What a model file keeps: the head, the fine-tuned tail (tiers B and C) and the kNN
    /// bank of training codes.
    pub fn tensors(&self) -> TensorRefs<'_> {
        let mut out = TensorRefs::new();
        for (k, t) in named_tensors(&self.head) {
            out.insert(format!("{HEAD}{k}"), TensorRef::new(t.shape, t.values));
        }
        if let Some(tail) = &self.tail {
            for (k, t) in named_tensors(tail) {
                out.insert(format!("{TAIL}{k}"), TensorRef::new(t.shape, t.values));
            }
        }
        crate::model_file::insert_scorer(&mut out, SCORER, &self.scorer);
        out
    }

    /// A detector from a model file's parts.
    pub fn from_parts(
        params: RedPandaParams,
        encoder: EncoderSpec,
        record: FitRecord,
        mut tensors: TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bad = |reason: String| MethodError::Params(format!("red-panda model file: {reason}"));
        use burn::module::Module;
        let device = swan_train::inference_device();
        let tail = match params.tier {
            Tier::A => None,
            Tier::B | Tier::C => {
                let skeleton =
                    lite_skeleton(&encoder.backbone.config(), BatchNormMode::Fold, &device)?;
                let table = crate::model_file::network_table(&mut tensors, TAIL);
                match params.tail(skeleton, encoder.backbone)? {
                    Some(t) => Some(
                        assign_named(t, &table)
                            .map_err(|e| bad(e.to_string()))?
                            .valid(),
                    ),
                    None => None,
                }
            }
        };
        let input = match &tail {
            Some(t) => t.width(),
            None => encoder.backbone.tap_channels(params.tap)?,
        };
        let table = crate::model_file::network_table(&mut tensors, HEAD);
        let head = assign_named(Mlp::new(&params.head_spec(input), &device), &table)
            .map_err(|e| bad(e.to_string()))?
            .valid();
        let scorer = crate::model_file::read_scorer(&mut tensors, SCORER, params.scorer())?;
        Ok(Self {
            scorer,
            params,
            tail,
            head,
            encoder,
            record,
        })
    }
}
