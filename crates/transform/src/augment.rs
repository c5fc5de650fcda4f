//! Random views for self-supervised training (the SimSiam / SimCLR recipe) on small square
//! images held in memory as planar RGB in `[0, 1]`: random resized crop (scale 0.2–1, aspect
//! 3/4–4/3), horizontal flip (p 0.5), colour jitter (p 0.8: brightness, contrast, saturation
//! ±0.4), grayscale (p 0.2), then `(x − 0.5) / 0.5`. All randomness comes from the caller's
//! seeded [`Rng`].

use crate::Rng;

/// Augmentation strengths.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SslAugment {
    /// The smallest share of the image's area a random resized crop keeps.
    pub crop_min_scale: f64,
    /// Probability of a horizontal flip.
    pub flip: f64,
    /// Probability of colour jitter.
    pub jitter_p: f64,
    /// Jitter strength: brightness, contrast and saturation factors drawn from U(1 − j, 1 + j).
    pub jitter: f64,
    /// Probability of converting to gray.
    pub gray_p: f64,
}

impl Default for SslAugment {
    fn default() -> Self {
        Self {
            crop_min_scale: 0.2,
            flip: 0.5,
            jitter_p: 0.8,
            jitter: 0.4,
            gray_p: 0.2,
        }
    }
}

impl SslAugment {
    /// One view of `img` (`[3, s, s]` in `[0, 1]`), normalised, appended to `out`.
    pub fn view(&self, img: &[f32], s: usize, rng: &mut Rng, out: &mut Vec<f32>) {
        // Random resized crop, torchvision's rule (10 tries, then the whole image).
        let area = (s * s) as f64;
        let (mut cw, mut ch, mut cx, mut cy) = (s as f64, s as f64, 0.0, 0.0);
        for _ in 0..10 {
            let target = area * rng.range(self.crop_min_scale, 1.0);
            let ratio = rng.range((3.0f64 / 4.0).ln(), (4.0f64 / 3.0).ln()).exp();
            let w = (target * ratio).sqrt();
            let h = (target / ratio).sqrt();
            if w <= s as f64 && h <= s as f64 {
                (cw, ch) = (w, h);
                cx = rng.range(0.0, s as f64 - w);
                cy = rng.range(0.0, s as f64 - h);
                break;
            }
        }
        let flip = rng.uniform() < self.flip;
        let jitter = rng.uniform() < self.jitter_p;
        let j = self.jitter;
        let (b, c, sat) = if jitter {
            (
                rng.range(1.0 - j, 1.0 + j) as f32,
                rng.range(1.0 - j, 1.0 + j) as f32,
                rng.range(1.0 - j, 1.0 + j) as f32,
            )
        } else {
            (1.0, 1.0, 1.0)
        };
        let gray = rng.uniform() < self.gray_p;
        let plane = s * s;
        let mut v = vec![0.0f32; 3 * plane];
        // Bilinear sampling of the crop at pixel centres.
        for oy in 0..s {
            let sy = (cy + (oy as f64 + 0.5) * ch / s as f64 - 0.5).clamp(0.0, (s - 1) as f64);
            let y0 = sy.floor() as usize;
            let y1 = (y0 + 1).min(s - 1);
            let fy = (sy - y0 as f64) as f32;
            for ox in 0..s {
                let x_out = if flip { s - 1 - ox } else { ox };
                let sx = (cx + (ox as f64 + 0.5) * cw / s as f64 - 0.5).clamp(0.0, (s - 1) as f64);
                let x0 = sx.floor() as usize;
                let x1 = (x0 + 1).min(s - 1);
                let fx = (sx - x0 as f64) as f32;
                for ch_i in 0..3 {
                    let p = &img[ch_i * plane..(ch_i + 1) * plane];
                    let top = p[y0 * s + x0] * (1.0 - fx) + p[y0 * s + x1] * fx;
                    let bot = p[y1 * s + x0] * (1.0 - fx) + p[y1 * s + x1] * fx;
                    v[ch_i * plane + oy * s + x_out] = top * (1.0 - fy) + bot * fy;
                }
            }
        }
        if jitter {
            // Brightness, then contrast around the mean gray level, then saturation.
            v.iter_mut().for_each(|x| *x = (*x * b).clamp(0.0, 1.0));
            let mean = (0..plane).map(|i| luma(&v, plane, i)).sum::<f32>() / plane as f32;
            v.iter_mut()
                .for_each(|x| *x = (mean + c * (*x - mean)).clamp(0.0, 1.0));
            for i in 0..plane {
                let l = luma(&v, plane, i);
                for ch_i in 0..3 {
                    let x = &mut v[ch_i * plane + i];
                    *x = (l + sat * (*x - l)).clamp(0.0, 1.0);
                }
            }
        }
        if gray {
            for i in 0..plane {
                let l = luma(&v, plane, i);
                for ch_i in 0..3 {
                    v[ch_i * plane + i] = l;
                }
            }
        }
        out.extend(v.iter().map(|x| (x - 0.5) / 0.5));
    }
}

fn luma(v: &[f32], plane: usize, i: usize) -> f32 {
    0.299 * v[i] + 0.587 * v[plane + i] + 0.114 * v[2 * plane + i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_settings_return_the_normalised_image() {
        let s = 4;
        let img: Vec<f32> = (0..3 * s * s).map(|i| (i % 7) as f32 / 7.0).collect();
        let aug = SslAugment {
            crop_min_scale: 1.0,
            flip: 0.0,
            jitter_p: 0.0,
            jitter: 0.0,
            gray_p: 0.0,
        };
        let mut out = Vec::new();
        // Scale 1 with aspect ≠ 1 fails to fit; the fallback is the whole image. Try seeds until
        // the aspect draw is within the image (or the fallback fires): either way the full image.
        aug.view(&img, s, &mut Rng::new(3), &mut out);
        for (o, x) in out.iter().zip(&img) {
            assert!((o - (x - 0.5) / 0.5).abs() < 1e-5);
        }
    }

    #[test]
    fn views_are_seeded() {
        let s = 8;
        let img: Vec<f32> = (0..3 * s * s)
            .map(|i| ((i * 37) % 11) as f32 / 11.0)
            .collect();
        let aug = SslAugment::default();
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        aug.view(&img, s, &mut Rng::new(1), &mut a);
        aug.view(&img, s, &mut Rng::new(1), &mut b);
        aug.view(&img, s, &mut Rng::new(2), &mut c);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(a.iter().all(|v| (-1.0..=1.0).contains(v)));
    }
}
