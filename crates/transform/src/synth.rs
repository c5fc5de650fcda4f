//! Pseudo-anomaly synthesis: CutMix as DRA defines it, CutPaste and CutPaste-scar
//! (Li et al. 2021).

use swan_data::Image;

use crate::photometric::color_jitter;
use crate::rng::Rng;

/// A patch rectangle: top-left corner and size in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    /// Left edge.
    pub x: usize,
    /// Top edge.
    pub y: usize,
    /// Width.
    pub w: usize,
    /// Height.
    pub h: usize,
}

fn patch_rect(img: &Image, area: (f64, f64), aspect: (f64, f64), rng: &mut Rng) -> Rect {
    let (iw, ih) = (img.width as f64, img.height as f64);
    let a = iw * ih * rng.range(area.0, area.1);
    let r = rng.range(aspect.0.ln(), aspect.1.ln()).exp();
    let w = ((a * r).sqrt().round() as usize).clamp(1, img.width);
    let h = ((a / r).sqrt().round() as usize).clamp(1, img.height);
    Rect {
        w,
        h,
        x: rng.int(0, (img.width - w) as i64) as usize,
        y: rng.int(0, (img.height - h) as i64) as usize,
    }
}

fn crop(img: &Image, r: Rect) -> Image {
    let mut data = Vec::with_capacity(3 * r.w * r.h);
    for c in 0..3 {
        let p = img.plane(c);
        for y in r.y..r.y + r.h {
            data.extend_from_slice(&p[y * img.width + r.x..y * img.width + r.x + r.w]);
        }
    }
    Image {
        width: r.w,
        height: r.h,
        data,
    }
}

fn paste(img: &mut Image, patch: &Image, x: usize, y: usize) {
    let n = img.width * img.height;
    for c in 0..3 {
        for py in 0..patch.height {
            for px in 0..patch.width {
                img.data[c * n + (y + py) * img.width + x + px] =
                    patch.data[c * patch.width * patch.height + py * patch.width + px];
            }
        }
    }
}

/// DRA's CutMix: a rectangle of area U(0.02, 0.15) of the image and aspect
/// exp(U(ln 0.3, ln 1/0.3)), colour-jittered by 0.1, pasted at an independent random position
/// of the same image. Returns the image and the pasted rectangle.
pub fn cutmix(img: &Image, rng: &mut Rng) -> (Image, Rect) {
    cut_and_paste(img, (0.02, 0.15), (0.3, 1.0 / 0.3), rng)
}

/// CutPaste: as CutMix, with aspect ratio in (0.3, 3.3) as the CutPaste paper.
pub fn cutpaste(img: &Image, rng: &mut Rng) -> (Image, Rect) {
    cut_and_paste(img, (0.02, 0.15), (0.3, 3.3), rng)
}

fn cut_and_paste(
    img: &Image,
    area: (f64, f64),
    aspect: (f64, f64),
    rng: &mut Rng,
) -> (Image, Rect) {
    let src = patch_rect(img, area, aspect, rng);
    let patch = color_jitter(crop(img, src), 0.1, rng);
    let x = rng.int(0, (img.width - src.w) as i64) as usize;
    let y = rng.int(0, (img.height - src.h) as i64) as usize;
    let mut out = img.clone();
    paste(&mut out, &patch, x, y);
    (out, Rect { x, y, ..src })
}

/// CutPaste-scar: a thin patch (width U(2, 16), height U(10, 25) pixels at 256 px, scaled to
/// the image), colour-jittered, rotated by U(−45°, 45°) and pasted at a random position.
pub fn cutpaste_scar(img: &Image, rng: &mut Rng) -> Image {
    let scale = img.width.min(img.height) as f64 / 256.0;
    let w = ((rng.range(2.0, 16.0) * scale).round() as usize).clamp(1, img.width);
    let h = ((rng.range(10.0, 25.0) * scale).round() as usize).clamp(1, img.height);
    let src = Rect {
        w,
        h,
        x: rng.int(0, (img.width - w) as i64) as usize,
        y: rng.int(0, (img.height - h) as i64) as usize,
    };
    let patch = color_jitter(crop(img, src), 0.1, rng);
    let angle = rng.range(-45.0, 45.0).to_radians();
    let (cx, cy) = (
        rng.range(0.0, img.width as f64),
        rng.range(0.0, img.height as f64),
    );
    let (cos, sin) = (angle.cos(), angle.sin());
    let n = img.width * img.height;
    let mut out = img.clone();
    for y in 0..img.height {
        for x in 0..img.width {
            // Inverse-rotate the target pixel into patch coordinates.
            let (dx, dy) = (x as f64 - cx, y as f64 - cy);
            let (px, py) = (
                cos * dx + sin * dy + w as f64 / 2.0,
                -sin * dx + cos * dy + h as f64 / 2.0,
            );
            if px >= 0.0 && py >= 0.0 && (px as usize) < w && (py as usize) < h {
                for c in 0..3 {
                    out.data[c * n + y * img.width + x] =
                        patch.data[c * w * h + py as usize * w + px as usize];
                }
            }
        }
    }
    out
}

/// DRA's CutMix pseudo-anomaly as an image view (`swan_data::ImageRef::View`): applied when
/// the sample is loaded, drawn from `seed`, so features of pseudo-anomalies are cached and
/// reproducible like those of real images.
#[derive(Clone, Debug)]
pub struct CutMixView {
    /// The seed of the patch's draw.
    pub seed: u64,
}

impl swan_data::ImageView for CutMixView {
    fn apply(&self, img: Image) -> Result<Image, swan_data::DataError> {
        Ok(cutmix(&img, &mut Rng::new(self.seed)).0)
    }

    fn key(&self) -> String {
        format!("cutmix#{}", self.seed)
    }
}
