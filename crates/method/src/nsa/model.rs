use burn::module::Module;
use burn::tensor::{Device, Tensor, TensorData};
use swan_data::Sample;
use swan_encoder::{TensorMap, TensorRef, TensorRefs};
use swan_score::{Ensemble, Matrix, Scorer};
use swan_train::params::{assign_named, named_tensors};
use swan_train::ssl::{SslNet, l2_normalize};

use super::augment::ImageBank;
use super::params::NsaParams;
use crate::{FitRecord, MethodError, RunContext, ScoreComponent, Scored, Skipped};

/// A trained NSA detector: the network (encoder part used for embeddings), one fitted scorer
/// per scored stage, and the ensemble's per-stage ranges.
#[derive(Clone, Debug)]
pub struct Nsa {
    params: NsaParams,
    net: SslNet,
    scorers: Vec<Scorer>,
    ensemble: Option<Ensemble>,
    /// What the fit saw (training data, log, unreadable images, calibration).
    pub record: FitRecord,
}

const NET: &str = "nsa.net.";
const SCORER: &str = "nsa.scorer.";

fn inference_device() -> Device {
    swan_train::inference_device()
}

/// Decodes and resizes the samples to `size`×`size` (antialiased when they shrink and
/// `antialias` is set), values in `[0, 1]`; unreadable images are skipped and listed.
pub(crate) fn load_bank(
    samples: &[Sample],
    size: usize,
    antialias: bool,
    progress: bool,
) -> Result<(ImageBank, Vec<bool>, Vec<Skipped>), MethodError> {
    let (data, kept, skipped) = crate::features::load_rows(samples, progress, |s| {
        let v = s
            .load()
            .and_then(|img| swan_data::resize_bilinear_with(&img, size, size, antialias))
            .map(|img| img.data.iter().map(|v| v / 255.0).collect::<Vec<f32>>())
            .map_err(|e| e.to_string())?;
        if v.iter().all(|x| x.is_finite()) {
            Ok(v)
        } else {
            Err("image has non-finite pixel values".into())
        }
    });
    Ok((ImageBank { size, data }, kept, skipped))
}

/// [`load_bank`] for training a network: at least two readable images (batch-norm needs two
/// rows), else [`MethodError::TooFewTrainingImages`].
pub(crate) fn load_training_bank(
    samples: &[Sample],
    size: usize,
    antialias: bool,
    progress: bool,
) -> Result<(ImageBank, Vec<bool>, Vec<Skipped>), MethodError> {
    let (bank, kept, skipped) = load_bank(samples, size, antialias, progress)?;
    if bank.len() < 2 {
        return Err(MethodError::TooFewTrainingImages {
            readable: bank.len(),
            needs: 2,
            skipped: skipped.len(),
        });
    }
    Ok((bank, kept, skipped))
}

/// Pooled embeddings of `bank` at the given stages (1..=4), as the projector would see the
/// final one (l2-normalised when `normalize`; earlier stages are normalised the same way).
pub(crate) fn embed_stages(
    net: &SslNet,
    bank: &ImageBank,
    layers: &[usize],
    batch: usize,
    normalize: bool,
) -> Result<Vec<Matrix>, MethodError> {
    let device = inference_device();
    let n = bank.len();
    let mut out: Vec<Vec<f32>> = vec![Vec::new(); layers.len()];
    let mut dims = vec![0; layers.len()];
    let mut lo = 0;
    while lo < n {
        let hi = (lo + batch).min(n);
        let host = bank.normalized(lo..hi);
        let x: Tensor<4> = Tensor::from_data(TensorData::new(host.data, host.shape), &device);
        let feats = net.features(x);
        for (j, &l) in layers.iter().enumerate() {
            let f = feats.stages[l - 1].clone();
            let f = if normalize { l2_normalize(f) } else { f };
            dims[j] = f.dims()[1];
            out[j].extend(f.into_data().try_to_vec::<f32>().unwrap_or_default());
        }
        lo = hi;
    }
    out.into_iter()
        .zip(dims)
        .zip(layers)
        .map(|((v, d), l)| {
            Matrix::new(v.len() / d.max(1), d, v).map_err(|e| match e {
                swan_score::MatrixError::NonFinite { .. } => MethodError::NonFinite {
                    what: format!("nsa: the stage-{l} embeddings"),
                },
                e => e.into(),
            })
        })
        .collect()
}

/// Min/max ranges of each stage's scores, learnt on training rows scored against a scorer fit
/// on the other rows (a training row scored against a bank holding itself would score 0).
fn fit_ensemble(params: &NsaParams, feats: &[Matrix]) -> Result<Option<Ensemble>, MethodError> {
    if feats.len() < 2 {
        return Ok(None);
    }
    let n = feats[0].rows();
    let held: Vec<usize> = (0..n).step_by(5).collect();
    let rest: Vec<usize> = (0..n).filter(|i| i % 5 != 0).collect();
    if held.is_empty() || rest.len() < 2 {
        return Err(MethodError::Params(
            "nsa: a multi-layer ensemble needs at least 3 training images".into(),
        ));
    }
    let take = |m: &Matrix, rows: &[usize]| {
        let mut v = Vec::with_capacity(rows.len() * m.cols());
        for &r in rows {
            v.extend_from_slice(m.row(r));
        }
        Matrix::new(rows.len(), m.cols(), v).expect("rows × cols")
    };
    let mut train_scores = Vec::new();
    for m in feats {
        let s = params.scorer.fit(&take(m, &rest))?;
        train_scores.push(s.score(&take(m, &held))?);
    }
    Ok(Some(Ensemble::fit(&train_scores)?))
}

impl Nsa {
    pub(super) fn from_trained(
        params: NsaParams,
        net: SslNet,
        bank: &ImageBank,
        record: FitRecord,
        ctx: &RunContext,
    ) -> Result<Self, MethodError> {
        let net = net.valid();
        let feats = embed_stages(
            &net,
            bank,
            &params.layers,
            ctx.batch_size,
            params.scores_normalized(),
        )?;
        let scorers = feats
            .iter()
            .map(|m| params.scorer.fit(m))
            .collect::<Result<Vec<_>, _>>()?;
        let ensemble = fit_ensemble(&params, &feats)?;
        Ok(Self {
            params,
            net,
            scorers,
            ensemble,
            record,
        })
    }

    /// The hyper-parameters it was fitted with.
    pub fn params(&self) -> &NsaParams {
        &self.params
    }

    /// Whether [`RunContext::neighbours`] names the training images a score is the distance
    /// to: one scored stage whose scorer measures a distance to training rows (k-Cos, kNN), not
    /// an ensemble (a sum over stages) nor c-Cos.
    pub fn names_neighbours(&self) -> bool {
        matches!(self.scorers.as_slice(), [s] if s.names_rows())
    }

    /// Scores stage embeddings (one matrix per entry of `params.layers`).
    pub fn score_features(&self, feats: &[Matrix]) -> Result<Vec<f32>, MethodError> {
        self.combine(self.layer_scores(feats)?)
    }

    /// Each scored stage's own score (one vector per entry of `params.layers`).
    fn layer_scores(&self, feats: &[Matrix]) -> Result<Vec<Vec<f32>>, MethodError> {
        Ok(self
            .scorers
            .iter()
            .zip(feats)
            .map(|(s, m)| s.score(m))
            .collect::<Result<Vec<_>, _>>()?)
    }

    /// The ensemble of the stages' scores (the one stage's score without an ensemble).
    fn combine(&self, per_layer: Vec<Vec<f32>>) -> Result<Vec<f32>, MethodError> {
        match &self.ensemble {
            Some(e) => Ok(e.combine(&per_layer)?),
            None => Ok(per_layer.into_iter().next().unwrap_or_default()),
        }
    }

    /// Scores samples; unreadable images are skipped and listed.
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let (bank, kept, skipped) = load_bank(
            samples,
            self.params.image_size,
            self.params.antialias,
            ctx.progress,
        )?;
        let feats = embed_stages(
            &self.net,
            &bank,
            &self.params.layers,
            ctx.batch_size,
            self.params.scores_normalized(),
        )?;
        let per_layer = self.layer_scores(&feats)?;
        let neighbours = match (ctx.neighbours, self.scorers.as_slice(), feats.as_slice()) {
            (0, ..) => Vec::new(),
            (k, [scorer], [f]) => {
                crate::model_file::scorer_neighbours(scorer, f, k, &self.record.train_ids)?
            }
            _ => {
                return Err(MethodError::Params(
                    "a multi-layer nsa ensemble sums several distances: it has no one nearest \
                     training image"
                        .into(),
                ));
            }
        };
        // A multi-layer ensemble reports each stage's own score beside the ensemble's.
        let components = if self.ensemble.is_some() {
            self.params
                .layers
                .iter()
                .zip(&per_layer)
                .map(|(l, s)| ScoreComponent {
                    name: format!("stage{l}"),
                    scores: s.clone(),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(Scored {
            scores: self.combine(per_layer)?,
            kept,
            skipped,
            components,
            neighbours,
            maps: Vec::new(),
        })
    }

    /// The tensors of a model file: the network and the fitted scorers.
    pub fn tensors(&self) -> TensorRefs<'_> {
        let mut out = TensorRefs::new();
        for (k, t) in named_tensors(&self.net) {
            out.insert(format!("{NET}{k}"), TensorRef::new(t.shape, t.values));
        }
        for (i, s) in self.scorers.iter().enumerate() {
            crate::model_file::insert_scorer(&mut out, &format!("{SCORER}{i}."), s);
        }
        if let Some(e) = &self.ensemble {
            let flat: Vec<f32> = e.ranges.iter().flat_map(|(a, b)| [*a, *b]).collect();
            out.insert(
                "nsa.ensemble".into(),
                TensorRef::new(vec![e.ranges.len(), 2], flat),
            );
        }
        out
    }

    /// Rebuilds the detector from a model file's parts.
    pub fn from_parts(
        params: NsaParams,
        record: FitRecord,
        mut tensors: TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bad = |reason: String| MethodError::Params(format!("nsa model file: {reason}"));
        let table = crate::model_file::network_table(&mut tensors, NET);
        let device = inference_device();
        let net = assign_named(params.ssl_config().init(&device), &table)
            .map_err(|e| bad(e.to_string()))?
            .valid();
        let mut scorers = Vec::new();
        for i in 0..params.layers.len() {
            scorers.push(crate::model_file::read_scorer(
                &mut tensors,
                &format!("{SCORER}{i}."),
                params.scorer.clone(),
            )?);
        }
        let ensemble = match tensors.get("nsa.ensemble") {
            Some(t) if t.shape.len() == 2 && t.shape[1] == 2 => Some(Ensemble {
                ranges: t.data.chunks_exact(2).map(|c| (c[0], c[1])).collect(),
            }),
            Some(_) => return Err(bad("nsa.ensemble must be [layers, 2]".into())),
            None if params.layers.len() > 1 => return Err(bad("nsa.ensemble missing".into())),
            None => None,
        };
        Ok(Self {
            params,
            net,
            scorers,
            ensemble,
            record,
        })
    }
}
