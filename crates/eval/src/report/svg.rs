//! Minimal SVG charts for the HTML report: line charts (ROC, PR) and overlaid histograms.
//! Drawn by hand so the report needs nothing but a browser.

use std::fmt::Write;

const W: f64 = 300.0;
const H: f64 = 240.0;
const PAD_L: f64 = 42.0;
const PAD_B: f64 = 34.0;
const PAD_T: f64 = 10.0;
const PAD_R: f64 = 10.0;

/// A named series of (x, y) points with a colour.
pub struct Series<'a> {
    pub name: &'a str,
    pub colour: &'a str,
    pub points: Vec<(f64, f64)>,
}

fn frame(out: &mut String, x_label: &str, y_label: &str, x_range: (f64, f64), y_range: (f64, f64)) {
    let (pw, ph) = (W - PAD_L - PAD_R, H - PAD_T - PAD_B);
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" class="chart">"##
    );
    let _ = write!(
        out,
        r##"<rect x="{PAD_L}" y="{PAD_T}" width="{pw}" height="{ph}" fill="#fff" stroke="#bbb"/>"##
    );
    for i in 0..=4 {
        let f = f64::from(i) / 4.0;
        let (x, y) = (PAD_L + f * pw, PAD_T + ph - f * ph);
        let xv = x_range.0 + f * (x_range.1 - x_range.0);
        let yv = y_range.0 + f * (y_range.1 - y_range.0);
        let _ = write!(
            out,
            r##"<line x1="{x}" y1="{PAD_T}" x2="{x}" y2="{}" stroke="#eee"/><line x1="{PAD_L}" y1="{y}" x2="{}" y2="{y}" stroke="#eee"/><text x="{x}" y="{}" font-size="9" text-anchor="middle">{}</text><text x="{}" y="{}" font-size="9" text-anchor="end">{}</text>"##,
            PAD_T + ph,
            PAD_L + pw,
            H - PAD_B + 12.0,
            tick(xv),
            PAD_L - 4.0,
            y + 3.0,
            tick(yv)
        );
    }
    let _ = write!(
        out,
        r##"<text x="{}" y="{}" font-size="10" text-anchor="middle">{x_label}</text><text x="10" y="{}" font-size="10" text-anchor="middle" transform="rotate(-90 10 {})">{y_label}</text>"##,
        PAD_L + pw / 2.0,
        H - 6.0,
        PAD_T + ph / 2.0,
        PAD_T + ph / 2.0
    );
}

fn tick(v: f64) -> String {
    if v.abs() >= 100.0 {
        format!("{v:.0}")
    } else if v.abs() >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn to_px(x: f64, y: f64, xr: (f64, f64), yr: (f64, f64)) -> (f64, f64) {
    let (pw, ph) = (W - PAD_L - PAD_R, H - PAD_T - PAD_B);
    let fx = if xr.1 > xr.0 {
        (x - xr.0) / (xr.1 - xr.0)
    } else {
        0.5
    };
    let fy = if yr.1 > yr.0 {
        (y - yr.0) / (yr.1 - yr.0)
    } else {
        0.5
    };
    (PAD_L + fx * pw, PAD_T + ph - fy * ph)
}

/// A legend in the top-right corner, or the bottom-right one (ROC curves leave it free).
fn legend(out: &mut String, names: &[(&str, &str)], bottom: bool) {
    let top = if bottom {
        H - PAD_B - 6.0 - 12.0 * names.len() as f64
    } else {
        PAD_T
    };
    for (i, (name, colour)) in names.iter().enumerate() {
        let y = top + 12.0 + 12.0 * i as f64;
        let x = W - PAD_R - 100.0;
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{}" width="9" height="9" fill="{colour}"/><text x="{}" y="{}" font-size="9">{}</text>"##,
            y - 8.0,
            x + 13.0,
            y,
            escape(name)
        );
    }
}

/// A line chart on the unit square (ROC, PR), with an optional diagonal.
pub fn line_chart(series: &[Series<'_>], x_label: &str, y_label: &str, diagonal: bool) -> String {
    let mut out = String::new();
    let r = (0.0, 1.0);
    frame(&mut out, x_label, y_label, r, r);
    if diagonal {
        let (a, b) = (to_px(0.0, 0.0, r, r), to_px(1.0, 1.0, r, r));
        let _ = write!(
            out,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#999" stroke-dasharray="4 3"/>"##,
            a.0, a.1, b.0, b.1
        );
    }
    for s in series {
        let pts: Vec<String> = thin(&s.points, 400)
            .iter()
            .map(|&(x, y)| {
                let (px, py) = to_px(x, y, r, r);
                format!("{px:.1},{py:.1}")
            })
            .collect();
        let _ = write!(
            out,
            r##"<polyline fill="none" stroke="{}" stroke-width="1.6" points="{}"/>"##,
            s.colour,
            pts.join(" ")
        );
    }
    if series.len() > 1 && series.len() <= 10 {
        let names: Vec<(&str, &str)> = series.iter().map(|s| (s.name, s.colour)).collect();
        legend(&mut out, &names, diagonal);
    }
    out.push_str("</svg>");
    out
}

/// At most `max` points, evenly picked, first and last kept.
fn thin(points: &[(f64, f64)], max: usize) -> Vec<(f64, f64)> {
    if points.len() <= max {
        return points.to_vec();
    }
    let step = points.len() as f64 / max as f64;
    let mut out: Vec<(f64, f64)> = (0..max)
        .map(|i| points[(i as f64 * step) as usize])
        .collect();
    if let Some(&last) = points.last() {
        out.push(last);
    }
    out
}

/// Overlaid histograms of several groups of scores (each normalised to a density), with a
/// dashed vertical line at `marker` (a decision threshold).
pub fn histogram(groups: &[(&str, &str, Vec<f32>)], bins: usize, marker: Option<f32>) -> String {
    let all: Vec<f32> = groups
        .iter()
        .flat_map(|(_, _, v)| v.iter().copied())
        .collect();
    // The range takes in the marker, so a threshold below or above every score still shows.
    let range = all.iter().copied().chain(marker.filter(|m| m.is_finite()));
    let lo = range.clone().fold(f32::INFINITY, f32::min);
    let hi = range.fold(f32::NEG_INFINITY, f32::max);
    let (lo, hi) = if lo.is_finite() && hi > lo {
        (f64::from(lo), f64::from(hi))
    } else {
        (0.0, 1.0)
    };
    let width = (hi - lo) / bins as f64;
    let densities: Vec<Vec<f64>> = groups
        .iter()
        .map(|(_, _, v)| {
            let mut counts = vec![0f64; bins];
            for &s in v {
                let b = (((f64::from(s) - lo) / width) as usize).min(bins - 1);
                counts[b] += 1.0;
            }
            let total = v.len().max(1) as f64;
            counts.iter().map(|c| c / total).collect()
        })
        .collect();
    let top = densities
        .iter()
        .flatten()
        .copied()
        .fold(0.0, f64::max)
        .max(1e-9);
    let mut out = String::new();
    frame(&mut out, "score", "fraction", (lo, hi), (0.0, top));
    for ((_, colour, _), dens) in groups.iter().zip(&densities) {
        for (b, &d) in dens.iter().enumerate() {
            if d == 0.0 {
                continue;
            }
            let (x0, y0) = to_px(lo + b as f64 * width, d, (lo, hi), (0.0, top));
            let (x1, y1) = to_px(lo + (b + 1) as f64 * width, 0.0, (lo, hi), (0.0, top));
            let _ = write!(
                out,
                r##"<rect x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}" fill="{colour}" fill-opacity="0.45"/>"##,
                x1 - x0,
                y1 - y0
            );
        }
    }
    if let Some(m) = marker.map(f64::from).filter(|m| (lo..=hi).contains(m)) {
        let (x, y0) = to_px(m, top, (lo, hi), (0.0, top));
        let (_, y1) = to_px(m, 0.0, (lo, hi), (0.0, top));
        let _ = write!(
            out,
            r##"<line x1="{x:.1}" y1="{y0:.1}" x2="{x:.1}" y2="{y1:.1}" stroke="#333" stroke-dasharray="4 3"><title>threshold {m:.4}</title></line>"##
        );
    }
    let names: Vec<(&str, &str)> = groups.iter().map(|(n, c, _)| (*n, *c)).collect();
    legend(&mut out, &names, false);
    out.push_str("</svg>");
    out
}

/// HTML-escapes text.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The x pixel of the dashed marker line.
    fn marker_x(svg: &str) -> Option<f64> {
        let line = svg
            .split("<line")
            .find(|l| l.contains("stroke-dasharray"))?;
        let x = line.split("x1=\"").nth(1)?.split('"').next()?;
        x.parse().ok()
    }

    #[test]
    fn the_threshold_marker_stays_in_the_plot_even_below_every_score() {
        let groups = [("normal", "#2ca02c", vec![1.0, 2.0, 3.0])];
        assert_eq!(marker_x(&histogram(&groups, 4, None)), None);
        let mid = marker_x(&histogram(&groups, 4, Some(2.0))).unwrap();
        assert!(
            (mid - (PAD_L + (W - PAD_L - PAD_R) / 2.0)).abs() < 0.1,
            "{mid}"
        );
        // Below every score: the range grows to take it in, at the left edge.
        let low = marker_x(&histogram(&groups, 4, Some(-1.0))).unwrap();
        assert!((low - PAD_L).abs() < 0.1, "{low}");
        assert_eq!(marker_x(&histogram(&groups, 4, Some(f32::NAN))), None);
    }
}
