//! The HTML page of `swan audit transforms`: per class, how far every candidate transform moves
//! the class's embeddings (Wasserstein-1), which transforms a KE-style policy would take as
//! positives (nearest) and negatives (farthest), a class × transform heat map, and example
//! images under the nearest and farthest transforms.

use std::fmt::Write;

use super::html::{base64, page_head};
use super::svg::escape;

/// One class of the audit.
pub struct AuditClass {
    /// The class's name.
    pub class: String,
    /// Images of the class the distances were measured on.
    pub n_images: usize,
    /// `(transform, distance)`, ascending.
    pub distances: Vec<(String, f64)>,
    /// The transforms judged meaning-preserving (the nearest).
    pub positives: Vec<String>,
    /// The transforms judged meaning-changing (the farthest).
    pub negatives: Vec<String>,
    /// Example images: `(caption, PNG bytes)` — an original, then its views.
    pub strip: Vec<(String, Vec<u8>)>,
}

/// Colour of `t` in [0, 1] on a white → dark blue ramp.
fn ramp(t: f64) -> String {
    let t = t.clamp(0.0, 1.0);
    let lerp = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        lerp(247.0, 8.0),
        lerp(251.0, 48.0),
        lerp(255.0, 107.0)
    )
}

/// The class × transform heat map as inline SVG (columns in `bank` order).
pub fn heat_map(classes: &[AuditClass], bank: &[String]) -> String {
    let (cw, ch, left, top) = (64.0, 26.0, 120.0, 92.0);
    let max = classes
        .iter()
        .flat_map(|c| c.distances.iter().map(|d| d.1))
        .fold(0.0f64, f64::max)
        .max(1e-12);
    let w = left + cw * bank.len() as f64 + 10.0;
    let h = top + ch * classes.len() as f64 + 10.0;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="11">"#
    );
    for (j, t) in bank.iter().enumerate() {
        let x = left + cw * (j as f64 + 0.5);
        let _ = write!(
            s,
            r#"<text x="{x}" y="{}" transform="rotate(-45 {x} {})" text-anchor="start">{}</text>"#,
            top - 6.0,
            top - 6.0,
            escape(t)
        );
    }
    for (i, c) in classes.iter().enumerate() {
        let y = top + ch * i as f64;
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            left - 6.0,
            y + ch * 0.65,
            escape(&c.class)
        );
        for (j, t) in bank.iter().enumerate() {
            let x = left + cw * j as f64;
            let Some(&(_, d)) = c.distances.iter().find(|(n, _)| n == t) else {
                continue;
            };
            let v = d / max;
            let stroke = if c.positives.contains(t) {
                r##" stroke="#2ca02c" stroke-width="3""##
            } else if c.negatives.contains(t) {
                r##" stroke="#d62728" stroke-width="3""##
            } else {
                ""
            };
            let _ = write!(
                s,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"{stroke}><title>{} / {}: {d:.4}</title></rect><text x="{}" y="{}" text-anchor="middle" fill="{}">{d:.3}</text>"#,
                x + 1.5,
                y + 1.5,
                cw - 3.0,
                ch - 3.0,
                ramp(v),
                escape(&c.class),
                escape(t),
                x + cw / 2.0,
                y + ch * 0.65,
                if v > 0.55 { "#fff" } else { "#222" }
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// The whole page.
pub fn render(
    title: &str,
    facts: &[(&str, String)],
    classes: &[AuditClass],
    bank: &[String],
) -> String {
    let mut h = page_head(title);
    h += r#"<div class="facts">"#;
    for (k, v) in facts {
        let _ = write!(h, "<span><b>{}</b> {}</span>", escape(k), escape(v));
    }
    h += "</div>";
    h += "<p>Wasserstein-1 distance between the embeddings of each class's images and of the \
          same images under each transform (severity 1). Near = the encoder sees the transform \
          as meaning-preserving for this class; far = meaning-changing. Green: positives \
          (nearest), red: negatives (farthest).</p>";
    h += "<h2>Class × transform</h2>";
    h += &heat_map(classes, bank);
    h += "<h2>Per class</h2>";
    for c in classes {
        let _ = write!(
            h,
            "<details open><summary>{} — {} images; positives {}; negatives {}</summary>",
            escape(&c.class),
            c.n_images,
            escape(&c.positives.join(", ")),
            escape(&c.negatives.join(", "))
        );
        h += "<table><tr><th>rank</th><th>transform</th><th>distance</th></tr>";
        for (r, (t, d)) in c.distances.iter().enumerate() {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{d:.5}</td></tr>",
                r + 1,
                escape(t)
            );
        }
        h += "</table><div class=\"gallery\">";
        for (caption, png) in &c.strip {
            let _ = write!(
                h,
                r#"<figure><img alt="{c}" src="data:image/png;base64,{}"><figcaption>{c}</figcaption></figure>"#,
                base64(png),
                c = escape(caption)
            );
        }
        h += "</div></details>";
    }
    h += "</body></html>";
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_map_marks_positives_and_negatives() {
        let c = AuditClass {
            class: "shoe".into(),
            n_images: 3,
            distances: vec![("hflip".into(), 0.01), ("rot90".into(), 0.2)],
            positives: vec!["hflip".into()],
            negatives: vec!["rot90".into()],
            strip: vec![("original".into(), vec![1, 2, 3])],
        };
        let bank = ["hflip".to_string(), "rot90".to_string()];
        let svg = heat_map(std::slice::from_ref(&c), &bank);
        assert!(svg.contains("#2ca02c") && svg.contains("#d62728"), "{svg}");
        assert!(svg.contains("0.200"));
        let page = render("audit", &[("data", "x".into())], &[c], &bank);
        assert!(page.contains("data:image/png;base64,AQID") && page.contains("shoe"));
    }
}
