//! DRA (Ding, Pang & Shen 2022, "Catching Both Gray and Black Swans: Open-set Supervised
//! Anomaly Detection"): a few labelled anomalies, and four heads on one feature map so that
//! the detector learns the seen anomalies without forgetting what *unseen* ones look like.
//! The DevNet baseline (Pang et al. 2019) is the seen head alone ([`DraParams::devnet`]).
//!
//! ```text
//! M_x  = f(x)                                   frozen encoder tap (default: the last MBConv block)
//! g_s  = topK-mean |conv1×1(M_x)|               seen anomalies          (y = seen)
//! g_p  = topK-mean |conv1×1'(M_x)|              CutMix pseudo-anomalies (y = pseudo)
//! g_r  = g(ReLU(BN(conv3×3(mean M_ref − M_x))))  latent residual         (y = not normal)
//! g_n  = |MLP(avgpool M_x)|                     holistic normality      (y = normal)
//! each head: mean over the pyramid (x, x at ½ size)
//! loss: Σ_heads mean_rows [(1 − y)|s| + y·max(0, a − s)]   (deviation loss, μ = 0, σ = 1)
//! score(x) = g_s + g_p + g_r − g_n              reference set: one seeded draw, stored
//! ```
//!
//! The heads train on cached feature maps of a frozen encoder (the images, `pseudo_copies`
//! seeded CutMix copies of every normal image, and the labelled anomalies, at every pyramid
//! level). With `train_from` the maps are cached at an earlier tap and the encoder's blocks
//! from there to the heads' tap train with the heads (batch-norm folded); the paper's
//! end-to-end training of the whole backbone is not implemented.

mod heads;
mod model;
mod params;
mod source;

pub use heads::{DraNet, Head, HeadScores, deviation_loss, top_k, top_k_mean};
pub use model::Dra;
pub use params::DraParams;
