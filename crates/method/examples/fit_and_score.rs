//! DN2 from Rust: fit a detector on normal images, save it as one model file, load it back and
//! score new images — what `swan fit` and `swan score` do, through the library.
//!
//! ```sh
//! cargo run --release -p swan-method --example fit_and_score -- NORMAL TEST [MODEL]
//! ```
//!
//! NORMAL and TEST are data sources as the CLI reads them (`[KIND:]PATH`: a folder of images,
//! `csv:manifest.csv`, `idx:DIR`, …); every image of NORMAL is taken as normal. MODEL is where
//! the model file goes (default `model.safetensors`). The EfficientNet-Lite0 ImageNet weights
//! come from `$SWAN_LITE0_WEIGHTS` or swan's cache (`swan weights fetch`).
//!
//! Every other method runs the same way: build its [`MethodConfig`] (or read one from TOML),
//! fill [`TrainData`] with what the method uses (labelled anomalies, an outlier corpus, a
//! nuisance attribute), then `fit`, `save`, `load`, `score`.

use std::error::Error;
use std::path::PathBuf;
use std::sync::Arc;

use swan_data::{DataSpec, load_samples};
use swan_encoder::efficientnet_lite::default_lite0_weights_path;
use swan_encoder::{Backbone, Device, Encoder};
use swan_method::dn2::Dn2Params;
use swan_method::{Fitted, MethodConfig, RunContext, TrainData};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [normal, test, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: fit_and_score NORMAL TEST [MODEL] (data sources as `[KIND:]PATH`)".into(),
        );
    };
    let model_path = PathBuf::from(rest.first().map_or("model.safetensors", String::as_str));
    let normal: DataSpec = normal.parse()?;
    let test: DataSpec = test.parse()?;

    // 1. The encoder: EfficientNet-Lite0 with ImageNet weights, images resized to 64 px.
    let device = Device::flex();
    let weights = default_lite0_weights_path();
    let encoder = Encoder::load(Backbone::EfficientNetLite0, &weights, 64, &device)
        .map_err(|e| format!("{}: {e} (run `swan weights fetch`)", weights.display()))?;

    // 2. Fit: kNN (k = 2) on the pooled features of the normal images.
    let normal = load_samples(&normal)?;
    let config = MethodConfig::Dn2(Dn2Params::default());
    let mut ctx = RunContext::new(Arc::new(encoder));
    let fitted = config.fit(&TrainData::normal(normal), &mut ctx)?;
    println!(
        "fitted {} on {} images",
        config.kind().name(),
        fitted.n_train()
    );

    // 3. One file: the kNN memory bank, the encoder weights and a JSON header (format version,
    //    hyper-parameters, preprocessing, a fingerprint of the training data).
    fitted.save(&model_path, Some(ctx.encoder()?))?;
    println!("model written to {}", model_path.display());

    // 4. Later, elsewhere: load the file and score. Images that cannot be read are skipped and
    //    reported; `kept` says which inputs have a score.
    let (model, encoder) = Fitted::load(&model_path, &device)?;
    let mut ctx = RunContext::with_encoder(encoder.map(Arc::new));
    let test = load_samples(&test)?;
    let scored = model.score(&test, &mut ctx)?;
    for skipped in &scored.skipped {
        eprintln!("skipped {}: {}", skipped.id, skipped.error);
    }
    let mut ranked: Vec<(f32, &str)> = test
        .iter()
        .zip(&scored.kept)
        .filter(|(_, kept)| **kept)
        .zip(&scored.scores)
        .map(|((sample, _), score)| (*score, sample.id.as_str()))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!(
        "most anomalous of {} scored images (higher = more anomalous):",
        ranked.len()
    );
    for (score, id) in ranked.iter().take(5) {
        println!("  {score:>9.4}  {id}");
    }
    Ok(())
}
