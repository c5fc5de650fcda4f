//! Occlusion maps: where in an image the score of *any* detector comes from, by asking it.
//! The image is cut into a `grid × grid` set of cells; each cell in turn is filled (with the
//! image's mean colour, or a blur of itself), the copy is scored by the same model, and the
//! cell's value is how much the score drops:
//!
//! ```text
//! map(x)[r, c] = score(x) − score(x with cell (r, c) filled)      higher = the cell raises the score
//! ```
//!
//! (Zeiler & Fergus's occlusion sensitivity, with the anomaly score as the output.) It needs
//! nothing from the model but its score, so it explains DN2, NSA, KE and Red PANDA, whose
//! scores have no patch structure, as well as the patch heads of DRA; it costs `grid²` extra
//! scorings per image. Nothing here knows about a method: the scoring is a closure.

use std::sync::Arc;

use swan_data::{DataError, Image, ImageRef, ImageView, Sample};

use crate::{MethodError, RunContext, ScoreMap, Scored};

/// What a cell is filled with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OcclusionFill {
    /// The image's mean colour (per channel, over the whole image): the cell's content is
    /// gone, no new colour appears.
    #[default]
    Mean,
    /// The image blurred with a box as large as a cell: the cell keeps its colours and coarse
    /// shading, loses its shapes.
    Blur,
}

impl OcclusionFill {
    /// The name `--occlusion-fill` takes.
    pub fn name(self) -> &'static str {
        match self {
            Self::Mean => "mean",
            Self::Blur => "blur",
        }
    }
}

impl std::str::FromStr for OcclusionFill {
    type Err = MethodError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "mean" => Ok(Self::Mean),
            "blur" => Ok(Self::Blur),
            other => Err(MethodError::Params(format!(
                "unknown occlusion fill {other:?}; one of mean, blur"
            ))),
        }
    }
}

/// Occlusion maps of `grid × grid` cells, filled with `fill`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Occlusion {
    /// Cells per side.
    pub grid: usize,
    /// What a cell is filled with.
    pub fill: OcclusionFill,
}

/// The largest grid offered: 32 × 32 = 1024 scorings per image.
pub const MAX_GRID: usize = 32;

/// Cells per side when maps by occlusion are made without a grid being named.
pub const DEFAULT_GRID: usize = 8;

impl Occlusion {
    /// A checked grid: 1 to [`MAX_GRID`] cells per side.
    pub fn new(grid: usize, fill: OcclusionFill) -> Result<Self, MethodError> {
        if !(1..=MAX_GRID).contains(&grid) {
            return Err(MethodError::Params(format!(
                "occlusion grid {grid}: cells per side must be 1 to {MAX_GRID}"
            )));
        }
        Ok(Self { grid, fill })
    }

    /// How maps of a model are made (`swan score --maps`, `swan serve`'s `?maps=1`): from its
    /// own patch scores (`None`) when it has them and no `grid` was asked for, else by
    /// occlusion on `grid` cells per side ([`DEFAULT_GRID`] unless named).
    pub fn for_maps(
        has_patch_scores: bool,
        grid: Option<usize>,
        fill: OcclusionFill,
    ) -> Result<Option<Self>, MethodError> {
        match grid {
            None if has_patch_scores => Ok(None),
            grid => Self::new(grid.unwrap_or(DEFAULT_GRID), fill).map(Some),
        }
    }

    /// "the drop in score when each of the 8 × 8 cells is filled with the image's mean
    /// colour", what the maps show.
    pub fn describe(&self) -> String {
        let fill = match self.fill {
            OcclusionFill::Mean => "filled with the image's mean colour",
            OcclusionFill::Blur => "blurred",
        };
        format!(
            "the drop in score when each of the {g} × {g} cells is {fill}",
            g = self.grid
        )
    }

    /// The map of every sample: `samples[i]` scored `base[i]` (by `score`, on its own), and
    /// each of its `grid²` occluded copies is scored by `score` too. Every image is decoded
    /// once; the copies are scored a few images at a time with `ctx`'s batch size, without
    /// its disk cache (copies are never seen again) and without keeping their features.
    /// An image that cannot be read, or an occluded copy that gets no score, is an error
    /// naming it: the samples are those a scoring pass has already read.
    pub fn maps(
        &self,
        samples: &[Sample],
        base: &[f32],
        ctx: &mut RunContext,
        mut score: impl FnMut(&[Sample], &mut RunContext) -> Result<Scored, MethodError>,
    ) -> Result<ScoreMap, MethodError> {
        if samples.len() != base.len() {
            return Err(MethodError::Occlusion(format!(
                "{} base scores for {} images",
                base.len(),
                samples.len()
            )));
        }
        let cells = self.grid * self.grid;
        // Enough images per call that the copies fill a few encoder batches.
        let per_call = (4 * ctx.batch_size).div_ceil(cells).max(1);
        let bar = ctx.progress_bar(samples.len());
        bar.set_message("occlusion");
        // The copies leave no trace in the run: no disk cache, no kept features, no maps or
        // neighbours of their own, no inner progress bars.
        let saved = (
            ctx.disk_cache.take(),
            std::mem::replace(&mut ctx.keep_features, false),
            std::mem::replace(&mut ctx.maps, false),
            std::mem::replace(&mut ctx.neighbours, 0),
            std::mem::replace(&mut ctx.progress, false),
        );
        let mut values = Vec::with_capacity(samples.len() * cells);
        let result: Result<(), MethodError> = samples
            .chunks(per_call)
            .zip(base.chunks(per_call))
            .try_for_each(|(chunk, base)| {
                let copies = self.copies(chunk)?;
                let scored = score(&copies, ctx)?;
                values.extend(drops(chunk, &copies, base, &scored, cells)?);
                bar.inc(chunk.len() as u64);
                Ok(())
            });
        (
            ctx.disk_cache,
            ctx.keep_features,
            ctx.maps,
            ctx.neighbours,
            ctx.progress,
        ) = saved;
        bar.finish_and_clear();
        result?;
        Ok(ScoreMap {
            name: "occlusion".into(),
            shape: [self.grid, self.grid],
            values,
        })
    }

    /// The `grid²` occluded copies of each sample, cell by cell in row-major order.
    fn copies(&self, samples: &[Sample]) -> Result<Vec<Sample>, MethodError> {
        let mut out = Vec::with_capacity(samples.len() * self.grid * self.grid);
        for sample in samples {
            let decoded = sample.decoded()?;
            // The mean colour is the whole image's: computed once, not once per copy.
            let fill = match self.fill {
                OcclusionFill::Mean => CellFill::Colour(channel_means(&decoded.load()?)),
                OcclusionFill::Blur => CellFill::Blur,
            };
            for row in 0..self.grid {
                for col in 0..self.grid {
                    let cell = Cell {
                        grid: self.grid,
                        row,
                        col,
                        fill,
                    };
                    out.push(Sample {
                        id: format!("{}@{}", sample.id, cell.key()),
                        image: ImageRef::View {
                            inner: Box::new(decoded.image.clone()),
                            view: Arc::new(cell),
                        },
                        ..decoded.clone()
                    });
                }
            }
        }
        Ok(out)
    }
}

/// `base − score(copy)` for every copy, in the copies' order; an error names a copy that got
/// no score.
fn drops(
    chunk: &[Sample],
    copies: &[Sample],
    base: &[f32],
    scored: &Scored,
    cells: usize,
) -> Result<Vec<f32>, MethodError> {
    if let Some(skip) = scored.skipped.first() {
        return Err(MethodError::Occlusion(format!(
            "the occluded copy {} could not be scored: {}",
            skip.id, skip.error
        )));
    }
    if scored.scores.len() != copies.len() {
        return Err(MethodError::Occlusion(format!(
            "{} scores for {} occluded copies",
            scored.scores.len(),
            copies.len()
        )));
    }
    let mut out = Vec::with_capacity(copies.len());
    for (i, (sample, &b)) in chunk.iter().zip(base).enumerate() {
        for &s in &scored.scores[i * cells..(i + 1) * cells] {
            let drop = b - s;
            if !drop.is_finite() {
                return Err(MethodError::NonFinite {
                    what: format!("the scores of {}'s occluded copies", sample.id),
                });
            }
            out.push(drop);
        }
    }
    Ok(out)
}

/// Cell `(row, col)` of a `grid × grid` cut of the image, filled. Cell boundaries are
/// `⌊k · side / grid⌋`, so the cells tile the image whatever its size (a side smaller than
/// the grid leaves some cells empty: they change nothing, and score 0).
#[derive(Clone, Copy, Debug)]
struct Cell {
    grid: usize,
    row: usize,
    col: usize,
    fill: CellFill,
}

/// An [`OcclusionFill`] resolved for one image.
#[derive(Clone, Copy, Debug)]
enum CellFill {
    /// This RGB colour (the image's mean).
    Colour([f32; 3]),
    /// A box blur the size of a cell.
    Blur,
}

/// The mean of each channel over the whole image.
fn channel_means(img: &Image) -> [f32; 3] {
    std::array::from_fn(|c| {
        let plane = img.plane(c);
        (plane.iter().map(|&v| f64::from(v)).sum::<f64>() / plane.len() as f64) as f32
    })
}

impl Cell {
    fn key(&self) -> String {
        let fill = match self.fill {
            CellFill::Colour(_) => OcclusionFill::Mean,
            CellFill::Blur => OcclusionFill::Blur,
        };
        format!(
            "occlude{g}x{g}:{r},{c}:{f}",
            g = self.grid,
            r = self.row,
            c = self.col,
            f = fill.name()
        )
    }

    /// `[start, end)` of cell `k` along a side of `side` pixels.
    fn span(&self, k: usize, side: usize) -> (usize, usize) {
        (k * side / self.grid, (k + 1) * side / self.grid)
    }
}

impl ImageView for Cell {
    fn apply(&self, mut img: Image) -> Result<Image, DataError> {
        let (w, h) = (img.width, img.height);
        let (y0, y1) = self.span(self.row, h);
        let (x0, x1) = self.span(self.col, w);
        if y0 == y1 || x0 == x1 {
            return Ok(img);
        }
        for c in 0..3 {
            let plane = &mut img.data[c * w * h..(c + 1) * w * h];
            match self.fill {
                CellFill::Colour(colour) => {
                    for y in y0..y1 {
                        plane[y * w + x0..y * w + x1].fill(colour[c]);
                    }
                }
                CellFill::Blur => {
                    let size = ((h / self.grid).max(1), (w / self.grid).max(1));
                    let blurred = box_blur(plane, w, h, y0..y1, x0..x1, size);
                    for (y, row) in (y0..y1).zip(blurred.chunks_exact(x1 - x0)) {
                        plane[y * w + x0..y * w + x1].copy_from_slice(row);
                    }
                }
            }
        }
        Ok(img)
    }

    fn key(&self) -> String {
        Cell::key(self)
    }
}

/// The mean of the `size.0 × size.1` box (rows × columns) around each pixel of `rows ×
/// cols` (`(s − 1) / 2` pixels before it, `s / 2` after, clipped to the image), row-major over
/// that region.
fn box_blur(
    plane: &[f32],
    w: usize,
    h: usize,
    rows: std::ops::Range<usize>,
    cols: std::ops::Range<usize>,
    size: (usize, usize),
) -> Vec<f32> {
    let reach = |s: usize| ((s - 1) / 2, s / 2);
    let ((up, down), (left, right)) = (reach(size.0), reach(size.1));
    let mut out = Vec::with_capacity(rows.len() * cols.len());
    for y in rows {
        let (ya, yb) = (y.saturating_sub(up), (y + down + 1).min(h));
        for x in cols.clone() {
            let (xa, xb) = (x.saturating_sub(left), (x + right + 1).min(w));
            let sum: f64 = (ya..yb)
                .map(|yy| {
                    plane[yy * w + xa..yy * w + xb]
                        .iter()
                        .map(|&v| f64::from(v))
                        .sum::<f64>()
                })
                .sum();
            out.push((sum / ((yb - ya) * (xb - xa)) as f64) as f32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ramp(w: usize, h: usize) -> Image {
        let plane: Vec<f32> = (0..w * h).map(|i| i as f32).collect();
        Image::from_planar(w, h, [plane.clone(), plane.clone(), plane].concat()).unwrap()
    }

    fn cell(grid: usize, row: usize, col: usize, fill: CellFill) -> Cell {
        Cell {
            grid,
            row,
            col,
            fill,
        }
    }

    #[test]
    fn cells_tile_the_image_and_change_only_their_pixels() {
        let (w, h) = (7, 5);
        let img = ramp(w, h);
        let mut covered = vec![0u32; w * h];
        for row in 0..3 {
            for col in 0..3 {
                let out = cell(3, row, col, CellFill::Colour(channel_means(&img)))
                    .apply(img.clone())
                    .unwrap();
                let mean = img.plane(0).iter().sum::<f32>() / (w * h) as f32;
                for ((n, &after), &before) in covered.iter_mut().zip(&out.data).zip(&img.data) {
                    if after != before {
                        *n += 1;
                        assert!((after - mean).abs() < 1e-4);
                    }
                }
            }
        }
        // Pixel 17 (row 2, col 3) equals the mean (17), so no cell can change it; every
        // other pixel is changed by exactly one cell.
        for (p, &n) in covered.iter().enumerate() {
            assert_eq!(n, u32::from(p != 17), "pixel {p}");
        }
    }

    #[test]
    fn blur_averages_the_box_around_each_pixel() {
        // 4 × 4 image, grid 2: the box is a cell's 2 × 2 (no pixel before, one after), so
        // pixel (0, 0) becomes the mean of pixels 0, 1, 4, 5.
        let img = ramp(4, 4);
        let out = cell(2, 0, 0, CellFill::Blur).apply(img.clone()).unwrap();
        assert_eq!(out.data[0], (0.0 + 1.0 + 4.0 + 5.0) / 4.0);
        assert_eq!(out.data[5], (5.0 + 6.0 + 9.0 + 10.0) / 4.0);
        // Outside the cell nothing moves.
        assert_eq!(out.data[2], 2.0);
        assert_eq!(out.data[15], 15.0);
    }

    #[test]
    fn a_grid_finer_than_the_image_leaves_empty_cells_unchanged() {
        let img = ramp(2, 2);
        let out = cell(4, 0, 0, CellFill::Colour(channel_means(&img)))
            .apply(img.clone())
            .unwrap();
        assert_eq!(out, img);
    }

    #[test]
    fn the_map_is_the_score_drop_of_each_cell() {
        // A "detector" whose score is the brightness of the top-left quarter: only the
        // top-left cell of a 2 × 2 grid moves it.
        let mut data = vec![0.0f32; 3 * 16];
        for c in 0..3 {
            for (y, x) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
                data[c * 16 + y * 4 + x] = 200.0;
            }
        }
        let img = Image::from_planar(4, 4, data).unwrap();
        let png = img.to_png_thumbnail(usize::MAX).unwrap();
        let sample = Sample::encoded("bright-corner.png", png);
        let score_of = |img: &Image| {
            img.plane(0)[..2].iter().sum::<f32>() + img.plane(0)[4..6].iter().sum::<f32>()
        };
        let base = score_of(&sample.load().unwrap());
        let mut ctx = RunContext::without_encoder();
        let occlusion = Occlusion::new(2, OcclusionFill::Mean).unwrap();
        let mut calls = 0;
        let map = occlusion
            .maps(
                std::slice::from_ref(&sample),
                &[base],
                &mut ctx,
                |copies, _| {
                    calls += 1;
                    let scores: Vec<f32> = copies
                        .iter()
                        .map(|s| score_of(&s.load().unwrap()))
                        .collect();
                    Ok(Scored {
                        kept: vec![true; scores.len()],
                        scores,
                        ..Scored::default()
                    })
                },
            )
            .unwrap();
        assert_eq!(calls, 1);
        assert_eq!(map.shape, [2, 2]);
        // The mean brightness is 50: the corner drops from 800 to 200.
        assert_eq!(map.values, vec![600.0, 0.0, 0.0, 0.0]);
        // The context is as it was.
        assert!(ctx.keep_features && !ctx.maps);
    }

    #[test]
    fn maps_use_patch_scores_unless_a_grid_is_named_or_there_are_none() {
        let fill = OcclusionFill::Blur;
        assert_eq!(Occlusion::for_maps(true, None, fill).unwrap(), None);
        let named = Occlusion::for_maps(true, Some(3), fill).unwrap().unwrap();
        assert_eq!((named.grid, named.fill), (3, fill));
        let default = Occlusion::for_maps(false, None, fill).unwrap().unwrap();
        assert_eq!(default.grid, DEFAULT_GRID);
        assert!(Occlusion::for_maps(false, Some(0), fill).is_err());
    }

    #[test]
    fn grids_out_of_range_and_unknown_fills_are_refused() {
        assert!(Occlusion::new(0, OcclusionFill::Mean).is_err());
        assert!(Occlusion::new(MAX_GRID + 1, OcclusionFill::Mean).is_err());
        assert!("gray".parse::<OcclusionFill>().is_err());
        assert_eq!(
            "blur".parse::<OcclusionFill>().unwrap(),
            OcclusionFill::Blur
        );
    }
}
