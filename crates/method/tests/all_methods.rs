//! Every registered method fits, scores, saves and loads on 16 synthetic images.
//!
//! Uses the EfficientNet-Lite0 checkpoint at 32 px (`swan weights fetch` or
//! `$SWAN_LITE0_WEIGHTS`; `.ci/run` provides it).

use std::sync::Arc;

use swan_data::{ImageRef, Label, Sample};
use swan_encoder::efficientnet_lite::default_lite0_weights_path;
use swan_encoder::{Backbone, Device, Encoder};
use swan_method::{Fitted, MethodConfig, MethodKind, RunContext, TrainData};

/// Writes 16 PNGs: 12 smooth gradients (normal) and 4 checkerboards (anomalous).
fn synthetic(dir: &std::path::Path) -> (Vec<Sample>, Vec<Sample>) {
    let mut normal = Vec::new();
    let mut test = Vec::new();
    for i in 0..16u32 {
        let anomalous = i >= 12;
        let img = image::RgbImage::from_fn(24, 24, |x, y| {
            let v = if anomalous {
                if (x / 3 + y / 3) % 2 == 0 { 250 } else { 5 }
            } else {
                ((x + y + i) * 5) as u8 as u32
            };
            image::Rgb([v as u8, 128, (255 - v) as u8])
        });
        let path = dir.join(format!("{i:02}.png"));
        img.save(&path).unwrap();
        let sample = Sample {
            id: format!("{i:02}"),
            image: ImageRef::File(path),
            class: None,
            label: if anomalous {
                Label::Anomaly
            } else {
                Label::Normal
            },
            split: None,
            attributes: [("cam".to_string(), format!("c{}", i % 2))].into(),
        };
        if i < 8 {
            normal.push(sample);
        } else {
            test.push(sample);
        }
    }
    (normal, test)
}

/// The method's defaults, shrunk where they would take long on 8 images (NSA trains a
/// network from scratch).
fn quick(kind: MethodKind) -> MethodConfig {
    match MethodConfig::default_for(kind) {
        MethodConfig::Nsa(p) => MethodConfig::Nsa(swan_method::nsa::NsaParams {
            width: 0.125,
            image_size: 16,
            epochs: 3,
            batch_size: 4,
            proj_dim: 32,
            pred_hidden: 8,
            ..p
        }),
        MethodConfig::Dra(p) | MethodConfig::Devnet(p) => {
            let p = swan_method::dra::DraParams {
                pyramid_levels: 1, // 32 px: one level (the encoder's minimum)
                epochs: 4,
                steps_per_epoch: 10,
                ..p
            }
            .paper_optimizer();
            if kind == MethodKind::Dra {
                MethodConfig::Dra(p)
            } else {
                MethodConfig::Devnet(p)
            }
        }
        MethodConfig::Adib(p) => MethodConfig::Adib(swan_method::transfer::TransferParams {
            epochs: 3,
            batch_size: 4,
            lr: 0.01,
            ..p
        }),
        MethodConfig::Adra(p) => MethodConfig::Adra(swan_method::transfer::TransferParams {
            epochs: 3,
            batch_size: 4,
            lr: 0.01,
            ..p
        }),
        MethodConfig::Ke(p) => MethodConfig::Ke(swan_method::ke::KeParams {
            epochs: 5,
            batch_size: 4,
            ..p
        }),
        MethodConfig::RedPanda(p) => {
            MethodConfig::RedPanda(swan_method::red_panda::RedPandaParams {
                epochs: 5,
                per_group: 4,
                views: 2,
                generator_size: 8,
                ..p
            })
        }
        other => other,
    }
}

/// The method's training data: the normal images, and two checkerboards as labelled
/// anomalies or as the outlier-exposure corpus for methods that learn from them.
fn train_data(kind: MethodKind, normal: &[Sample], test: &[Sample]) -> TrainData {
    let mut data = TrainData::normal(normal.to_vec());
    if kind.uses().labelled_anomalies {
        data.anomalies = test[4..6].to_vec();
    }
    if kind.uses().outlier_exposure {
        data.outlier_exposure = test[4..6].to_vec();
    }
    if kind.uses().nuisance {
        data.nuisance = Some("cam".into());
    }
    data
}

/// The pretrained Lite0 the tests share, at 32 px.
fn lite0_at_32(device: &Device) -> Arc<Encoder> {
    Arc::new(
        Encoder::load(
            Backbone::EfficientNetLite0,
            &default_lite0_weights_path(),
            32,
            device,
        )
        .unwrap(),
    )
}

#[test]
fn every_method_fits_scores_saves_and_loads() {
    let dir = tempfile::tempdir().unwrap();
    let (normal, test) = synthetic(dir.path());
    let device = Device::flex();
    let encoder = lite0_at_32(&device);
    for &kind in MethodKind::ALL {
        let mut ctx = RunContext::new(Arc::clone(&encoder));
        let fitted = quick(kind)
            .fit(&train_data(kind, &normal, &test), &mut ctx)
            .unwrap();
        let scored = fitted.score(&test, &mut ctx).unwrap();
        assert_eq!(scored.scores.len(), test.len(), "{}", kind.name());
        assert!(scored.scores.iter().all(|s| s.is_finite()));
        // The four checkerboards score above the four held-out gradients.
        let (normal_max, anomaly_min) = (
            scored.scores[..4].iter().copied().fold(f32::MIN, f32::max),
            scored.scores[4..].iter().copied().fold(f32::MAX, f32::min),
        );
        assert!(
            anomaly_min > normal_max,
            "{}: {:?}",
            kind.name(),
            scored.scores
        );

        // A few images at a time (parts of whole batches), as `swan score` scores a large
        // folder: the scores and their terms of one call over the list.
        let parts = |part: usize| {
            let mut ctx = RunContext::new(Arc::clone(&encoder));
            ctx.batch_size = 2;
            ctx.cache_part = part;
            fitted.score_in_parts(&test, &mut ctx).unwrap()
        };
        let (whole, in_parts) = (parts(test.len()), parts(3));
        assert_eq!(in_parts.scores, whole.scores, "{}", kind.name());
        assert_eq!(in_parts.kept, whole.kept);
        assert_eq!(in_parts.components, whole.components, "{}", kind.name());
        // Parts in which no image can be read (the first, and one in the middle) add no
        // scores and do not stop the others.
        let damaged = |name: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, b"not an image").unwrap();
            Sample {
                id: name.to_string(),
                image: ImageRef::File(path),
                ..test[0].clone()
            }
        };
        let mut list = vec![damaged("d0.png"), damaged("d1.png")];
        list.extend_from_slice(&test[..4]);
        list.extend([damaged("d2.png"), damaged("d3.png")]);
        list.extend_from_slice(&test[4..]);
        let mut ctx = RunContext::new(Arc::clone(&encoder));
        ctx.batch_size = 2;
        ctx.cache_part = 2;
        let with_damaged = fitted.score_in_parts(&list, &mut ctx).unwrap();
        assert_eq!(with_damaged.scores, whole.scores, "{}", kind.name());
        assert_eq!(with_damaged.components, whole.components, "{}", kind.name());
        assert_eq!(with_damaged.skipped.len(), 4, "{}", kind.name());
        assert_eq!(
            with_damaged.kept.iter().filter(|k| !**k).count(),
            4,
            "{}",
            kind.name()
        );

        let path = dir.path().join(format!("{}.safetensors", kind.name()));
        fitted.save(&path, Some(&encoder)).unwrap();
        let (loaded, loaded_encoder) = Fitted::load(&path, &device).unwrap();
        // Methods on frozen pretrained features carry the encoder beside them; methods that
        // train a network (NSA, ADIB / ADRA) carry it inside.
        assert_eq!(
            loaded_encoder.is_some(),
            fitted.encoder_spec().is_some(),
            "{}",
            kind.name()
        );
        let mut ctx2 = RunContext::with_encoder(loaded_encoder.map(Arc::new));
        assert_eq!(
            loaded.score(&test, &mut ctx2).unwrap().scores,
            scored.scores,
            "{}",
            kind.name()
        );

        // The same file with NaN network weights (damaged or hand-edited) is refused when
        // loaded or scored, saying so: never a panic, never NaN scores. Poisoned: the
        // network each method runs on the images (DN2: its memory bank).
        let prefix = match kind.name() {
            "dn2" => "dn2.",
            "nsa" => "nsa.net.",
            "dra" | "devnet" => "dra.net.",
            "ke" => "ke.head.",
            "adib" | "adra" => "transfer.net.",
            "red-panda" => "red_panda.head.",
            other => panic!("{other}: which tensors to poison?"),
        };
        assert!(
            poison(&path, prefix) > 0,
            "{}: no {prefix}* tensor",
            kind.name()
        );
        let outcome = Fitted::load(&path, &device).and_then(|(loaded, enc)| {
            let mut ctx = RunContext::with_encoder(enc.map(Arc::new));
            loaded.score(&test, &mut ctx)
        });
        match outcome {
            Err(e) => assert!(
                e.to_string().contains("NaN or infinite values"),
                "{}: {e}",
                kind.name()
            ),
            Ok(scored) => panic!(
                "{}: NaN weights gave scores {:?}",
                kind.name(),
                scored.scores
            ),
        }
    }
}

/// Every method fits and scores to the same bits on one and on three threads: the kernels
/// and reductions split work in fixed chunks and add them in a fixed order, so the thread
/// count (`--threads`) is not part of what makes a result reproducible.
#[test]
fn every_method_gives_the_same_scores_on_one_and_three_threads() {
    let dir = tempfile::tempdir().unwrap();
    let (normal, test) = synthetic(dir.path());
    let device = Device::flex();
    let encoder = lite0_at_32(&device);
    for &kind in MethodKind::ALL {
        let run = |threads: usize| -> Vec<f32> {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| {
                let mut ctx = RunContext::new(Arc::clone(&encoder));
                let fitted = quick(kind)
                    .fit(&train_data(kind, &normal, &test), &mut ctx)
                    .unwrap();
                fitted.score(&test, &mut ctx).unwrap().scores
            })
        };
        assert_eq!(run(1), run(3), "{}", kind.name());
    }
}

#[test]
fn methods_refuse_inputs_they_do_not_use() {
    let dir = tempfile::tempdir().unwrap();
    let (normal, test) = synthetic(dir.path());
    let encoder = Arc::new(
        Encoder::load(
            Backbone::EfficientNetLite0,
            &default_lite0_weights_path(),
            32,
            &Device::flex(),
        )
        .unwrap(),
    );
    for &kind in MethodKind::ALL {
        let uses = kind.uses();
        let mut ctx = RunContext::new(Arc::clone(&encoder));
        let data = TrainData {
            anomalies: test.clone(),
            ..TrainData::normal(normal.clone())
        };
        let result = quick(kind).fit(&data, &mut ctx);
        assert_eq!(result.is_ok(), uses.labelled_anomalies, "{}", kind.name());
        if uses.labelled_anomalies {
            // ... and say so when they are missing.
            let err = quick(kind)
                .fit(&TrainData::normal(normal.clone()), &mut ctx)
                .unwrap_err();
            assert!(err.to_string().contains("--anomalies"), "{err}");
        }
    }
}

#[test]
fn every_method_says_how_many_training_images_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    let (normal, test) = synthetic(dir.path());
    let encoder = lite0_at_32(&Device::flex());
    let damaged = dir.path().join("damaged.png");
    std::fs::write(&damaged, b"not a png").unwrap();
    let unreadable = Sample {
        id: "damaged".into(),
        image: ImageRef::File(damaged),
        ..normal[0].clone()
    };
    for &kind in MethodKind::ALL {
        let mut ctx = RunContext::new(Arc::clone(&encoder));
        let fit = |ctx: &mut RunContext, normal: &[Sample]| {
            quick(kind)
                .fit(&train_data(kind, normal, &test), ctx)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        let err = fit(&mut ctx, std::slice::from_ref(&unreadable));
        assert!(
            err.contains("no training images could be read (1 skipped)"),
            "{}: {err}",
            kind.name()
        );
        // One image: DN2's bank is smaller than k = 2; the others compare images with each
        // other and say they need more.
        let err = fit(&mut ctx, &normal[..1]);
        let expected = match kind {
            MethodKind::Dn2 => "fewer than k = 2",
            _ => "1 training image(s) could be read (0 skipped); this method needs at least",
        };
        assert!(err.contains(expected), "{}: {err}", kind.name());
    }
}

/// Fits Red PANDA at `tier` on the synthetic data, checks that the model file reloads to
/// identical scores, and returns the file's tensors and the pretrained encoder, batch-norm
/// folded, to compare the fine-tuned weights with.
fn red_panda_round_trip(
    tier: swan_method::red_panda::Tier,
    epochs: usize,
    views: usize,
) -> (
    swan_encoder::TensorMap,
    swan_encoder::efficientnet_lite::EfficientNetLite,
) {
    let dir = tempfile::tempdir().unwrap();
    let (normal, test) = synthetic(dir.path());
    let device = Device::flex();
    let encoder = lite0_at_32(&device);
    let config = MethodConfig::RedPanda(swan_method::red_panda::RedPandaParams {
        tier,
        epochs,
        per_group: 4,
        views,
        generator_size: 8,
        ..Default::default()
    });
    let mut ctx = RunContext::new(Arc::clone(&encoder));
    let fitted = config
        .fit(&train_data(MethodKind::RedPanda, &normal, &test), &mut ctx)
        .unwrap();
    let scored = fitted.score(&test, &mut ctx).unwrap();
    assert!(scored.scores.iter().all(|s| s.is_finite()));
    let path = dir.path().join("red-panda.safetensors");
    fitted.save(&path, Some(&encoder)).unwrap();
    let (header, tensors) = swan_method::read_model_file(&path).unwrap();
    assert_eq!(header.method, MethodKind::RedPanda);
    let (loaded, enc) = Fitted::load(&path, &device).unwrap();
    let mut ctx2 = RunContext::with_encoder(enc.map(Arc::new));
    assert_eq!(
        loaded.score(&test, &mut ctx2).unwrap().scores,
        scored.scores
    );
    use swan_encoder::efficientnet_lite::{BatchNormMode, EfficientNetLiteConfig, load_lite};
    let folded = load_lite(
        &EfficientNetLiteConfig::lite0(),
        encoder.tensors(),
        BatchNormMode::Fold,
        &device,
    )
    .unwrap();
    (tensors, folded)
}

fn values(conv: &swan_encoder::efficientnet_lite::ConvBn) -> Vec<f32> {
    conv.conv.weight.val().into_data().try_to_vec().unwrap()
}

#[test]
fn red_panda_tier_b_fine_tunes_the_last_blocks_and_round_trips() {
    let (tensors, folded) = red_panda_round_trip(swan_method::red_panda::Tier::B, 3, 2);
    // The fine-tuned blocks 11..15 and the head convolution are in the file, and differ
    // from the pretrained ones.
    let tail: Vec<&String> = tensors
        .keys()
        .filter(|k| k.starts_with("red_panda.tail."))
        .collect();
    assert!(
        tail.iter().any(|k| k.contains("head.conv.weight")),
        "{tail:?}"
    );
    let original = values(&folded.head);
    let trained = &tensors["red_panda.tail.head.conv.weight"];
    assert_eq!(trained.data.len(), original.len());
    assert_ne!(trained.data, original, "the head convolution trained");
}

#[test]
fn red_panda_tier_c_fine_tunes_the_whole_encoder_and_round_trips() {
    let (tensors, folded) = red_panda_round_trip(swan_method::red_panda::Tier::C, 2, 1);
    // The stem is in the file and trained.
    let original = values(&folded.stem);
    let trained = &tensors["red_panda.tail.stem.conv.weight"];
    assert_eq!(trained.data.len(), original.len());
    assert_ne!(trained.data, original, "the stem trained");
}

/// KE's paper tier: a ResNet-18 trained from scratch on the images and fresh views of the
/// chosen transforms. The fit is deterministic for a seed, the file carries the network and no
/// pretrained encoder, scores round-trip, and NaN network weights are refused.
#[test]
fn knowledge_exposure_from_scratch_trains_its_own_network_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let (normal, test) = synthetic(dir.path());
    let device = Device::flex();
    let encoder = lite0_at_32(&device);
    let config = MethodConfig::Ke(swan_method::ke::KeParams {
        epochs: 3,
        batch_size: 4,
        scratch: Some(swan_method::ke::KeScratch {
            width: 0.125,
            image_size: 16,
            antialias: false,
        }),
        ..Default::default()
    });
    let fit = || {
        let mut ctx = RunContext::new(Arc::clone(&encoder));
        let fitted = config
            .fit(&TrainData::normal(normal.clone()), &mut ctx)
            .unwrap();
        let scored = fitted.score(&test, &mut ctx).unwrap();
        (fitted, scored.scores)
    };
    let (fitted, scores) = fit();
    assert_eq!(scores.len(), test.len());
    assert!(scores.iter().all(|s| s.is_finite()), "{scores:?}");
    assert_eq!(fit().1, scores, "same seed, same scores");
    assert!(fitted.encoder_spec().is_none());
    assert_eq!(fitted.n_train(), normal.len());
    // The training log holds one entry per epoch, with a finite loss.
    assert_eq!(fitted.record().log.len(), 3);
    // The ranking chose two positives and two negatives from the bank.
    let chosen = match fitted.config() {
        MethodConfig::Ke(p) => p.chosen.unwrap(),
        other => panic!("{other:?}"),
    };
    assert_eq!((chosen.positives.len(), chosen.negatives.len()), (2, 2));

    let path = dir.path().join("ke-scratch.safetensors");
    fitted.save(&path, Some(&encoder)).unwrap();
    let (header, tensors) = swan_method::read_model_file(&path).unwrap();
    assert!(header.encoder.is_none());
    assert!(tensors.keys().any(|k| k.starts_with("ke.net.")));
    assert!(
        !tensors
            .keys()
            .any(|k| k.starts_with("encoder.") || k.starts_with("ke.head."))
    );
    let (loaded, enc) = Fitted::load(&path, &device).unwrap();
    assert!(enc.is_none());
    let mut ctx = RunContext::with_encoder(None);
    assert_eq!(loaded.score(&test, &mut ctx).unwrap().scores, scores);

    assert!(poison(&path, "ke.net.") > 0);
    let outcome = Fitted::load(&path, &device)
        .and_then(|(loaded, _)| loaded.score(&test, &mut RunContext::with_encoder(None)));
    match outcome {
        Err(e) => assert!(e.to_string().contains("NaN or infinite values"), "{e}"),
        Ok(s) => panic!("NaN weights gave scores {:?}", s.scores),
    }
}

#[test]
fn knowledge_exposures_pixel_ranking_follows_the_encoders_resize_filter() {
    use swan_method::ke::ranking::{RankSpace, embed};
    let dir = tempfile::tempdir().unwrap();
    // The anomalous images: 3-px checkerboards, detail the 8 px grid aliases.
    let (_, test) = synthetic(dir.path());
    let checkers = &test[4..];
    let rows = |antialias: bool| {
        let enc = Encoder::load(
            Backbone::EfficientNetLite0,
            &default_lite0_weights_path(),
            32,
            &Device::flex(),
        )
        .unwrap()
        .with_antialias(antialias);
        let mut ctx = RunContext::new(Arc::new(enc));
        embed(&mut ctx, checkers, RankSpace::Pixels { size: 8 })
            .unwrap()
            .0
    };
    // 24 px images ranked at 8 px: each filter's own resize.
    let img = checkers[0].load().unwrap();
    let (filtered, plain) = (rows(true), rows(false));
    assert_eq!(
        filtered.row(0),
        swan_data::resize_bilinear_antialias(&img, 8, 8)
            .unwrap()
            .data
    );
    assert_eq!(
        plain.row(0),
        swan_data::resize_bilinear(&img, 8, 8).unwrap().data
    );
    assert_ne!(filtered.row(0), plain.row(0));
}

/// A long encoding is cached part by part: an interrupted run keeps the parts it finished,
/// and the next run reads them, encodes only what is missing, and gets the same features.
#[test]
fn the_feature_cache_is_written_and_reused_part_by_part() {
    let dir = tempfile::tempdir().unwrap();
    let (normal, test) = synthetic(dir.path());
    let samples: Vec<Sample> = normal.into_iter().chain(test).collect();
    let cache = dir.path().join("features");
    let encoder = lite0_at_32(&Device::flex());
    let context = || {
        let mut ctx = RunContext::new(Arc::clone(&encoder));
        ctx.disk_cache = Some(cache.clone());
        ctx.batch_size = 2;
        ctx.cache_part = 5; // whole batches: parts of 6
        ctx
    };
    let entries = || {
        let mut names: Vec<_> = std::fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        names
    };
    let first = context()
        .embed(&samples, swan_encoder::Tap::Pooled)
        .unwrap();
    assert_eq!(first.matrix.rows(), 16);
    let parts = entries();
    assert_eq!(parts.len(), 3, "16 images in parts of 6: {parts:?}");
    // As if the run had stopped before its second part was written.
    std::fs::remove_file(&parts[1]).unwrap();
    let again = context()
        .embed(&samples, swan_encoder::Tap::Pooled)
        .unwrap();
    assert_eq!(entries(), parts);
    assert!(
        again.matrix == first.matrix,
        "features differ after a resumed encoding"
    );
    // Without a disk cache, in the same batches: the same features, to the bit.
    let mut plain = RunContext::new(Arc::clone(&encoder));
    plain.batch_size = 2;
    let direct = plain.embed(&samples, swan_encoder::Tap::Pooled).unwrap();
    assert!(
        direct.matrix == first.matrix,
        "features differ without the cache"
    );
}

/// Sets every single-precision value of the tensors whose names start with `prefix` in a
/// safetensors file to NaN (a damaged or hand-edited model file).
fn poison(path: &std::path::Path, prefix: &str) -> usize {
    let mut bytes = std::fs::read(path).unwrap();
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header: serde_json::Value = serde_json::from_slice(&bytes[8..8 + n]).unwrap();
    let mut poisoned = 0;
    for (name, info) in header.as_object().unwrap() {
        if !name.starts_with(prefix) || info["dtype"] != "F32" {
            continue;
        }
        let [begin, end] = [0, 1].map(|i| info["data_offsets"][i].as_u64().unwrap() as usize);
        for chunk in bytes[8 + n + begin..8 + n + end].chunks_exact_mut(4) {
            chunk.copy_from_slice(&f32::NAN.to_le_bytes());
        }
        poisoned += 1;
    }
    std::fs::write(path, bytes).unwrap();
    poisoned
}
