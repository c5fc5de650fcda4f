//! The self-contained HTML report of an evaluation: summary table, ROC and PR curves, score
//! histograms (normal vs anomalous, and NAGAD pseudo-anomalies), and galleries of the
//! highest-scored anomalies, the worst false alarms and the missed anomalies. Images are
//! embedded as base64 PNG thumbnails and charts as inline SVG; no network access is needed.

use std::fmt::Write;

use swan_data::Sample;

use super::svg::{Series, escape, histogram, line_chart};
use super::{MeanResult, SplitResult};
use crate::{pr_curve, roc_curve};

/// The scored test set of one split, for the report.
pub struct SplitScores<'a> {
    /// The split's metrics.
    pub result: &'a SplitResult,
    /// Sample indices of the scored test images, with their scores.
    pub test: Vec<usize>,
    /// Their scores.
    pub scores: Vec<f32>,
    /// Which of them are anomalies.
    pub anomalous: Vec<bool>,
    /// NAGAD pseudo-anomalies (empty otherwise).
    pub pseudo: Vec<bool>,
    /// The nearest training image (id, distance) of gallery images, by their position in
    /// `scores` (methods whose score is a distance to training images; empty otherwise).
    pub nearest: Vec<(usize, String, f32)>,
    /// The patch maps of gallery images (DRA, DevNet), drawn over them.
    pub maps: Option<super::heat::GalleryMaps>,
    /// The maps' pixel ROC and PRO curves against ground-truth masks, when there were masks.
    pub pixel_curves: Option<crate::metrics::PixelCurves>,
}

const PALETTE: [&str; 10] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
];
const GALLERY: usize = 8;

/// The document head (styles) and the title of a report page.
pub(crate) fn page_head(title: &str) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t}</title><style>
body{{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:24px auto;max-width:1180px;color:#222;background:#fafafa}}
h1{{font-size:22px;margin:0 0 6px}} h2{{font-size:17px;margin:26px 0 8px}} h3{{font-size:14px;margin:14px 0 6px;color:#444}}
.facts{{color:#555;font-size:13px;margin-bottom:14px}} .facts span{{margin-right:16px}}
.headline{{font-size:15px;margin:10px 0 18px}} .headline b{{font-size:20px}}
table{{border-collapse:collapse;font-size:13px;background:#fff}} th,td{{padding:4px 10px;border-bottom:1px solid #e4e4e4;text-align:right}}
th:first-child,td:first-child{{text-align:left}} tr.mean td{{font-weight:600;border-top:2px solid #999}}
.charts{{display:flex;flex-wrap:wrap;gap:10px}} .chart{{width:300px;height:240px;background:#fff;border:1px solid #e4e4e4}}
details{{background:#fff;border:1px solid #e4e4e4;border-radius:6px;padding:8px 12px;margin:10px 0}} summary{{cursor:pointer;font-weight:600}}
.gallery{{display:flex;flex-wrap:wrap;gap:8px}} figure{{margin:0;text-align:center;font-size:11px;width:84px}}
figure img{{width:72px;height:72px;image-rendering:pixelated;border:1px solid #ccc;background:#000}} figcaption{{word-break:break-all;color:#555}}
figure.heat{{width:156px}} figure.heat img{{width:144px;height:auto;image-rendering:auto}}
</style></head><body><h1>{t}</h1>"#,
        t = escape(title)
    );
    h
}

/// The pixel ROC and PRO curves of anomaly maps against ground-truth masks in one chart, with
/// the false-positive rate up to which the AUPRO integrates (empty without curves).
pub(crate) fn pixel_chart(c: &crate::metrics::PixelCurves, colour: &str) -> String {
    if c.roc.is_empty() {
        return String::new();
    }
    let limit = crate::metrics::PRO_FPR_LIMIT;
    line_chart(
        &[
            Series {
                name: "pixel ROC",
                colour,
                points: c.roc.clone(),
            },
            Series {
                name: "PRO",
                colour: "#555",
                points: c.pro.clone(),
            },
            Series {
                name: "AUPRO limit",
                colour: "#bbb",
                points: vec![(limit, 0.0), (limit, 1.0)],
            },
        ],
        "false-positive rate (pixels)",
        "true-positive rate / per-region overlap",
        true,
    )
}

/// Header facts shown at the top of the report.
pub struct ReportInfo<'a> {
    /// The page's title.
    pub title: &'a str,
    /// (name, value) pairs: method, data, protocol, seed, …
    pub facts: Vec<(&'a str, String)>,
}

/// The evaluation report as one self-contained HTML page: the facts, the mean and per-split
/// metrics, ROC and PR curves, score histograms and galleries of the highest- and
/// lowest-scored images of each split.
pub fn render(
    info: &ReportInfo<'_>,
    splits: &[SplitScores<'_>],
    mean: &MeanResult,
    samples: &[Sample],
) -> String {
    let mut h = page_head(info.title);
    h += r#"<div class="facts">"#;
    for (k, v) in &info.facts {
        let _ = write!(h, "<span><b>{}</b> {}</span>", escape(k), escape(v));
    }
    h += "</div>";
    let _ = write!(
        h,
        r#"<div class="headline">mean AUROC <b>{:.2}</b> &nbsp; mean AP <b>{:.2}</b>"#,
        100.0 * mean.auroc,
        100.0 * mean.ap
    );
    if let (Some(ad), Some(pa), Some(ra)) = (mean.ad, mean.pa, mean.ra) {
        let _ = write!(
            h,
            " &nbsp; AD <b>{:.2}</b> &nbsp; PA <b>{:.2}</b> (lower is better) &nbsp; RA <b>{:.2}</b>",
            100.0 * ad,
            100.0 * pa,
            100.0 * ra
        );
    }
    if let (Some(auroc), Some(ap)) = (mean.seen_auroc, mean.seen_ap) {
        let _ = write!(
            h,
            " (unseen anomaly classes) &nbsp; seen class AUROC <b>{:.2}</b> &nbsp; AP <b>{:.2}</b>",
            100.0 * auroc,
            100.0 * ap
        );
    }
    if let Some(p) = mean.pixel_auroc {
        let _ = write!(
            h,
            " &nbsp; pixel AUROC <b>{:.2}</b>{} (maps against ground-truth masks)",
            100.0 * p,
            mean.pixel_aupro.map_or(String::new(), |a| format!(
                " &nbsp; AUPRO <b>{:.2}</b>",
                100.0 * a
            ))
        );
    }
    if let (Some(fpr), Some(tpr)) = (mean.calibrated_fpr, mean.calibrated_tpr) {
        let alpha = splits
            .iter()
            .find_map(|s| s.result.calibrated)
            .map_or(String::new(), |c| c.alpha.to_string());
        let pseudo = mean.calibrated_pseudo.map_or(String::new(), |p| {
            format!(" &nbsp; pseudo-anomalies <b>{:.2}</b>", 100.0 * p)
        });
        let _ = write!(
            h,
            " &nbsp; at p ≤ {alpha} (held-out training normals): false positives <b>{:.2}</b> \
             &nbsp; detections <b>{:.2}</b>{pseudo}",
            100.0 * fpr,
            100.0 * tpr
        );
    }
    h += "</div>";

    // Summary table
    let nagad = mean.ad.is_some();
    let seen = mean.seen_auroc.is_some();
    h += "<table><tr><th>split</th><th>train</th><th>test</th><th>anomalous</th><th>AUROC</th><th>AP</th>";
    if nagad {
        h += "<th>AD</th><th>PA</th><th>RA</th>";
    }
    if seen {
        h += "<th>seen class</th><th>seen AUROC</th><th>seen AP</th>";
    }
    let by_class = splits.iter().any(|s| !s.result.by_class.is_empty());
    if by_class {
        h += r#"<th title="each anomaly class against the normal test images">hardest anomaly class (AUROC)</th>"#;
    }
    h += "</tr>";
    let pct = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{:.2}", 100.0 * v));
    for s in splits {
        let r = s.result;
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}{}</td><td>{:.2}</td>",
            escape(&r.name),
            r.n_train,
            r.n_test,
            r.n_anomalous,
            100.0 * r.auroc,
            r.auroc_ci95.map_or(String::new(), |ci| format!(
                r#" <small title="95 % confidence interval (DeLong)">({})</small>"#,
                super::ci_percent(ci)
            )),
            100.0 * r.ap
        );
        if nagad {
            let _ = write!(
                h,
                "<td>{}</td><td>{}</td><td>{}</td>",
                pct(r.ad),
                pct(r.pa),
                pct(r.ra)
            );
        }
        if seen {
            let _ = write!(
                h,
                "<td>{}</td><td>{}</td><td>{}</td>",
                escape(r.seen_class.as_deref().unwrap_or("–")),
                pct(r.seen_auroc),
                pct(r.seen_ap)
            );
        }
        if by_class {
            // The hardest class in the cell, every class (hardest first) on hovering it.
            let all: Vec<String> = r
                .by_class
                .iter()
                .map(|c| format!("{} {:.2}", c.class, 100.0 * c.auroc))
                .collect();
            let hardest = r
                .by_class
                .first()
                .map_or("–".to_string(), super::ClassResult::short);
            let _ = write!(
                h,
                r#"<td title="{}">{}</td>"#,
                escape(&all.join(", ")),
                escape(&hardest)
            );
        }
        h += "</tr>";
    }
    let _ = write!(
        h,
        r#"<tr class="mean"><td>mean</td><td></td><td></td><td></td><td>{:.2}</td><td>{:.2}</td>"#,
        100.0 * mean.auroc,
        100.0 * mean.ap
    );
    if nagad {
        let _ = write!(
            h,
            "<td>{}</td><td>{}</td><td>{}</td>",
            pct(mean.ad),
            pct(mean.pa),
            pct(mean.ra)
        );
    }
    if seen {
        let _ = write!(
            h,
            "<td></td><td>{}</td><td>{}</td>",
            pct(mean.seen_auroc),
            pct(mean.seen_ap)
        );
    }
    if by_class {
        h += "<td></td>";
    }
    h += "</tr></table>";

    // All ROC curves together
    let rocs: Vec<Series<'_>> = splits
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let pts = roc_curve(&s.scores, &s.anomalous).ok()?;
            Some(Series {
                name: &s.result.name,
                colour: PALETTE[i % PALETTE.len()],
                points: pts.iter().map(|p| (p.fpr, p.tpr)).collect(),
            })
        })
        .collect();
    h += "<h2>ROC curves</h2><div class=\"charts\">";
    h += &line_chart(&rocs, "false-positive rate", "true-positive rate", true);
    h += "</div>";

    // Per split
    h += "<h2>Splits</h2>";
    for (i, s) in splits.iter().enumerate() {
        let _ = write!(
            h,
            "<details{}><summary>{} — AUROC {:.2}, AP {:.2}{}</summary>",
            if i == 0 { " open" } else { "" },
            escape(&s.result.name),
            100.0 * s.result.auroc,
            100.0 * s.result.ap,
            s.result
                .pixel_auroc
                .map_or(String::new(), |p| format!(", pixel AUROC {:.2}", 100.0 * p))
                + &s.result
                    .pixel_aupro
                    .map_or(String::new(), |p| format!(", AUPRO {:.2}", 100.0 * p))
        );
        h += "<div class=\"charts\">";
        let colour = PALETTE[i % PALETTE.len()];
        if let Ok(pts) = roc_curve(&s.scores, &s.anomalous) {
            h += &line_chart(
                &[Series {
                    name: "ROC",
                    colour,
                    points: pts.iter().map(|p| (p.fpr, p.tpr)).collect(),
                }],
                "false-positive rate",
                "true-positive rate",
                true,
            );
        }
        if let Ok(pts) = pr_curve(&s.scores, &s.anomalous) {
            h += &line_chart(
                &[Series {
                    name: "PR",
                    colour,
                    points: pts.iter().map(|p| (p.recall, p.precision)).collect(),
                }],
                "recall",
                "precision",
                false,
            );
        }
        if let Some(c) = &s.pixel_curves {
            h += &pixel_chart(c, colour);
        }
        let pick = |f: &dyn Fn(usize) -> bool| -> Vec<f32> {
            (0..s.scores.len())
                .filter(|&j| f(j))
                .map(|j| s.scores[j])
                .collect()
        };
        let is_pseudo = |j: usize| s.pseudo.get(j).copied().unwrap_or(false);
        let mut groups = vec![
            (
                "normal",
                "#2ca02c",
                pick(&|j| !s.anomalous[j] && !is_pseudo(j)),
            ),
            ("anomalous", "#d62728", pick(&|j| s.anomalous[j])),
        ];
        if s.pseudo.iter().any(|&p| p) {
            groups.push(("pseudo-anomaly", "#ff7f0e", pick(&|j| is_pseudo(j))));
        }
        h += &histogram(&groups, 40, None);
        h += "</div>";

        let nearest = |j: usize| {
            s.nearest
                .iter()
                .find(|(at, ..)| *at == j)
                .map_or(String::new(), |(_, id, d)| {
                    format!("nearest normal {id} ({d:.4})")
                })
        };
        if let Some(m) = &s.maps {
            let _ = write!(
                h,
                "<p>The images show {} over them ({}×{} patches), coloured from 0 (none) to \
                 {:.4} (the largest among them).</p>",
                escape(&m.what),
                m.shape[0],
                m.shape[1],
                m.scale
            );
        }
        for (title, rows) in galleries(&s.scores, &s.anomalous, &s.pseudo) {
            gallery(
                &mut h,
                title,
                rows.into_iter().map(|j| {
                    let sample = &samples[s.test[j]];
                    let picture = s.maps.as_ref().and_then(|m| m.picture(j, sample));
                    (sample, s.scores[j], nearest(j), picture)
                }),
            );
        }
        h += "</details>";
    }
    h += "</body></html>";
    h
}

/// The report's galleries of one split, as (title, positions in `scores`): the highest-scored
/// anomalies, the worst false alarms, the missed anomalies and, for NAGAD, the worst
/// pseudo-anomaly false alarms, up to eight images each.
pub fn galleries(
    scores: &[f32],
    anomalous: &[bool],
    pseudo: &[bool],
) -> Vec<(&'static str, Vec<usize>)> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let take = |rows: &mut dyn Iterator<Item = usize>| rows.take(GALLERY).collect::<Vec<_>>();
    let top_anomalies = take(&mut order.iter().copied().filter(|&j| anomalous[j]));
    let false_alarms = take(&mut order.iter().copied().filter(|&j| !anomalous[j]));
    let missed = take(&mut order.iter().rev().copied().filter(|&j| anomalous[j]));
    let pseudo_alarms = take(
        &mut order
            .iter()
            .copied()
            .filter(|&j| pseudo.get(j).copied().unwrap_or(false)),
    );
    let mut out = vec![
        ("Highest-scored anomalies", top_anomalies),
        (
            "Worst false alarms (normals with the highest scores)",
            false_alarms,
        ),
        ("Missed anomalies (lowest-scored anomalies)", missed),
    ];
    if !pseudo_alarms.is_empty() {
        out.push((
            "Worst pseudo-anomaly false alarms (normal content in unseen nuisance combinations, highest scores)",
            pseudo_alarms,
        ));
    }
    out
}

/// A titled row of thumbnails (72 px PNG, embedded) captioned with the image's id, its class,
/// its score and a note (empty for none); an image that cannot be read keeps its caption
/// without a picture. A picture given with the item (a heat-map overlay) is shown in place of
/// the image, 144 px.
pub(crate) fn gallery<'a>(
    h: &mut String,
    title: &str,
    items: impl IntoIterator<Item = (&'a Sample, f32, String, Option<swan_data::Image>)>,
) {
    let _ = write!(h, "<h3>{}</h3><div class=\"gallery\">", escape(title));
    for (sample, score, note, picture) in items {
        let class = if picture.is_some() {
            " class=\"heat\""
        } else {
            ""
        };
        let img = match picture {
            Some(p) => p.to_png_thumbnail(144).ok(),
            None => sample
                .load()
                .ok()
                .and_then(|im| im.to_png_thumbnail(72).ok()),
        };
        let src = img.map_or(String::new(), |png| {
            format!("data:image/png;base64,{}", base64(&png))
        });
        let label = sample
            .class
            .as_deref()
            .map_or(String::new(), |c| format!(" [{c}]"));
        let _ = write!(
            h,
            r#"<figure{class}><img alt="{id}" src="{src}"><figcaption>{id}{label}<br>{score:.4}{note}</figcaption></figure>"#,
            id = escape(&sample.id),
            label = escape(&label),
            note = if note.is_empty() {
                String::new()
            } else {
                format!("<br><small>{}</small>", escape(&note))
            },
        );
    }
    *h += "</div>";
}

/// Standard base64 (RFC 4648) with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }
}
