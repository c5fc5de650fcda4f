//! Contrast, brightness, saturation (ImageNet-C severities), colour jitter, and Red PANDA's
//! views.
//!
//! ImageNet-C parameters: Hendrycks & Dietterich (2019), repository `hendrycks/robustness`,
//! `ImageNet-C/create_c/make_imagenet_c.py` (`contrast`, `brightness`, `saturate`). None of
//! them depends on the image size.

use swan_data::Image;

use crate::kernels::{clamp, convolve_separable, gray, map_hsv};
use crate::rng::Rng;

/// `(x − mean) · c + mean`, mean per channel.
pub const CONTRAST: [f32; 5] = [0.4, 0.3, 0.2, 0.1, 0.05];
/// `V + c` in HSV.
pub const BRIGHTNESS: [f32; 5] = [0.1, 0.2, 0.3, 0.4, 0.5];
/// `S · c0 + c1` in HSV.
pub const SATURATION: [(f32, f32); 5] =
    [(0.3, 0.0), (0.1, 0.0), (2.0, 0.0), (5.0, 0.1), (20.0, 0.2)];
/// Colour jitter strength per severity (swan's scale, torchvision `ColorJitter` semantics):
/// brightness, contrast and saturation factors U(1 − j, 1 + j), hue shift U(−j/4, j/4).
pub const JITTER: [f32; 5] = [0.1, 0.2, 0.3, 0.4, 0.5];

/// Contrast: `(x − mean) · c + mean` per channel, clamped.
pub fn contrast(img: Image, c: f32) -> Image {
    let n = img.width * img.height;
    let mut out = img;
    for ch in 0..3 {
        let plane = &mut out.data[ch * n..(ch + 1) * n];
        let mean = plane.iter().sum::<f32>() / n as f32;
        plane.iter_mut().for_each(|v| *v = (*v - mean) * c + mean);
    }
    clamp(out)
}

/// Brightness: `V + c` in HSV.
pub fn brightness(img: Image, c: f32) -> Image {
    map_hsv(img, |h, s, v| (h, s, (v + c).clamp(0.0, 1.0)))
}

/// Saturation: `S · scale + shift` in HSV.
pub fn saturation(img: Image, (scale, shift): (f32, f32)) -> Image {
    map_hsv(img, |h, s, v| (h, (s * scale + shift).clamp(0.0, 1.0), v))
}

/// torchvision `adjust_contrast`: blend with the mean gray level.
pub fn blend_contrast(img: Image, factor: f32) -> Image {
    let g = gray(&img);
    let mean = g.iter().sum::<f32>() / g.len() as f32;
    let mut out = img;
    out.data
        .iter_mut()
        .for_each(|v| *v = factor * *v + (1.0 - factor) * mean);
    clamp(out)
}

/// torchvision `adjust_saturation`: blend with the grayscale image.
pub fn blend_saturation(img: Image, factor: f32) -> Image {
    let g = gray(&img);
    let n = g.len();
    let mut out = img;
    for c in 0..3 {
        for (v, &gi) in out.data[c * n..(c + 1) * n].iter_mut().zip(&g) {
            *v = factor * *v + (1.0 - factor) * gi;
        }
    }
    clamp(out)
}

/// torchvision `adjust_brightness`: scale.
fn blend_brightness(img: Image, factor: f32) -> Image {
    let mut out = img;
    out.data.iter_mut().for_each(|v| *v *= factor);
    clamp(out)
}

/// Brightness, contrast, saturation and hue, in that order.
pub fn color_jitter(img: Image, j: f32, rng: &mut Rng) -> Image {
    let mut f = |lo: f32, hi: f32| rng.range(f64::from(lo), f64::from(hi)) as f32;
    let (b, c, s, hue) = (
        f(1.0 - j, 1.0 + j),
        f(1.0 - j, 1.0 + j),
        f(1.0 - j, 1.0 + j),
        f(-j / 4.0, j / 4.0),
    );
    let out = blend_saturation(blend_contrast(blend_brightness(img, b), c), s);
    map_hsv(out, |h, s, v| (h + hue, s, v))
}

/// Red PANDA's blur view: a 5-tap Gaussian kernel with σ = 1 (torchvision `GaussianBlur(5, 1)`).
pub fn panda_blur(img: &Image) -> Image {
    let k: Vec<f32> = (-2i32..=2).map(|i| (-(i * i) as f32 / 2.0).exp()).collect();
    let sum: f32 = k.iter().sum();
    let k: Vec<f32> = k.iter().map(|v| v / sum).collect();
    convolve_separable(img, &k)
}
