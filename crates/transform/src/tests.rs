//! Properties every operation must have.

use swan_data::Image;

use crate::{Chain, Op, Rng, corrupt, synth};

/// A 48×40 test card: gradients, a bright square and stripes.
fn card() -> Image {
    let (w, h) = (48, 40);
    let mut data = vec![0f32; 3 * w * h];
    for y in 0..h {
        for x in 0..w {
            let i = y * w + x;
            data[i] = (x * 5) as f32;
            data[w * h + i] = if (10..30).contains(&x) && (8..24).contains(&y) {
                230.0
            } else {
                (y * 4) as f32
            };
            data[2 * w * h + i] = if (x / 4) % 2 == 0 { 200.0 } else { 40.0 };
        }
    }
    Image::from_planar(w, h, data).unwrap()
}

fn psnr(a: &Image, b: &Image) -> f64 {
    let mse: f64 = a
        .data
        .iter()
        .zip(&b.data)
        .map(|(x, y)| f64::from(x - y).powi(2))
        .sum::<f64>()
        / a.data.len() as f64;
    if mse == 0.0 {
        f64::INFINITY
    } else {
        10.0 * (255.0f64.powi(2) / mse).log10()
    }
}

#[test]
fn every_op_keeps_shape_and_range_and_is_deterministic() {
    let img = card();
    for &op in Op::ALL {
        for s in 1..=5 {
            let a = op.apply(&img, s, &mut Rng::new(7)).unwrap();
            let b = op.apply(&img, s, &mut Rng::new(7)).unwrap();
            let (w, h) = if matches!(op, Op::Rot90 | Op::Rot270) {
                (img.height, img.width)
            } else {
                (img.width, img.height)
            };
            assert_eq!((a.width, a.height), (w, h), "{} @ {s}", op.name());
            assert!(
                a.data.iter().all(|v| (0.0..=255.0).contains(v)),
                "{} @ {s} out of range",
                op.name()
            );
            assert_eq!(a, b, "{} @ {s} is not deterministic", op.name());
        }
    }
}

#[test]
fn corruption_strength_grows_with_severity() {
    let img = card();
    for op in [
        Op::GaussianNoise,
        Op::GaussianBlur,
        Op::Jpeg,
        Op::Contrast,
        Op::Brightness,
        Op::Crop,
    ] {
        let p: Vec<f64> = (1..=5)
            .map(|s| psnr(&img, &op.apply(&img, s, &mut Rng::new(3)).unwrap()))
            .collect();
        assert!(
            p.windows(2).all(|w| w[1] <= w[0] + 0.5),
            "{}: PSNR {p:?} does not fall",
            op.name()
        );
        assert!(p[4] < p[0], "{}: PSNR {p:?}", op.name());
    }
}

#[test]
fn jpeg_really_compresses() {
    let img = card();
    let out = Op::Jpeg.apply(&img, 1, &mut Rng::new(0)).unwrap();
    assert_ne!(out, img);
    let sizes: Vec<usize> = corrupt::JPEG
        .iter()
        .map(|&q| corrupt::jpeg_size(&img, q).unwrap())
        .collect();
    assert!(sizes.windows(2).all(|w| w[1] <= w[0]), "{sizes:?}");
    assert!(sizes[4] < sizes[0]);
}

#[test]
fn chains_parse_print_and_reject_bad_names() {
    let c: Chain = "blur@3+contrast@2+rot90".parse().unwrap();
    assert_eq!(c.to_string(), "blur@3+contrast@2+rot90@1");
    let e = "blurr@2".parse::<Chain>().unwrap_err().to_string();
    assert!(e.contains("blurr") && e.contains("jpeg"), "{e}");
    let e = "jpeg@9".parse::<Chain>().unwrap_err().to_string();
    assert!(e.contains("1..=5"), "{e}");
    assert!("".parse::<Chain>().is_err());
}

#[test]
fn batches_match_single_images_with_offset_seeds() {
    let imgs = vec![card(), card(), card()];
    let c: Chain = "noise@2+jitter@1".parse().unwrap();
    let batch = c.apply_batch(&imgs, 10).unwrap();
    for (i, out) in batch.iter().enumerate() {
        assert_eq!(out, &c.apply(&imgs[i], 10 + i as u64).unwrap());
    }
}

#[test]
fn rotations_and_flips_match_their_definitions() {
    let img = card();
    let r = Op::Rot90.apply(&img, 1, &mut Rng::new(0)).unwrap();
    assert_eq!(r, img.rotate90(1));
    let f = Op::FlipH.apply(&img, 1, &mut Rng::new(0)).unwrap();
    assert_eq!(f.plane(0)[0], img.plane(0)[img.width - 1]);
    assert_eq!(Op::FlipH.apply(&f, 1, &mut Rng::new(0)).unwrap(), img);
}

#[test]
fn cutmix_changes_only_the_pasted_rectangle() {
    let img = card();
    let (out, r) = synth::cutmix(&img, &mut Rng::new(5));
    let area = (r.w * r.h) as f64 / (img.width * img.height) as f64;
    assert!((0.01..=0.2).contains(&area), "{area}");
    let n = img.width * img.height;
    for y in 0..img.height {
        for x in 0..img.width {
            let inside = (r.x..r.x + r.w).contains(&x) && (r.y..r.y + r.h).contains(&y);
            if !inside {
                for c in 0..3 {
                    assert_eq!(
                        out.data[c * n + y * img.width + x],
                        img.data[c * n + y * img.width + x]
                    );
                }
            }
        }
    }
    assert_ne!(out, img);
    assert_ne!(synth::cutpaste_scar(&img, &mut Rng::new(1)), img);
}

#[test]
fn a_crop_of_a_tiny_image_is_a_clear_error() {
    let img = Image::from_gray_u8(1, 1, &[5]);
    let e = Op::Crop
        .apply(&img, 1, &mut Rng::new(0))
        .unwrap_err()
        .to_string();
    assert!(e.contains("too small"), "{e}");
}

#[test]
fn cutmix_box_statistics_follow_dra() {
    // Area U(0.02, 0.15) of the image, aspect exp(U(ln 0.3, ln 1/0.3)); at 200 px rounding
    // moves the fractions little.
    let img = Image {
        width: 200,
        height: 200,
        data: vec![0.5; 3 * 200 * 200],
    };
    let mut rng = Rng::new(11);
    let (mut areas, mut log_aspects) = (Vec::new(), Vec::new());
    for _ in 0..2000 {
        let (_, r) = synth::cutmix(&img, &mut rng);
        let area = (r.w * r.h) as f64 / 40_000.0;
        let aspect = r.w as f64 / r.h as f64;
        assert!((0.019..=0.152).contains(&area), "{area}");
        assert!((0.29..=1.0 / 0.29).contains(&aspect), "{aspect}");
        assert!(r.x + r.w <= 200 && r.y + r.h <= 200);
        areas.push(area);
        log_aspects.push(aspect.ln());
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    assert!((mean(&areas) - 0.085).abs() < 0.004, "{}", mean(&areas));
    assert!(mean(&log_aspects).abs() < 0.05, "{}", mean(&log_aspects));
    // Uniform log-aspect: about a third of the boxes in each third of the range.
    let third = (1.0f64 / 0.3).ln() * 2.0 / 3.0;
    let low = log_aspects
        .iter()
        .filter(|&&a| a < (0.3f64).ln() + third)
        .count();
    assert!((600..=735).contains(&low), "{low}");
}

#[test]
fn cutmix_views_are_seeded() {
    use swan_data::ImageView;
    let img = card();
    let a = synth::CutMixView { seed: 3 };
    assert_eq!(a.apply(img.clone()).unwrap(), a.apply(img.clone()).unwrap());
    assert_ne!(
        a.apply(img.clone()).unwrap(),
        synth::CutMixView { seed: 4 }.apply(img).unwrap()
    );
    assert_eq!(a.key(), "cutmix#3");
}
