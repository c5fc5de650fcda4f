//! The larger EfficientNet-Lite backbones through the CLI: DN2 fits, saves, scores and says
//! which network it embeds with; DRA reads the backbone's last block, Red PANDA's tier B
//! splits at its fifth stage, ADRA rebuilds the network it fine-tuned; taps past the last
//! block and another model's weights are clear errors. Weights: `$SWAN_LITE2_WEIGHTS` or swan's cache
//! (`.ci/run` fetches them).

use std::path::{Path, PathBuf};

mod common;
use common::{err, make_folder_dataset, ok, read_scores, score_test_split, swan_lite0, swan_with};

fn lite2_weights() -> PathBuf {
    let p = swan_encoder::Backbone::EfficientNetLite2.default_weights_path();
    assert!(
        p.exists(),
        "EfficientNet-Lite2 weights not found at {}: run `swan weights fetch --backbone efficientnet-lite2`",
        p.display()
    );
    p
}

#[test]
fn dn2_on_lite2_fits_scores_and_records_the_backbone() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 12, 6);
    let data_arg = format!("folder:{}", data.display());
    let weights = lite2_weights();
    let model = tmp.path().join("m.safetensors");
    let fit = |tap: &str| {
        swan_lite0(
            &cache,
            &[
                "fit",
                "--method",
                "dn2",
                "--backbone",
                "efficientnet-lite2",
                "--weights",
                weights.to_str().unwrap(),
                "--data",
                &data_arg,
                "--class",
                "stripes",
                "--image-size",
                "32",
                "--tap",
                tap,
                "--out",
                model.to_str().unwrap(),
            ],
        )
    };
    // Lite2 has 21 blocks: block20 is its last, block21 is named as missing.
    let e = err(&fit("block21"));
    assert!(
        e.contains("efficientnet-lite2 has stem, block00..block20"),
        "{e}"
    );
    // At 32 px Lite2's pooled features are all zero for these images (as in PyTorch): the
    // fit says so instead of handing back a model that scores everything alike.
    let out = fit("pooled");
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("all 12 images embed to the same vector at tap pooled at 32 px"),
        "{stderr}"
    );
    let out = fit("block20");
    ok(&out);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("same vector"));
    let info = ok(&swan_lite0(&cache, &["inspect", model.to_str().unwrap()]));
    assert!(info.contains("efficientnet-lite2"), "{info}");
    // The model file carries the weights: scoring needs no --backbone or --weights.
    let scores = tmp.path().join("s.csv");
    ok(&swan_with(
        &cache,
        None,
        &score_test_split(&model, &data_arg, &scores),
    ));
    let s = read_scores(&scores);
    assert_eq!(s.len(), 12);
    assert!(s.iter().all(|v| v.is_finite()), "{s:?}");
    // Test rows: blobs (anomalies for a stripes model) then stripes, in file-name order of
    // the class folders; every blob scores above every stripe.
    let text = std::fs::read_to_string(&scores).unwrap();
    let (mut blobs, mut stripes) = (Vec::new(), Vec::new());
    for (line, v) in text.lines().skip(1).zip(&s) {
        if line.contains("blobs") {
            blobs.push(*v);
        } else {
            stripes.push(*v);
        }
    }
    let lowest_blob = blobs.iter().cloned().fold(f64::INFINITY, f64::min);
    let highest_stripe = stripes.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    assert!(lowest_blob > highest_stripe, "{blobs:?} vs {stripes:?}");
}

#[test]
fn another_backbones_weights_are_an_error_and_adra_fine_tunes_lite2() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 4, 2);
    let data_arg = format!("folder:{}", data.display());
    let model = tmp.path().join("m.safetensors");
    let lite0 = common::lite0_weights();
    let fit = |method: &str, weights: &str| {
        swan_lite0(
            &cache,
            &[
                "--no-progress",
                "fit",
                "--oe",
                &data_arg,
                "--oe-class",
                "stripes",
                "--method",
                method,
                "--backbone",
                "efficientnet-lite2",
                "--weights",
                weights,
                "--data",
                &data_arg,
                "--class",
                "blobs",
                "--image-size",
                "32",
                "--out",
                model.to_str().unwrap(),
            ],
        )
    };
    let e = err(&fit("dn2", lite0.to_str().unwrap()));
    assert!(
        e.contains("efficientnet-lite0-57934424.pth")
            && e.contains("not efficientnet-lite2 weights"),
        "{e}"
    );
    assert!(!model.exists());

    // ADRA fine-tunes adapters on Lite2 itself, records it, and scores from the model file
    // alone (the network is rebuilt as Lite2).
    ok(&fit("adra", lite2_weights().to_str().unwrap()));
    let config = method_config_and_scores(&cache, &model, &data_arg, 4);
    assert!(
        config.contains("backbone = \"efficientnet-lite2\""),
        "{config}"
    );
}

/// The model's `swan inspect --method-config`, after checking that it scores the `n` test
/// images of `data` from the model file alone (no --backbone or --weights), all finite.
fn method_config_and_scores(cache: &Path, model: &Path, data: &str, n: usize) -> String {
    let scores = model.with_extension("scores.csv");
    ok(&swan_with(
        cache,
        None,
        &score_test_split(model, data, &scores),
    ));
    let s = read_scores(&scores);
    assert_eq!(s.len(), n);
    assert!(s.iter().all(|v| v.is_finite()), "{s:?}");
    ok(&swan_lite0(
        cache,
        &["inspect", model.to_str().unwrap(), "--method-config"],
    ))
}

#[test]
fn dra_on_lite2_reads_its_last_block_and_scores_from_the_model_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 24, 6);
    let data_arg = format!("folder:{}", data.display());
    let weights = lite2_weights();
    let model = tmp.path().join("dra.safetensors");
    ok(&swan_lite0(
        &cache,
        &[
            "fit",
            "--method",
            "dra",
            "--backbone",
            "efficientnet-lite2",
            "--weights",
            weights.to_str().unwrap(),
            "--data",
            &data_arg,
            "--class",
            "blobs",
            "--anomalies",
            &data_arg,
            "--anomaly-class",
            "stripes",
            "--max-anomalies",
            "4",
            "--image-size",
            "64",
            "--epochs",
            "1",
            "--steps-per-epoch",
            "2",
            "--out",
            model.to_str().unwrap(),
        ],
    ));
    // With no --tap the heads read Lite2's last block (block20, 352 channels), and the
    // model file says so.
    let config = method_config_and_scores(&cache, &model, &data_arg, 12);
    assert!(config.contains("tap = \"block20\""), "{config}");
    let info = ok(&swan_lite0(&cache, &["inspect", model.to_str().unwrap()]));
    assert!(
        info.contains("efficientnet-lite2") && info.contains("block20"),
        "{info}"
    );
}

#[test]
fn weights_path_names_each_backbones_file() {
    let tmp = tempfile::tempdir().unwrap();
    for (backbone, file) in [
        ("efficientnet-lite1", "efficientnet-lite1-77cc7160.pth"),
        ("efficientnet-lite2", "efficientnet-lite2-9656183e.pth"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_swan"))
            .args(["weights", "path", "--backbone", backbone])
            .env("SWAN_CACHE", tmp.path())
            .env_remove("SWAN_LITE1_WEIGHTS")
            .env_remove("SWAN_LITE2_WEIGHTS")
            .output()
            .unwrap();
        let path = ok(&out);
        assert_eq!(
            path.trim(),
            tmp.path().join("weights").join(file).to_str().unwrap()
        );
    }
}

#[test]
fn inspect_names_the_backbone_a_checkpoint_loads_as() {
    let tmp = tempfile::tempdir().unwrap();
    for (weights, backbone) in [
        (common::lite0_weights(), "efficientnet-lite0"),
        (lite2_weights(), "efficientnet-lite2"),
    ] {
        let text = ok(&swan_lite0(
            tmp.path(),
            &["inspect", weights.to_str().unwrap()],
        ));
        assert!(
            text.contains(&format!("loads as --backbone {backbone}")),
            "{text}"
        );
    }
    let tiny =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pth/tiny_zip.pth");
    let text = ok(&swan_lite0(
        tmp.path(),
        &["inspect", tiny.to_str().unwrap()],
    ));
    assert!(
        text.contains("not a checkpoint swan's encoder can load"),
        "{text}"
    );
}

#[test]
fn fetch_refuses_a_file_of_another_backbone_at_its_destination() {
    let tmp = tempfile::tempdir().unwrap();
    let lite0 = common::lite0_weights();
    let e = err(&swan_lite0(
        tmp.path(),
        &[
            "weights",
            "fetch",
            "--backbone",
            "efficientnet-lite2",
            "--dest",
            lite0.to_str().unwrap(),
        ],
    ));
    assert!(
        e.contains("exists but holds efficientnet-lite0 weights, not efficientnet-lite2"),
        "{e}"
    );
    // The right file is kept as it is, without a download.
    let out = swan_lite0(
        tmp.path(),
        &["weights", "fetch", "--dest", lite0.to_str().unwrap()],
    );
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("weights already present"));
}

#[test]
fn red_panda_tier_b_on_lite2_fine_tunes_its_last_two_stages() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 40, 10);
    let weights = lite2_weights();
    let report = tmp.path().join("rp.json");
    ok(&swan_lite0(
        &cache,
        &common::args(
            "eval --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 1 --method red-panda --tier b --epochs 1 --image-size 64 --backbone efficientnet-lite2",
            &[
                "--weights",
                weights.to_str().unwrap(),
                "--data",
                &format!("folder:{}", data.display()),
                "--out",
                report.to_str().unwrap(),
            ],
        ),
    ));
    // Tier B caches Lite2's activations at the end of its fifth stage (block14, not Lite0's
    // block10) and fine-tunes the blocks after it.
    let json = common::read_json(&report);
    assert_eq!(json["encoder"]["backbone"], "efficientnet-lite2");
    assert_eq!(json["encoder"]["tap"], "block14", "{}", json["encoder"]);
    for key in ["ad", "pa", "ra"] {
        let v = json["mean"][key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&v), "{key} {v}");
    }
}

/// `swan bench finetune` and `bench adib` step the --backbone's network and record it; weights
/// of another backbone are refused with whose they are. (Speed is never asserted.)
#[test]
fn step_benchmarks_run_the_backbone_named() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let lite2 = lite2_weights();
    for what in ["finetune", "adib"] {
        let out = tmp.path().join(format!("{what}.json"));
        ok(&swan_lite0(
            &cache,
            &[
                "bench",
                what,
                "--backbone",
                "efficientnet-lite2",
                "--weights",
                lite2.to_str().unwrap(),
                "--batch",
                "2",
                "--size",
                "32",
                "--iters",
                "1",
                "--peer",
                "none",
                "--out",
                out.to_str().unwrap(),
            ],
        ));
        let json = common::read_json(&out);
        assert_eq!(
            json["settings"]["backbone"], "efficientnet-lite2",
            "{what}: {json}"
        );
        assert!(
            json["swan_best_img_per_s"].as_f64().unwrap() > 0.0,
            "{json}"
        );
    }
    let lite0 = common::lite0_weights();
    let e = err(&swan_lite0(
        &cache,
        &[
            "bench",
            "adib",
            "--backbone",
            "efficientnet-lite2",
            "--weights",
            lite0.to_str().unwrap(),
            "--peer",
            "none",
        ],
    ));
    assert!(
        e.contains("is not efficientnet-lite2 weights")
            && e.contains("it holds efficientnet-lite0"),
        "{e}"
    );
}

/// KE's `--rank-backbone`: the transforms are ranked on another backbone's features (here
/// Lite2's, as `swan audit transforms --backbone efficientnet-lite2` ranks them, to the same
/// distances), the head reads the main encoder's (Lite0's), and the model scores from its file
/// alone. The flag's misuses are clear errors.
#[test]
fn ke_ranks_transforms_with_the_backbone_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 12, 5);
    let data_arg = format!("folder:{}", data.display());
    let lite2 = lite2_weights();
    let model = tmp.path().join("ke.safetensors");
    let bank = "hflip,vflip,rot90,blur";
    let fit = |more: &[&str]| {
        let mut a = common::args(
            "fit --method ke --class blobs --pairs 1 --epochs 2 --image-size 64 --seed 3",
            &[
                "--data",
                &data_arg,
                "--bank",
                bank,
                "--out",
                model.to_str().unwrap(),
            ],
        );
        a.extend_from_slice(more);
        swan_lite0(&cache, &a)
    };
    let ranking = |config: &str| -> Vec<(String, f64)> {
        let v: toml::Value = toml::from_str(config).unwrap();
        v["chosen"]["ranking"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["transform"].as_str().unwrap().to_string(),
                    t["distance"].as_float().unwrap(),
                )
            })
            .collect()
    };
    ok(&fit(&[
        "--rank-backbone",
        "efficientnet-lite2",
        "--rank-weights",
        lite2.to_str().unwrap(),
    ]));
    let config = method_config_and_scores(&cache, &model, &data_arg, 10);
    // The model file names the encoder that ranked, down to its weights.
    let v: toml::Value = toml::from_str(&config).unwrap();
    let ranked_by = &v["chosen"]["ranked_by"];
    assert_eq!(ranked_by["backbone"].as_str(), Some("efficientnet-lite2"));
    assert_eq!(ranked_by["image_size"].as_integer(), Some(64));
    let cpu = swan_encoder::device_from_name("cpu").unwrap();
    let encoder =
        swan_encoder::Encoder::load(swan_encoder::Backbone::EfficientNetLite2, &lite2, 64, &cpu)
            .unwrap();
    assert_eq!(
        ranked_by["weights_digest"].as_str(),
        Some(encoder.weights_digest())
    );
    let by_lite2 = ranking(&config);
    let info = ok(&swan_lite0(&cache, &["inspect", model.to_str().unwrap()]));
    assert!(
        info.contains("efficientnet-lite0"),
        "the head reads Lite0: {info}"
    );

    // The audit on Lite2 ranks the class's images the same way, to the same distances.
    let audit = tmp.path().join("audit.json");
    ok(&swan_with(
        &cache,
        None,
        &common::args(
            "audit transforms --class blobs --pairs 1 --image-size 64 --seed 3 --backbone efficientnet-lite2",
            &[
                "--data",
                &data_arg,
                "--weights",
                lite2.to_str().unwrap(),
                "--transforms",
                bank,
                "--out",
                audit.to_str().unwrap(),
            ],
        ),
    ));
    let json = common::read_json(&audit);
    let audited: Vec<(String, f64)> = json["classes"][0]["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["transform"].as_str().unwrap().to_string(),
                t["distance"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(by_lite2.len(), 4);
    for ((a, da), (b, db)) in by_lite2.iter().zip(&audited) {
        assert_eq!(a, b);
        assert!(
            (da - db).abs() <= 1e-9 * da.abs().max(1.0),
            "{a}: {da} vs {db}"
        );
    }
    // Without the flag the ranking reads Lite0: other distances.
    ok(&fit(&[]));
    let config = method_config_and_scores(&cache, &model, &data_arg, 10);
    assert!(
        !config.contains("efficientnet-lite2") && !config.contains("ranked_by"),
        "{config}"
    );
    let by_lite0 = ranking(&config);
    assert_ne!(
        by_lite0.iter().map(|t| t.1).collect::<Vec<_>>(),
        by_lite2.iter().map(|t| t.1).collect::<Vec<_>>()
    );

    // Misuses.
    let refused = |more: &[&str], says: &str| {
        let e = err(&fit(more));
        assert!(e.contains(says), "{more:?}: {e}");
    };
    let lite0 = common::lite0_weights();
    refused(
        &[
            "--rank-backbone",
            "efficientnet-lite2",
            "--rank-weights",
            lite0.to_str().unwrap(),
        ],
        "not efficientnet-lite2 weights",
    );
    refused(
        &[
            "--rank-backbone",
            "efficientnet-lite2",
            "--rank-weights",
            "/nonexistent/lite2.pth",
        ],
        "pass --rank-weights FILE",
    );
    refused(
        &[
            "--rank-backbone",
            "efficientnet-lite2",
            "--rank-on",
            "pixels",
        ],
        "--rank-on pixels ranks without one",
    );
    refused(
        &["--rank-backbone", "efficientnet-lite2", "--policy", "fixed"],
        "--rank-backbone applies to the ranked policy",
    );
    refused(
        &["--rank-weights", lite2.to_str().unwrap()],
        "--rank-weights goes with --rank-backbone",
    );
    let e = err(&swan_lite0(
        &cache,
        &common::args(
            "fit --method dn2 --class blobs --rank-backbone efficientnet-lite2",
            &["--data", &data_arg, "--out", model.to_str().unwrap()],
        ),
    ));
    assert!(e.contains("apply to --method ke"), "{e}");
}
