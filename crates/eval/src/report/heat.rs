//! Heat maps of patch scores drawn over the images they score (`swan score --maps` and the
//! galleries of its `--report`): where in an image a detector that pools patch scores (DRA's
//! heads) finds its anomaly.

use swan_data::{DataError, Image, Sample, resize_bilinear, resize_plane_bilinear};

/// Patch maps of scored images for a report's galleries (`swan score --report`: every scored
/// image; the evaluation report: those its galleries show), each as (position in the scores,
/// `[h, w]` values).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GalleryMaps {
    /// What the maps are ("the seen + pseudo + residual heads' patch scores").
    pub what: String,
    /// `[h, w]` of every map.
    pub shape: [usize; 2],
    /// The top of the colour scale.
    pub scale: f32,
    /// (position in the scores, `h · w` values row-major), for the images that have one.
    pub maps: Vec<(usize, Vec<f32>)>,
}

impl GalleryMaps {
    /// The image at position `j` with its map drawn over it, when it has a map and can be read.
    pub fn picture(&self, j: usize, sample: &Sample) -> Option<Image> {
        let (_, map) = self.maps.iter().find(|(at, _)| *at == j)?;
        overlay(&sample.load().ok()?, map, self.shape, self.scale).ok()
    }
}

/// The colour scale, low to high: a perceptually ordered dark-purple → red → yellow ramp
/// (stops sampled from matplotlib's `inferno`).
const STOPS: [[f32; 3]; 5] = [
    [0.0, 0.0, 4.0],
    [87.0, 16.0, 110.0],
    [188.0, 55.0, 84.0],
    [249.0, 142.0, 9.0],
    [252.0, 255.0, 164.0],
];

/// Opacity of the heat at the top of the scale; a patch scoring 0 leaves the image visible.
const MAX_ALPHA: f32 = 0.7;

/// The colour of `t` in `[0, 1]` (clamped) on the scale, 0..255 RGB.
pub fn colour(t: f32) -> [f32; 3] {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let x = t * (STOPS.len() - 1) as f32;
    let i = (x.floor() as usize).min(STOPS.len() - 2);
    let f = x - i as f32;
    let (a, b) = (STOPS[i], STOPS[i + 1]);
    [0, 1, 2].map(|c| a[c] + f * (b[c] - a[c]))
}

/// The size an overlay is drawn at: the image's aspect, its longer side brought into
/// 256..=512 pixels (small images such as Fashion-MNIST's 28 px grow so that a coarse map
/// reads; large photos shrink).
fn overlay_size(width: usize, height: usize) -> (usize, usize) {
    let longer = width.max(height).max(1) as f64;
    let side = longer.clamp(256.0, 512.0);
    let scale = side / longer;
    (
        ((width as f64 * scale).round() as usize).max(1),
        ((height as f64 * scale).round() as usize).max(1),
    )
}

/// The image in gray with `map` (`[h, w]` patch scores, row-major) resized over it
/// (bilinear, the map spanning the whole image as the encoder's input does) and coloured on a
/// scale from 0 (no colour) to `scale` (full colour; higher values are clamped): where the
/// map is high the colour covers the image.
pub fn overlay(
    img: &Image,
    map: &[f32],
    shape: [usize; 2],
    scale: f32,
) -> Result<Image, DataError> {
    let (width, height) = overlay_size(img.width, img.height);
    let base = resize_bilinear(img, height, width)?;
    let heat = resize_plane_bilinear(map, shape, [height, width])?;
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    };
    let n = width * height;
    let mut data = vec![0.0f32; 3 * n];
    for (p, &v) in heat.iter().enumerate() {
        let gray = 0.299 * base.data[p] + 0.587 * base.data[n + p] + 0.114 * base.data[2 * n + p];
        let t = (v / scale).clamp(0.0, 1.0);
        let alpha = if t.is_finite() { MAX_ALPHA * t } else { 0.0 };
        let c = colour(t);
        for k in 0..3 {
            data[k * n + p] = (1.0 - alpha) * gray + alpha * c[k];
        }
    }
    Image::from_planar(width, height, data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_runs_from_dark_to_light_and_clamps() {
        assert_eq!(colour(0.0), STOPS[0]);
        assert_eq!(colour(1.0), STOPS[4]);
        assert_eq!(colour(2.0), STOPS[4]);
        assert_eq!(colour(-1.0), STOPS[0]);
        assert_eq!(colour(f32::NAN), STOPS[0]);
        // Half-way between the second and third stops.
        let mid = colour(0.375);
        for c in 0..3 {
            assert!((mid[c] - 0.5 * (STOPS[1][c] + STOPS[2][c])).abs() < 1e-4);
        }
        let brightness = |c: [f32; 3]| c.iter().sum::<f32>();
        let steps: Vec<f32> = (0..=10)
            .map(|i| brightness(colour(i as f32 / 10.0)))
            .collect();
        assert!(steps.windows(2).all(|w| w[0] < w[1]), "{steps:?}");
    }

    #[test]
    fn the_overlay_colours_where_the_map_is_high_and_leaves_the_rest_gray() {
        // A 28 px mid-gray image; the map's top-left patch of 2×2 is at the scale's top.
        let img = Image::from_planar(28, 28, vec![100.0; 3 * 28 * 28]).unwrap();
        let out = overlay(&img, &[4.0, 0.0, 0.0, 0.0], [2, 2], 4.0).unwrap();
        assert_eq!(
            (out.width, out.height),
            (256, 256),
            "small images grow to 256 px"
        );
        let n = 256 * 256;
        let at = |x: usize, y: usize| [0, 1, 2].map(|c| out.data[c * n + y * 256 + x]);
        // The bottom-right corner has no heat: the gray pixel as it was.
        for v in at(255, 255) {
            assert!((v - 100.0).abs() < 1e-3, "{v}");
        }
        // The top-left corner is 70 % the top colour.
        let top = at(0, 0);
        for c in 0..3 {
            assert!((top[c] - (0.3 * 100.0 + 0.7 * STOPS[4][c])).abs() < 1e-2);
        }
        // Large images shrink to 512 px on their longer side, keeping the aspect.
        let wide = Image::from_planar(1024, 256, vec![0.0; 3 * 1024 * 256]).unwrap();
        let out = overlay(&wide, &[0.0], [1, 1], 1.0).unwrap();
        assert_eq!((out.width, out.height), (512, 128));
        // A map whose size does not match its values is an error, not a panic.
        assert!(overlay(&img, &[0.0; 3], [2, 2], 1.0).is_err());
    }
}
