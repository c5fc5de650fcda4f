//! Damaged files are errors, never panics: model files, features files and NumPy embeddings
//! cut short at many lengths and with bytes overwritten (seeded), read by what `swan score`,
//! `swan serve` and `swan inspect` use to read them.

use std::path::Path;

use swan_encoder::{TensorRef, TensorRefs};
use swan_method::{Embeddings, FeaturesFile, MODEL_FORMAT_VERSION, MethodKind, ModelHeader};

/// Reads every damaged version of `bytes` with `read`: each cut (every length up to the
/// first 4 KiB and 64 spread over the rest) and 400 seeded overwrites of one to four bytes,
/// mostly in the first 4 KiB where the headers are. Returns how many read without an error.
fn damaged_versions_never_panic(bytes: &[u8], ext: &str, read: impl Fn(&Path) -> bool) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("damaged.{ext}"));
    let head = bytes.len().min(4096);
    let mut cuts: Vec<usize> = (0..head).collect();
    cuts.extend((0..64).map(|i| head + (bytes.len() - head) * i / 64));
    let mut versions: Vec<(String, Vec<u8>)> = cuts
        .into_iter()
        .map(|n| (format!("cut to {n} bytes"), bytes[..n].to_vec()))
        .collect();
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    for t in 0..400 {
        let mut b = bytes.to_vec();
        let span = if t % 4 == 0 { b.len() } else { head };
        for _ in 0..1 + next(4) {
            let at = next(span);
            b[at] = next(256) as u8;
        }
        versions.push((format!("overwrite {t}"), b));
    }
    let mut read_fine = 0;
    for (what, b) in versions {
        std::fs::write(&path, &b).unwrap();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(&path)));
        match outcome {
            Ok(ok) => read_fine += usize::from(ok),
            Err(_) => panic!("reading the {ext} file {what} panicked"),
        }
    }
    read_fine
}

#[test]
fn damaged_model_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.safetensors");
    let header = ModelHeader {
        format_version: MODEL_FORMAT_VERSION,
        swan_version: "test".into(),
        method: MethodKind::Dn2,
        config: serde_json::json!({"method": "dn2", "k": 2}),
        encoder: None,
        data_fingerprint: "abc".into(),
        n_train: 3,
        train_ids: vec!["a".into(), "b".into(), "c".into()],
        calibration: None,
    };
    let bank: Vec<f32> = (0..12).map(|i| i as f32 * 0.5).collect();
    let tensors: TensorRefs<'_> = [("dn2.bank".to_string(), TensorRef::new(vec![3, 4], bank))]
        .into_iter()
        .collect();
    swan_method::write_model_file(&path, &header, &tensors).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(swan_method::read_model_file(&path).is_ok());
    let fine = damaged_versions_never_panic(&bytes, "safetensors", |p| {
        swan_method::read_model_file(p).is_ok()
    });
    assert!(
        fine < 200,
        "{fine} damaged model files read without an error"
    );
}

#[test]
fn damaged_embeddings_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    // A `.npy` of 20 × 6 float32 rows, written as NumPy writes one.
    let npy = dir.path().join("e.npy");
    let body: Vec<u8> = (0..120)
        .flat_map(|i| (i as f32).sin().to_le_bytes())
        .collect();
    let npy_bytes = swan_data::source::npz::npy_bytes("<f4", &[20, 6], &body);
    std::fs::write(&npy, &npy_bytes).unwrap();
    assert!(Embeddings::read(&npy).is_ok());
    damaged_versions_never_panic(&std::fs::read(&npy).unwrap(), "npy", |p| {
        Embeddings::read(p).is_ok()
    });
    // The same rows in an `.npz`.
    let npz = dir.path().join("e.npz");
    swan_data::source::npz::write_npz(&npz, &[("emb", npy_bytes)]).unwrap();
    assert!(Embeddings::read(&npz).is_ok());
    damaged_versions_never_panic(&std::fs::read(&npz).unwrap(), "npz", |p| {
        Embeddings::read(p).is_ok()
    });
}

#[test]
fn damaged_features_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.safetensors");
    let rows: Vec<swan_method::RowInfo> = (0..5)
        .map(|i| swan_method::RowInfo {
            id: format!("img{i}.png"),
            class: Some("a".into()),
            label: swan_data::Label::Normal,
            split: None,
        })
        .collect();
    let features = FeaturesFile {
        encoder: swan_method::EncoderSpec {
            backbone: swan_encoder::Backbone::EfficientNetLite0,
            image_size: 32,
            preprocess: swan_encoder::Backbone::EfficientNetLite0.preprocess(32),
            tap: swan_encoder::Tap::Pooled,
            weights_digest: "abc".into(),
        },
        rows,
        layers: vec![(
            swan_encoder::Tap::Pooled,
            swan_score::Matrix::new(5, 3, (0..15).map(|i| i as f32).collect()).unwrap(),
        )],
        skipped: Vec::new(),
    };
    features.write(&path).unwrap();
    assert!(FeaturesFile::read(&path).is_ok());
    let fine = damaged_versions_never_panic(&std::fs::read(&path).unwrap(), "safetensors", |p| {
        FeaturesFile::read(p).is_ok()
    });
    assert!(
        fine < 200,
        "{fine} damaged features files read without an error"
    );
}
