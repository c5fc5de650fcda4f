use crate::{DataError, Image};

/// Bilinear resize that reproduces PyTorch's
/// `F.interpolate(x, size=(height, width), mode="bilinear", align_corners=False)` (no
/// antialiasing): the source coordinate of output pixel `i` is `(i + 0.5) * in / out - 0.5`,
/// clamped below at 0, and the right/bottom neighbour is clamped to the last pixel
/// (`aten/src/ATen/native/UpSample.h`, `area_pixel_compute_source_index`).
pub fn resize_bilinear(img: &Image, height: usize, width: usize) -> Result<Image, DataError> {
    if height == 0 || width == 0 {
        return Err(DataError::ResizeTarget { height, width });
    }
    if height == img.height && width == img.width {
        return Ok(img.clone());
    }
    let ys = axis(img.height, height);
    let xs = axis(img.width, width);
    let mut data = Vec::with_capacity(3 * height * width);
    for c in 0..3 {
        resample_plane(img.plane(c), img.width, &ys, &xs, &mut data);
    }
    Ok(Image {
        width,
        height,
        data,
    })
}

/// [`resize_bilinear`] for one plane of values (`[height, width]`, row-major), such as a map
/// of patch scores brought to an image's size: `[out_height, out_width]`.
pub fn resize_plane_bilinear(
    plane: &[f32],
    [height, width]: [usize; 2],
    [out_height, out_width]: [usize; 2],
) -> Result<Vec<f32>, DataError> {
    if out_height == 0 || out_width == 0 {
        return Err(DataError::ResizeTarget {
            height: out_height,
            width: out_width,
        });
    }
    if height == 0 || width == 0 || plane.len() != height * width {
        return Err(DataError::Decode {
            path: "<memory>".into(),
            reason: format!(
                "a {height}x{width} plane needs {} values, got {}",
                height * width,
                plane.len()
            ),
        });
    }
    let mut out = Vec::with_capacity(out_height * out_width);
    resample_plane(
        plane,
        width,
        &axis(height, out_height),
        &axis(width, out_width),
        &mut out,
    );
    Ok(out)
}

/// Appends the bilinear resampling of `plane` (rows of `width` values) on the output grid
/// given by `ys` and `xs` ([`axis`]) to `out`.
fn resample_plane(
    plane: &[f32],
    width: usize,
    ys: &[(usize, usize, f32)],
    xs: &[(usize, usize, f32)],
    out: &mut Vec<f32>,
) {
    for &(y0, y1, wy) in ys {
        let (r0, r1) = (&plane[y0 * width..], &plane[y1 * width..]);
        for &(x0, x1, wx) in xs {
            let top = (1.0 - wx) * r0[x0] + wx * r0[x1];
            let bottom = (1.0 - wx) * r1[x0] + wx * r1[x1];
            out.push((1.0 - wy) * top + wy * bottom);
        }
    }
}

/// [`resize_bilinear`] with antialiasing: an axis that shrinks is low-pass filtered as it is
/// resampled, as PyTorch's `F.interpolate(..., mode="bilinear", align_corners=False,
/// antialias=True)`, torchvision's `Resize` and PIL's bilinear filter do. Each output pixel
/// averages the input pixels under a triangle `in / out` input pixels wide on each side, so
/// detail finer than the output grid is averaged instead of aliased (a 1024 px photo read at
/// 224 px otherwise reads only about one pixel in five). Rows are resampled first, then columns,
/// as PyTorch does. When no axis shrinks the result is [`resize_bilinear`]'s exactly.
pub fn resize_bilinear_antialias(
    img: &Image,
    height: usize,
    width: usize,
) -> Result<Image, DataError> {
    if height == 0 || width == 0 {
        return Err(DataError::ResizeTarget { height, width });
    }
    if height >= img.height && width >= img.width {
        return resize_bilinear(img, height, width);
    }
    let (xs, ys) = (
        filter_axis(img.width, width),
        filter_axis(img.height, height),
    );
    let dot = |taps: &(usize, Vec<f32>), at: &dyn Fn(usize) -> f32| -> f32 {
        taps.1
            .iter()
            .enumerate()
            .map(|(j, w)| w * at(taps.0 + j))
            .sum()
    };
    let mut data = Vec::with_capacity(3 * height * width);
    let mut rows = vec![0f32; img.height * width];
    for c in 0..3 {
        let plane = img.plane(c);
        for y in 0..img.height {
            let row = &plane[y * img.width..(y + 1) * img.width];
            for (x, taps) in xs.iter().enumerate() {
                rows[y * width + x] = dot(taps, &|i| row[i]);
            }
        }
        for taps in &ys {
            for x in 0..width {
                data.push(dot(taps, &|i| rows[i * width + x]));
            }
        }
    }
    Ok(Image {
        width,
        height,
        data,
    })
}

/// [`resize_bilinear_antialias`] when `antialias` is set, else [`resize_bilinear`].
pub fn resize_bilinear_with(
    img: &Image,
    height: usize,
    width: usize,
    antialias: bool,
) -> Result<Image, DataError> {
    if antialias {
        resize_bilinear_antialias(img, height, width)
    } else {
        resize_bilinear(img, height, width)
    }
}

/// For each output index along an axis: the first input index and the normalised weights of
/// the inputs from there (PyTorch's `_compute_indices_min_size_weights_aa` for bilinear: a
/// triangle of half-width `max(in / out, 1)` around the output pixel's centre).
fn filter_axis(input: usize, output: usize) -> Vec<(usize, Vec<f32>)> {
    let scale = input as f64 / output as f64;
    let support = scale.max(1.0);
    (0..output)
        .map(|i| {
            let center = scale * (i as f64 + 0.5);
            let lo = (center - support + 0.5).max(0.0) as usize;
            let hi = ((center + support + 0.5) as usize).min(input);
            let mut w: Vec<f64> = (lo..hi)
                .map(|j| (1.0 - ((j as f64 - center + 0.5) / support).abs()).max(0.0))
                .collect();
            let total: f64 = w.iter().sum();
            if total > 0.0 {
                w.iter_mut().for_each(|v| *v /= total);
            }
            (lo, w.into_iter().map(|v| v as f32).collect())
        })
        .collect()
}

/// For each output index: (left source index, right source index, weight of the right one).
fn axis(input: usize, output: usize) -> Vec<(usize, usize, f32)> {
    let scale = input as f32 / output as f32;
    (0..output)
        .map(|i| {
            let src = (scale * (i as f32 + 0.5) - 0.5).max(0.0);
            let i0 = (src as usize).min(input - 1);
            let i1 = if i0 < input - 1 { i0 + 1 } else { i0 };
            (i0, i1, src - i0 as f32)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upsample_matches_pytorch_values() {
        // torch.nn.functional.interpolate(torch.tensor([[[[0., 10.], [20., 30.]]]]), size=(4, 4),
        //     mode="bilinear", align_corners=False)
        let img = Image::from_planar(2, 2, [0.0, 10.0, 20.0, 30.0].repeat(3)).unwrap();
        let out = resize_bilinear(&img, 4, 4).unwrap();
        #[rustfmt::skip]
        let expected = [
            0.0, 2.5, 7.5, 10.0,
            5.0, 7.5, 12.5, 15.0,
            15.0, 17.5, 22.5, 25.0,
            20.0, 22.5, 27.5, 30.0,
        ];
        assert_eq!(out.plane(1), &expected);
        // One plane on its own gives the same values.
        let plane = resize_plane_bilinear(&[0.0, 10.0, 20.0, 30.0], [2, 2], [4, 4]).unwrap();
        assert_eq!(plane, expected);
        assert!(resize_plane_bilinear(&[0.0; 3], [2, 2], [4, 4]).is_err());
        assert!(resize_plane_bilinear(&[0.0; 4], [2, 2], [0, 4]).is_err());
    }

    #[test]
    fn downsample_matches_pytorch_values() {
        // interpolate(torch.arange(16.).view(1,1,4,4), size=(2,3), mode="bilinear") ->
        // [[2.1667, 3.5000, 4.8333], [10.1667, 11.5000, 12.8333]]
        let plane: Vec<f32> = (0..16).map(|v| v as f32).collect();
        let img = Image::from_planar(4, 4, plane.repeat(3)).unwrap();
        let out = resize_bilinear(&img, 2, 3).unwrap();
        let expected = [2.1667, 3.5, 4.8333, 10.1667, 11.5, 12.8333];
        for (a, b) in out.plane(0).iter().zip(expected) {
            assert!((a - b).abs() < 1e-3, "{a} vs {b}");
        }
    }

    #[test]
    fn antialiased_downsample_matches_pytorch_values() {
        // x = torch.arange(35.).view(1, 1, 5, 7) ** 1.5
        // interpolate(x, size=..., mode="bilinear", align_corners=False, antialias=True)
        let plane: Vec<f32> = (0..35).map(|v| (v as f32).powf(1.5)).collect();
        let img = Image::from_planar(7, 5, plane.repeat(3)).unwrap();
        let check = |h: usize, w: usize, expected: &[f32]| {
            let out = resize_bilinear_antialias(&img, h, w).unwrap();
            assert_eq!((out.height, out.width), (h, w));
            for c in 0..3 {
                for (a, b) in out.plane(c).iter().zip(expected) {
                    assert!(
                        (a - b).abs() < 1e-3 * b.abs().max(1.0),
                        "{h}x{w}: {a} vs {b}"
                    );
                }
            }
        };
        // Both axes shrink.
        check(
            2,
            3,
            &[27.0433, 35.9990, 46.1983, 105.189, 120.4593, 136.3926],
        );
        // Width shrinks (7 -> 3), height grows (5 -> 8).
        #[rustfmt::skip]
        check(8, 3, &[
            1.0347, 5.4039, 11.7548, 10.2497, 16.9236, 25.1503, 24.2990, 34.1373,
            44.9625, 46.3132, 58.1647, 70.8556, 71.3545, 85.0126, 99.3981, 99.4230,
            114.6808, 130.5899, 131.9444, 148.5944, 165.8446, 155.0557, 172.6641, 190.8388,
        ]);
        // Nothing shrinks: exactly the plain resize.
        assert_eq!(
            resize_bilinear_antialias(&img, 9, 11).unwrap(),
            resize_bilinear(&img, 9, 11).unwrap()
        );
        // A constant image stays constant (the weights are normalised).
        let flat = Image::from_planar(9, 6, vec![42.0; 3 * 54]).unwrap();
        let out = resize_bilinear_antialias(&flat, 2, 4).unwrap();
        assert!(out.data.iter().all(|v| (v - 42.0).abs() < 1e-4));
    }

    #[test]
    fn antialiasing_averages_detail_that_plain_resampling_aliases() {
        // One-pixel stripes (0, 255, 0, 255, ...) shrunk 7.5-fold: the plain bilinear resize
        // picks up whichever stripe lies nearest each sample, the filtered one the mean.
        let w = 60;
        let plane: Vec<f32> = (0..w * w).map(|i| 255.0 * ((i % w) % 2) as f32).collect();
        let img = Image::from_planar(w, w, plane.repeat(3)).unwrap();
        let filtered = resize_bilinear_antialias(&img, 8, 8).unwrap();
        assert!(
            filtered.data.iter().all(|v| (v - 127.5).abs() < 10.0),
            "{filtered:?}"
        );
        let plain = resize_bilinear(&img, 8, 8).unwrap();
        assert!(
            plain.data.iter().all(|v| (v - 127.5).abs() > 50.0),
            "{plain:?}"
        );
    }

    #[test]
    fn zero_size_is_an_error() {
        let img = Image::from_gray_u8(1, 1, &[0]);
        assert!(resize_bilinear(&img, 0, 3).is_err());
    }
}
