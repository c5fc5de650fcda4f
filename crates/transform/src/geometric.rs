//! Flips and the random resized crop.

use swan_data::Image;

use crate::TransformError;
use crate::kernels::sample;
use crate::rng::Rng;

/// Area range of the random resized crop per severity (swan's scale: severity 5 keeps as
/// little as 20 % of the image; aspect ratio U(3/4, 4/3) as torchvision's default).
pub const CROP_SCALE: [(f64, f64); 5] = [
    (0.85, 1.0),
    (0.7, 0.85),
    (0.55, 0.7),
    (0.4, 0.55),
    (0.2, 0.4),
];

/// The image mirrored left–right (`horizontal`) or top–bottom.
pub fn flip(img: &Image, horizontal: bool) -> Image {
    let (w, h) = (img.width, img.height);
    let mut out = img.clone();
    for c in 0..3 {
        let src = img.plane(c);
        let dst = &mut out.data[c * w * h..(c + 1) * w * h];
        for y in 0..h {
            for x in 0..w {
                dst[y * w + x] = if horizontal {
                    src[y * w + (w - 1 - x)]
                } else {
                    src[(h - 1 - y) * w + x]
                };
            }
        }
    }
    out
}

/// A crop of area fraction U(scale) and aspect ratio U(3/4, 4/3) (log-uniform), at a uniform
/// position, resized back to the input size with bilinear sampling.
pub fn random_resized_crop(
    img: &Image,
    scale: (f64, f64),
    rng: &mut Rng,
) -> Result<Image, TransformError> {
    let (w, h) = (img.width as f64, img.height as f64);
    if img.width < 2 || img.height < 2 {
        return Err(TransformError::TooSmall {
            op: "crop",
            width: img.width,
            height: img.height,
            min: 2,
        });
    }
    let area = w * h * rng.range(scale.0, scale.1);
    let ratio = rng.range((3.0f64 / 4.0).ln(), (4.0f64 / 3.0).ln()).exp();
    let cw = (area * ratio).sqrt().clamp(1.0, w);
    let ch = (area / ratio).sqrt().clamp(1.0, h);
    let x0 = rng.range(0.0, w - cw + f64::EPSILON);
    let y0 = rng.range(0.0, h - ch + f64::EPSILON);
    let mut out = img.clone();
    let (ow, oh) = (img.width, img.height);
    for c in 0..3 {
        for y in 0..oh {
            for x in 0..ow {
                let sx = x0 + (x as f64 + 0.5) * cw / w - 0.5;
                let sy = y0 + (y as f64 + 0.5) * ch / h - 0.5;
                out.data[c * ow * oh + y * ow + x] = sample(img, c, sx as f32, sy as f32);
            }
        }
    }
    Ok(out)
}
