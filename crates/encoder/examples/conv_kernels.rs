//! Times swan's convolution kernels on CIFAR ResNet-18's layer shapes (32 px), each pass
//! separately: a tool for working on the kernels, not a benchmark with a peer (that is
//! `swan bench train`). Threads from `RAYON_NUM_THREADS`.
//!
//! ```sh
//! RAYON_NUM_THREADS=2 cargo run --release -p swan-encoder --example conv_kernels -- [batch] [reps]
//! ```

use std::time::Instant;

use swan_encoder::kernels::conv::{
    ConvGeom, conv2d_forward, conv2d_weight_backward, conv2d_x_backward,
};

fn values(n: usize, seed: u32) -> Vec<f32> {
    let mut s = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            (s as f32 / u32::MAX as f32) - 0.5
        })
        .collect()
}

/// Best of `reps` runs of `f`, in milliseconds.
fn best_ms(reps: usize, mut f: impl FnMut()) -> f64 {
    (0..reps)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("arguments: [batch] [reps]"))
        .collect();
    let n = args.first().copied().unwrap_or(128);
    let reps = args.get(1).copied().unwrap_or(3);
    // (name, in channels, side, out channels, kernel, stride, uses per step)
    let layers = [
        ("stem 3→64 3×3 @32", 3, 32, 64, 3, 1, 1),
        ("layer1 64→64 3×3 @32", 64, 32, 64, 3, 1, 4),
        ("layer2 64→128 3×3 s2 @32", 64, 32, 128, 3, 2, 1),
        ("layer2 128→128 3×3 @16", 128, 16, 128, 3, 1, 3),
        ("layer2 shortcut 1×1 s2 @32", 64, 32, 128, 1, 2, 1),
        ("layer3 128→256 3×3 s2 @16", 128, 16, 256, 3, 2, 1),
        ("layer3 256→256 3×3 @8", 256, 8, 256, 3, 1, 3),
        ("layer3 shortcut 1×1 s2 @16", 128, 16, 256, 1, 2, 1),
        ("layer4 256→512 3×3 s2 @8", 256, 8, 512, 3, 2, 1),
        ("layer4 512→512 3×3 @4", 512, 4, 512, 3, 1, 3),
        ("layer4 shortcut 1×1 s2 @8", 256, 8, 512, 1, 2, 1),
    ];
    println!(
        "batch {n}, best of {reps}, {} threads; ms per call (× uses per step)",
        rayon::current_num_threads()
    );
    println!(
        "{:<30} {:>9} {:>9} {:>9} {:>10}",
        "layer", "forward", "x-bwd", "w-bwd", "step total"
    );
    let mut totals = [0.0f64; 3];
    for (name, c, side, o, k, s, uses) in layers {
        let pad = if k == 3 { 1 } else { 0 };
        let g = ConvGeom {
            n,
            c,
            h: side,
            w: side,
            o,
            kh: k,
            kw: k,
            stride: [s, s],
            pad: [pad; 4],
        };
        let (ho, wo) = g.out_hw();
        let x = values(n * c * side * side, 1);
        let w = values(o * c * k * k, 2);
        let dy = values(n * o * ho * wo, 3);
        let f = best_ms(reps, || {
            drop(std::hint::black_box(conv2d_forward(&g, &x, &w)))
        });
        let xb = best_ms(reps, || {
            drop(std::hint::black_box(conv2d_x_backward(&g, &dy, &w)))
        });
        let wb = best_ms(reps, || {
            drop(std::hint::black_box(conv2d_weight_backward(&g, &x, &dy)))
        });
        let u = uses as f64;
        for (t, v) in totals.iter_mut().zip([f, xb, wb]) {
            *t += u * v;
        }
        println!(
            "{name:<30} {f:>9.2} {xb:>9.2} {wb:>9.2} {:>10.1}",
            u * (f + xb + wb)
        );
    }
    println!(
        "{:<30} {:>9.1} {:>9.1} {:>9.1} {:>10.1}",
        "total (× uses)",
        totals[0],
        totals[1],
        totals[2],
        totals.iter().sum::<f64>()
    );
}
