use burn::tensor::{Device, Tensor, TensorData};
use swan_data::Sample;
use swan_encoder::{RawTensor, TensorMap, TensorRef, TensorRefs};
use swan_train::params::{assign_named, named_tensors};

use super::heads::{DraNet, Head, HeadScores};
use super::params::{DraParams, embed_levels};
use crate::{EncoderSpec, FitRecord, MethodError, RunContext, ScoreComponent, ScoreMap, Scored};

/// A trained DRA (or DevNet) detector: the heads (and the fine-tuned last stages with
/// `train_from`), the stored reference set (feature maps of one seeded draw of normal images,
/// per pyramid level, at the tap the model reads) and the encoder it reads.
#[derive(Clone, Debug)]
pub struct Dra {
    params: DraParams,
    net: DraNet,
    /// `[R, C, h, w]` per level (empty without the residual head).
    references: Vec<RawTensor>,
    encoder: EncoderSpec,
    n_anomalies: usize,
    /// What the fit saw (training data, log, unreadable images, calibration).
    pub record: FitRecord,
}

/// What [`Dra::score_maps`] gives: the anomaly scores, their terms head by head, and the
/// patch maps when asked for.
#[derive(Debug, Default)]
pub struct MapScores {
    pub scores: Vec<f32>,
    pub components: Vec<ScoreComponent>,
    pub maps: Vec<ScoreMap>,
}

/// The patch scores of the heads that pool patches (seen, pseudo, residual) at every pyramid
/// level (`[n, h_l, w_l]` per head, [`DraNet::forward_with_maps`]) as one map per head and
/// image: each level's map brought to the first level's `h × w` (bilinear) and averaged over
/// the levels, as the head's score averages its levels' top-K means.
fn average_levels(
    levels: Vec<Vec<(&'static str, Tensor<3>)>>,
) -> Result<Vec<ScoreMap>, MethodError> {
    let count = levels.len().max(1) as f32;
    let mut out: Vec<ScoreMap> = Vec::new();
    for (l, heads) in levels.into_iter().enumerate() {
        for (i, (name, t)) in heads.into_iter().enumerate() {
            let [n, h, w] = t.dims();
            let values = t
                .into_data()
                .try_to_vec::<f32>()
                .map_err(|_| MethodError::Params("dra: patch scores are not f32".into()))?;
            if l == 0 {
                out.push(ScoreMap {
                    name: name.to_string(),
                    shape: [h, w],
                    values,
                });
                continue;
            }
            let ScoreMap {
                shape, values: acc, ..
            } = &mut out[i];
            for (j, plane) in values.chunks_exact(h * w).take(n).enumerate() {
                let up = swan_data::resize_plane_bilinear(plane, [h, w], *shape)
                    .map_err(|e| MethodError::Params(format!("dra: patch map: {e}")))?;
                let d = shape[0] * shape[1];
                for (a, b) in acc[j * d..(j + 1) * d].iter_mut().zip(up) {
                    *a += b;
                }
            }
        }
    }
    for m in &mut out {
        m.values.iter_mut().for_each(|v| *v /= count);
    }
    Ok(out)
}

const NET: &str = "dra.net.";
const REFS: &str = "dra.references.";

fn inference_device() -> Device {
    swan_train::inference_device()
}

impl Dra {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        params: DraParams,
        net: DraNet,
        references: Vec<RawTensor>,
        encoder: EncoderSpec,
        n_anomalies: usize,
        record: FitRecord,
    ) -> Self {
        Self {
            params,
            net,
            references,
            encoder,
            n_anomalies,
            record,
        }
    }

    /// The hyper-parameters it was fitted with.
    pub fn params(&self) -> &DraParams {
        &self.params
    }

    /// The pretrained encoder it embeds with.
    pub fn encoder_spec(&self) -> &EncoderSpec {
        &self.encoder
    }

    /// Labelled anomalies used in training.
    pub fn n_anomalies(&self) -> usize {
        self.n_anomalies
    }

    /// The anomaly score of feature maps (one `[n, c·h·w]` row block per pyramid level, maps
    /// of shape `shapes[l]`), in chunks of `batch` rows, and its terms head by head
    /// (g_s, g_p, g_r, −g_n for the heads present); with `with_maps`, also the patch scores of
    /// the seen, pseudo and residual heads (`average_levels`).
    pub fn score_maps(
        &self,
        levels: &[(Vec<f32>, [usize; 3])],
        batch: usize,
        with_maps: bool,
    ) -> Result<MapScores, MethodError> {
        let device = inference_device();
        let refs: Vec<Tensor<4>> = self
            .references
            .iter()
            .map(|r| {
                let [n, c, h, w] = r.shape[..] else {
                    unreachable!("checked when built")
                };
                Tensor::<4>::from_data(TensorData::new(r.data.clone(), [n, c, h, w]), &device)
            })
            .collect();
        let Some((first, shape0)) = levels.first() else {
            return Ok(MapScores::default());
        };
        let n = first.len() / shape0.iter().product::<usize>().max(1);
        let mut out = Vec::with_capacity(n);
        let mut components: Vec<ScoreComponent> = Vec::new();
        let mut maps: Vec<ScoreMap> = Vec::new();
        let to_vec = |t: Tensor<1>| -> Result<Vec<f32>, MethodError> {
            t.into_data()
                .try_to_vec::<f32>()
                .map_err(|_| MethodError::Params("dra: scores are not f32".into()))
        };
        let mut lo = 0;
        while lo < n {
            let hi = (lo + batch.max(1)).min(n);
            let (per_level, level_maps): (Vec<HeadScores>, Vec<_>) = levels
                .iter()
                .enumerate()
                .map(|(l, (rows, [c, h, w]))| {
                    let d = c * h * w;
                    let x = Tensor::<4>::from_data(
                        TensorData::new(rows[lo * d..hi * d].to_vec(), [hi - lo, *c, *h, *w]),
                        &device,
                    );
                    self.net
                        .forward_with_maps(x, refs.get(l).cloned(), self.params.top_k_ratio)
                })
                .unzip();
            if with_maps {
                for (i, m) in average_levels(level_maps)?.into_iter().enumerate() {
                    if maps.len() == i {
                        maps.push(ScoreMap {
                            name: m.name.clone(),
                            shape: m.shape,
                            values: Vec::with_capacity(n * m.shape[0] * m.shape[1]),
                        });
                    }
                    maps[i].values.extend(m.values);
                }
            }
            let heads = HeadScores::mean(per_level);
            let score = heads
                .anomaly_score()
                .ok_or_else(|| MethodError::Params("dra: a model without heads".into()))?;
            let v = to_vec(score)?;
            if v.iter().any(|s| !s.is_finite()) {
                return Err(MethodError::NonFinite {
                    what: "dra: the anomaly scores".into(),
                });
            }
            out.extend(v);
            for (i, (name, t)) in heads.terms().into_iter().enumerate() {
                if components.len() == i {
                    components.push(ScoreComponent {
                        name: name.to_string(),
                        scores: Vec::with_capacity(n),
                    });
                }
                components[i].scores.extend(to_vec(t)?);
            }
            lo = hi;
        }
        Ok(MapScores {
            scores: out,
            components,
            maps,
        })
    }

    /// Embeds (feature maps at every pyramid level) and scores samples; unreadable images are
    /// skipped and listed.
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let sizes = self.params.level_sizes(self.encoder.image_size)?;
        let super::params::EmbeddedLevels {
            kept: kept_samples,
            maps: levels,
            skipped,
        } = embed_levels(
            ctx,
            samples,
            self.params.input_tap(self.encoder.backbone),
            &sizes,
        )?;
        let kept_ids: std::collections::HashSet<String> =
            kept_samples.iter().map(|s| s.location()).collect();
        let kept = samples
            .iter()
            .map(|s| kept_ids.contains(&s.location()))
            .collect();
        let levels: Vec<(Vec<f32>, [usize; 3])> = levels
            .into_iter()
            .map(|(shape, rows)| (rows, shape))
            .collect();
        let MapScores {
            scores,
            components,
            maps,
        } = if kept_samples.is_empty() {
            MapScores::default()
        } else {
            self.score_maps(&levels, ctx.batch_size.max(256), ctx.maps)?
        };
        Ok(Scored {
            scores,
            kept,
            skipped,
            components,
            neighbours: Vec::new(),
            maps,
        })
    }

    /// The tensors of a model file: the heads and the reference set.
    pub fn tensors(&self) -> TensorRefs<'_> {
        let mut out = TensorRefs::new();
        for (k, t) in named_tensors(&self.net) {
            out.insert(format!("{NET}{k}"), TensorRef::new(t.shape, t.values));
        }
        for (l, r) in self.references.iter().enumerate() {
            out.insert(format!("{REFS}{l}"), r.into());
        }
        out
    }

    /// Rebuilds the detector from a model file's parts.
    pub fn from_parts(
        params: DraParams,
        encoder: EncoderSpec,
        record: FitRecord,
        mut tensors: TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bad = |reason: String| MethodError::Params(format!("dra model file: {reason}"));
        let tap = params.tap_on(encoder.backbone);
        let channels = encoder.backbone.tap_channels(tap)?;
        // The reference maps are stored at the tap the model reads.
        let ref_channels = encoder
            .backbone
            .tap_channels(params.input_tap(encoder.backbone))?;
        let table = crate::model_file::network_table(&mut tensors, NET);
        let device = inference_device();
        use burn::module::Module;
        let mut skeleton = DraNet::new(&params.heads, channels, params.normality_hidden, &device);
        if let Some(from) = params.train_from {
            let skeleton_encoder = swan_encoder::efficientnet_lite::lite_skeleton(
                &encoder.backbone.config(),
                swan_encoder::efficientnet_lite::BatchNormMode::Fold,
                &device,
            )?;
            skeleton.tail = Some(crate::tail::Tail::between(skeleton_encoder, from, tap)?);
        }
        let net = assign_named(skeleton, &table)
            .map_err(|e| bad(e.to_string()))?
            .valid();
        let mut references = Vec::new();
        if params.has(Head::Residual) {
            for l in 0..params.pyramid_levels {
                let r = tensors
                    .remove(&format!("{REFS}{l}"))
                    .ok_or_else(|| bad(format!("{REFS}{l} missing")))?;
                if r.shape.len() != 4 || r.shape[1] != ref_channels || r.shape[0] == 0 {
                    return Err(bad(format!(
                        "{REFS}{l} must be [R, {ref_channels}, h, w], found {:?}",
                        r.shape
                    )));
                }
                references.push(r);
            }
        }
        Ok(Self {
            params,
            net,
            references,
            encoder,
            n_anomalies: 0,
            record,
        })
    }
}
