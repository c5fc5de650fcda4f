//! `swan fit / eval --method adib | adra` with an outlier-exposure corpus, and the `oe-split`
//! protocol, on a drawn folder dataset with three classes.

use std::path::Path;

use image::{Rgb, RgbImage};

mod common;
use common::{err, make_folder_dataset, ok, swan_lite0 as swan};

/// A third class, `checks`, beside make_folder_dataset's two.
fn add_checks(root: &Path, per_split: u32) {
    for split in ["train", "test"] {
        let dir = root.join(split).join("checks");
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..per_split {
            let img = RgbImage::from_fn(40, 40, |x, y| {
                let v = if ((x + i) / 5 + y / 5) % 2 == 0 {
                    220
                } else {
                    40
                };
                Rgb([v, 255 - v, 128])
            });
            img.save(dir.join(format!("{i:03}.png"))).unwrap();
        }
    }
}

const QUICK: &[&str] = &["--image-size", "32", "--epochs", "1", "--train-batch", "8"];

#[test]
fn adib_adra_and_the_oe_split_protocol() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 16, 6);
    add_checks(&data, 16);
    let data_arg = format!("folder:{}", data.display());

    // fit with --oe; without it the method says what it needs.
    let model = tmp.path().join("adra.safetensors");
    let fit = |method: &str, extra: &[&str]| {
        let mut args = vec![
            "fit",
            "--data",
            &data_arg,
            "--class",
            "blobs",
            "--method",
            method,
            "--out",
            model.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        args.extend_from_slice(QUICK);
        swan(&cache, &args)
    };
    let e = err(&fit("adra", &[]));
    assert!(e.contains("--oe"), "{e}");
    ok(&fit("adra", &["--oe", &data_arg, "--oe-class", "checks"]));
    let scores = tmp.path().join("scores.csv");
    ok(&swan(
        &cache,
        &common::score_test_split(&model, &data_arg, &scores),
    ));
    assert_eq!(
        std::fs::read_to_string(&scores).unwrap().lines().count(),
        1 + 6 + 6 + 16
    );

    // oe-split: blobs normal, stripes anomalous, checks the corpus (never tested).
    for method in ["adib", "dn2"] {
        let report = tmp.path().join(format!("{method}.json"));
        let mut args = vec![
            "eval",
            "--data",
            &data_arg,
            "--method",
            method,
            "--protocol",
            "oe-split",
            "--normal-classes",
            "blobs",
            "--anomaly-classes",
            "stripes",
            "--out",
            report.to_str().unwrap(),
        ];
        if method == "adib" {
            args.extend_from_slice(QUICK);
        } else {
            args.extend_from_slice(&["--image-size", "32"]);
        }
        let out = swan(&cache, &args);
        let stdout = ok(&out);
        assert!(stdout.contains("oe-split"), "{stdout}");
        let json = common::read_json(&report);
        let split = &json["splits"][0];
        assert_eq!(
            (split["n_test"].as_u64(), split["n_anomalous"].as_u64()),
            (Some(12), Some(6))
        );
        let membership: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(report.with_extension("splits.json")).unwrap(),
        )
        .unwrap();
        let s = &membership["splits"][0];
        assert_eq!(s["corpus_classes"], serde_json::json!(["checks"]));
        assert_eq!(s["outlier_exposure"].as_array().unwrap().len(), 16);
        if method == "dn2" {
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.contains("does not use an outlier-exposure corpus"),
                "{stderr}"
            );
        }
    }
}
