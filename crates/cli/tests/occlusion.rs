//! `swan score --maps` on a model whose score has no patch structure (DN2): occlusion maps,
//! checked against the scores of occluded copies written by hand.

use std::path::Path;

mod common;
use common::{err, ok, read_scores, swan_lite0 as swan};
use image::{Rgb, RgbImage};

/// 32 × 32, dark (20) with a bright (220) 16 × 16 square in the top-right quadrant when
/// `square`; the image's mean is then exactly 70, so a cell filled with the mean colour is
/// an image a PNG holds exactly.
fn picture(square: bool, fill_top_right: Option<u8>) -> RgbImage {
    RgbImage::from_fn(32, 32, |x, y| {
        let top_right = x >= 16 && y < 16;
        let v = match (top_right, fill_top_right) {
            (true, Some(f)) => f,
            (true, None) if square => 220,
            _ => 20,
        };
        Rgb([v, v, v])
    })
}

fn maps_tensor(dir: &Path, name: &str) -> (Vec<usize>, Vec<f32>) {
    let tensors =
        swan_encoder::import::safetensors::read_safetensors_path(&dir.join("maps.safetensors"))
            .unwrap();
    let t = &tensors[name];
    (t.shape.clone(), t.data.clone())
}

#[test]
fn occlusion_maps_explain_a_dn2_model() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let (train, test, copy) = (
        tmp.path().join("train"),
        tmp.path().join("test"),
        tmp.path().join("copy"),
    );
    for dir in [&train, &test, &copy] {
        std::fs::create_dir_all(dir).unwrap();
    }
    // Normal: dark images with a little variation.
    for i in 0..6u8 {
        RgbImage::from_fn(32, 32, |x, y| {
            let v = 14 + i + ((x + y) % 3) as u8;
            Rgb([v, v, v])
        })
        .save(train.join(format!("{i}.png")))
        .unwrap();
    }
    picture(true, None).save(test.join("a_square.png")).unwrap();
    picture(false, None).save(test.join("b_plain.png")).unwrap();
    // The square image with its top-right cell (of a 2 × 2 grid) filled with its mean, 70.
    picture(true, Some(70))
        .save(copy.join("occluded.png"))
        .unwrap();

    let model = tmp.path().join("dn2.swan");
    let p = |path: &Path| path.to_str().unwrap().to_string();
    ok(&swan(
        &cache,
        &[
            "fit",
            "--method",
            "dn2",
            "--k",
            "1",
            "--image-size",
            "32",
            "--data",
            &p(&train),
            "--out",
            &p(&model),
        ],
    ));
    // `swan score` of a folder with the model, to a CSV, with more flags.
    let score = |data: &Path, out: &Path, more: &[&str]| {
        let (data, out, model) = (p(data), p(out), p(&model));
        let mut args = vec!["score", "--model", &model, "--data", &data, "--out", &out];
        args.extend_from_slice(more);
        swan(&cache, &args)
    };
    let (maps, scores) = (tmp.path().join("maps"), tmp.path().join("scores.csv"));
    let run = score(&test, &scores, &["--maps", &p(&maps), "--occlusion", "2"]);
    ok(&run);
    let base = read_scores(&scores);
    let (shape, values) = maps_tensor(&maps, "occlusion");
    assert_eq!(shape, [2, 2, 2]);
    assert_eq!(values, maps_tensor(&maps, "total").1);
    // The square's cell holds the image's anomaly: it is the map's largest cell.
    let square = &values[..4];
    let top = (0..4)
        .max_by(|&a, &b| square[a].total_cmp(&square[b]))
        .unwrap();
    assert_eq!(top, 1, "{square:?}");
    // Its value is the square image's score minus the score of the hand-made copy.
    let copy_scores = tmp.path().join("copy.csv");
    ok(&score(&copy, &copy_scores, &[]));
    let occluded = read_scores(&copy_scores)[0];
    let expected = base[0] - occluded;
    assert!(
        (f64::from(square[1]) - expected).abs() <= 1e-4 * base[0].abs().max(1.0),
        "map {} against {expected} (base {}, occluded {occluded})",
        square[1],
        base[0]
    );
    let described = ok(&swan(
        &cache,
        &["inspect", &p(&maps.join("maps.safetensors"))],
    ));
    assert!(
        described.contains(
            "the drop in score when each of the 2 × 2 cells is filled with the image's mean colour"
        ),
        "{described}"
    );
    assert!(
        described.contains("occlusion and the same map as total, [2,2] cells each"),
        "{described}"
    );

    // Without --occlusion a DN2 model is still explained by occlusion, on an 8 × 8 grid,
    // and the run says so; the scores are those of a run without maps.
    let (maps8, scores8) = (tmp.path().join("maps8"), tmp.path().join("scores8.csv"));
    let run = score(
        &test,
        &scores8,
        &["--maps", &p(&maps8), "--occlusion-fill", "blur"],
    );
    ok(&run);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("a dn2 model scores whole images: --maps explains it by occlusion"),
        "{stderr}"
    );
    assert!(stderr.contains("64 extra scorings per image"), "{stderr}");
    assert_eq!(maps_tensor(&maps8, "occlusion").0, [2, 8, 8]);
    assert_eq!(read_scores(&scores8), base);

    // Flags that make no sense are refused before anything runs.
    for bad in [
        vec!["--maps", "m", "--occlusion", "0"],
        vec!["--maps", "m", "--occlusion", "33"],
        vec!["--occlusion", "4"],
        vec!["--maps", "m", "--occlusion-fill", "gray"],
    ] {
        let msg = err(&score(&test, &tmp.path().join("never.csv"), &bad));
        assert!(
            msg.contains("--occlusion") || msg.contains("--maps"),
            "{bad:?}: {msg}"
        );
    }
}
