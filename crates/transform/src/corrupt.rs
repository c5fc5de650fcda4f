//! ImageNet-C corruptions: Gaussian noise, Gaussian blur, glass blur, JPEG, snow.
//!
//! Severity parameters are those of Hendrycks & Dietterich (2019), repository
//! `hendrycks/robustness`, `ImageNet-C/create_c/make_imagenet_c.py` (functions
//! `gaussian_noise`, `gaussian_blur`, `glass_blur`, `jpeg_compression`, `snow`). Parameters
//! given in pixels there assume 224×224 images; swan multiplies them by `min(h, w) / 224`
//! (blur σ, glass-blur displacement, snow motion-blur radius and σ), so a corruption covers the
//! same fraction of any image. Noise level, JPEG quality and blend weights are size-free.

use swan_data::Image;

use crate::TransformError;
use crate::kernels::{clamp, gaussian_blur as blur, gray};
use crate::rng::Rng;

/// σ of additive noise on the 0..1 scale.
pub const NOISE: [f32; 5] = [0.08, 0.12, 0.18, 0.26, 0.38];
/// Blur σ in pixels at 224 px.
pub const BLUR: [f64; 5] = [1.0, 2.0, 3.0, 4.0, 6.0];
/// (σ, max displacement, iterations) at 224 px.
pub const GLASS: [(f64, f64, usize); 5] = [
    (0.7, 1.0, 2),
    (0.9, 2.0, 1),
    (1.0, 2.0, 3),
    (1.1, 3.0, 2),
    (1.5, 4.0, 2),
];
/// JPEG quality.
pub const JPEG: [u8; 5] = [25, 18, 15, 10, 7];
/// (mean, std, zoom, threshold, motion radius, motion σ, blend) of the snow layer.
pub const SNOW: [(f64, f64, f64, f32, f64, f64, f32); 5] = [
    (0.1, 0.3, 3.0, 0.5, 10.0, 4.0, 0.8),
    (0.2, 0.3, 2.0, 0.5, 12.0, 4.0, 0.7),
    (0.55, 0.3, 4.0, 0.9, 12.0, 8.0, 0.7),
    (0.55, 0.3, 4.5, 0.85, 12.0, 8.0, 0.65),
    (0.55, 0.3, 2.5, 0.85, 12.0, 12.0, 0.55),
];

fn size_scale(img: &Image) -> f64 {
    img.width.min(img.height) as f64 / 224.0
}

/// Additive Gaussian noise of standard deviation `sigma` (a fraction of the 0..255 range),
/// clamped.
pub fn gaussian_noise(img: Image, sigma: f32, rng: &mut Rng) -> Image {
    let mut out = img;
    out.data
        .iter_mut()
        .for_each(|v| *v += 255.0 * sigma * rng.normal() as f32);
    clamp(out)
}

/// Gaussian blur of `sigma_224` pixels at 224 px, scaled to the image's shorter side.
pub fn gaussian_blur(img: &Image, sigma_224: f64) -> Image {
    clamp(blur(img, sigma_224 * size_scale(img)))
}

/// Blur, then locally shuffle pixels by swapping each with a random neighbour within the
/// (scaled) displacement, `iterations` times, then blur again.
pub fn glass_blur(
    img: &Image,
    (sigma, delta, iterations): (f64, f64, usize),
    rng: &mut Rng,
) -> Image {
    let scale = size_scale(img);
    let sigma = sigma * scale;
    let d = ((delta * scale).round() as i64).max(1);
    // The reference quantises to 8 bits between the two blurs.
    let mut x = blur(img, sigma);
    x.data
        .iter_mut()
        .for_each(|v| *v = v.clamp(0.0, 255.0).floor());
    let (w, h) = (img.width as i64, img.height as i64);
    for _ in 0..iterations {
        for yy in (d + 1..h - d).rev() {
            for xx in (d + 1..w - d).rev() {
                let (dx, dy) = (rng.int(-d, d - 1), rng.int(-d, d - 1));
                let (a, b) = ((yy * w + xx) as usize, ((yy + dy) * w + xx + dx) as usize);
                let n = (w * h) as usize;
                for c in 0..3 {
                    x.data.swap(c * n + a, c * n + b);
                }
            }
        }
    }
    clamp(blur(&x, sigma))
}

/// A real JPEG encode at `quality` and decode.
pub fn jpeg(img: &Image, quality: u8) -> Result<Image, TransformError> {
    let (w, h) = (img.width, img.height);
    let n = w * h;
    let mut rgb = Vec::with_capacity(3 * n);
    for i in 0..n {
        for c in 0..3 {
            rgb.push(img.data[c * n + i].round().clamp(0.0, 255.0) as u8);
        }
    }
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)
        .encode(&rgb, w as u32, h as u32, image::ExtendedColorType::Rgb8)
        .map_err(|e| TransformError::Codec(e.to_string()))?;
    swan_data::decode_image(&bytes, "<jpeg>").map_err(|e| TransformError::Codec(e.to_string()))
}

/// Encoded size in bytes of `img` as JPEG at `quality` (for tests and audits).
pub fn jpeg_size(img: &Image, quality: u8) -> Result<usize, TransformError> {
    let (w, h) = (img.width, img.height);
    let n = w * h;
    let rgb: Vec<u8> = (0..n)
        .flat_map(|i| (0..3).map(move |c| (c, i)))
        .map(|(c, i)| img.data[c * n + i].round().clamp(0.0, 255.0) as u8)
        .collect();
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)
        .encode(&rgb, w as u32, h as u32, image::ExtendedColorType::Rgb8)
        .map_err(|e| TransformError::Codec(e.to_string()))?;
    Ok(bytes.len())
}

/// ImageNet-C snow: a Gaussian noise layer, zoomed, thresholded, motion-blurred at an angle in
/// U(−135°, −45°), added twice (the second copy rotated 180°) onto an image brightened
/// towards `1.5 · gray + 0.5`. The motion blur is a one-sided Gaussian-weighted line of
/// `radius` pixels (ImageMagick's `-motion-blur radius x sigma + angle`), scaled to the size.
pub fn snow(
    img: &Image,
    (loc, std, zoom, threshold, radius, sigma, blend): (f64, f64, f64, f32, f64, f64, f32),
    rng: &mut Rng,
) -> Image {
    let (w, h) = (img.width, img.height);
    let n = w * h;
    let scale = size_scale(img);
    let layer: Vec<f32> = (0..n).map(|_| (loc + std * rng.normal()) as f32).collect();
    // Clipped zoom about the centre, bilinear.
    let zoomed: Vec<f32> = (0..n)
        .map(|i| {
            let (x, y) = ((i % w) as f64, (i / w) as f64);
            let sx = ((x - w as f64 / 2.0) / zoom + w as f64 / 2.0).clamp(0.0, (w - 1) as f64);
            let sy = ((y - h as f64 / 2.0) / zoom + h as f64 / 2.0).clamp(0.0, (h - 1) as f64);
            let (x0, y0) = (sx.floor() as usize, sy.floor() as usize);
            let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
            let (fx, fy) = ((sx - x0 as f64) as f32, (sy - y0 as f64) as f32);
            let top = layer[y0 * w + x0] * (1.0 - fx) + layer[y0 * w + x1] * fx;
            let bottom = layer[y1 * w + x0] * (1.0 - fx) + layer[y1 * w + x1] * fx;
            let v = top * (1.0 - fy) + bottom * fy;
            if v < threshold {
                0.0
            } else {
                v.clamp(0.0, 1.0)
            }
        })
        .collect();
    // Motion blur along the angle.
    let angle = rng.range(-135.0, -45.0).to_radians();
    let (radius, sigma) = ((radius * scale).max(1.0), (sigma * scale).max(0.5));
    let taps: Vec<(f64, f64, f32)> = (0..=radius.ceil() as usize)
        .map(|i| {
            let t = i as f64;
            (
                t * angle.cos(),
                t * angle.sin(),
                (-(t * t) / (2.0 * sigma * sigma)).exp() as f32,
            )
        })
        .collect();
    let total: f32 = taps.iter().map(|t| t.2).sum();
    let blurred: Vec<f32> = (0..n)
        .map(|i| {
            let (x, y) = ((i % w) as f64, (i / w) as f64);
            taps.iter()
                .map(|&(dx, dy, wt)| {
                    let (sx, sy) = ((x + dx).round(), (y + dy).round());
                    if sx < 0.0 || sy < 0.0 || sx >= w as f64 || sy >= h as f64 {
                        0.0
                    } else {
                        wt * zoomed[sy as usize * w + sx as usize]
                    }
                })
                .sum::<f32>()
                / total
        })
        .collect();
    let g = gray(img);
    let mut out = img.clone();
    for c in 0..3 {
        for i in 0..n {
            let x = img.data[c * n + i] / 255.0;
            let bright = x.max(g[i] / 255.0 * 1.5 + 0.5);
            let base = blend * x + (1.0 - blend) * bright;
            let v = base + blurred[i] + blurred[n - 1 - i];
            out.data[c * n + i] = v.clamp(0.0, 1.0) * 255.0;
        }
    }
    out
}
