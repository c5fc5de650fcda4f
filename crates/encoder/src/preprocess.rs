use swan_data::{Image, resize_bilinear};

use crate::EncoderError;

/// How images become network input for a set of weights: bilinear resize (PyTorch
/// `align_corners=False`) to `size`×`size`, then `(x - offset) / scale` on the 0..255 values.
/// Preprocessing belongs to the weights (see `efficientnet_lite0::weights`).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Preprocess {
    pub size: usize,
    pub offset: f32,
    pub scale: f32,
}

impl Preprocess {
    /// Writes the preprocessed image, `[3, size, size]`, into `out`.
    pub fn apply_into(&self, img: &Image, out: &mut [f32]) -> Result<(), EncoderError> {
        debug_assert_eq!(out.len(), 3 * self.size * self.size);
        let resized = resize_bilinear(img, self.size, self.size)?;
        for (o, &v) in out.iter_mut().zip(&resized.data) {
            *o = (v - self.offset) / self.scale;
        }
        Ok(())
    }
}
