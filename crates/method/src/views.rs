//! Seeded transformed copies of samples, shared by the methods that train on views (KE's
//! positives and negatives, Red PANDA's augmentations).

use std::sync::Arc;

use swan_data::{ImageRef, Sample};
use swan_transform::{Chain, ChainView};

/// The transformed copy of a sample under `chain`: one seeded draw per (seed, image, chain),
/// applied when loaded, so its features are cached like those of any image.
pub fn view_sample(s: &Sample, chain: &Chain, seed: u64) -> Sample {
    let name = chain.to_string();
    let h = swan_transform::seed_for(&format!("{}\0{name}", s.id), seed);
    let mut out = s.clone();
    out.id = format!("{}@{name}", s.id);
    out.image = ImageRef::View {
        inner: Box::new(s.image.clone()),
        view: Arc::new(ChainView {
            chain: chain.clone(),
            seed: h,
        }),
    };
    out
}
