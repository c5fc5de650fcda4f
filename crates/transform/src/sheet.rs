//! Contact sheets: every operation at every severity, one row per operation, labelled with a
//! built-in 3×5 pixel font, so a person can check what each transform does.

use swan_data::{Image, resize_bilinear};

use crate::{Op, Rng, TransformError};

/// 3×5 glyphs, one `u16` per character: 15 bits, row-major from the top-left.
fn glyph(c: char) -> u16 {
    match c {
        'a' => 0b010_101_111_101_101,
        'b' => 0b110_101_110_101_110,
        'c' => 0b011_100_100_100_011,
        'd' => 0b110_101_101_101_110,
        'e' => 0b111_100_110_100_111,
        'f' => 0b111_100_110_100_100,
        'g' => 0b011_100_101_101_011,
        'h' => 0b101_101_111_101_101,
        'i' => 0b111_010_010_010_111,
        'j' => 0b001_001_001_101_010,
        'k' => 0b101_110_100_110_101,
        'l' => 0b100_100_100_100_111,
        'm' => 0b101_111_111_101_101,
        'n' => 0b110_101_101_101_101,
        'o' => 0b010_101_101_101_010,
        'p' => 0b110_101_110_100_100,
        'q' => 0b010_101_101_110_011,
        'r' => 0b110_101_110_101_101,
        's' => 0b011_100_010_001_110,
        't' => 0b111_010_010_010_010,
        'u' => 0b101_101_101_101_111,
        'v' => 0b101_101_101_101_010,
        'w' => 0b101_101_111_111_101,
        'x' => 0b101_101_010_101_101,
        'y' => 0b101_101_010_010_010,
        'z' => 0b111_001_010_100_111,
        '0' => 0b111_101_101_101_111,
        '1' => 0b010_110_010_010_111,
        '2' => 0b110_001_010_100_111,
        '3' => 0b110_001_010_001_110,
        '4' => 0b101_101_111_001_001,
        '5' => 0b111_100_110_001_110,
        '6' => 0b011_100_111_101_111,
        '7' => 0b111_001_010_010_010,
        '8' => 0b111_101_111_101_111,
        '9' => 0b111_101_111_001_110,
        '-' => 0b000_000_111_000_000,
        '@' => 0b010_101_111_100_011,
        _ => 0,
    }
}

/// Writes `text` in white at (x, y) with each font pixel drawn as `scale`×`scale`.
fn draw_text(canvas: &mut Image, text: &str, x: usize, y: usize, scale: usize) {
    let (w, h) = (canvas.width, canvas.height);
    let n = w * h;
    for (k, ch) in text.chars().enumerate() {
        let g = glyph(ch.to_ascii_lowercase());
        for row in 0..5 {
            for col in 0..3 {
                if g >> (14 - (row * 3 + col)) & 1 == 1 {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            let (px, py) = (x + (k * 4 + col) * scale + dx, y + row * scale + dy);
                            if px < w && py < h {
                                for c in 0..3 {
                                    canvas.data[c * n + py * w + px] = 255.0;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A sheet with one row per operation: its name, then the image at severities 1..=5 (and the
/// original in the first column), each cell `cell` pixels square.
pub fn contact_sheet(
    img: &Image,
    ops: &[Op],
    cell: usize,
    seed: u64,
) -> Result<Image, TransformError> {
    let label_w = 4 * 4 * 17; // room for 17 characters at scale 4
    let pad = 4;
    let (cols, rows) = (6, ops.len() + 1);
    let (w, h) = (label_w + cols * (cell + pad), rows * (cell + pad) + pad);
    let mut canvas = Image {
        width: w,
        height: h,
        data: vec![24.0; 3 * w * h],
    };
    let place =
        |canvas: &mut Image, tile: &Image, col: usize, row: usize| -> Result<(), TransformError> {
            let t = resize_bilinear(tile, cell, cell)
                .map_err(|e| TransformError::Codec(e.to_string()))?;
            let (x0, y0) = (label_w + col * (cell + pad), pad + row * (cell + pad));
            let n = canvas.width * canvas.height;
            for c in 0..3 {
                for y in 0..cell {
                    for x in 0..cell {
                        canvas.data[c * n + (y0 + y) * canvas.width + x0 + x] =
                            t.data[c * cell * cell + y * cell + x];
                    }
                }
            }
            Ok(())
        };
    draw_text(&mut canvas, "severity", 4, pad + cell / 2 - 10, 4);
    for s in 0..6 {
        let label = if s == 0 {
            "orig".to_string()
        } else {
            s.to_string()
        };
        draw_text(
            &mut canvas,
            &label,
            label_w + s * (cell + pad) + cell / 2 - 8,
            pad + cell / 2 - 10,
            4,
        );
    }
    for (r, &op) in ops.iter().enumerate() {
        let row = r + 1;
        draw_text(
            &mut canvas,
            op.name(),
            4,
            pad + row * (cell + pad) + cell / 2 - 10,
            4,
        );
        place(&mut canvas, img, 0, row)?;
        for severity in 1..=5u8 {
            let mut rng = Rng::new(seed.wrapping_add(u64::from(severity)));
            place(
                &mut canvas,
                &op.apply(img, severity, &mut rng)?,
                usize::from(severity),
                row,
            )?;
        }
    }
    Ok(canvas)
}
