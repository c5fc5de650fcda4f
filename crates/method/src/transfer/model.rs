use burn::module::Module;
use burn::tensor::{Tensor, TensorData};
use swan_data::Sample;
use swan_encoder::{Preprocess, TensorMap, TensorRef, TensorRefs};
use swan_train::params::{assign_named, named_tensors};

use super::net::TransferNet;
use super::params::TransferParams;
use crate::features::load_preprocessed;
use crate::{FitRecord, MethodError, RunContext, ScoreMap, Scored};

/// A fine-tuned transfer-based detector (ADIB or ADRA): the whole network, encoder included.
/// The score of an image is the logit of f_θ(x) (the same ranking as the probability).
#[derive(Clone, Debug)]
pub struct Transfer {
    params: TransferParams,
    net: TransferNet,
    /// Parameters that trained (ADRA: adapters and head).
    pub trainable: usize,
    /// What the fit saw (training data, log, unreadable images, calibration).
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

    /// The hyper-parameters it was fitted with.
    pub fn params(&self) -> &TransferParams {
        &self.params
    }

    /// The trained network.
    pub fn net(&self) -> &TransferNet {
        &self.net
    }

    fn size(&self) -> usize {
        self.params.image_size.unwrap_or(224)
    }

    /// Logits of preprocessed `[n, 3, s, s]` images, in chunks of `batch`.
    pub fn score_preprocessed(&self, data: &[f32], batch: usize) -> Result<Vec<f32>, MethodError> {
        Ok(self.score_with_maps(data, batch, false)?.0)
    }

    /// Logits of preprocessed `[n, 3, s, s]` images, in chunks of `batch`, and with `maps`
    /// the head's logit at every patch of the feature map ([`TransferNet::logits_and_maps`];
    /// each image's map averages to its logit), as the map `linear`.
    pub fn score_with_maps(
        &self,
        data: &[f32],
        batch: usize,
        maps: bool,
    ) -> Result<(Vec<f32>, Option<ScoreMap>), MethodError> {
        let s = self.size();
        let per = 3 * s * s;
        let n = data.len() / per;
        let device = swan_train::inference_device();
        let mut out = Vec::with_capacity(n);
        let mut patches: Option<ScoreMap> = None;
        let as_vec = |t: burn::tensor::TensorData, what: &str| -> Result<Vec<f32>, MethodError> {
            let v: Vec<f32> = t
                .try_to_vec()
                .map_err(|_| MethodError::Params(format!("transfer: {what} are not f32")))?;
            if v.iter().any(|z| !z.is_finite()) {
                return Err(MethodError::NonFinite {
                    what: format!("transfer: the {what}"),
                });
            }
            Ok(v)
        };
        for lo in (0..n).step_by(batch.max(1)) {
            let hi = (lo + batch.max(1)).min(n);
            let x = Tensor::<4>::from_data(
                TensorData::new(data[lo * per..hi * per].to_vec(), [hi - lo, 3, s, s]),
                &device,
            );
            if maps {
                let (logits, map) = self.net.logits_and_maps(x);
                let [_, h, w] = map.dims();
                let m = patches.get_or_insert_with(|| ScoreMap {
                    name: "linear".into(),
                    shape: [h, w],
                    values: Vec::new(),
                });
                m.values.extend(as_vec(map.into_data(), "patch logits")?);
                out.extend(as_vec(logits.into_data(), "logits")?);
            } else {
                out.extend(as_vec(self.net.logits(x).into_data(), "logits")?);
            }
        }
        Ok((out, patches))
    }

    /// The head's logit of every image (higher = more anomalous), with its patch map when
    /// [`RunContext::maps`] asks for one.
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let preprocess = Preprocess {
            antialias: self.params.antialias,
            ..self.params.network().preprocess(self.size())
        };
        let (data, kept, skipped) = load_preprocessed(samples, preprocess, ctx.progress);
        let (scores, maps) = self.score_with_maps(&data, ctx.batch_size, ctx.maps)?;
        Ok(Scored {
            scores,
            kept,
            skipped,
            components: Vec::new(),
            neighbours: Vec::new(),
            maps: maps.into_iter().collect(),
        })
    }

    /// What a model file keeps: the network's weights.
    pub fn tensors(&self) -> TensorRefs<'_> {
        named_tensors(&self.net)
            .into_iter()
            .map(|(k, t)| (format!("{NET}{k}"), TensorRef::new(t.shape, t.values)))
            .collect()
    }

    /// A detector from a model file's parts.
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
            swan_encoder::efficientnet_lite::BatchNormMode::Fold
        } else {
            swan_encoder::efficientnet_lite::BatchNormMode::Keep
        };
        let encoder = swan_encoder::efficientnet_lite::lite_skeleton(
            &params.network().config(),
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
