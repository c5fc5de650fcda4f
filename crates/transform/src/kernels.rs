//! Shared pixel helpers: Gaussian blur, HSV conversion, grayscale, resampling. Images are
//! planar RGB on the 0..255 scale ([`swan_data::Image`]).

use swan_data::Image;

/// Separable Gaussian blur of every channel with standard deviation `sigma` pixels, truncated
/// at 4σ, edges reflected (as `skimage.filters.gaussian`, mode "nearest" aside).
pub fn gaussian_blur(img: &Image, sigma: f64) -> Image {
    if sigma <= 0.0 {
        return img.clone();
    }
    let radius = (4.0 * sigma).ceil() as isize;
    let kernel: Vec<f32> = {
        let k: Vec<f64> = (-radius..=radius)
            .map(|i| (-(i * i) as f64 / (2.0 * sigma * sigma)).exp())
            .collect();
        let sum: f64 = k.iter().sum();
        k.iter().map(|v| (v / sum) as f32).collect()
    };
    convolve_separable(img, &kernel)
}

/// Blur with a given odd 1-D kernel applied along rows then columns (reflect padding).
pub fn convolve_separable(img: &Image, kernel: &[f32]) -> Image {
    let (w, h) = (img.width, img.height);
    let r = (kernel.len() / 2) as isize;
    let reflect = |i: isize, n: usize| -> usize {
        let n = n as isize;
        let mut i = i;
        while i < 0 || i >= n {
            i = if i < 0 { -i - 1 } else { 2 * n - i - 1 };
        }
        i as usize
    };
    let mut out = img.clone();
    let mut tmp = vec![0f32; w * h];
    for c in 0..3 {
        let src = img.plane(c);
        for y in 0..h {
            for x in 0..w {
                tmp[y * w + x] = kernel
                    .iter()
                    .enumerate()
                    .map(|(k, &wt)| wt * src[y * w + reflect(x as isize + k as isize - r, w)])
                    .sum();
            }
        }
        let dst = &mut out.data[c * w * h..(c + 1) * w * h];
        for y in 0..h {
            for x in 0..w {
                dst[y * w + x] = kernel
                    .iter()
                    .enumerate()
                    .map(|(k, &wt)| wt * tmp[reflect(y as isize + k as isize - r, h) * w + x])
                    .sum();
            }
        }
    }
    out
}

/// ITU-R 601 luma, as PIL's `convert("L")` and torchvision's `rgb_to_grayscale`.
pub fn gray(img: &Image) -> Vec<f32> {
    let n = img.width * img.height;
    (0..n)
        .map(|i| 0.299 * img.data[i] + 0.587 * img.data[n + i] + 0.114 * img.data[2 * n + i])
        .collect()
}

/// RGB (0..1) → HSV (each 0..1), as `skimage.color.rgb2hsv`.
pub fn rgb_to_hsv(r: f32, g: f32, b: f32) -> (f32, f32, f32) {
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let delta = max - min;
    let v = max;
    let s = if max > 0.0 { delta / max } else { 0.0 };
    let h = if delta == 0.0 {
        0.0
    } else if max == r {
        ((g - b) / delta).rem_euclid(6.0) / 6.0
    } else if max == g {
        ((b - r) / delta + 2.0) / 6.0
    } else {
        ((r - g) / delta + 4.0) / 6.0
    };
    (h, s, v)
}

/// HSV (each 0..1) → RGB (0..1).
pub fn hsv_to_rgb(h: f32, s: f32, v: f32) -> (f32, f32, f32) {
    let h6 = (h.rem_euclid(1.0)) * 6.0;
    let i = h6.floor() as i32 % 6;
    let f = h6 - h6.floor();
    let (p, q, t) = (v * (1.0 - s), v * (1.0 - s * f), v * (1.0 - s * (1.0 - f)));
    match i {
        0 => (v, t, p),
        1 => (q, v, p),
        2 => (p, v, t),
        3 => (p, q, v),
        4 => (t, p, v),
        _ => (v, p, q),
    }
}

/// Applies `f(h, s, v) -> (h, s, v)` to every pixel, in place.
pub fn map_hsv(img: Image, f: impl Fn(f32, f32, f32) -> (f32, f32, f32)) -> Image {
    let n = img.width * img.height;
    let mut out = img;
    for i in 0..n {
        let (h, s, v) = rgb_to_hsv(
            out.data[i] / 255.0,
            out.data[n + i] / 255.0,
            out.data[2 * n + i] / 255.0,
        );
        let (h, s, v) = f(h, s, v);
        let (r, g, b) = hsv_to_rgb(h, s.clamp(0.0, 1.0), v.clamp(0.0, 1.0));
        out.data[i] = r * 255.0;
        out.data[n + i] = g * 255.0;
        out.data[2 * n + i] = b * 255.0;
    }
    out
}

/// Clamps every value to 0..255.
pub fn clamp(mut img: Image) -> Image {
    img.data.iter_mut().for_each(|v| *v = v.clamp(0.0, 255.0));
    img
}

/// Bilinear sample of channel `c` at (x, y) in pixel coordinates (edges clamped).
pub fn sample(img: &Image, c: usize, x: f32, y: f32) -> f32 {
    let (w, h) = (img.width, img.height);
    let x = x.clamp(0.0, (w - 1) as f32);
    let y = y.clamp(0.0, (h - 1) as f32);
    let (x0, y0) = (x.floor() as usize, y.floor() as usize);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let p = img.plane(c);
    let top = p[y0 * w + x0] * (1.0 - fx) + p[y0 * w + x1] * fx;
    let bottom = p[y1 * w + x0] * (1.0 - fx) + p[y1 * w + x1] * fx;
    top * (1.0 - fy) + bottom * fy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsv_round_trips() {
        for (r, g, b) in [
            (0.2, 0.4, 0.6),
            (1.0, 0.0, 0.0),
            (0.5, 0.5, 0.5),
            (0.9, 0.8, 0.1),
        ] {
            let (h, s, v) = rgb_to_hsv(r, g, b);
            let (r2, g2, b2) = hsv_to_rgb(h, s, v);
            assert!((r - r2).abs() < 1e-5 && (g - g2).abs() < 1e-5 && (b - b2).abs() < 1e-5);
        }
    }

    #[test]
    fn blur_keeps_a_constant_image() {
        let img = Image::from_planar(5, 4, vec![100.0; 60]).unwrap();
        let out = gaussian_blur(&img, 1.5);
        assert!(out.data.iter().all(|v| (v - 100.0).abs() < 1e-3));
    }
}
