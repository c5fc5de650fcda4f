use swan_data::{Image, resize_bilinear_with};

use crate::EncoderError;

/// How images become network input for a set of weights: bilinear resize (PyTorch
/// `align_corners=False`) to `size`×`size`, then `(x - offset) / scale` on the 0..255 values.
/// Preprocessing belongs to the weights (see `efficientnet_lite::weights`).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Preprocess {
    /// Side of the square input, in pixels.
    pub size: usize,
    /// Subtracted from the 0..255 values.
    pub offset: f32,
    /// The difference is divided by it.
    pub scale: f32,
    /// Low-pass filter images larger than `size` as they shrink (PyTorch's `antialias=True`,
    /// torchvision's `Resize`); off by default, as the weights' reference preprocessing.
    /// Absent in (and so off for) files written before the option existed, and left out of
    /// the JSON when off, so their cache keys and headers are unchanged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub antialias: bool,
}

impl Preprocess {
    /// `"{side} px"`, with `" (antialiased)"` when the filter is on: how reports name an input
    /// size read with this preprocessing.
    pub fn side_text(&self, side: usize) -> String {
        let filter = if self.antialias { " (antialiased)" } else { "" };
        format!("{side} px{filter}")
    }

    /// The image resized to `size`×`size` (bilinear, antialiased when asked).
    pub fn resize(&self, img: &Image) -> Result<Image, swan_data::DataError> {
        self.resize_to(img, self.size)
    }

    /// The image resized to `side`×`side` with this preprocessing's filter (a generator's
    /// reconstruction target, a pyramid level).
    pub fn resize_to(&self, img: &Image, side: usize) -> Result<Image, swan_data::DataError> {
        resize_bilinear_with(img, side, side, self.antialias)
    }

    /// Writes the preprocessed image, `[3, size, size]`, into `out`.
    pub fn apply_into(&self, img: &Image, out: &mut [f32]) -> Result<(), EncoderError> {
        debug_assert_eq!(out.len(), 3 * self.size * self.size);
        let resized = self.resize(img)?;
        for (o, &v) in out.iter_mut().zip(&resized.data) {
            *o = (v - self.offset) / self.scale;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use swan_data::{resize_bilinear, resize_bilinear_antialias};

    #[test]
    fn antialias_is_off_for_headers_without_it_and_written_only_when_on() {
        let old = r#"{"size":64,"offset":127.0,"scale":128.0}"#;
        let p: Preprocess = serde_json::from_str(old).unwrap();
        assert!(!p.antialias);
        // Off: the JSON (and so the feature-cache keys) is what it was before the option.
        assert_eq!(serde_json::to_string(&p).unwrap(), old);
        let on = Preprocess {
            antialias: true,
            ..p
        };
        let text = serde_json::to_string(&on).unwrap();
        assert!(text.contains(r#""antialias":true"#), "{text}");
        assert_eq!(serde_json::from_str::<Preprocess>(&text).unwrap(), on);
    }

    #[test]
    fn the_filter_applies_only_when_asked() {
        let plane: Vec<f32> = (0..100).map(|v| ((v * 37) % 256) as f32).collect();
        let img = Image::from_planar(10, 10, plane.repeat(3)).unwrap();
        let plain = Preprocess {
            size: 4,
            offset: 0.0,
            scale: 1.0,
            antialias: false,
        };
        let filtered = Preprocess {
            antialias: true,
            ..plain
        };
        assert_eq!(
            plain.resize(&img).unwrap(),
            resize_bilinear(&img, 4, 4).unwrap()
        );
        assert_eq!(
            filtered.resize(&img).unwrap(),
            resize_bilinear_antialias(&img, 4, 4).unwrap()
        );
        assert_ne!(plain.resize(&img).unwrap(), filtered.resize(&img).unwrap());
    }
}
