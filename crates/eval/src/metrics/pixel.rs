//! Pixel-level AUROC of anomaly maps (where in each image a detector finds its anomaly)
//! against ground-truth masks, as MVTec AD's segmentation metric.

use swan_data::Sample;

use crate::EvalError;

/// The grid (`PIXEL_GRID × PIXEL_GRID`) maps and ground-truth masks are compared on for the
/// pixel AUROC: finer than any map swan makes (Lite0's last block gives 7 × 7 at 224 px).
pub const PIXEL_GRID: usize = 64;

/// How well anomaly maps find the anomalous pixels of ground-truth masks.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PixelAuroc {
    /// Percent: the pixels of every mask's anomalous area against all other pixels of the
    /// images compared (a normal image's pixels are all normal).
    pub auroc: f64,
    /// Images compared: those with a mask and the normal ones.
    pub images: usize,
    /// Of them, images with a mask file.
    pub with_masks: usize,
    pub grid: usize,
    /// Images left out because their mask could not be read, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread_masks: Vec<(String, String)>,
}

/// The pixel AUROC of anomaly maps (`[n, h, w]`, aligned with `scored`) against the images'
/// ground-truth masks ([`Sample::mask`]), maps and masks resized to [`PIXEL_GRID`]: normal
/// images count with all their pixels normal, anomalous ones only when they have a mask.
/// `None` when no image has a mask. An image whose mask cannot be read is left out and listed
/// in [`PixelAuroc::unread_masks`].
pub fn pixel_auroc(
    scored: &[&Sample],
    maps: &[f32],
    shape: [usize; 2],
) -> Result<Option<PixelAuroc>, EvalError> {
    let g = PIXEL_GRID;
    let d = shape[0] * shape[1];
    let (mut values, mut truth) = (Vec::new(), Vec::new());
    let (mut images, mut with_masks) = (0, 0);
    let mut unread_masks = Vec::new();
    for (i, sample) in scored.iter().enumerate() {
        let mask = match (sample.mask(), sample.label) {
            (Some(path), _) => match swan_data::load_mask(path, g, g) {
                Ok(m) => {
                    with_masks += 1;
                    m
                }
                Err(e) => {
                    unread_masks.push((sample.id.clone(), e.to_string()));
                    continue;
                }
            },
            (None, swan_data::Label::Normal) => vec![false; g * g],
            (None, _) => continue,
        };
        let map = maps.get(i * d..(i + 1) * d).ok_or(EvalError::Length {
            scores: maps.len() / d.max(1),
            labels: scored.len(),
        })?;
        let resized = swan_data::resize_plane_bilinear(map, shape, [g, g])
            .map_err(|e| EvalError::Map(e.to_string()))?;
        values.extend(resized);
        truth.extend(mask);
        images += 1;
    }
    if with_masks == 0 {
        return Ok(None);
    }
    // Masks with some anomalous area and normal pixels somewhere are needed (else OneClass).
    let auroc = crate::auroc(&values, &truth)?;
    Ok(Some(PixelAuroc {
        auroc: 100.0 * auroc,
        images,
        with_masks,
        grid: g,
        unread_masks,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn sample(id: &str, label: swan_data::Label, mask: Option<&Path>) -> Sample {
        let mut attributes = std::collections::BTreeMap::new();
        if let Some(m) = mask {
            attributes.insert(swan_data::MASK_ATTRIBUTE.into(), m.display().to_string());
        }
        Sample {
            id: id.into(),
            image: swan_data::ImageRef::File(id.into()),
            class: None,
            label,
            split: None,
            attributes,
        }
    }

    #[test]
    fn pixel_auroc_compares_maps_with_masks_and_normal_images() {
        use swan_data::Label;
        let dir = tempfile::tempdir().unwrap();
        // A 2x2 mask with its top-left quarter anomalous.
        let png = swan_data::Image::from_planar(2, 2, [255.0, 0.0, 0.0, 0.0].repeat(3))
            .unwrap()
            .to_png_thumbnail(2)
            .unwrap();
        let mask = dir.path().join("m.png");
        std::fs::write(&mask, png).unwrap();
        let (a, n, unmasked) = (
            sample("a", Label::Anomaly, Some(&mask)),
            sample("n", Label::Normal, None),
            sample("u", Label::Anomaly, None),
        );
        let scored = [&a, &n, &unmasked];
        // 1x1 maps: the defect image's constant map ties its own normal pixels with its
        // anomalous ones; the normal image scores lower everywhere; the unmasked anomaly is
        // left out whatever it scores.
        let p = pixel_auroc(&scored, &[2.0, 1.0, 100.0], [1, 1])
            .unwrap()
            .unwrap();
        assert_eq!((p.images, p.with_masks, p.grid), (2, 1, PIXEL_GRID));
        // Anomalous pixels (score 2) against 3/4 of a's pixels (2, tied: 1/2) and all of n's
        // (1: won), weighted by their counts.
        let g = (PIXEL_GRID * PIXEL_GRID) as f64;
        let expected = 100.0 * (0.75 * g * 0.5 + g) / (1.75 * g);
        assert!(
            (p.auroc - expected).abs() < 1e-6,
            "{} vs {expected}",
            p.auroc
        );
        // A 2x2 map that is high exactly on the masked quarter finds it perfectly.
        let p = pixel_auroc(&[&a], &[9.0, 0.0, 0.0, 0.0], [2, 2])
            .unwrap()
            .unwrap();
        assert!(p.auroc > 90.0, "{}", p.auroc);
        // No masks: no pixel AUROC.
        assert!(
            pixel_auroc(&[&n, &unmasked], &[0.0, 1.0], [1, 1])
                .unwrap()
                .is_none()
        );
        // A mask that cannot be read leaves its image out.
        let broken = sample("b", Label::Anomaly, Some(&dir.path().join("none.png")));
        let p = pixel_auroc(&[&broken, &a, &n], &[5.0, 2.0, 1.0], [1, 1])
            .unwrap()
            .unwrap();
        assert_eq!((p.images, p.with_masks), (2, 1));
        assert_eq!(p.unread_masks.len(), 1);
        assert_eq!(p.unread_masks[0].0, "b");
        // Fewer maps than images is an error, not a panic.
        assert!(pixel_auroc(&[&a, &n], &[1.0], [1, 1]).is_err());
    }
}
