use swan_data::Sample;
use swan_encoder::{TensorMap, TensorRef, TensorRefs};
use swan_score::{Knn, Matrix};

use super::Dn2Params;
use crate::model_file::named_neighbours;
use crate::{EncoderSpec, FitRecord, MethodError, RunContext, Scored};

/// A fitted DN2 detector: the memory bank of normal embeddings.
#[derive(Clone, Debug)]
pub struct Dn2 {
    params: Dn2Params,
    knn: Knn,
    encoder: EncoderSpec,
    /// What the fit saw (training data, log, unreadable images, calibration).
    pub record: FitRecord,
}

const BANK: &str = "dn2.bank";

impl Dn2 {
    pub(super) fn new(
        params: Dn2Params,
        knn: Knn,
        encoder: EncoderSpec,
        record: FitRecord,
    ) -> Self {
        Self {
            params,
            knn,
            encoder,
            record,
        }
    }

    /// The hyper-parameters it was fitted with.
    pub fn params(&self) -> &Dn2Params {
        &self.params
    }

    /// The pretrained encoder it embeds with.
    pub fn encoder_spec(&self) -> &EncoderSpec {
        &self.encoder
    }

    /// Scores embeddings directly (rows of the same tap and encoder).
    pub fn score_features(&self, features: &Matrix) -> Result<Vec<f32>, MethodError> {
        Ok(self.knn.score(features)?)
    }

    /// The `k` nearest training images of each row of `features`, nearest first, as (id,
    /// distance): the bank rows the score is the distance to.
    pub fn neighbours(
        &self,
        features: &Matrix,
        k: usize,
    ) -> Result<Vec<Vec<(String, f32)>>, MethodError> {
        named_neighbours(self.knn.neighbours(features, k)?, &self.record.train_ids)
    }

    /// Embeds and scores samples; unreadable images are skipped and listed. With
    /// [`RunContext::neighbours`] set, also names each image's nearest training images.
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let embedded = ctx.embed_once(samples, self.params.tap)?;
        let neighbours = match ctx.neighbours {
            0 => Vec::new(),
            k => self.neighbours(&embedded.matrix, k)?,
        };
        Ok(Scored {
            scores: self.score_features(&embedded.matrix)?,
            kept: embedded.kept,
            skipped: embedded.skipped,
            components: Vec::new(),
            neighbours,
            maps: Vec::new(),
        })
    }

    /// The tensors of a model file: the memory bank (borrowed, not copied, when it is held in
    /// single precision).
    pub fn tensors(&self) -> TensorRefs<'_> {
        let bank = self.knn.bank();
        let shape = vec![bank.rows(), bank.cols()];
        let data: std::borrow::Cow<'_, [f32]> = match bank {
            std::borrow::Cow::Borrowed(m) => m.as_slice().into(),
            std::borrow::Cow::Owned(m) => m.into_vec().into(),
        };
        TensorRefs::from([(BANK.to_string(), TensorRef::new(shape, data))])
    }

    /// Rebuilds the detector from a model file's parts.
    pub fn from_parts(
        params: Dn2Params,
        encoder: EncoderSpec,
        record: FitRecord,
        mut tensors: TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bank = tensors
            .remove(BANK)
            .ok_or_else(|| MethodError::Params(format!("model file has no {BANK} tensor")))?;
        let [rows, cols] = bank.shape[..] else {
            return Err(MethodError::Params(format!(
                "{BANK} must be 2-D, found {:?}",
                bank.shape
            )));
        };
        let bank = Matrix::new(rows, cols, bank.data)?;
        // The stored bank is already normalised for the cosine metric: keep it as it is.
        let knn = Knn::from_stored_bank(Knn::params(params.k).metric(params.metric), bank)?;
        Ok(Self::new(params, knn, encoder, record))
    }
}
