use swan_data::Sample;
use swan_encoder::{TensorMap, TensorRef, TensorRefs};
use swan_score::{Matrix, Scorer};
use swan_train::params::{assign_named, named_tensors};
use swan_train::ssl::Mlp;

use super::params::KeParams;
pub(super) use crate::head::codes;
use crate::{EncoderSpec, FitRecord, MethodError, RunContext, Scored};

/// A fitted KE detector: the head on frozen features, and the scorer on its codes.
#[derive(Clone, Debug)]
pub struct Ke {
    params: KeParams,
    head: Mlp,
    scorer: Scorer,
    encoder: EncoderSpec,
    pub record: FitRecord,
}

const HEAD: &str = "ke.head.";
const SCORER: &str = "ke.scorer.";

impl Ke {
    pub(super) fn new(
        params: KeParams,
        head: Mlp,
        scorer: Scorer,
        encoder: EncoderSpec,
        record: FitRecord,
    ) -> Self {
        Self {
            params,
            head,
            scorer,
            encoder,
            record,
        }
    }

    /// The hyper-parameters, with the transforms the fit chose.
    pub fn params(&self) -> &KeParams {
        &self.params
    }

    pub fn encoder_spec(&self) -> &EncoderSpec {
        &self.encoder
    }

    /// Scores frozen features (rows of the encoder tap).
    pub fn score_features(&self, features: &Matrix) -> Result<Vec<f32>, MethodError> {
        Ok(self.scorer.score(&codes(&self.head, features)?)?)
    }

    /// The l2-normalised codes of samples (rows for the readable ones).
    pub fn codes(
        &self,
        samples: &[Sample],
        ctx: &mut RunContext,
    ) -> Result<crate::Embedded, MethodError> {
        let e = ctx.embed(samples, self.params.tap)?;
        Ok(crate::Embedded {
            matrix: codes(&self.head, &e.matrix)?,
            ..e
        })
    }

    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let e = ctx.embed(samples, self.params.tap)?;
        Ok(Scored {
            scores: self.score_features(&e.matrix)?,
            kept: e.kept,
            skipped: e.skipped,
            components: Vec::new(),
            neighbours: Vec::new(),
            maps: Vec::new(),
        })
    }

    pub fn tensors(&self) -> TensorRefs<'_> {
        let mut out = TensorRefs::new();
        for (k, t) in named_tensors(&self.head) {
            out.insert(format!("{HEAD}{k}"), TensorRef::new(t.shape, t.values));
        }
        crate::model_file::insert_scorer(&mut out, SCORER, &self.scorer);
        out
    }

    pub fn from_parts(
        params: KeParams,
        encoder: EncoderSpec,
        record: FitRecord,
        mut tensors: TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bad = |reason: String| MethodError::Params(format!("ke model file: {reason}"));
        let input = encoder.backbone.tap_channels(params.tap)?;
        let table = crate::model_file::network_table(&mut tensors, HEAD);
        use burn::module::Module;
        let head = assign_named(
            Mlp::new(&params.head_spec(input), &swan_train::inference_device()),
            &table,
        )
        .map_err(|e| bad(e.to_string()))?
        .valid();
        let scorer = crate::model_file::read_scorer(&mut tensors, SCORER, params.scorer.clone())?;
        Ok(Self {
            scorer,
            params,
            head,
            encoder,
            record,
        })
    }
}
