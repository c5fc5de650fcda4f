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
        let plane = img.plane(c);
        for &(y0, y1, wy) in &ys {
            let (r0, r1) = (&plane[y0 * img.width..], &plane[y1 * img.width..]);
            for &(x0, x1, wx) in &xs {
                let top = (1.0 - wx) * r0[x0] + wx * r0[x1];
                let bottom = (1.0 - wx) * r1[x0] + wx * r1[x1];
                data.push((1.0 - wy) * top + wy * bottom);
            }
        }
    }
    Ok(Image {
        width,
        height,
        data,
    })
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
    fn zero_size_is_an_error() {
        let img = Image::from_gray_u8(1, 1, &[0]);
        assert!(resize_bilinear(&img, 0, 3).is_err());
    }
}
