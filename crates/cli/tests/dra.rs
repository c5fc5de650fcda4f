//! `swan fit / score / eval --method dra | devnet` on a drawn folder dataset: one normal
//! class (200 images), 10 labelled anomalies, 64 px, a few steps (the CI smoke run).

use std::path::Path;

mod common;
use common::{err, make_folder_dataset, ok, swan_lite0 as swan};

const QUICK: &[&str] = &[
    "--image-size",
    "64",
    "--epochs",
    "2",
    "--steps-per-epoch",
    "3",
    "--seed",
    "3",
];

#[test]
fn dra_fit_score_and_eval_smoke() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 200, 6);
    let data_arg = format!("folder:{}", data.display());
    let model = tmp.path().join("dra.safetensors");
    let fit = |method: &str, out: &Path, extra: &[&str]| {
        let mut args = vec![
            "fit",
            "--data",
            &data_arg,
            "--class",
            "blobs",
            "--method",
            method,
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        args.extend_from_slice(QUICK);
        swan(&cache, &args)
    };
    let anomalies = [
        "--anomalies",
        &data_arg,
        "--anomaly-class",
        "stripes",
        "--max-anomalies",
        "10",
    ];
    // Without labelled anomalies DRA says what it needs.
    let e = err(&fit("dra", &model, &[]));
    assert!(e.contains("--anomalies"), "{e}");
    let mut dn2 = vec![
        "fit",
        "--data",
        &data_arg,
        "--class",
        "blobs",
        "--image-size",
        "64",
        "--out",
        model.to_str().unwrap(),
    ];
    dn2.extend_from_slice(&anomalies);
    let e = err(&swan(&cache, &dn2));
    assert!(e.contains("does not use labelled anomalies"), "{e}");

    // A damaged training image is skipped, and reported once although DRA reads every image
    // at two pyramid levels.
    let damaged = data.join("train/blobs/damaged.png");
    std::fs::write(&damaged, b"not a png").unwrap();
    let run = fit("dra", &model, &anomalies);
    ok(&run);
    let log = String::from_utf8_lossy(&run.stderr);
    assert_eq!(
        log.matches("skipping train/blobs/damaged.png").count(),
        1,
        "{log}"
    );
    assert!(log.contains("skipped 1 unreadable image(s)"), "{log}");
    std::fs::remove_file(&damaged).unwrap();
    let scores = tmp.path().join("scores.csv");
    ok(&swan(
        &cache,
        &common::score_test_split(&model, &data_arg, &scores),
    ));
    let csv = std::fs::read_to_string(&scores).unwrap();
    assert_eq!(csv.lines().count(), 1 + 12, "{csv}");
    // --maps: each image's patch scores, as a file and as pictures; the report shows them.
    let maps = tmp.path().join("maps");
    let page = tmp.path().join("scores.html");
    let mut with_maps = common::score_test_split(&model, &data_arg, &scores);
    with_maps.extend([
        "--maps",
        maps.to_str().unwrap(),
        "--report",
        page.to_str().unwrap(),
    ]);
    ok(&swan(&cache, &with_maps));
    assert_eq!(
        std::fs::read_to_string(&scores).unwrap(),
        csv,
        "maps change no score"
    );
    let pngs = std::fs::read_dir(&maps)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().unwrap() == "png")
        .count();
    assert_eq!(pngs, 12);
    let described = ok(&swan(
        &cache,
        &["inspect", maps.join("maps.safetensors").to_str().unwrap()],
    ));
    assert!(described.contains("swan maps file"), "{described}");
    assert!(described.contains("12 (12 drawn as PNG"), "{described}");
    assert!(
        described.contains("seen, pseudo, residual and their sum (total), [2,2] patches"),
        "{described}"
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("<figure class=\"heat\">"),
        "overlays in the galleries"
    );
    // Ground-truth masks (a CSV `mask` column): the pixel AUROC of the maps.
    std::fs::create_dir_all(data.join("masks")).unwrap();
    image::GrayImage::from_fn(40, 40, |x, _| image::Luma([if x < 20 { 255 } else { 0 }]))
        .save(data.join("masks/left.png"))
        .unwrap();
    let mut manifest = String::from("path,label,mask\n");
    for i in 0..6 {
        manifest += &format!(
            "test/blobs/{i:03}.png,normal,\ntest/stripes/{i:03}.png,anomaly,masks/left.png\n"
        );
    }
    std::fs::write(data.join("masked.csv"), manifest).unwrap();
    let masked_maps = tmp.path().join("masked-maps");
    let (manifest, scores_out) = (data.join("masked.csv"), tmp.path().join("masked.csv"));
    let run = swan(
        &cache,
        &common::score_model(
            &model,
            manifest.to_str().unwrap(),
            &[
                "--maps",
                masked_maps.to_str().unwrap(),
                "--out",
                scores_out.to_str().unwrap(),
            ],
        ),
    );
    ok(&run);
    let log = String::from_utf8_lossy(&run.stderr);
    // Each mask's left half is one anomalous region.
    assert!(
        log.contains(
            "on 12 images (6 with a ground-truth mask, 6 anomalous regions), maps and masks \
             at 64x64"
        ),
        "{log}"
    );
    assert!(
        log.contains("pixel AUROC ") && log.contains("%, AUPRO "),
        "{log}"
    );
    let described = ok(&swan(
        &cache,
        &[
            "inspect",
            masked_maps.join("maps.safetensors").to_str().unwrap(),
        ],
    ));
    assert!(described.contains("pixel AUROC"), "{described}");
    assert!(
        described.contains("over 6 anomalous regions, up to a false-positive rate of 0.3"),
        "{described}"
    );

    // --occlusion explains a DRA model by occlusion instead of its heads' patch scores.
    let occluded_maps = tmp.path().join("occluded-maps");
    ok(&swan(
        &cache,
        &common::score_model(
            &model,
            &data_arg,
            &[
                "--split",
                "test",
                "--maps",
                occluded_maps.to_str().unwrap(),
                "--occlusion",
                "3",
            ],
        ),
    ));
    let described = ok(&swan(
        &cache,
        &[
            "inspect",
            occluded_maps.join("maps.safetensors").to_str().unwrap(),
        ],
    ));
    assert!(
        described.contains("occlusion and the same map as total, [3,3] cells"),
        "{described}"
    );

    // A DRA score is no distance to training images: --neighbours says so.
    let msg = err(&swan(
        &cache,
        &common::score_model(&model, &data_arg, &["--neighbours", "1"]),
    ));
    assert!(msg.contains("this is a dra model"), "{msg}");

    // DevNet and a head ablation fit the same way.
    ok(&fit(
        "devnet",
        &tmp.path().join("devnet.safetensors"),
        &anomalies,
    ));
    let mut ablation = anomalies.to_vec();
    ablation.extend(["--heads", "seen,residual"]);
    ok(&fit(
        "dra",
        &tmp.path().join("ablation.safetensors"),
        &ablation,
    ));
    // Trainable last stages: blocks 11-15 fine-tune with the heads; the model scores.
    let mut tail = anomalies.to_vec();
    tail.extend(["--train-from", "block10"]);
    let tail_model = tmp.path().join("tail.safetensors");
    ok(&fit("dra", &tail_model, &tail));
    let tail_scores = tmp.path().join("tail.csv");
    ok(&swan(
        &cache,
        &common::score_test_split(&tail_model, &data_arg, &tail_scores),
    ));
    assert_eq!(
        std::fs::read_to_string(&tail_scores)
            .unwrap()
            .lines()
            .count(),
        1 + 12
    );
    let e = err(&fit("dra", &model, &["--train-from", "block15"]));
    assert!(e.contains("train_from"), "{e}");
    let e = err(&fit("dra", &model, &["--heads", "seen,sideways"]));
    assert!(e.contains("unknown head"), "{e}");

    // eval with the general setting: labelled anomalies from the other class's training images.
    let report = tmp.path().join("eval.json");
    let mut args = vec![
        "eval",
        "--data",
        &data_arg,
        "--method",
        "dra",
        "--protocol",
        "dra-general",
        "--shots",
        "10",
        "--max-train",
        "200",
        "--only-splits",
        "blobs",
        "--out",
        report.to_str().unwrap(),
    ];
    args.extend_from_slice(QUICK);
    let out = ok(&swan(&cache, &args));
    assert!(out.contains("dra / dra-general"), "{out}");
    let json = common::read_json(&report);
    let split = &json["splits"][0];
    assert_eq!(split["n_labelled_anomalies"], 10);
    assert_eq!(split["n_test"], 12);
    assert!(split["auroc"].as_f64().unwrap().is_finite());
    // Each head's term of the score is measured beside it, per split and in the mean.
    let names = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect()
    };
    let heads = ["seen", "pseudo", "residual", "normal"];
    assert_eq!(names(&split["components"]), heads);
    assert_eq!(names(&json["mean"]["components"]), heads);
    for c in split["components"].as_array().unwrap() {
        let a = c["auroc"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&a), "{c}");
    }
    assert!(out.contains("score terms, mean AUROC: seen "), "{out}");
    // The report's galleries draw each image's patch map over it.
    let html = std::fs::read_to_string(report.with_extension("html")).unwrap();
    assert!(
        html.contains("<figure class=\"heat\">"),
        "overlays in the galleries"
    );
    assert!(
        html.contains("the seen + pseudo + residual heads&#39; patch scores")
            || html.contains("the seen + pseudo + residual heads' patch scores"),
        "the maps are explained"
    );
}

/// An MVTec-style folder whose defect images have ground-truth masks: `swan eval` measures the
/// DRA maps' pixel AUROC against them.
#[test]
fn dra_eval_on_mvtec_masks_reports_the_pixel_auroc() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, root) = (tmp.path().join("cache"), tmp.path().join("bottle"));
    let blob = |i: u32| {
        image::RgbImage::from_fn(40, 40, |x, y| {
            let inside = (10 + i % 5..30).contains(&x) && (10..30 + i % 5).contains(&y);
            let v = if inside { 240u8 } else { 30 };
            image::Rgb([v, v / 2, 255 - v])
        })
    };
    for (dir, n) in [("train/good", 40), ("test/good", 6)] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
        for i in 0..n {
            blob(i)
                .save(root.join(dir).join(format!("{i:03}.png")))
                .unwrap();
        }
    }
    // Defects: stripes over the left half, with masks of that half.
    for dir in ["test/scratch", "ground_truth/scratch"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
    }
    for i in 0..8u32 {
        let mut img = blob(i);
        for (x, y, p) in img.enumerate_pixels_mut() {
            if x < 20 && (y + i) % 6 < 3 {
                *p = image::Rgb([250, 250, 20]);
            }
        }
        img.save(root.join(format!("test/scratch/{i:03}.png")))
            .unwrap();
        image::GrayImage::from_fn(40, 40, |x, _| image::Luma([if x < 20 { 255 } else { 0 }]))
            .save(root.join(format!("ground_truth/scratch/{i:03}_mask.png")))
            .unwrap();
    }
    let report = tmp.path().join("eval.json");
    let data = format!("mvtec:{}", root.display());
    let listed = ok(&swan(&cache, &["inspect", "--data", &data]));
    assert!(
        listed.contains("masks       8 ground-truth masks (8 of the 8 anomalies"),
        "{listed}"
    );
    assert!(!listed.contains("attribute   mask"), "{listed}");
    let mut args = common::args(
        "eval --method dra --protocol dra-general --shots 2",
        &["--data", &data, "--out", report.to_str().unwrap()],
    );
    args.extend_from_slice(QUICK);
    let out = ok(&swan(&cache, &args));
    assert!(
        out.contains("pixel AUROC (maps against ground-truth masks): mean "),
        "{out}"
    );
    let json = common::read_json(&report);
    let pixel = json["splits"][0]["pixel_auroc"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&pixel), "{pixel}");
    assert_eq!(json["mean"]["pixel_auroc"].as_f64(), Some(pixel));
    assert!(
        out.contains("AUPRO (per-region overlap up to 30 % false positives): mean "),
        "{out}"
    );
    let aupro = json["splits"][0]["pixel_aupro"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&aupro), "{aupro}");
    assert_eq!(json["mean"]["pixel_aupro"].as_f64(), Some(aupro));
    let html = std::fs::read_to_string(report.with_extension("html")).unwrap();
    assert!(html.contains("pixel AUROC <b>"), "the report's headline");
    assert!(html.contains("AUPRO <b>"), "the report's headline");
    assert!(
        html.contains("false-positive rate (pixels)") && html.contains("AUPRO limit"),
        "the pixel ROC and PRO curves"
    );
    // The galleries draw the maps the split's own scoring made.
    assert!(
        html.contains("<figure class=\"heat\">"),
        "overlays in the galleries"
    );
    assert!(
        html.contains(&format!(
            ", pixel AUROC {:.2}, AUPRO {:.2}</summary>",
            100.0 * pixel,
            100.0 * aupro
        )),
        "the split's summary line"
    );
}
