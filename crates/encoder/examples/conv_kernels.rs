//! Times swan's convolution kernels on the layer shapes of CIFAR ResNet-18 at 32 px
//! (`resnet18`, what `swan bench train` steps) or of EfficientNet-Lite0 at 64 px (`lite0`, what
//! `swan bench adib` steps: the stem, the blocks' pointwise and depthwise convolutions), each
//! pass separately: a tool for working on the kernels, not a benchmark with a peer. Threads
//! from `RAYON_NUM_THREADS`.
//!
//! ```sh
//! RAYON_NUM_THREADS=2 cargo run --release -p swan-encoder --example conv_kernels -- \
//!     [resnet18|lite0] [batch] [reps]
//! ```

use std::time::Instant;

use swan_encoder::kernels::conv::{
    ConvGeom, conv2d_forward, conv2d_weight_backward, conv2d_x_backward, depthwise_forward,
    depthwise_weight_backward, depthwise_x_backward,
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

/// One convolution of a network: `(name, in channels, input side, out channels, kernel side,
/// stride, depthwise, uses per step)`.
type Layer = (&'static str, usize, usize, usize, usize, usize, bool, usize);

const RESNET18: &[Layer] = &[
    ("stem 3→64 3×3 @32", 3, 32, 64, 3, 1, false, 1),
    ("layer1 64→64 3×3 @32", 64, 32, 64, 3, 1, false, 4),
    ("layer2 64→128 3×3 s2 @32", 64, 32, 128, 3, 2, false, 1),
    ("layer2 128→128 3×3 @16", 128, 16, 128, 3, 1, false, 3),
    ("layer2 shortcut 1×1 s2 @32", 64, 32, 128, 1, 2, false, 1),
    ("layer3 128→256 3×3 s2 @16", 128, 16, 256, 3, 2, false, 1),
    ("layer3 256→256 3×3 @8", 256, 8, 256, 3, 1, false, 3),
    ("layer3 shortcut 1×1 s2 @16", 128, 16, 256, 1, 2, false, 1),
    ("layer4 256→512 3×3 s2 @8", 256, 8, 512, 3, 2, false, 1),
    ("layer4 512→512 3×3 @4", 512, 4, 512, 3, 1, false, 3),
    ("layer4 shortcut 1×1 s2 @8", 256, 8, 512, 1, 2, false, 1),
];

/// Lite0 at 64 px, block by block (blocks with equal shapes counted as uses).
const LITE0: &[Layer] = &[
    ("stem 3→32 3×3 s2 @64", 3, 64, 32, 3, 2, false, 1),
    ("b1 dw 3×3 32 @32", 32, 32, 32, 3, 1, true, 1),
    ("b1 32→16 @32", 32, 32, 16, 1, 1, false, 1),
    ("b2 16→96 @32", 16, 32, 96, 1, 1, false, 1),
    ("b2 dw 3×3 s2 96 @32", 96, 32, 96, 3, 2, true, 1),
    ("b2 96→24 @16", 96, 16, 24, 1, 1, false, 1),
    ("b3 24→144 @16", 24, 16, 144, 1, 1, false, 2),
    ("b3 dw 3×3 144 @16", 144, 16, 144, 3, 1, true, 1),
    ("b3 144→24 @16", 144, 16, 24, 1, 1, false, 1),
    ("b4 dw 5×5 s2 144 @16", 144, 16, 144, 5, 2, true, 1),
    ("b4 144→40 @8", 144, 8, 40, 1, 1, false, 1),
    ("b5 40→240 @8", 40, 8, 240, 1, 1, false, 2),
    ("b5 dw 5×5 240 @8", 240, 8, 240, 5, 1, true, 1),
    ("b5 240→40 @8", 240, 8, 40, 1, 1, false, 1),
    ("b6 dw 3×3 s2 240 @8", 240, 8, 240, 3, 2, true, 1),
    ("b6 240→80 @4", 240, 4, 80, 1, 1, false, 1),
    ("b7 80→480 @4", 80, 4, 480, 1, 1, false, 3),
    ("b7 dw 3×3 480 @4", 480, 4, 480, 3, 1, true, 2),
    ("b7 480→80 @4", 480, 4, 80, 1, 1, false, 2),
    ("b9 dw 5×5 480 @4", 480, 4, 480, 5, 1, true, 1),
    ("b9 480→112 @4", 480, 4, 112, 1, 1, false, 1),
    ("b10 112→672 @4", 112, 4, 672, 1, 1, false, 3),
    ("b10 dw 5×5 672 @4", 672, 4, 672, 5, 1, true, 2),
    ("b10 672→112 @4", 672, 4, 112, 1, 1, false, 2),
    ("b12 dw 5×5 s2 672 @4", 672, 4, 672, 5, 2, true, 1),
    ("b13 dw 5×5 1152 @2", 1152, 2, 1152, 5, 1, true, 3),
];

const USAGE: &str = "usage: conv_kernels [resnet18|lite0] [batch] [reps]";

fn main() {
    let mut args = std::env::args().skip(1);
    let net = args.next().unwrap_or_else(|| "resnet18".into());
    let numbers: Vec<usize> = match args.map(|a| a.parse::<usize>()).collect() {
        Ok(v) => v,
        Err(e) => exit_with(&format!("batch and reps are positive integers ({e})")),
    };
    let n = numbers
        .first()
        .copied()
        .unwrap_or(if net == "lite0" { 64 } else { 128 });
    let reps = numbers.get(1).copied().unwrap_or(3);
    if n == 0 || reps == 0 {
        exit_with("batch and reps are positive integers");
    }
    let layers = match net.as_str() {
        "resnet18" => RESNET18,
        "lite0" => LITE0,
        other => exit_with(&format!("unknown network {other:?}: resnet18 or lite0")),
    };
    println!(
        "{net}, batch {n}, best of {reps}, {} threads; ms per call (× uses per step)",
        rayon::current_num_threads()
    );
    println!(
        "{:<30} {:>9} {:>9} {:>9} {:>10}",
        "layer", "forward", "x-bwd", "w-bwd", "step total"
    );
    let mut totals = [0.0f64; 3];
    for &(name, c, side, o, k, s, depthwise, uses) in layers {
        let g = ConvGeom {
            n,
            c,
            h: side,
            w: side,
            o,
            kh: k,
            kw: k,
            stride: [s, s],
            pad: [k / 2; 4],
        };
        let (ho, wo) = g.out_hw();
        let x = values(n * c * side * side, 1);
        let w = values(o * if depthwise { 1 } else { c } * k * k, 2);
        let dy = values(n * o * ho * wo, 3);
        let time =
            |pass: &dyn Fn() -> Vec<f32>| best_ms(reps, || drop(std::hint::black_box(pass())));
        let [f, xb, wb] = if depthwise {
            [
                time(&|| depthwise_forward(&g, &x, &w)),
                time(&|| depthwise_x_backward(&g, &dy, &w)),
                time(&|| depthwise_weight_backward(&g, &x, &dy)),
            ]
        } else {
            [
                time(&|| conv2d_forward(&g, &x, &w)),
                time(&|| conv2d_x_backward(&g, &dy, &w)),
                time(&|| conv2d_weight_backward(&g, &x, &dy)),
            ]
        };
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

fn exit_with(message: &str) -> ! {
    eprintln!("error: {message}\n{USAGE}");
    std::process::exit(2)
}
