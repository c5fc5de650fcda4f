//! DRA on small drawn images: scores are a function of the seed, survive a save/load round
//! trip with the stored reference set, and the heads can be switched off.
//!
//! Uses the EfficientNet-Lite0 checkpoint (`swan weights fetch` or `$SWAN_LITE0_WEIGHTS`;
//! `.ci/run` provides it), at 64 px so that both pyramid levels (64, 32) are valid.

use std::sync::Arc;

use swan_data::{ImageRef, Label, Sample};
use swan_encoder::efficientnet_lite::default_lite0_weights_path;
use swan_encoder::{Backbone, Device, Encoder};
use swan_method::dra::{DraParams, Head};
use swan_method::{Fitted, MethodConfig, RunContext, TrainData};

/// Smooth gradients (normal) and checkerboards (anomalous), 32 px PNGs.
fn images(dir: &std::path::Path, n: u32, anomalous: bool) -> Vec<Sample> {
    (0..n)
        .map(|i| {
            let img = image::RgbImage::from_fn(32, 32, |x, y| {
                let v = if anomalous {
                    if ((x + i) / 4 + y / 4) % 2 == 0 {
                        240
                    } else {
                        10
                    }
                } else {
                    (x + y + 3 * i) * 3
                };
                image::Rgb([v as u8, 100, (255 - v.min(255)) as u8])
            });
            let tag = if anomalous { "a" } else { "n" };
            let path = dir.join(format!("{tag}{i:02}.png"));
            img.save(&path).unwrap();
            Sample {
                id: format!("{tag}{i:02}"),
                image: ImageRef::File(path),
                class: None,
                label: if anomalous {
                    Label::Anomaly
                } else {
                    Label::Normal
                },
                split: None,
                attributes: Default::default(),
            }
        })
        .collect()
}

fn quick() -> DraParams {
    DraParams {
        epochs: 3,
        steps_per_epoch: 4,
        normal_slots: 8,
        anomaly_slots: 4,
        ..DraParams::default()
    }
}

struct Setup {
    _dir: tempfile::TempDir,
    encoder: Arc<Encoder>,
    data: TrainData,
    test: Vec<Sample>,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let normal = images(dir.path(), 16, false);
    let anomalies = images(dir.path(), 6, true);
    let encoder = Arc::new(
        Encoder::load(
            Backbone::EfficientNetLite0,
            &default_lite0_weights_path(),
            64,
            &Device::flex(),
        )
        .unwrap(),
    );
    let mut test = normal[12..].to_vec();
    test.extend_from_slice(&anomalies[3..]);
    Setup {
        data: TrainData {
            anomalies: anomalies[..3].to_vec(),
            ..TrainData::normal(normal[..12].to_vec())
        },
        test,
        encoder,
        _dir: dir,
    }
}

fn fit_and_score(s: &Setup, params: &DraParams, seed: u64) -> (Fitted, Vec<f32>) {
    let mut ctx = RunContext::new(Arc::clone(&s.encoder));
    ctx.seed = seed;
    let fitted = MethodConfig::Dra(params.clone())
        .fit(&s.data, &mut ctx)
        .unwrap();
    let scores = fitted.score(&s.test, &mut ctx).unwrap().scores;
    (fitted, scores)
}

#[test]
fn scores_depend_on_the_seed_only_and_survive_a_round_trip() {
    let s = setup();
    let (fitted, a) = fit_and_score(&s, &quick(), 1);
    let (_, b) = fit_and_score(&s, &quick(), 1);
    let (_, c) = fit_and_score(&s, &quick(), 2);
    assert_eq!(a.len(), s.test.len());
    assert_eq!(a, b, "same seed, same scores");
    assert_ne!(
        a, c,
        "another seed draws other batches, CutMix copies and references"
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dra.safetensors");
    fitted.save(&path, Some(&s.encoder)).unwrap();
    let (loaded, encoder) = Fitted::load(&path, &Device::flex()).unwrap();
    let mut ctx = RunContext::with_encoder(encoder.map(Arc::new));
    assert_eq!(loaded.score(&s.test, &mut ctx).unwrap().scores, a);
}

#[test]
fn heads_switch_off_and_the_seen_head_needs_anomalies() {
    let s = setup();
    let ablated = DraParams {
        heads: vec![Head::Pseudo, Head::Residual, Head::Normal],
        ..quick()
    };
    // Without the seen head, labelled anomalies are optional.
    let mut ctx = RunContext::new(Arc::clone(&s.encoder));
    let no_anomalies = TrainData::normal(s.data.normal.clone());
    let fitted = MethodConfig::Dra(ablated)
        .fit(&no_anomalies, &mut ctx)
        .unwrap();
    let scores = fitted.score(&s.test, &mut ctx).unwrap().scores;
    assert!(scores.iter().all(|v| v.is_finite()));
    let err = MethodConfig::Dra(quick())
        .fit(&no_anomalies, &mut ctx)
        .unwrap_err();
    assert!(err.to_string().contains("labelled anomalies"), "{err}");
    // A pyramid below the encoder's minimum size is refused with a reason.
    let deep = DraParams {
        pyramid_levels: 3,
        ..quick()
    };
    let err = MethodConfig::Dra(deep).fit(&s.data, &mut ctx).unwrap_err();
    assert!(err.to_string().contains("pyramid"), "{err}");
}

#[test]
fn trained_heads_rank_held_out_checkerboards_above_gradients() {
    let s = setup();
    let params = DraParams {
        epochs: 5,
        steps_per_epoch: 10,
        ..quick().paper_optimizer()
    };
    let (_, scores) = fit_and_score(&s, &params, 0);
    let normal_max = scores[..4].iter().copied().fold(f32::MIN, f32::max);
    let anomaly_min = scores[4..].iter().copied().fold(f32::MAX, f32::min);
    assert!(anomaly_min > normal_max, "{scores:?}");
}

#[test]
fn the_last_stages_fine_tune_from_pretrained_and_round_trip() {
    let s = setup();
    let params = DraParams {
        train_from: Some(swan_encoder::Tap::Block(10)),
        ..quick()
    };
    let (fitted, a) = fit_and_score(&s, &params, 1);
    let (_, b) = fit_and_score(&s, &params, 1);
    assert_eq!(a, b, "same seed, same scores");
    assert!(a.iter().all(|v| v.is_finite()));
    let (_, frozen) = fit_and_score(&s, &quick(), 1);
    assert_ne!(a, frozen, "trainable last stages give another model");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dra-tail.safetensors");
    fitted.save(&path, Some(&s.encoder)).unwrap();
    let (_, tensors) = swan_method::read_model_file(&path).unwrap();
    // Blocks 11..=15 are in the file (as tail blocks 0..=4), moved from the pretrained ones;
    // the references are stored at block 10 (112 channels).
    let trained = &tensors["dra.net.tail.blocks.4.project.conv.weight"];
    let pretrained = swan_encoder::efficientnet_lite::load_lite(
        &swan_encoder::efficientnet_lite::EfficientNetLiteConfig::lite0(),
        s.encoder.tensors(),
        swan_encoder::efficientnet_lite::BatchNormMode::Fold,
        &Device::flex(),
    )
    .unwrap();
    let original: Vec<f32> = pretrained.blocks[15]
        .project
        .conv
        .weight
        .val()
        .into_data()
        .try_to_vec()
        .unwrap();
    assert_eq!(trained.data.len(), original.len());
    assert_ne!(trained.data, original, "block 15 trained");
    assert!(!tensors.keys().any(|k| k.contains("tail.head")));
    assert_eq!(tensors["dra.references.0"].shape[1], 112);
    let (loaded, encoder) = Fitted::load(&path, &Device::flex()).unwrap();
    let mut ctx = RunContext::with_encoder(encoder.map(Arc::new));
    assert_eq!(loaded.score(&s.test, &mut ctx).unwrap().scores, a);
    // The maps read the fine-tuned stages' output, as the scores do.
    ctx.maps = true;
    let scored = loaded.score(&s.test, &mut ctx).unwrap();
    assert_eq!(scored.scores, a);
    let seen = &scored.maps[0];
    assert_eq!((seen.name.as_str(), seen.shape), ("seen", [2, 2]));
    for (i, score) in scored.components[0].scores.iter().enumerate() {
        let top = seen.image(i).iter().copied().fold(f32::MIN, f32::max);
        assert!(
            (top - score).abs() <= 1e-5 * score.abs().max(1.0),
            "{top} vs {score}"
        );
    }

    // train_from must come before the tap: with the tap named, the parameters alone say so;
    // with the default tap (the backbone's last block) the fit does, before any work.
    let bad = DraParams {
        train_from: Some(swan_encoder::Tap::Block(15)),
        ..quick()
    };
    assert!(bad.resolved(Backbone::EfficientNetLite0).check().is_err());
    let mut ctx = RunContext::new(Arc::clone(&s.encoder));
    let e = bad.fit(&s.data, &mut ctx).err().unwrap().to_string();
    assert!(
        e.contains("must be the stem or a block before tap block15"),
        "{e}"
    );
}

#[test]
fn the_default_tap_is_the_backbones_last_block_and_is_stored() {
    let p = DraParams::default();
    assert_eq!(p.tap, None);
    for (backbone, last) in [
        (Backbone::EfficientNetLite0, 15),
        (Backbone::EfficientNetLite1, 20),
        (Backbone::EfficientNetLite2, 20),
    ] {
        assert_eq!(p.tap_on(backbone), swan_encoder::Tap::Block(last));
        assert_eq!(
            p.resolved(backbone).tap,
            Some(swan_encoder::Tap::Block(last))
        );
    }
    // A named tap wins on every backbone.
    let named = DraParams {
        tap: Some(swan_encoder::Tap::Block(10)),
        ..DraParams::default()
    };
    assert_eq!(
        named.tap_on(Backbone::EfficientNetLite2),
        swan_encoder::Tap::Block(10)
    );
    // Parameters written before the default depended on the backbone (`"tap": "block15"`)
    // read as that tap; the default is not written.
    let old: DraParams = serde_json::from_str(r#"{"tap": "block15"}"#).unwrap();
    assert_eq!(old.tap, Some(swan_encoder::Tap::Block(15)));
    assert!(!serde_json::to_string(&p).unwrap().contains("\"tap\""));

    // A fitted model stores the resolved tap.
    let s = setup();
    let (fitted, _) = fit_and_score(&s, &quick(), 0);
    let Fitted::Dra(model) = &fitted else {
        panic!("a dra model")
    };
    assert_eq!(model.params().tap, Some(swan_encoder::Tap::Block(15)));
}

#[test]
fn patch_maps_show_where_each_heads_score_comes_from() {
    let s = setup();
    let (fitted, plain) = fit_and_score(&s, &quick(), 1);
    assert!(fitted.has_maps());
    let mut ctx = RunContext::new(Arc::clone(&s.encoder));
    ctx.maps = true;
    let scored = fitted.score(&s.test, &mut ctx).unwrap();
    assert_eq!(scored.scores, plain, "asking for maps changes no score");
    let names: Vec<&str> = scored.maps.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["seen", "pseudo", "residual"],
        "the heads that pool patches"
    );
    // At 64 px the heads read a 2×2 map (K = 1 patch) and, at the ½-size level, a 1×1 map
    // that the average brings to 2×2 as a constant: the largest patch of the averaged map is
    // the mean over the levels of each level's top patch, i.e. the head's score.
    for m in &scored.maps {
        assert_eq!(m.shape, [2, 2]);
        assert_eq!(m.values.len(), s.test.len() * 4);
        let term = scored.components.iter().find(|c| c.name == m.name).unwrap();
        for (i, score) in term.scores.iter().enumerate() {
            let top = m.image(i).iter().copied().fold(f32::MIN, f32::max);
            assert!(
                (top - score).abs() <= 1e-5 * score.abs().max(1.0),
                "{} head, image {i}: map top {top} vs score {score}",
                m.name
            );
            assert!(m.image(i).iter().all(|v| *v >= 0.0));
        }
    }
    // Scored in two parts, the maps follow their images.
    let mut parts = RunContext::new(Arc::clone(&s.encoder));
    parts.maps = true;
    let mut joined = fitted.score(&s.test[..2], &mut parts).unwrap();
    joined
        .append(fitted.score(&s.test[2..], &mut parts).unwrap())
        .unwrap();
    assert_eq!(joined.maps, scored.maps);
    // Without the ask, no maps.
    assert!(
        fitted
            .score(&s.test, &mut RunContext::new(Arc::clone(&s.encoder)))
            .unwrap()
            .maps
            .is_empty()
    );
}
