use burn::tensor::Device;
use swan_data::Sample;
use swan_encoder::{RawTensor, TensorMap};
use swan_score::{Matrix, Scorer, ScorerState};
use swan_train::params::{assign_named, named_tensors};
use swan_train::ssl::Mlp;
use swan_train::trainer::EpochLog;

use super::params::RedPandaParams;
use crate::head::codes_of;
use crate::{Embedded, EncoderSpec, MethodError, RunContext, Scored, Skipped};

/// A fitted Red PANDA detector: the head on frozen features and the kNN bank of the
/// training images' codes (the generator is for training only and is not kept).
#[derive(Clone, Debug)]
pub struct RedPanda {
    params: RedPandaParams,
    head: Mlp,
    scorer: Scorer,
    encoder: EncoderSpec,
    data_fingerprint: String,
    n_train: usize,
    pub log: Vec<EpochLog>,
    pub skipped: Vec<Skipped>,
}

const HEAD: &str = "red_panda.head.";
const SCORER: &str = "red_panda.scorer.";

impl RedPanda {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        params: RedPandaParams,
        head: Mlp,
        scorer: Scorer,
        encoder: EncoderSpec,
        data_fingerprint: String,
        n_train: usize,
        log: Vec<EpochLog>,
        skipped: Vec<Skipped>,
    ) -> Self {
        Self {
            params,
            head,
            scorer,
            encoder,
            data_fingerprint,
            n_train,
            log,
            skipped,
        }
    }

    pub fn params(&self) -> &RedPandaParams {
        &self.params
    }

    pub fn encoder_spec(&self) -> &EncoderSpec {
        &self.encoder
    }

    pub fn data_fingerprint(&self) -> &str {
        &self.data_fingerprint
    }

    pub fn n_train(&self) -> usize {
        self.n_train
    }

    /// The l2-normalised codes ẑ of samples (rows for the readable ones).
    pub fn codes(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Embedded, MethodError> {
        let e = ctx.embed(samples, self.params.tap)?;
        Ok(Embedded {
            matrix: codes_of(&e.matrix, |x| self.params.embed(&self.head, x))?,
            ..e
        })
    }

    /// Score = 1 − cosine similarity to the nearest training code (k = 1).
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let e = self.codes(samples, ctx)?;
        Ok(Scored {
            scores: self.scorer.score(&e.matrix)?,
            kept: e.kept,
            skipped: e.skipped,
        })
    }

    /// Scores frozen features (rows of the encoder tap).
    pub fn score_features(&self, features: &Matrix) -> Result<Vec<f32>, MethodError> {
        Ok(self
            .scorer
            .score(&codes_of(features, |x| self.params.embed(&self.head, x))?)?)
    }

    pub fn tensors(&self) -> TensorMap {
        let mut out = TensorMap::new();
        for (k, t) in named_tensors(&self.head) {
            out.insert(format!("{HEAD}{k}"), RawTensor::new(t.shape, t.values));
        }
        for t in self.scorer.state().tensors {
            out.insert(
                format!("{SCORER}{}", t.name),
                RawTensor::new(t.shape, t.data),
            );
        }
        out
    }

    pub fn from_parts(
        params: RedPandaParams,
        encoder: EncoderSpec,
        data_fingerprint: String,
        n_train: usize,
        tensors: &TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bad = |reason: String| MethodError::Params(format!("red-panda model file: {reason}"));
        let input = encoder.backbone.tap_channels(params.tap)?;
        let table = crate::model_file::network_table(tensors, HEAD);
        use burn::module::Module;
        let head = assign_named(Mlp::new(&params.head_spec(input), &Device::flex()), &table)
            .map_err(|e| bad(e.to_string()))?
            .valid();
        let state = ScorerState {
            config: params.scorer(),
            tensors: tensors
                .iter()
                .filter_map(|(k, t)| {
                    k.strip_prefix(SCORER).map(|name| swan_score::NamedTensor {
                        name: name.to_string(),
                        shape: t.shape.clone(),
                        data: t.data.clone(),
                    })
                })
                .collect(),
        };
        Ok(Self {
            scorer: Scorer::from_state(&state)?,
            params,
            head,
            encoder,
            data_fingerprint,
            n_train,
            log: Vec::new(),
            skipped: Vec::new(),
        })
    }
}
