//! ADIB / ADRA: adapters at zero reproduce the pretrained features, ADRA trains only the
//! adapters and the head, a short fit is deterministic, and the head learns a separable case.
//!
//! Uses the EfficientNet-Lite0 checkpoint (`swan weights fetch` or `$SWAN_LITE0_WEIGHTS`;
//! `.ci/run` provides it).

use std::sync::Arc;

use burn::tensor::{Device, Tensor, TensorData};
use swan_data::{ImageRef, Label, Sample};
use swan_encoder::efficientnet_lite::default_lite0_weights_path;
use swan_encoder::efficientnet_lite::{BatchNormMode, EfficientNetLiteConfig, load_lite};
use swan_encoder::{Backbone, Encoder, Tap};
use swan_method::transfer::{BatchNorm, HeadInit, TransferNet, TransferParams};
use swan_method::{Fitted, MethodConfig, RunContext, TrainData};
use swan_train::params::named_tensors;

fn encoder(size: usize) -> Arc<Encoder> {
    Arc::new(
        Encoder::load(
            Backbone::EfficientNetLite0,
            &default_lite0_weights_path(),
            size,
            &Device::flex(),
        )
        .unwrap(),
    )
}

fn pngs(dir: &std::path::Path, n: u32, checker: bool) -> Vec<Sample> {
    (0..n)
        .map(|i| {
            let img = image::RgbImage::from_fn(32, 32, |x, y| {
                let v = if checker {
                    if ((x + i) / 4 + y / 4) % 2 == 0 {
                        240
                    } else {
                        10
                    }
                } else {
                    (x + y + 3 * i) * 3
                };
                image::Rgb([v as u8, 90, (255 - v.min(255)) as u8])
            });
            let tag = if checker { "c" } else { "g" };
            let path = dir.join(format!("{tag}{i:02}.png"));
            img.save(&path).unwrap();
            Sample {
                id: format!("{tag}{i:02}"),
                image: ImageRef::File(path),
                class: None,
                label: Label::Normal,
                split: None,
                attributes: Default::default(),
            }
        })
        .collect()
}

fn quick(p: TransferParams) -> TransferParams {
    TransferParams {
        epochs: 2,
        batch_size: 4,
        lr: 0.01,
        ..p
    }
}

#[test]
fn adra_with_zero_adapters_is_the_pretrained_encoder() {
    let enc = encoder(32);
    let device = Device::flex();
    let net = TransferParams::adra()
        .init_net(enc.tensors(), 0, &device)
        .unwrap();
    let plain = TransferNet::new(
        load_lite(
            &EfficientNetLiteConfig::lite0(),
            enc.tensors(),
            BatchNormMode::Fold,
            &device,
        )
        .unwrap(),
        false,
        &device,
    );
    let data: Vec<f32> = (0..2 * 3 * 32 * 32)
        .map(|i| ((i % 97) as f32 / 48.0) - 1.0)
        .collect();
    let x = Tensor::<4>::from_data(TensorData::new(data.clone(), [2, 3, 32, 32]), &device);
    let with: Vec<f32> = net.features(x.clone()).into_data().try_to_vec().unwrap();
    let without: Vec<f32> = plain.features(x).into_data().try_to_vec().unwrap();
    assert_eq!(with, without, "V = 0 adds exactly nothing");
    // Trainable: Σ input·output over the 16 blocks' adapters, plus the head (1280 + 1).
    let adapters: usize = net
        .encoder
        .blocks
        .iter()
        .map(|b| b.config.input * b.config.output)
        .sum();
    assert_eq!(adapters, 247_616);
    let ad = swan_train::default_device();
    let trainable_net = TransferParams::adra()
        .init_net(enc.tensors(), 0, &ad)
        .unwrap();
    assert_eq!(
        swan_train::params::count_trainable(&trainable_net),
        adapters + 1281
    );
    let full = TransferParams::adib()
        .init_net(enc.tensors(), 0, &ad)
        .unwrap();
    let encoder_params = swan_train::params::count_trainable(&full.encoder);
    eprintln!(
        "ADRA trains {} parameters; the encoder has {encoder_params}",
        adapters + 1281
    );
    // ... and both are the encoder's pooled features (its inference path, batch-norm folded).
    let reference = enc
        .features_preprocessed(
            swan_encoder::RawTensor::new(vec![2, 3, 32, 32], data),
            &[Tap::Pooled],
        )
        .unwrap();
    let max_diff = with
        .iter()
        .zip(&reference[0].data)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    assert!(max_diff < 1e-4, "{max_diff}");
}

#[test]
fn adra_trains_only_adapters_and_head_and_fits_are_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let normal = pngs(dir.path(), 8, false);
    let corpus = pngs(dir.path(), 6, true);
    let enc = encoder(32);
    let data = TrainData {
        outlier_exposure: corpus.clone(),
        ..TrainData::normal(normal.clone())
    };
    let fit = |config: MethodConfig, seed: u64| {
        let mut ctx = RunContext::new(Arc::clone(&enc));
        ctx.seed = seed;
        let fitted = config.fit(&data, &mut ctx).unwrap();
        let scores = fitted.score(&corpus, &mut ctx).unwrap().scores;
        (fitted, scores)
    };
    let (adra, scores) = fit(MethodConfig::Adra(quick(TransferParams::adra())), 1);
    let Fitted::Adra(model) = &adra else {
        panic!("an adra model")
    };
    let before = named_tensors(
        &TransferParams::adra()
            .init_net(enc.tensors(), 1, &Device::flex())
            .unwrap()
            .encoder,
    );
    let after = named_tensors(&model.net().encoder);
    assert_eq!(
        before, after,
        "the frozen encoder is bit-identical after training"
    );
    let moved = model
        .net()
        .adapters
        .iter()
        .any(|v| v.weight.val().abs().sum().into_scalar::<f32>() > 0.0);
    assert!(moved, "the adapters trained");
    let (_, again) = fit(MethodConfig::Adra(quick(TransferParams::adra())), 1);
    assert_eq!(scores, again, "same seed, same scores");

    let (adib, a) = fit(MethodConfig::Adib(quick(TransferParams::adib())), 3);
    let (_, b) = fit(MethodConfig::Adib(quick(TransferParams::adib())), 3);
    assert_eq!(a, b);
    // Round trip through a model file.
    let path = dir.path().join("adib.safetensors");
    adib.save(&path, None).unwrap();
    let (loaded, encoder) = Fitted::load(&path, &Device::flex()).unwrap();
    assert!(encoder.is_none(), "the network is in the model file");
    let mut ctx = RunContext::without_encoder();
    assert_eq!(loaded.score(&corpus, &mut ctx).unwrap().scores, a);
    // Without a corpus the methods say what they need.
    let mut ctx = RunContext::new(Arc::clone(&enc));
    let err = MethodConfig::Adib(quick(TransferParams::adib()))
        .fit(&TrainData::normal(normal), &mut ctx)
        .unwrap_err();
    assert!(err.to_string().contains("--oe"), "{err}");
}

#[test]
fn the_fitted_model_keeps_the_encoders_resize_filter_for_scoring() {
    let dir = tempfile::tempdir().unwrap();
    let data = TrainData {
        outlier_exposure: pngs(dir.path(), 4, true),
        ..TrainData::normal(pngs(dir.path(), 4, false))
    };
    for antialias in [true, false] {
        let enc = Encoder::load(
            Backbone::EfficientNetLite0,
            &default_lite0_weights_path(),
            32,
            &Device::flex(),
        )
        .unwrap()
        .with_antialias(antialias);
        let mut ctx = RunContext::new(Arc::new(enc));
        let params = TransferParams {
            epochs: 1,
            ..quick(TransferParams::adib())
        };
        let fitted = MethodConfig::Adib(params).fit(&data, &mut ctx).unwrap();
        let MethodConfig::Adib(p) = fitted.config() else {
            panic!("an adib config")
        };
        assert_eq!(p.antialias, antialias);
        assert_eq!(p.image_size, Some(32));
    }
}

#[test]
fn the_head_learns_a_separable_corpus_to_near_zero_loss() {
    use burn::nn::LinearConfig;
    use swan_method::transfer::bce_with_logits;
    let device = swan_train::default_device();
    let mut head = LinearConfig::new(4, 1).init(&device);
    // Normals around +1 on the first axis, corpus around −1.
    let mut xs = Vec::new();
    let mut ys = Vec::new();
    for i in 0..32 {
        let s = if i % 2 == 0 { 1.0 } else { -1.0 };
        xs.extend([
            s + 0.1 * ((i % 5) as f32 - 2.0),
            0.3,
            -0.2 * (i % 3) as f32,
            0.05,
        ]);
        ys.push(if s > 0.0 { 0.0f32 } else { 1.0 });
    }
    let x = Tensor::<2>::from_data(TensorData::new(xs, [32, 4]), &device);
    let y = Tensor::<1>::from_data(TensorData::new(ys, [32]), &device);
    let mut opt = swan_train::optim::OptimizerConfig::sgd(0.9, 0.0).init();
    let mut loss = f32::MAX;
    for _ in 0..300 {
        let z = head.forward(x.clone()).reshape([32]);
        let l = bce_with_logits(z, y.clone()).mean();
        let grads = l.backward();
        loss = l.into_scalar::<f32>();
        head = opt.step(head, &grads, 0.5).unwrap().0;
    }
    assert!(loss < 0.02, "{loss}");
}

#[test]
fn no_pretraining_draws_weights_from_the_seed_with_default_batch_norm() {
    let enc = encoder(32);
    let device = Device::flex();
    let scratch = TransferParams {
        pretrained: false,
        alpha: 0.0,
        batch_norm: BatchNorm::Train,
        ..TransferParams::adib()
    };
    let frozen = TransferParams {
        batch_norm: BatchNorm::Frozen,
        ..scratch.clone()
    };
    let e = frozen.check().unwrap_err().to_string();
    assert!(e.contains("--batch-norm train"), "{e}");
    let a = named_tensors(&scratch.init_net(enc.tensors(), 5, &device).unwrap().encoder);
    let b = named_tensors(&scratch.init_net(enc.tensors(), 5, &device).unwrap().encoder);
    let c = named_tensors(&scratch.init_net(enc.tensors(), 6, &device).unwrap().encoder);
    let pretrained = named_tensors(
        &TransferParams::adib()
            .init_net(enc.tensors(), 5, &device)
            .unwrap()
            .encoder,
    );
    assert_eq!(a, b, "same seed, same weights");
    assert_ne!(a, c);
    let stem = |t: &swan_train::params::TensorTable| t["stem.conv.weight"].values.clone();
    assert_ne!(stem(&a), stem(&pretrained));
    let n_bn = a.keys().filter(|k| k.ends_with("bn.gamma")).count();
    assert_eq!(
        n_bn,
        1 + 16 * 3 - 1 + 1,
        "stem, blocks (block 0 has no expansion), head"
    );
    for (k, t) in &a {
        if k.ends_with("bn.gamma") || k.ends_with("bn.running_var") {
            assert!(t.values.iter().all(|&v| v == 1.0), "{k}");
        }
        if k.ends_with("bn.beta") || k.ends_with("bn.running_mean") {
            assert!(t.values.iter().all(|&v| v == 0.0), "{k}");
        }
    }
}

#[test]
fn the_probed_head_separates_normal_from_corpus_before_fine_tuning() {
    let dir = tempfile::tempdir().unwrap();
    let normal = pngs(dir.path(), 8, false);
    let corpus = pngs(dir.path(), 6, true);
    let enc = encoder(32);
    let data = TrainData {
        outlier_exposure: corpus.clone(),
        ..TrainData::normal(normal.clone())
    };
    let mut both = normal.clone();
    both.extend(corpus.iter().cloned());
    let scores = |config: MethodConfig| {
        let mut ctx = RunContext::new(Arc::clone(&enc));
        let fitted = config.fit(&data, &mut ctx).unwrap();
        fitted.score(&both, &mut ctx).unwrap().scores
    };
    // A learning rate too small to move any weight: what scores is the initial head.
    let still = |p: TransferParams| TransferParams {
        epochs: 1,
        batch_size: 4,
        lr: 1e-20,
        ..p
    };
    let adra = scores(MethodConfig::Adra(still(TransferParams::adra())));
    let highest_normal = adra[..8].iter().copied().fold(f32::MIN, f32::max);
    let lowest_corpus = adra[8..].iter().copied().fold(f32::MAX, f32::min);
    assert!(
        highest_normal < lowest_corpus,
        "the probe ranks every corpus image above every normal one: {adra:?}"
    );
    // ADIB with frozen batch-norm starts from the same network and the same probe.
    let adib = scores(MethodConfig::Adib(still(TransferParams::adib())));
    for (a, b) in adra.iter().zip(&adib) {
        assert!(
            (a - b).abs() < 1e-3 * (1.0 + a.abs()),
            "{adra:?} vs {adib:?}"
        );
    }
    // The paper's random head does not start there.
    let random = scores(MethodConfig::Adra(still(TransferParams {
        head_init: HeadInit::Random,
        ..TransferParams::adra()
    })));
    assert_ne!(random, adra);
}

#[test]
fn the_network_is_the_encoders_and_files_without_one_are_lite0() {
    // Parameters written before the backbone was recorded name none: Lite0.
    let old: TransferParams = serde_json::from_str(r#"{"adapters": true}"#).unwrap();
    assert_eq!(old.backbone, None);
    assert_eq!(old.network(), Backbone::EfficientNetLite0);
    let lite2 = TransferParams {
        backbone: Some(Backbone::EfficientNetLite2),
        ..TransferParams::adra()
    };
    assert_eq!(lite2.network(), Backbone::EfficientNetLite2);
    // Lite0's tensors do not load as Lite2: the parameters decide the network built.
    let enc = encoder(32);
    assert!(lite2.init_net(enc.tensors(), 0, &Device::flex()).is_err());
}
