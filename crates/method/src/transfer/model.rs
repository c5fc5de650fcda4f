use burn::module::Module;
use burn::tensor::{Tensor, TensorData};
use swan_data::Sample;
use swan_encoder::{Backbone, Preprocess, TensorMap, TensorRef, TensorRefs};
use swan_train::params::{assign_named, named_tensors};

use super::net::TransferNet;
use super::params::TransferParams;
use crate::features::load_preprocessed;
use crate::{FitRecord, MethodError, RunContext, Scored};

/// A fine-tuned transfer-based detector (ADIB or ADRA): the whole network, encoder included.
/// The score of an image is the logit of f_θ(x) (the same ranking as the probability).
#[derive(Clone, Debug)]
pub struct Transfer {
    params: TransferParams,
    net: TransferNet,
    /// Parameters that trained (ADRA: adapters and head).
    pub trainable: usize,
    pub record: FitRecord,
}

const NET: &str = "transfer.net.";

impl Transfer {
    pub(super) fn new(
        params: TransferParams,
        net: TransferNet,
        trainable: usize,
        record: FitRecord,
    ) -> Self {
        Self {
            params,
            net,
            trainable,
            record,
        }
    }

    pub fn params(&self) -> &TransferParams {
        &self.params
    }

    pub fn net(&self) -> &TransferNet {
        &self.net
    }

    fn size(&self) -> usize {
        self.params.image_size.unwrap_or(224)
    }

    /// Logits of preprocessed `[n, 3, s, s]` images, in chunks of `batch`.
    pub fn score_preprocessed(&self, data: &[f32], batch: usize) -> Result<Vec<f32>, MethodError> {
        let s = self.size();
        let per = 3 * s * s;
        let n = data.len() / per;
        let device = swan_train::inference_device();
        let mut out = Vec::with_capacity(n);
        for lo in (0..n).step_by(batch.max(1)) {
            let hi = (lo + batch.max(1)).min(n);
            let x = Tensor::<4>::from_data(
                TensorData::new(data[lo * per..hi * per].to_vec(), [hi - lo, 3, s, s]),
                &device,
            );
            let v: Vec<f32> = self
                .net
                .logits(x)
                .into_data()
                .try_to_vec()
                .map_err(|_| MethodError::Params("transfer: logits are not f32".into()))?;
            if v.iter().any(|z| !z.is_finite()) {
                return Err(MethodError::NonFinite {
                    what: "transfer: the logits".into(),
                });
            }
            out.extend(v);
        }
        Ok(out)
    }

    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let preprocess = Preprocess {
            antialias: self.params.antialias,
            ..Backbone::EfficientNetLite0.preprocess(self.size())
        };
        let (data, kept, skipped) = load_preprocessed(samples, preprocess, ctx.progress);
        Ok(Scored {
            scores: self.score_preprocessed(&data, ctx.batch_size)?,
            kept,
            skipped,
            components: Vec::new(),
            neighbours: Vec::new(),
            maps: Vec::new(),
        })
    }

    pub fn tensors(&self) -> TensorRefs<'_> {
        named_tensors(&self.net)
            .into_iter()
            .map(|(k, t)| (format!("{NET}{k}"), TensorRef::new(t.shape, t.values)))
            .collect()
    }

    pub fn from_parts(
        params: TransferParams,
        record: FitRecord,
        mut tensors: TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bad = |reason: String| MethodError::Params(format!("transfer model file: {reason}"));
        let table = crate::model_file::network_table(&mut tensors, NET);
        // The architecture with placeholder values, then the stored values.
        let device = swan_train::inference_device();
        let mode = if params.folds_batch_norm() {
            swan_encoder::efficientnet_lite0::BatchNormMode::Fold
        } else {
            swan_encoder::efficientnet_lite0::BatchNormMode::Keep
        };
        let encoder = swan_encoder::efficientnet_lite0::lite0_skeleton(
            &swan_encoder::efficientnet_lite0::EfficientNetLite0Config::imagenet(),
            mode,
            &device,
        )?;
        let net = TransferNet::new(encoder, params.adapters, &device);
        let net = assign_named(net, &table)
            .map_err(|e| bad(e.to_string()))?
            .valid();
        Ok(Self {
            trainable: 0,
            params,
            net,
            record,
        })
    }
}
