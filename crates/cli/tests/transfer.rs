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

const QUICK: &[&str] = &["--epochs", "1", "--train-batch", "8"];

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
    let e = err(&fit("adra", &["--image-size", "32"]));
    assert!(e.contains("--oe"), "{e}");
    // 64 px: Lite0's last feature map is 2 x 2 patches (for --maps below).
    ok(&fit(
        "adra",
        &[
            "--oe",
            &data_arg,
            "--oe-class",
            "checks",
            "--image-size",
            "64",
        ],
    ));
    let scores = tmp.path().join("scores.csv");
    ok(&swan(
        &cache,
        &common::score_test_split(&model, &data_arg, &scores),
    ));
    let csv = std::fs::read_to_string(&scores).unwrap();
    assert_eq!(csv.lines().count(), 1 + 6 + 6 + 16);

    // --maps: the head at every patch of the feature map; each image's map averages to its
    // score (the logit), and asking for maps changes no score.
    let maps = tmp.path().join("maps");
    let mut with_maps = common::score_test_split(&model, &data_arg, &scores);
    with_maps.extend(["--maps", maps.to_str().unwrap()]);
    let run = swan(&cache, &with_maps);
    ok(&run);
    assert_eq!(
        std::fs::read_to_string(&scores).unwrap(),
        csv,
        "maps change no score"
    );
    let bytes = std::fs::read(maps.join("maps.safetensors")).unwrap();
    let file = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let linear = file.tensor("linear").unwrap();
    assert_eq!(linear.shape(), [28, 2, 2]);
    let values: Vec<f32> = linear
        .data()
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
        .collect();
    let logits: Vec<f32> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
        .collect();
    for (m, z) in values.chunks_exact(4).zip(&logits) {
        let mean = m.iter().sum::<f32>() / 4.0;
        assert!((mean - z).abs() <= 1e-4 * z.abs().max(1.0), "{m:?} vs {z}");
    }
    let described = ok(&swan(
        &cache,
        &["inspect", maps.join("maps.safetensors").to_str().unwrap()],
    ));
    assert!(
        described.contains("linear and the same map as total, [2,2] patches"),
        "{described}"
    );
    // The patches differ: the map says where, not only how much.
    assert!(values.chunks_exact(4).any(|m| m.iter().any(|v| v != &m[0])));

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
        }
        args.extend_from_slice(&["--image-size", "32"]);
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
