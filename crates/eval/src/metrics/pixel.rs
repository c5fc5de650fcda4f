//! Pixel-level metrics of anomaly maps (where in each image a detector finds its anomaly)
//! against ground-truth masks, as MVTec AD's segmentation metrics: the pixel AUROC and the
//! normalised area under the per-region overlap curve (AUPRO) up to a false-positive rate of
//! 30 %.

use swan_data::Sample;

use crate::EvalError;

/// The grid (`PIXEL_GRID × PIXEL_GRID`) maps and ground-truth masks are compared on for the
/// pixel AUROC: finer than any map swan makes (Lite0's last block gives 7 × 7 at 224 px).
pub const PIXEL_GRID: usize = 64;

/// The false-positive rate up to which [`PixelMetrics::aupro`] integrates the per-region
/// overlap curve (MVTec AD's 30 %).
pub const PRO_FPR_LIMIT: f64 = 0.3;

/// How well anomaly maps find the anomalous pixels of ground-truth masks.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PixelMetrics {
    /// Percent: the pixels of every mask's anomalous area against all other pixels of the
    /// images compared (a normal image's pixels are all normal).
    pub auroc: f64,
    /// Percent: the area under the per-region overlap curve up to a false-positive rate of
    /// [`PixelMetrics::pro_fpr_limit`], divided by that limit ([`aupro`]). Unlike the pixel
    /// AUROC, a small defect counts as much as a large one. `None` in files written before
    /// swan computed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aupro: Option<f64>,
    /// The false-positive rate up to which [`aupro`](Self::aupro) integrates
    /// ([`PRO_FPR_LIMIT`], as MVTec's evaluation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pro_fpr_limit: Option<f64>,
    /// The anomalous regions of the masks (8-connected components at the grid).
    #[serde(default)]
    pub regions: usize,
    /// Images compared: those with a mask and the normal ones.
    pub images: usize,
    /// Of them, images with a mask file.
    pub with_masks: usize,
    /// Side of the square grid the maps and masks were compared at.
    pub grid: usize,
    /// Images left out because their mask could not be read, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread_masks: Vec<(String, String)>,
    /// The pixel ROC and PRO curves, for charts (not kept in files).
    #[serde(skip)]
    pub curves: PixelCurves,
}

/// The pixel ROC curve (false-positive rate, true-positive rate) and the per-region overlap
/// curve (false-positive rate, PRO) of anomaly maps, from (0, 0) to (1, 1), thinned to about
/// [`PixelCurves::POINTS`] points each for drawing.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PixelCurves {
    /// (false-positive rate, true-positive rate) over pixels.
    pub roc: Vec<(f64, f64)>,
    /// (false-positive rate, mean overlap with the anomalous regions).
    pub pro: Vec<(f64, f64)>,
}

impl PixelCurves {
    /// A point is kept when the curve has moved by 1 / POINTS along either axis since the
    /// last one kept (and the last point always).
    pub const POINTS: usize = 500;
}

/// The pixel AUROC and AUPRO of anomaly maps (`[n, h, w]`, aligned with `scored`) against
/// the images' ground-truth masks ([`Sample::mask`]), maps (bilinear) and masks (nearest)
/// resized to [`PIXEL_GRID`]: normal images count with all their pixels normal, anomalous
/// ones only when they have a mask. `None` when no image has a mask. An image whose mask
/// cannot be read is left out and listed in [`PixelMetrics::unread_masks`].
pub fn pixel_metrics(
    scored: &[&Sample],
    maps: &[f32],
    shape: [usize; 2],
) -> Result<Option<PixelMetrics>, EvalError> {
    let g = PIXEL_GRID;
    let d = shape[0] * shape[1];
    let mut values = Vec::new();
    // Per pixel: 0 = normal, k = the k-th anomalous region (over all images).
    let mut region_of: Vec<u32> = Vec::new();
    let mut regions = 0u32;
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
        let (labels, found) = connected_regions(&mask, g, g);
        region_of.extend(labels.iter().map(|&l| if l == 0 { 0 } else { l + regions }));
        regions += found;
        images += 1;
    }
    if with_masks == 0 {
        return Ok(None);
    }
    // Masks with some anomalous area and normal pixels somewhere are needed (else OneClass).
    // One sort of the pixel values gives both curves and both areas.
    let walk = walk_curves(&values, &region_of, PRO_FPR_LIMIT, true)?;
    Ok(Some(PixelMetrics {
        auroc: 100.0 * walk.auroc.unwrap_or(f64::NAN),
        aupro: Some(100.0 * walk.aupro),
        curves: walk.curves,
        pro_fpr_limit: Some(PRO_FPR_LIMIT),
        regions: regions as usize,
        images,
        with_masks,
        grid: g,
        unread_masks,
    }))
}

/// The 8-connected anomalous regions of a `h × w` mask: per pixel 0 (normal) or its region's
/// number (1, 2, …), and the number of regions.
pub fn connected_regions(mask: &[bool], h: usize, w: usize) -> (Vec<u32>, u32) {
    let mut labels = vec![0u32; h * w];
    let mut found = 0u32;
    let mut stack = Vec::new();
    for start in 0..h * w {
        if !mask[start] || labels[start] != 0 {
            continue;
        }
        found += 1;
        labels[start] = found;
        stack.push(start);
        while let Some(p) = stack.pop() {
            let (y, x) = (p / w, p % w);
            for ny in y.saturating_sub(1)..(y + 2).min(h) {
                for nx in x.saturating_sub(1)..(x + 2).min(w) {
                    let q = ny * w + nx;
                    if mask[q] && labels[q] == 0 {
                        labels[q] = found;
                        stack.push(q);
                    }
                }
            }
        }
    }
    (labels, found)
}

/// The normalised area under the per-region overlap (PRO) curve up to the false-positive rate
/// `fpr_limit` (Bergmann et al., MVTec AD). `region_of` gives each pixel's anomalous region
/// (1, 2, …) or 0 for a normal pixel. At every threshold t on `values` (higher = more
/// anomalous), the false-positive rate is the share of normal pixels above t and the PRO the
/// mean over regions of the share of each region's pixels above t; the curve from (0, 0) is
/// integrated by the trapezoid rule, interpolated at `fpr_limit`, and divided by it, so a
/// perfect map gives 1. Tied values form one point of the curve.
pub fn aupro(values: &[f32], region_of: &[u32], fpr_limit: f64) -> Result<f64, EvalError> {
    walk_curves(values, region_of, fpr_limit, false).map(|w| w.aupro)
}

/// What one walk down the thresholds gives.
struct Walk {
    /// [`aupro`].
    aupro: f64,
    /// The ROC and PRO curves (with `draw`).
    curves: PixelCurves,
    /// The area under the whole ROC curve, every anomalous pixel against every normal one
    /// (tied values count one half), as [`crate::auroc`] computes it (with `draw`).
    auroc: Option<f64>,
}

/// Walks the thresholds from the highest value down: the normalised area under the PRO
/// curve up to `fpr_limit` ([`aupro`]) and, with `draw`, both curves to (1, 1), thinned,
/// and the area under the ROC curve.
fn walk_curves(
    values: &[f32],
    region_of: &[u32],
    fpr_limit: f64,
    draw: bool,
) -> Result<Walk, EvalError> {
    super::check_aligned(values, region_of.len())?;
    if !(fpr_limit > 0.0 && fpr_limit <= 1.0) {
        return Err(EvalError::Map(format!(
            "the PRO curve's false-positive-rate limit must be in (0, 1], not {fpr_limit}"
        )));
    }
    let n_regions = region_of.iter().copied().max().unwrap_or(0) as usize;
    if n_regions > region_of.len() {
        return Err(EvalError::Map(format!(
            "region number {n_regions} for {} pixels: number the regions 1, 2, …",
            region_of.len()
        )));
    }
    let mut size = vec![0usize; n_regions + 1];
    for &r in region_of {
        size[r as usize] += 1;
    }
    let normal = size[0];
    let anomalous = region_of.len() - normal;
    if n_regions == 0 || normal == 0 {
        return Err(EvalError::OneClass {
            positives: anomalous,
            negatives: normal,
        });
    }
    // Region numbers need not be dense: average over the regions that have pixels.
    let present = size[1..].iter().filter(|&&s| s > 0).count() as f64;
    let origin = if draw { vec![(0.0, 0.0)] } else { Vec::new() };
    let mut curves = PixelCurves {
        roc: origin.clone(),
        pro: origin,
    };
    let step = 1.0 / PixelCurves::POINTS as f64;
    let moved = |curve: &[(f64, f64)], (x, y): (f64, f64)| {
        curve
            .last()
            .is_none_or(|&(a, b)| (x - a).abs() >= step || (y - b).abs() >= step)
    };
    // Every pixel tied at a value crosses the threshold together: one point per group.
    let (order, groups) = super::descending_groups(values);
    let (mut false_pos, mut true_pos, mut overlap) = (0usize, 0usize, 0.0f64);
    // Mann–Whitney wins of the anomalous pixels: each group's anomalous pixels beat the normal
    // pixels below the group and tie with those inside it.
    let mut wins = 0.0f64;
    let (mut x0, mut y0, mut area, mut aupro) = (0.0f64, 0.0f64, 0.0f64, None);
    let last = groups.len();
    for (g, group) in groups.into_iter().enumerate() {
        let (fp_before, tp_before) = (false_pos, true_pos);
        for &p in &order[group] {
            match region_of[p] as usize {
                0 => false_pos += 1,
                r => {
                    true_pos += 1;
                    overlap += 1.0 / (size[r] as f64 * present);
                }
            }
        }
        let (group_normal, group_anomalous) = (false_pos - fp_before, true_pos - tp_before);
        wins += group_anomalous as f64 * ((normal - false_pos) as f64 + 0.5 * group_normal as f64);
        let (x1, y1) = (false_pos as f64 / normal as f64, overlap.min(1.0));
        if aupro.is_none() {
            if x1 >= fpr_limit {
                // x0 < fpr_limit <= x1: interpolate the curve at the limit.
                let y = y0 + (y1 - y0) * (fpr_limit - x0) / (x1 - x0);
                area += (fpr_limit - x0) * (y0 + y) / 2.0;
                aupro = Some(area / fpr_limit);
                if !draw {
                    break;
                }
            } else {
                area += (x1 - x0) * (y0 + y1) / 2.0;
            }
        }
        if draw {
            let roc = (x1, true_pos as f64 / anomalous as f64);
            if g + 1 == last || moved(&curves.roc, roc) {
                curves.roc.push(roc);
            }
            if g + 1 == last || moved(&curves.pro, (x1, y1)) {
                curves.pro.push((x1, y1));
            }
        }
        (x0, y0) = (x1, y1);
    }
    // The last point has a false-positive rate of 1 >= fpr_limit, so the limit was reached.
    Ok(Walk {
        aupro: aupro.unwrap_or(area / fpr_limit),
        curves,
        auroc: draw.then(|| wins / (anomalous as f64 * normal as f64)),
    })
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
    fn the_walks_roc_area_is_the_auroc_with_ties() {
        // Values on a coarse grid (many ties) over three regions and normal pixels.
        let n = 400;
        let values: Vec<f32> = (0..n).map(|i| ((i * 7919) % 23) as f32 / 4.0).collect();
        let region_of: Vec<u32> = (0..n)
            .map(|i| match (i * 31) % 10 {
                0 | 1 => 1,
                2 => 2,
                3 if i % 2 == 0 => 3,
                _ => 0,
            })
            .collect();
        let truth: Vec<bool> = region_of.iter().map(|&r| r > 0).collect();
        let walk = walk_curves(&values, &region_of, PRO_FPR_LIMIT, true).unwrap();
        let expected = crate::auroc(&values, &truth).unwrap();
        assert!((walk.auroc.unwrap() - expected).abs() < 1e-12);
        assert!((walk.aupro - aupro(&values, &region_of, PRO_FPR_LIMIT).unwrap()).abs() < 1e-15);
        // The curve's last point is (1, 1).
        assert_eq!(walk.curves.roc.last(), Some(&(1.0, 1.0)));
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
        let p = pixel_metrics(&scored, &[2.0, 1.0, 100.0], [1, 1])
            .unwrap()
            .unwrap();
        assert_eq!((p.images, p.with_masks, p.grid), (2, 1, PIXEL_GRID));
        // One region (the 32x32 quarter); all of a's pixels cross the threshold together at
        // a false-positive rate of 3/7, so the PRO curve is the line to (3/7, 1), 0.7 at 0.3:
        // area 0.3 * 0.7 / 2, divided by 0.3.
        assert_eq!(p.regions, 1);
        assert_eq!(p.pro_fpr_limit, Some(PRO_FPR_LIMIT));
        let aupro = p.aupro.unwrap();
        assert!((aupro - 35.0).abs() < 1e-9, "{aupro}");
        // One threshold step from (0, 0) past every anomalous pixel (3/7 false positives),
        // then the normal image's pixels.
        assert_eq!(p.curves.pro, [(0.0, 0.0), (3.0 / 7.0, 1.0), (1.0, 1.0)]);
        assert_eq!(p.curves.roc, p.curves.pro);
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
        let p = pixel_metrics(&[&a], &[9.0, 0.0, 0.0, 0.0], [2, 2])
            .unwrap()
            .unwrap();
        assert!(p.auroc > 90.0, "{}", p.auroc);
        assert!(p.aupro.unwrap() > 80.0, "{:?}", p.aupro);
        // No masks: no pixel AUROC.
        assert!(
            pixel_metrics(&[&n, &unmasked], &[0.0, 1.0], [1, 1])
                .unwrap()
                .is_none()
        );
        // A mask that cannot be read leaves its image out.
        let broken = sample("b", Label::Anomaly, Some(&dir.path().join("none.png")));
        let p = pixel_metrics(&[&broken, &a, &n], &[5.0, 2.0, 1.0], [1, 1])
            .unwrap()
            .unwrap();
        assert_eq!((p.images, p.with_masks), (2, 1));
        assert_eq!(p.unread_masks.len(), 1);
        assert_eq!(p.unread_masks[0].0, "b");
        // Fewer maps than images is an error, not a panic.
        assert!(pixel_metrics(&[&a, &n], &[1.0], [1, 1]).is_err());
    }

    #[test]
    fn connected_regions_join_pixels_that_touch_at_a_corner() {
        // Two regions: a diagonal chain (8-connected) and a lone pixel in the far corner.
        let m = |s: &str| s.chars().map(|c| c == '#').collect::<Vec<bool>>();
        let mask = m("#...\
                      .#..\
                      ..#.\
                      ....\
                      ...#");
        let (labels, found) = connected_regions(&mask, 5, 4);
        assert_eq!(found, 2);
        assert_eq!(labels[0], 1);
        assert_eq!(labels[5], 1);
        assert_eq!(labels[10], 1);
        assert_eq!(labels[19], 2);
        assert_eq!(labels.iter().filter(|&&l| l == 0).count(), 16);
        let (_, none) = connected_regions(&[false; 6], 2, 3);
        assert_eq!(none, 0);
    }

    #[test]
    fn aupro_integrates_the_per_region_overlap_curve() {
        // Four normal pixels (0), region 1 of one pixel, region 2 of two pixels.
        let regions = [1, 0, 2, 0, 0, 0, 2];
        let values = [0.9, 0.8, 0.7, 0.1, 0.1, 0.1, 0.05];
        // Curve: (0, 0) (0, .5) (.25, .5) (.25, .75) (1, .75) (1, 1). Up to 0.5:
        // .25 * .5 + .25 * .75 = .3125, divided by .5.
        let a = aupro(&values, &regions, 0.5).unwrap();
        assert!((a - 0.625).abs() < 1e-12, "{a}");
        // The curves for drawing: every point here (they move by more than 1/500), and the
        // pixel ROC beside the PRO (three anomalous pixels).
        let Walk {
            aupro: same,
            curves,
            ..
        } = walk_curves(&values, &regions, 0.5, true).unwrap();
        assert_eq!(same, a);
        let pro = [
            (0.0, 0.0),
            (0.0, 0.5),
            (0.25, 0.5),
            (0.25, 0.75),
            (1.0, 0.75),
            (1.0, 1.0),
        ];
        assert_eq!(curves.pro, pro);
        let third = 1.0 / 3.0;
        let roc = [
            (0.0, 0.0),
            (0.0, third),
            (0.25, third),
            (0.25, 2.0 * third),
            (1.0, 2.0 * third),
            (1.0, 1.0),
        ];
        assert_eq!(curves.roc, roc);
        // Without drawing, no curves.
        assert_eq!(
            walk_curves(&values, &regions, 0.5, false).unwrap().curves,
            PixelCurves::default()
        );
        // A perfect map: every region above every normal pixel.
        let perfect = [0.9, 0.1, 0.7, 0.1, 0.2, 0.3, 0.8];
        assert!((aupro(&perfect, &regions, 0.3).unwrap() - 1.0).abs() < 1e-12);
        // The reverse finds nothing before every normal pixel is a false positive.
        let reversed: Vec<f32> = perfect.iter().map(|v| -v).collect();
        assert_eq!(aupro(&reversed, &regions, 0.3).unwrap(), 0.0);
        // One value everywhere: one point, (1, 1); the line to it is at fpr_limit / 2 on
        // average, as a random map.
        let flat = aupro(&[1.0; 7], &regions, 0.3).unwrap();
        assert!((flat - 0.15).abs() < 1e-12, "{flat}");
        // A small region counts as much as a large one: finding only the one-pixel region
        // gives a PRO of 1/2 from the start, finding only the two-pixel one as well.
        let small = aupro(&[0.9, 0.1, 0.0, 0.1, 0.1, 0.1, 0.0], &regions, 0.3).unwrap();
        let large = aupro(&[0.0, 0.1, 0.9, 0.1, 0.1, 0.1, 0.9], &regions, 0.3).unwrap();
        assert!((small - 0.5).abs() < 1e-12 && (large - 0.5).abs() < 1e-12);
        // Errors, not panics.
        assert!(matches!(
            aupro(&[0.1, 0.2], &[0, 0], 0.3),
            Err(EvalError::OneClass { .. })
        ));
        assert!(matches!(
            aupro(&[0.1, 0.2], &[1, 1], 0.3),
            Err(EvalError::OneClass { .. })
        ));
        assert!(matches!(
            aupro(&[0.1, f32::NAN], &[1, 0], 0.3),
            Err(EvalError::NonFinite { index: 1 })
        ));
        assert!(aupro(&[0.1], &[1, 0], 0.3).is_err());
        assert!(aupro(&[0.1, 0.2], &[1, 0], 0.0).is_err());
        assert!(aupro(&[0.1, 0.2], &[u32::MAX, 0], 0.3).is_err());
    }
}
