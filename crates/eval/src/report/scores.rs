//! The HTML page of `swan score --report`: what was scored, the distribution of the scores
//! (normal against anomalous where the data carry labels, with the decision threshold where
//! one was set), galleries of the highest- and lowest-scored images, and the files that could
//! not be read. Self-contained like the evaluation report.

use std::fmt::Write;

use swan_data::{Label, Sample};

use super::heat::GalleryMaps;
use super::html::{gallery, page_head};
use super::svg::{escape, histogram};
use crate::{auroc, average_precision};

/// What the page shows: the scored images (with their scores, in any order), the decision
/// threshold (images scoring above it are flagged), how many images each gallery holds, and
/// the unreadable files with why.
pub struct ScoresPage<'a> {
    /// The page's title.
    pub title: &'a str,
    /// (name, value) pairs: model, data, threshold, …
    pub facts: Vec<(&'a str, String)>,
    /// The scored images with their scores.
    pub scored: Vec<(&'a Sample, f32)>,
    /// The nearest training images of each scored image as (id, distance), aligned with
    /// `scored` (empty when not asked for): the galleries' captions name the nearest.
    pub neighbours: &'a [Vec<(String, f32)>],
    /// The conformal p-value of each scored image, aligned with `scored` (empty for a model
    /// without held-out normal scores): the galleries' captions give it.
    pub p_values: &'a [f64],
    /// The decision threshold, if any: images scoring above it are flagged.
    pub threshold: Option<f32>,
    /// Images each gallery (highest, lowest scored, …) shows.
    pub gallery_size: usize,
    /// The files that could not be read, as (id, why).
    pub skipped: &'a [(String, String)],
    /// Patch-score maps by position in `scored` (`swan score --maps`): the galleries show each
    /// image with its map over it.
    pub maps: Option<GalleryMaps>,
    /// The maps against the images' ground-truth masks, when they have some.
    pub pixel: Option<&'a crate::metrics::PixelMetrics>,
}

impl ScoresPage<'_> {
    /// The page as one self-contained HTML document.
    pub fn render(&self) -> String {
        let mut h = page_head(self.title);
        h += r#"<div class="facts">"#;
        for (k, v) in &self.facts {
            let _ = write!(h, "<span><b>{}</b> {}</span>", escape(k), escape(v));
        }
        h += "</div>";

        let scores: Vec<f32> = self.scored.iter().map(|(_, s)| *s).collect();
        let mut sorted = scores.clone();
        sorted.sort_by(f32::total_cmp);
        let _ = write!(
            h,
            r#"<div class="headline"><b>{}</b> images scored"#,
            scores.len()
        );
        if let (Some(lo), Some(hi)) = (sorted.first(), sorted.last()) {
            let _ = write!(
                h,
                " &nbsp; scores {lo:.4} … {hi:.4}, median {:.4}",
                sorted[sorted.len() / 2]
            );
        }
        if let Some(t) = self.threshold {
            let flagged = scores.iter().filter(|&&s| s > t).count();
            let _ = write!(
                h,
                " &nbsp; <b>{flagged}</b> flagged anomalous (score above {t:.4})"
            );
        }
        // Labelled data (a test folder with normal and anomalous images): how well the
        // scores separate them.
        let labelled: Vec<(f32, bool)> = self
            .scored
            .iter()
            .filter(|(s, _)| s.label != Label::Unknown)
            .map(|(s, v)| (*v, s.label == Label::Anomaly))
            .collect();
        let (ls, la): (Vec<f32>, Vec<bool>) = labelled.iter().copied().unzip();
        if let (Ok(roc), Ok(ap)) = (auroc(&ls, &la), average_precision(&ls, &la)) {
            let _ = write!(
                h,
                " &nbsp; on the {} labelled images: AUROC <b>{:.2}</b>, AP <b>{:.2}</b>",
                ls.len(),
                100.0 * roc,
                100.0 * ap
            );
        }
        if let Some(p) = self.pixel {
            let _ = write!(
                h,
                " &nbsp; maps against {} ground-truth masks: pixel AUROC <b>{:.2}</b>{}",
                p.with_masks,
                p.auroc,
                p.aupro
                    .map_or(String::new(), |a| format!(", AUPRO <b>{a:.2}</b>"))
            );
        }
        h += "</div>";

        let pick = |label: Label| -> Vec<f32> {
            self.scored
                .iter()
                .filter(|(s, _)| s.label == label)
                .map(|(_, v)| *v)
                .collect()
        };
        let mut groups: Vec<(&str, &str, Vec<f32>)> = vec![
            ("normal", "#2ca02c", pick(Label::Normal)),
            ("anomalous", "#d62728", pick(Label::Anomaly)),
            ("unlabelled", "#1f77b4", pick(Label::Unknown)),
        ];
        groups.retain(|(_, _, v)| !v.is_empty());
        if !groups.is_empty() {
            h += "<h2>Scores</h2><div class=\"charts\">";
            h += &histogram(&groups, 40, self.threshold);
            if let Some(p) = self.pixel {
                h += &super::html::pixel_chart(&p.curves, "#1f77b4");
            }
            h += "</div>";
        }

        let mut order: Vec<usize> = (0..self.scored.len()).collect();
        order.sort_by(|&a, &b| self.scored[b].1.total_cmp(&self.scored[a].1));
        let n = self.gallery_size;
        let at = |j: &usize| {
            let (sample, score) = self.scored[*j];
            let nearest = self.neighbours.get(*j).and_then(|n| n.first());
            let p = self.p_values.get(*j).map(|p| format!("p-value {p:.4}"));
            let nearest = nearest.map(|(id, d)| format!("nearest normal {id} ({d:.4})"));
            let note = [p, nearest]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            let picture = self.maps.as_ref().and_then(|m| m.picture(*j, sample));
            (sample, score, note, picture)
        };
        if let Some(m) = &self.maps {
            let _ = write!(
                h,
                "<p>Each image shows {} over it ({}×{} patches), coloured from 0 (none) to \
                 {:.4} (the run's largest), so that colours compare across images.</p>",
                escape(&m.what),
                m.shape[0],
                m.shape[1],
                m.scale
            );
        }
        gallery(
            &mut h,
            &format!("Highest scores (the {} most anomalous)", n.min(order.len())),
            order.iter().take(n).map(at),
        );
        gallery(
            &mut h,
            &format!("Lowest scores (the {} most normal)", n.min(order.len())),
            order.iter().rev().take(n).map(at),
        );

        if !self.skipped.is_empty() {
            let _ = write!(
                h,
                "<h2>Not scored: {} file(s) could not be read</h2><table><tr><th>image</th><th>why</th></tr>",
                self.skipped.len()
            );
            for (id, why) in self.skipped {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td style=\"text-align:left\">{}</td></tr>",
                    escape(id),
                    escape(why)
                );
            }
            h += "</table>";
        }
        h += "</body></html>";
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use swan_data::{ImageRef, Sample};

    fn sample(id: &str, label: Label) -> Sample {
        Sample {
            id: id.into(),
            image: ImageRef::File(format!("/nonexistent/{id}").into()),
            class: None,
            label,
            split: None,
            attributes: Default::default(),
        }
    }

    #[test]
    fn the_page_orders_galleries_by_score_and_counts_what_was_flagged() {
        let samples: Vec<Sample> = (0..6)
            .map(|i| {
                let label = if i < 3 { Label::Normal } else { Label::Anomaly };
                sample(&format!("img{i}.png"), label)
            })
            .collect();
        let scores = [0.1, 0.5, 0.2, 0.9, 0.4, 0.8];
        let skipped = vec![("bad.png".to_string(), "unexpected end of file".to_string())];
        // Each image's nearest training image, named in its caption.
        let neighbours: Vec<Vec<(String, f32)>> = (0..6)
            .map(|i| vec![(format!("train{i}.png"), 0.5 * i as f32)])
            .collect();
        let page = ScoresPage {
            title: "swan score <model>",
            facts: vec![("method", "dn2".into())],
            scored: samples.iter().zip(scores).collect(),
            neighbours: &neighbours,
            p_values: &[0.9, 0.3, 0.6, 0.0625, 0.4, 0.125],
            threshold: Some(0.45),
            gallery_size: 2,
            skipped: &skipped,
            maps: None,
            pixel: None,
        };
        let h = page.render();
        assert!(h.contains("swan score &lt;model&gt;"), "title escaped");
        assert!(h.contains("<b>6</b> images scored"));
        assert!(
            h.contains("<b>3</b> flagged anomalous"),
            "0.5, 0.9, 0.8 > 0.45"
        );
        // Labelled images: one anomaly (0.4) below one normal (0.5): AUROC 8/9.
        assert!(h.contains("AUROC <b>88.89</b>"), "{h}");
        let top = h.find("Highest scores").unwrap();
        let low = h.find("Lowest scores").unwrap();
        let first = |id: &str| h.find(&format!("alt=\"{id}\"")).unwrap();
        assert!(top < first("img3.png") && first("img3.png") < first("img5.png"));
        assert!(first("img5.png") < low, "the top gallery holds two images");
        assert!(low < first("img0.png") && first("img0.png") < first("img2.png"));
        assert!(
            !h.contains("alt=\"img4.png\""),
            "neither the top two nor the bottom two"
        );
        assert!(h.contains("1 file(s) could not be read") && h.contains("bad.png"));
        assert!(
            h.contains("p-value 0.0625, nearest normal train3.png (1.5000)"),
            "{h}"
        );
    }

    #[test]
    fn unlabelled_data_get_no_metric_and_one_histogram_group() {
        let samples = [
            sample("a.png", Label::Unknown),
            sample("b.png", Label::Unknown),
        ];
        let page = ScoresPage {
            title: "t",
            facts: Vec::new(),
            scored: samples.iter().zip([1.0, 2.0]).collect(),
            neighbours: &[],
            p_values: &[],
            threshold: None,
            gallery_size: 8,
            skipped: &[],
            maps: None,
            pixel: None,
        };
        let h = page.render();
        assert!(!h.contains("AUROC") && !h.contains("flagged"));
        assert!(h.contains("unlabelled") && !h.contains(">normal<"));
        assert!(!h.contains("could not be read") && !h.contains("nearest normal"));
        assert!(!h.contains("class=\"heat\""));
    }

    #[test]
    fn with_maps_the_galleries_show_each_image_under_its_own_map() {
        let dir = std::env::temp_dir().join(format!("swan-heat-page-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let png = swan_data::Image::from_planar(8, 8, vec![128.0; 3 * 64])
            .unwrap()
            .to_png_thumbnail(8)
            .unwrap();
        let path = dir.join("a.png");
        std::fs::write(&path, png).unwrap();
        let readable = Sample {
            image: ImageRef::File(path),
            ..sample("a.png", Label::Unknown)
        };
        // The second image cannot be read: it keeps its caption, without a picture.
        let samples = [readable, sample("gone.png", Label::Unknown)];
        let values = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0];
        let pixel = crate::metrics::PixelMetrics {
            auroc: 78.375,
            aupro: Some(41.84),
            pro_fpr_limit: Some(0.3),
            regions: 1,
            images: 2,
            with_masks: 1,
            grid: 64,
            unread_masks: Vec::new(),
            curves: crate::metrics::PixelCurves {
                roc: vec![(0.0, 0.0), (0.5, 0.9), (1.0, 1.0)],
                pro: vec![(0.0, 0.0), (0.5, 0.8), (1.0, 1.0)],
            },
        };
        let page = ScoresPage {
            title: "t",
            facts: Vec::new(),
            scored: samples.iter().zip([2.0, 1.0]).collect(),
            neighbours: &[],
            p_values: &[],
            threshold: None,
            gallery_size: 8,
            skipped: &[],
            maps: Some(GalleryMaps {
                what: "the heads' patch scores".into(),
                shape: [2, 2],
                scale: 2.0,
                maps: vec![(0, values[..4].to_vec()), (1, values[4..].to_vec())],
            }),
            pixel: Some(&pixel),
        };
        let h = page.render();
        assert!(
            h.contains(
                "maps against 1 ground-truth masks: pixel AUROC <b>78.38</b>, AUPRO <b>41.84</b>"
            ),
            "{h}"
        );
        assert!(h.contains("AUPRO limit"), "the pixel ROC and PRO chart");
        std::fs::remove_dir_all(&dir).ok();
        assert!(h.contains("the heads&#39; patch scores") || h.contains("the heads' patch scores"));
        assert!(
            h.contains("(2×2 patches)") && h.contains("to 2.0000"),
            "{h}"
        );
        // Two galleries (highest, lowest), each with the readable image as an overlay.
        assert_eq!(
            h.matches("<figure class=\"heat\"><img alt=\"a.png\" src=\"data:image/png")
                .count(),
            2
        );
        assert_eq!(
            h.matches("<figure><img alt=\"gone.png\" src=\"\"").count(),
            2
        );
    }
}
