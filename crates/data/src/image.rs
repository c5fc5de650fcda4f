use crate::DataError;

/// A decoded RGB image: planar (channel-major, `[3, height, width]`) `f32` values on the
/// 0..255 scale, whatever the bit depth of the file. Grayscale is repeated to three channels.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// `[3, height, width]`, row-major inside each plane.
    pub data: Vec<f32>,
}

impl Image {
    /// An image from planar RGB data; `data.len()` must be `3 * height * width`.
    pub fn from_planar(width: usize, height: usize, data: Vec<f32>) -> Result<Self, DataError> {
        if data.len() != 3 * width * height || width == 0 || height == 0 {
            return Err(DataError::Decode {
                path: "<memory>".into(),
                reason: format!(
                    "expected 3x{height}x{width} = {} values, got {}",
                    3 * width * height,
                    data.len()
                ),
            });
        }
        Ok(Self {
            width,
            height,
            data,
        })
    }

    /// A gray image (one byte per pixel, row-major) repeated to three channels.
    pub fn from_gray_u8(width: usize, height: usize, pixels: &[u8]) -> Self {
        debug_assert_eq!(pixels.len(), width * height);
        let plane: Vec<f32> = pixels.iter().map(|&p| f32::from(p)).collect();
        let mut data = Vec::with_capacity(3 * plane.len());
        for _ in 0..3 {
            data.extend_from_slice(&plane);
        }
        Self {
            width,
            height,
            data,
        }
    }

    /// The image turned by `quarter_turns` × 90° counter-clockwise (as `torch.rot90(x, k,
    /// dims=(1, 2))` on a CHW tensor).
    pub fn rotate90(&self, quarter_turns: u8) -> Image {
        let (h, w) = (self.height, self.width);
        let mut out = self.clone();
        match quarter_turns % 4 {
            0 => return out,
            2 => {
                for c in 0..3 {
                    let src = self.plane(c);
                    let dst = &mut out.data[c * h * w..(c + 1) * h * w];
                    for (d, s) in dst.iter_mut().zip(src.iter().rev()) {
                        *d = *s;
                    }
                }
                return out;
            }
            k => {
                // Odd turns swap the axes: the new image is w rows by h columns.
                out.width = h;
                out.height = w;
                for c in 0..3 {
                    let src = self.plane(c);
                    let dst = &mut out.data[c * h * w..(c + 1) * h * w];
                    for r in 0..w {
                        for col in 0..h {
                            dst[r * h + col] = if k == 1 {
                                src[col * w + (w - 1 - r)]
                            } else {
                                src[(h - 1 - col) * w + r]
                            };
                        }
                    }
                }
            }
        }
        out
    }

    /// A PNG of the image scaled (nearest neighbour) so that its longer side is at most
    /// `max_side` pixels, for reports.
    pub fn to_png_thumbnail(&self, max_side: usize) -> Result<Vec<u8>, DataError> {
        let scale = (max_side as f64 / self.width.max(self.height) as f64).min(1.0);
        let (w, h) = (
            ((self.width as f64 * scale).round() as usize).max(1),
            ((self.height as f64 * scale).round() as usize).max(1),
        );
        let n = self.width * self.height;
        let mut rgb = Vec::with_capacity(3 * w * h);
        for y in 0..h {
            let sy = (y * self.height / h).min(self.height - 1);
            for x in 0..w {
                let sx = (x * self.width / w).min(self.width - 1);
                for c in 0..3 {
                    rgb.push(
                        self.data[c * n + sy * self.width + sx]
                            .round()
                            .clamp(0.0, 255.0) as u8,
                    );
                }
            }
        }
        let buffer = image::RgbImage::from_raw(w as u32, h as u32, rgb).ok_or_else(|| {
            DataError::Decode {
                path: "<thumbnail>".into(),
                reason: "bad thumbnail size".into(),
            }
        })?;
        let mut out = std::io::Cursor::new(Vec::new());
        buffer
            .write_to(&mut out, image::ImageFormat::Png)
            .map_err(|e| DataError::Decode {
                path: "<thumbnail>".into(),
                reason: e.to_string(),
            })?;
        Ok(out.into_inner())
    }

    /// One channel plane, `[height, width]`.
    pub fn plane(&self, c: usize) -> &[f32] {
        let n = self.width * self.height;
        &self.data[c * n..(c + 1) * n]
    }
}

/// Decodes PNG, JPEG, BMP, TIFF, GIF (its first frame) or WebP bytes (gray, gray+alpha, RGB,
/// RGBA, palette; 8 or 16 bit, or float) into an [`Image`] on the 0..255 scale. Alpha is
/// dropped; 16-bit values are divided by 257 so that 65535 maps to 255.
///
/// `name` only labels errors.
pub fn decode_image(bytes: &[u8], name: &str) -> Result<Image, DataError> {
    use image::DynamicImage as D;
    let err = |reason: String| DataError::Decode {
        path: name.to_string(),
        reason,
    };
    if bytes.is_empty() {
        return Err(err("the file is empty".into()));
    }
    let format = image::guess_format(bytes).map_err(|_| {
        err("not a PNG, JPEG, BMP, TIFF, GIF or WebP image (unrecognised format)".into())
    })?;
    let failed = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => err(
            "too large to decode: the image would need more than the 512 MiB one image may take"
                .into(),
        ),
        e => err(e.to_string()),
    };
    // The default limits (512 MiB per image) hold, as in image::load_from_memory: the
    // decoder's own allocations, and the decoded image checked before it is allocated.
    use image::ImageDecoder as _;
    let mut decoder = image::ImageReader::with_format(std::io::Cursor::new(bytes), format)
        .into_decoder()
        .map_err(failed)?;
    image::Limits::default()
        .reserve(decoder.total_bytes())
        .map_err(failed)?;
    // A photo's EXIF orientation (a phone held sideways) is applied, as image viewers do, so
    // the encoder sees the picture upright; an unreadable tag counts as none.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut decoded = image::DynamicImage::from_decoder(decoder).map_err(failed)?;
    decoded.apply_orientation(orientation);
    let (width, height) = (decoded.width() as usize, decoded.height() as usize);
    if width == 0 || height == 0 {
        return Err(err("image has zero width or height".into()));
    }
    let n = width * height;
    let mut data = vec![0f32; 3 * n];
    let mut put = |i: usize, rgb: [f32; 3]| {
        data[i] = rgb[0];
        data[n + i] = rgb[1];
        data[2 * n + i] = rgb[2];
    };
    match &decoded {
        D::ImageLuma16(_) | D::ImageLumaA16(_) | D::ImageRgb16(_) | D::ImageRgba16(_) => {
            for (i, p) in decoded.to_rgb16().pixels().enumerate() {
                put(i, p.0.map(|v| f32::from(v) / 257.0));
            }
        }
        D::ImageRgb32F(_) | D::ImageRgba32F(_) => {
            for (i, p) in decoded.to_rgb32f().pixels().enumerate() {
                put(i, p.0.map(|v| (v * 255.0).clamp(0.0, 255.0)));
            }
        }
        _ => {
            for (i, p) in decoded.to_rgb8().pixels().enumerate() {
                put(i, p.0.map(f32::from));
            }
        }
    }
    if data.iter().any(|v| !v.is_finite()) {
        return Err(err("image holds NaN or infinite values".into()));
    }
    Ok(Image {
        width,
        height,
        data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageFormat, Luma, Rgb, RgbImage, Rgba};
    use std::io::Cursor;

    fn encode(img: image::DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    #[test]
    fn gray_png_is_repeated_to_three_channels() {
        let img = image::GrayImage::from_fn(3, 2, |x, y| Luma([(10 * x + 100 * y) as u8]));
        let decoded = decode_image(&encode(img.into(), ImageFormat::Png), "g.png").unwrap();
        assert_eq!((decoded.width, decoded.height), (3, 2));
        for c in 0..3 {
            assert_eq!(decoded.plane(c), &[0.0, 10.0, 20.0, 100.0, 110.0, 120.0]);
        }
    }

    #[test]
    fn rotate90_matches_torch_rot90() {
        // torch.rot90(torch.tensor([[1., 2., 3.], [4., 5., 6.]]), 1) = [[3, 6], [2, 5], [1, 4]]
        let img = Image::from_planar(3, 2, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0].repeat(3)).unwrap();
        let r1 = img.rotate90(1);
        assert_eq!((r1.width, r1.height), (2, 3));
        assert_eq!(r1.plane(0), &[3.0, 6.0, 2.0, 5.0, 1.0, 4.0]);
        // k = 2: [[6, 5, 4], [3, 2, 1]]; k = 3: [[4, 1], [5, 2], [6, 3]]
        assert_eq!(img.rotate90(2).plane(1), &[6.0, 5.0, 4.0, 3.0, 2.0, 1.0]);
        assert_eq!(img.rotate90(3).plane(2), &[4.0, 1.0, 5.0, 2.0, 6.0, 3.0]);
        assert_eq!(img.rotate90(4), img);
    }

    #[test]
    fn gif_and_lossless_webp_decode_to_their_pixels() {
        let img = image::RgbaImage::from_fn(3, 2, |x, y| {
            Rgba([(80 * x) as u8, (200 * y) as u8, 40, 255])
        });
        for (format, name) in [(ImageFormat::Gif, "a.gif"), (ImageFormat::WebP, "a.webp")] {
            let bytes = encode(img.clone().into(), format);
            let decoded = decode_image(&bytes, name).unwrap();
            assert_eq!((decoded.width, decoded.height), (3, 2), "{name}");
            // GIF's palette holds these six colours exactly; the WebP encoder is lossless.
            assert_eq!(
                decoded.plane(0),
                &[0.0, 80.0, 160.0, 0.0, 80.0, 160.0],
                "{name}"
            );
            assert_eq!(
                decoded.plane(1),
                &[0.0, 0.0, 0.0, 200.0, 200.0, 200.0],
                "{name}"
            );
            assert_eq!(decoded.plane(2), &[40.0; 6], "{name}");
        }
    }

    #[test]
    fn rgba_drops_alpha() {
        let img = image::RgbaImage::from_fn(1, 1, |_, _| Rgba([1, 2, 3, 4]));
        let decoded = decode_image(&encode(img.into(), ImageFormat::Png), "a.png").unwrap();
        assert_eq!(decoded.data, vec![1.0, 2.0, 3.0]);
    }

    #[test]
    fn sixteen_bit_scales_to_255() {
        let img = image::ImageBuffer::<Luma<u16>, _>::from_fn(2, 1, |x, _| {
            Luma([[0u16, 65535][x as usize]])
        });
        let decoded = decode_image(&encode(img.into(), ImageFormat::Png), "d.png").unwrap();
        assert_eq!(decoded.plane(0), &[0.0, 255.0]);
    }

    #[test]
    fn rgb_bmp_and_tiff_decode() {
        let img = image::RgbImage::from_fn(2, 2, |x, y| Rgb([x as u8, y as u8, 7]));
        for format in [ImageFormat::Bmp, ImageFormat::Tiff, ImageFormat::Png] {
            let decoded = decode_image(&encode(img.clone().into(), format), "x").unwrap();
            assert_eq!(decoded.plane(2), &[7.0; 4], "{format:?}");
            assert_eq!(decoded.plane(0), &[0.0, 1.0, 0.0, 1.0], "{format:?}");
        }
    }

    #[test]
    fn a_jpeg_exif_orientation_is_applied() {
        // 16 x 8, the left half bright; EXIF orientation 6 says "rotate 90° clockwise to
        // view", which makes it 8 x 16 with the top half bright.
        let img = RgbImage::from_fn(16, 8, |x, _| Rgb([if x < 8 { 250 } else { 5 }; 3]));
        let jpeg = encode(img.into(), ImageFormat::Jpeg);
        let with_orientation = |value: u8| {
            // An APP1 segment after SOI: "Exif\0\0", a little-endian TIFF header and one IFD
            // entry, Orientation (0x0112), SHORT, 1 value.
            let mut app1 = vec![0xFF, 0xE1, 0, 34];
            app1.extend(b"Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0");
            app1.extend([value, 0, 0, 0, 0, 0, 0, 0]);
            let mut bytes = jpeg[..2].to_vec();
            bytes.extend(app1);
            bytes.extend(&jpeg[2..]);
            decode_image(&bytes, "photo.jpg").unwrap()
        };
        let upright = with_orientation(1);
        assert_eq!((upright.width, upright.height), (16, 8));
        let turned = with_orientation(6);
        assert_eq!((turned.width, turned.height), (8, 16));
        let red = turned.plane(0);
        assert!(red[..8 * 6].iter().all(|&v| v > 200.0), "{red:?}");
        assert!(red[8 * 10..].iter().all(|&v| v < 50.0), "{red:?}");
    }

    #[test]
    fn jpeg_decodes_approximately() {
        let img = image::RgbImage::from_fn(8, 8, |_, _| Rgb([200, 100, 50]));
        let decoded = decode_image(&encode(img.into(), ImageFormat::Jpeg), "x.jpg").unwrap();
        assert!((decoded.plane(0)[0] - 200.0).abs() < 4.0);
    }

    #[test]
    fn palette_png_expands_to_rgb() {
        let mut bytes = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut bytes, 2, 1);
            enc.set_color(png::ColorType::Indexed);
            enc.set_depth(png::BitDepth::Eight);
            enc.set_palette(vec![255, 0, 0, 0, 0, 255]);
            enc.write_header()
                .unwrap()
                .write_image_data(&[0, 1])
                .unwrap();
        }
        let decoded = decode_image(&bytes, "p.png").unwrap();
        assert_eq!(decoded.data, vec![255.0, 0.0, 0.0, 0.0, 0.0, 255.0]);
    }

    #[test]
    fn truncated_file_is_an_error_naming_the_file() {
        let img = image::RgbImage::from_fn(16, 16, |_, _| Rgb([1, 2, 3]));
        let bytes = encode(img.into(), ImageFormat::Png);
        let err = decode_image(&bytes[..bytes.len() / 2], "cut.png").unwrap_err();
        assert!(err.to_string().contains("cut.png"), "{err}");
        let err = decode_image(b"not an image at all", "junk.bin").unwrap_err();
        assert!(err.to_string().contains("junk.bin"), "{err}");
        assert!(err.to_string().contains("unrecognised format"), "{err}");
        // A BMP header promising 20000 × 20000 pixels (1.2 GB decoded) and no pixel data.
        let mut bmp = Vec::new();
        bmp.extend(b"BM");
        bmp.extend(54u32.to_le_bytes()); // file size
        bmp.extend([0u8; 4]);
        bmp.extend(54u32.to_le_bytes()); // pixel data offset
        bmp.extend(40u32.to_le_bytes()); // BITMAPINFOHEADER
        bmp.extend(20_000i32.to_le_bytes());
        bmp.extend(20_000i32.to_le_bytes());
        bmp.extend(1u16.to_le_bytes());
        bmp.extend(24u16.to_le_bytes());
        bmp.extend([0u8; 24]);
        let err = decode_image(&bmp, "huge.bmp").unwrap_err();
        assert!(err.to_string().contains("too large to decode"), "{err}");
        let err = decode_image(b"", "empty.jpg").unwrap_err();
        assert!(
            err.to_string().contains("empty.jpg: the file is empty"),
            "{err}"
        );
    }
}
