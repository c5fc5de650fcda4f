//! A 2-D convolution (NCHW, dilation 1, padding given per side) and its backward passes on
//! plain slices. Dense convolutions (groups 1) are GEMMs:
//!
//! ```text
//! dX_n = col2im(Wᵀ · dY_n)            Wᵀ: [C·kh·kw, O], dY_n: [O, Ho·Wo]
//! dW   = Σ_n dY_n · im2col(X_n)ᵀ      im2col(X_n): [C·kh·kw, Ho·Wo]
//! ```
//!
//! Images run in parallel, each GEMM single-threaded. Which layout a GEMM's output has decides
//! which operand the `gemm` crate copies into its packed form (it runs along the output's
//! unit-stride axis): the weight gradient is accumulated column-major when the columns are the
//! larger operand, and the input gradient's columns are computed transposed on 4×4 planes, so
//! that the large operand is read in place and the micro-kernels run along the long axis. The
//! weight gradient sums over fixed chunks of the batch and then adds the chunks in order, so
//! the result does not depend on the thread count or on scheduling. A pointwise convolution
//! (1×1, stride 1) on small planes — EfficientNet's deep blocks at 2×2 at 64 px — would make
//! per-image GEMMs a few columns wide, so it runs as one GEMM over the whole batch instead: the
//! operands are regrouped channel-major (`[C, N·P]`), and the GEMM is cut into fixed tiles
//! computed in parallel (fixed, so every value is the same whatever the thread count).
//!
//! Depthwise convolutions (groups = channels in = channels out, as in MobileNet / EfficientNet
//! blocks) run each tap as one contiguous multiply-add over a channel plane split into its
//! stride's phases (`Phases`), or, on small planes, as channels-last multiply-adds over the
//! (output, input) pairs within the kernel's reach (module `small`).

use std::mem::MaybeUninit;

use rayon::prelude::*;

/// Geometry of one convolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConvGeom {
    /// Batch size.
    pub n: usize,
    /// Input channels.
    pub c: usize,
    /// Input height.
    pub h: usize,
    /// Input width.
    pub w: usize,
    /// Output channels.
    pub o: usize,
    /// Kernel height.
    pub kh: usize,
    /// Kernel width.
    pub kw: usize,
    /// `[vertical, horizontal]` stride.
    pub stride: [usize; 2],
    /// Zero padding `[top, left, bottom, right]`.
    pub pad: [usize; 4],
}

impl ConvGeom {
    /// Output height and width.
    pub fn out_hw(&self) -> (usize, usize) {
        (
            (self.h + self.pad[0] + self.pad[2] - self.kh) / self.stride[0] + 1,
            (self.w + self.pad[1] + self.pad[3] - self.kw) / self.stride[1] + 1,
        )
    }

    fn k(&self) -> usize {
        self.c * self.kh * self.kw
    }

    fn p(&self) -> usize {
        let (ho, wo) = self.out_hw();
        ho * wo
    }

    /// 1×1, stride 1, no padding: im2col is the identity.
    fn pointwise(&self) -> bool {
        self.kh == 1 && self.kw == 1 && self.stride == [1, 1] && self.pad == [0; 4]
    }
}

/// Planes of at most this many positions make a pointwise convolution one batch-wide GEMM
/// (see the module documentation); larger planes keep one GEMM per image. Measured on
/// Lite0's shapes at batch 64, 2 threads: at 1×1 to 3×3 the batch-wide GEMM took about half
/// the per-image time for most passes (0.06 to 0.99 over the shapes and passes; the weight
/// gradient at 1×1, k = 1 per image, gains most), at 4×4 and above it was slower (the
/// regrouping copies and fewer, larger tiles).
const BATCHED_POINTWISE_MAX_PLANE: usize = 9;

fn batched_pointwise(g: &ConvGeom) -> bool {
    g.pointwise() && g.h * g.w <= BATCHED_POINTWISE_MAX_PLANE && g.n > 1
}

/// Values per parallel task of [`par_zeroed`] and [`super::ext`]'s copies.
pub(crate) const FILL_CHUNK: usize = 1 << 15;

/// `len` zeros written by the rayon pool's threads. `vec![0.0; len]` clears the memory on the
/// calling thread (calloc clears reused memory too): for a step's large outputs that was a
/// serial pass over memory while the other threads waited (memset on the main thread was a
/// twentieth of an ADIB step in perf).
pub(crate) fn par_zeroed(len: usize) -> Vec<f32> {
    par_filled(len, FILL_CHUNK, |chunk, _| {
        chunk.fill(MaybeUninit::new(0.0));
    })
}

/// `len` values written by the rayon pool's threads, one task per `chunk` values (the last
/// chunk may be shorter; one chunk is written on the calling thread): `fill(values, i)` must
/// write every element of `values`, chunk `i`.
pub(crate) fn par_filled(
    len: usize,
    chunk: usize,
    fill: impl Fn(&mut [MaybeUninit<f32>], usize) + Send + Sync,
) -> Vec<f32> {
    let mut v = Vec::with_capacity(len);
    let spare = &mut v.spare_capacity_mut()[..len];
    if len <= chunk {
        fill(spare, 0);
    } else {
        spare
            .par_chunks_mut(chunk)
            .enumerate()
            .for_each(|(i, values)| fill(values, i));
    }
    // SAFETY: the chunks cover `0..len` and `fill` wrote every element of each (a panic in
    // `fill` propagates out of `for_each` before this line, dropping `v` with length 0).
    unsafe { v.set_len(len) };
    v
}

/// `[N, C, P]` → `[C, N·P]`.
fn channel_major(v: &[f32], n: usize, c: usize, p: usize) -> Vec<f32> {
    par_filled(v.len(), n * p, |row, ci| {
        for (ni, dst) in row.chunks_exact_mut(p).enumerate() {
            dst.write_copy_of_slice(&v[(ni * c + ci) * p..][..p]);
        }
    })
}

/// `[C, N·P]` → `[N, C, P]`.
fn image_major(v: &[f32], n: usize, c: usize, p: usize) -> Vec<f32> {
    par_filled(v.len(), c * p, |img, ni| {
        for (ci, dst) in img.chunks_exact_mut(p).enumerate() {
            dst.write_copy_of_slice(&v[ci * n * p + ni * p..][..p]);
        }
    })
}

/// Rows and columns of one tile of [`par_gemm`].
const TILE_ROWS: usize = 64;
const TILE_COLS: usize = 256;

/// A pointer that parallel tasks write through, each to its own disjoint tile.
#[derive(Clone, Copy)]
struct TilePtr(*mut f32);
// SAFETY: the tasks of `par_gemm` write disjoint tiles of one buffer that outlives them.
unsafe impl Send for TilePtr {}
unsafe impl Sync for TilePtr {}

impl TilePtr {
    /// The pointer `offset` values on (a method, so closures capture the whole `TilePtr`).
    ///
    /// # Safety
    /// `offset` must lie inside the buffer.
    unsafe fn at(self, offset: usize) -> *mut f32 {
        // SAFETY: the caller keeps `offset` inside the buffer.
        unsafe { self.0.add(offset) }
    }
}

/// `dst[m×n] = lhs[m×k] · rhs[k×n]` (dst row-major, operands with explicit strides), cut into
/// fixed `TILE_ROWS × TILE_COLS` tiles of the output computed in parallel, each with the whole
/// of `k`: the result does not depend on the thread count.
#[allow(clippy::too_many_arguments)]
fn par_gemm(
    m: usize,
    n: usize,
    k: usize,
    dst: &mut [f32],
    lhs: &[f32],
    (lhs_rs, lhs_cs): (usize, usize),
    rhs: &[f32],
    (rhs_rs, rhs_cs): (usize, usize),
) {
    assert!(dst.len() >= m * n);
    assert!(m == 0 || k == 0 || lhs.len() > (m - 1) * lhs_rs + (k - 1) * lhs_cs);
    assert!(n == 0 || k == 0 || rhs.len() > (k - 1) * rhs_rs + (n - 1) * rhs_cs);
    let (row_tiles, col_tiles) = (m.div_ceil(TILE_ROWS), n.div_ceil(TILE_COLS));
    let out = TilePtr(dst.as_mut_ptr());
    (0..row_tiles * col_tiles).into_par_iter().for_each(|t| {
        let (r0, c0) = (t / col_tiles * TILE_ROWS, t % col_tiles * TILE_COLS);
        let (rows, cols) = (TILE_ROWS.min(m - r0), TILE_COLS.min(n - c0));
        // SAFETY: the tile's rows r0..r0+rows and columns c0..c0+cols lie inside dst (m×n,
        // asserted above) and no other task writes them; the operand offsets stay inside
        // lhs and rhs by the asserts on their extents.
        unsafe {
            gemm_raw(
                (rows, cols, k),
                (out.at(r0 * n + c0), n as isize, 1),
                false,
                (
                    lhs.as_ptr().add(r0 * lhs_rs),
                    lhs_rs as isize,
                    lhs_cs as isize,
                ),
                (
                    rhs.as_ptr().add(c0 * rhs_cs),
                    rhs_rs as isize,
                    rhs_cs as isize,
                ),
            );
        }
    });
}

/// `dst[m×n] = lhs[m×k] · rhs[k×n]` with explicit (row, column) strides, single-threaded.
#[allow(clippy::too_many_arguments)]
fn gemm(
    m: usize,
    n: usize,
    k: usize,
    dst: &mut [f32],
    lhs: &[f32],
    lhs_rs: isize,
    lhs_cs: isize,
    rhs: &[f32],
    rhs_rs: isize,
    rhs_cs: isize,
    accumulate: bool,
) {
    debug_assert!(dst.len() >= m * n);
    // SAFETY: every index the strides address lies inside the slices (checked by the callers'
    // shapes: lhs covers m×k, rhs k×n, dst m×n row-major).
    unsafe {
        gemm_raw(
            (m, n, k),
            (dst.as_mut_ptr(), n as isize, 1),
            accumulate,
            (lhs.as_ptr(), lhs_rs, lhs_cs),
            (rhs.as_ptr(), rhs_rs, rhs_cs),
        );
    }
}

/// `dst = lhs · rhs` (or `dst += …` with `accumulate`) through the `gemm` crate on one thread:
/// `dst` is `m×n` with row stride `dst_rs` and column stride `dst_cs`, the operands `(pointer,
/// row stride, column stride)`. The `gemm` crate computes along the unit-stride axis of `dst`
/// (a row-major `dst` is computed as `dstᵀ = rhsᵀ · lhsᵀ`), and packs an operand whose layout
/// does not suit its micro-kernels, so which layout `dst` has decides which operand is copied.
///
/// # Safety
/// Every element the shapes and strides address must lie inside the operands' buffers, and
/// nothing else may access the `dst` elements during the call.
unsafe fn gemm_raw(
    (m, n, k): (usize, usize, usize),
    (dst, dst_rs, dst_cs): (*mut f32, isize, isize),
    accumulate: bool,
    (lhs, lhs_rs, lhs_cs): (*const f32, isize, isize),
    (rhs, rhs_rs, rhs_cs): (*const f32, isize, isize),
) {
    // SAFETY: the caller's contract.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            dst,
            dst_cs,
            dst_rs,
            accumulate,
            lhs,
            lhs_cs,
            lhs_rs,
            rhs,
            rhs_cs,
            rhs_rs,
            if accumulate { 1.0 } else { 0.0 },
            1.0,
            false,
            false,
            false,
            gemm::Parallelism::None,
        );
    }
}

/// The output positions `lo..hi` (along one axis of length `out`) whose input index
/// `o·stride + k − pad` falls inside `0..size`.
fn valid_range(out: usize, size: usize, k: usize, stride: usize, pad: usize) -> (usize, usize) {
    // o·stride ≥ pad − k  and  o·stride ≤ size − 1 + pad − k
    let lo = pad.saturating_sub(k).div_ceil(stride);
    let hi = if size + pad > k {
        ((size - 1 + pad - k) / stride + 1).min(out)
    } else {
        0
    };
    (lo.min(hi), hi)
}

/// `[C·kh·kw, Ho·Wo]` columns of one image `[C, H, W]`.
fn im2col(g: &ConvGeom, x: &[f32], cols: &mut [f32]) {
    im2col_strided(g, x, cols, g.p());
}

/// The columns of one image `[C, H, W]` into rows `row_stride` apart: row `r` of the
/// `[C·kh·kw, Ho·Wo]` matrix at `cols[r·row_stride..][..Ho·Wo]`.
fn im2col_strided(g: &ConvGeom, x: &[f32], cols: &mut [f32], row_stride: usize) {
    let p = g.p();
    for c in 0..g.c {
        let plane = &x[c * g.h * g.w..(c + 1) * g.h * g.w];
        for ky in 0..g.kh {
            for kx in 0..g.kw {
                let r = (c * g.kh + ky) * g.kw + kx;
                im2col_row(g, plane, ky, kx, &mut cols[r * row_stride..][..p]);
            }
        }
    }
}

/// One row of im2col: the values of one channel `plane` that tap `(ky, kx)` reads at every
/// output position (zero where it falls in the padding).
fn im2col_row(g: &ConvGeom, plane: &[f32], ky: usize, kx: usize, row: &mut [f32]) {
    let (ho, wo) = g.out_hw();
    let [sy, sx] = g.stride;
    let (ylo, yhi) = valid_range(ho, g.h, ky, sy, g.pad[0]);
    let (xlo, xhi) = valid_range(wo, g.w, kx, sx, g.pad[1]);
    row[..ylo * wo].fill(0.0);
    row[yhi * wo..].fill(0.0);
    for oy in ylo..yhi {
        let iy = oy * sy + ky - g.pad[0];
        let src = &plane[iy * g.w..(iy + 1) * g.w];
        let out = &mut row[oy * wo..(oy + 1) * wo];
        out[..xlo].fill(0.0);
        out[xhi..].fill(0.0);
        if xlo < xhi {
            let first = xlo * sx + kx - g.pad[1];
            if sx == 1 {
                out[xlo..xhi].copy_from_slice(&src[first..first + (xhi - xlo)]);
            } else {
                for (j, v) in out[xlo..xhi].iter_mut().enumerate() {
                    *v = src[first + j * sx];
                }
            }
        }
    }
}

/// Adds columns `[C·kh·kw, Ho·Wo]` back into one image gradient `[C, H, W]` (zeroed first).
/// Element `(r, q)` of the columns is at `cols[r·rs + q·cs]`: row-major (`(P, 1)`) or
/// transposed (`(1, k)`).
fn col2im(g: &ConvGeom, cols: &[f32], (rs, cs): (usize, usize), dx: &mut [f32]) {
    let (ho, wo) = g.out_hw();
    let [sy, sx] = g.stride;
    dx.fill(0.0);
    for c in 0..g.c {
        let plane = &mut dx[c * g.h * g.w..(c + 1) * g.h * g.w];
        for ky in 0..g.kh {
            let (ylo, yhi) = valid_range(ho, g.h, ky, sy, g.pad[0]);
            for kx in 0..g.kw {
                let (xlo, xhi) = valid_range(wo, g.w, kx, sx, g.pad[1]);
                if xlo >= xhi {
                    continue;
                }
                let row = ((c * g.kh + ky) * g.kw + kx) * rs;
                let first = xlo * sx + kx - g.pad[1];
                for oy in ylo..yhi {
                    let iy = oy * sy + ky - g.pad[0];
                    let dst = &mut plane[iy * g.w..(iy + 1) * g.w];
                    let q0 = oy * wo + xlo;
                    if cs == 1 {
                        let src = &cols[row + q0..row + q0 + (xhi - xlo)];
                        if sx == 1 {
                            for (d, v) in dst[first..first + src.len()].iter_mut().zip(src) {
                                *d += v;
                            }
                        } else {
                            for (j, v) in src.iter().enumerate() {
                                dst[first + j * sx] += v;
                            }
                        }
                    } else {
                        for j in 0..xhi - xlo {
                            dst[first + j * sx] += cols[row + (q0 + j) * cs];
                        }
                    }
                }
            }
        }
    }
}

/// A pointwise convolution's pass as one GEMM over the batch: `[N, to, P]` from `src`
/// `[N, from, P]` and the weight read as a `[to, from]` matrix with the given (row, column)
/// strides (the weight itself for the forward pass, its transpose for the input gradient).
fn pointwise_over_batch(
    g: &ConvGeom,
    src: &[f32],
    (from, to): (usize, usize),
    weight: &[f32],
    weight_strides: (usize, usize),
) -> Vec<f32> {
    let (p, np) = (g.p(), g.n * g.p());
    let st = channel_major(src, g.n, from, p);
    let mut dt = par_zeroed(to * np);
    par_gemm(to, np, from, &mut dt, weight, weight_strides, &st, (np, 1));
    image_major(&dt, g.n, to, p)
}

/// The convolution itself, `[N, O, Ho, Wo]`, from `x` `[N, C, H, W]` and the weight
/// `[O, C, kh, kw]`: `Y_n = W · im2col(X_n)`.
pub fn conv2d_forward(g: &ConvGeom, x: &[f32], weight: &[f32]) -> Vec<f32> {
    let (k, p) = (g.k(), g.p());
    if batched_pointwise(g) {
        // Y' [O, N·P] = W [O, C] · X' [C, N·P]
        return pointwise_over_batch(g, x, (g.c, g.o), weight, (g.c, 1));
    }
    let img = g.c * g.h * g.w;
    let mut y = par_zeroed(g.n * g.o * p);
    y.par_chunks_mut(g.o * p)
        .zip(x.par_chunks(img))
        .for_each_init(
            || vec![0.0f32; if g.pointwise() { 0 } else { k * p }],
            |cols, (y_n, x_n)| {
                let cols_n: &[f32] = if g.pointwise() {
                    x_n
                } else {
                    im2col(g, x_n, cols);
                    cols
                };
                gemm(
                    g.o, p, k, y_n, weight, k as isize, 1, cols_n, p as isize, 1, false,
                );
            },
        );
    y
}

/// Gradient with respect to the input, `[N, C, H, W]`, from `dy` `[N, O, Ho, Wo]` and the
/// weight `[O, C, kh, kw]`.
pub fn conv2d_x_backward(g: &ConvGeom, dy: &[f32], weight: &[f32]) -> Vec<f32> {
    let (k, p) = (g.k(), g.p());
    if batched_pointwise(g) {
        // dX' [C, N·P] = Wᵀ [C, O] · dY' [O, N·P]
        return pointwise_over_batch(g, dy, (g.o, g.c), weight, (1, g.c));
    }
    let img = g.c * g.h * g.w;
    let mut dx = par_zeroed(g.n * img);
    dx.par_chunks_mut(img)
        .zip(dy.par_chunks(g.o * p))
        .for_each_init(
            || vec![0.0f32; if g.pointwise() { 0 } else { k * p }],
            |cols, (dx_n, dy_n)| {
                // Wᵀ [k, O]: element (r, o) at weight[o·k + r].
                if g.pointwise() {
                    gemm(
                        g.c, p, g.o, dx_n, weight, 1, k as isize, dy_n, p as isize, 1, false,
                    );
                } else {
                    // The columns [k, P] = Wᵀ · dY_n, stored transposed on small planes
                    // (see `TRANSPOSED_COLUMNS_MAX_PLANE`).
                    let layout = if p <= TRANSPOSED_COLUMNS_MAX_PLANE {
                        (1, k)
                    } else {
                        (p, 1)
                    };
                    // SAFETY: W is O×k and dY_n O×P row-major; cols holds k·P values.
                    unsafe {
                        gemm_raw(
                            (k, p, g.o),
                            (cols.as_mut_ptr(), layout.0 as isize, layout.1 as isize),
                            false,
                            (weight.as_ptr(), 1, k as isize),
                            (dy_n.as_ptr(), p as isize, 1),
                        );
                    }
                    col2im(g, cols, layout, dx_n);
                }
            },
        );
    dx
}

/// Output planes of at most this many positions have the input gradient's columns computed
/// transposed, `[P, k]`: the `gemm` crate then runs along k (thousands) instead of along P,
/// whose 16 positions at 4×4 fill one register of its widest micro-kernel and none of the
/// others. At 8×8 the strided reads of `col2im` cost more than that saves (measured on
/// ResNet-18's shapes, batch 128, 2 threads: 4×4 from 71–88 ms to 56–60 ms, 8×8 from
/// 50–55 ms to 58–67 ms).
const TRANSPOSED_COLUMNS_MAX_PLANE: usize = 16;

/// The element-wise sum of equally long partial results, added in their order (so the
/// result does not depend on which thread computed which part).
fn sum_in_order(parts: &[Vec<f32>], len: usize) -> Vec<f32> {
    let mut out = vec![0.0f32; len];
    for part in parts {
        for (o, v) in out.iter_mut().zip(part) {
            *o += v;
        }
    }
    out
}

/// Each consecutive `[rows, cols]` block of `v` (row-major) transposed to `[cols, rows]`,
/// blocks in parallel: `[N, C, P]` → `[N, P, C]` with `(C, P)` and back with `(P, C)`, or one
/// matrix when `v` is a single block.
fn transposed_blocks(v: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let block = rows * cols;
    par_filled(v.len(), block, |dst, b| {
        for (r, row) in v[b * block..][..block].chunks_exact(cols).enumerate() {
            for (k, &x) in row.iter().enumerate() {
                dst[k * rows + r].write(x);
            }
        }
    })
}

/// Images per chunk of the weight-gradient sum (fixed, so the summation order is too).
const WEIGHT_CHUNK: usize = 8;

/// Gradient with respect to the weight, `[O, C, kh, kw]`, from the input `x` `[N, C, H, W]`
/// and `dy` `[N, O, Ho, Wo]`.
pub fn conv2d_weight_backward(g: &ConvGeom, x: &[f32], dy: &[f32]) -> Vec<f32> {
    let (k, p) = (g.k(), g.p());
    if batched_pointwise(g) {
        // dW [O, C] = dY' [O, N·P] · X'ᵀ [N·P, C]
        let (xt, dyt) = (
            channel_major(x, g.n, g.c, p),
            channel_major(dy, g.n, g.o, p),
        );
        let mut dw = vec![0.0f32; g.o * g.c];
        let np = g.n * p;
        par_gemm(g.o, g.c, np, &mut dw, &dyt, (np, 1), &xt, (1, np));
        return dw;
    }
    if side_by_side(g) {
        return weight_backward_side_by_side(g, x, dy);
    }
    // dW is accumulated column-major (`[k, O]` in memory) when the columns are the larger
    // operand: the `gemm` crate then runs along O and reads the columns in place, where a
    // row-major dW has it copy all k·P of them for every image (ResNet-18's 64-channel 3×3
    // convolutions at 32×32: 165–177 ms → 67–68 ms per batch of 128, 2 threads). With few
    // input channels (the 3-channel stem) dY_n is the larger one, and row-major stays faster.
    let column_major = k >= g.o;
    let dst = |acc: &mut [f32]| {
        if column_major {
            (acc.as_mut_ptr(), 1, g.o as isize)
        } else {
            (acc.as_mut_ptr(), k as isize, 1)
        }
    };
    let img = g.c * g.h * g.w;
    let chunks: Vec<Vec<f32>> = (0..g.n.div_ceil(WEIGHT_CHUNK))
        .into_par_iter()
        .map(|chunk| {
            let mut acc = vec![0.0f32; g.o * k];
            let mut cols = vec![0.0f32; if g.pointwise() { 0 } else { k * p }];
            let lo = chunk * WEIGHT_CHUNK;
            for n in lo..(lo + WEIGHT_CHUNK).min(g.n) {
                let x_n = &x[n * img..(n + 1) * img];
                let dy_n = &dy[n * g.o * p..(n + 1) * g.o * p];
                let cols_n: &[f32] = if g.pointwise() {
                    x_n
                } else {
                    im2col(g, x_n, &mut cols);
                    &cols
                };
                // dW [O, k] (+)= dY_n [O, P] · colsᵀ [P, k]: element (q, r) of colsᵀ at
                // cols[r·P + q].
                // SAFETY: dY_n is O×P and cols k×P row-major; acc holds O·k values, which
                // either layout of dst addresses exactly.
                unsafe {
                    gemm_raw(
                        (g.o, k, p),
                        dst(&mut acc),
                        n > lo,
                        (dy_n.as_ptr(), p as isize, 1),
                        (cols_n.as_ptr(), 1, p as isize),
                    );
                }
            }
            acc
        })
        .collect();
    let dw = sum_in_order(&chunks, g.o * k);
    if column_major {
        transposed_blocks(&dw, k, g.o) // [k, O] → [O, k]
    } else {
        dw
    }
}

/// Output planes of at most this many positions give a dense (not pointwise) convolution's
/// weight gradient to [`weight_backward_side_by_side`]. Per image, that GEMM's inner
/// dimension is one plane (16 at 4×4) and it reads and writes the whole `[O, k]` gradient;
/// ResNet-18's last stage at 32 px (4×4, 512 channels) took 0.6–0.7 of the per-image time
/// side by side, its 8×8 stage longer (measured in `swan bench train`, 2 threads). The forward
/// pass and the input gradient stay per image: side by side they were slower even at 4×4.
const SIDE_BY_SIDE_MAX_PLANE: usize = 16;

fn side_by_side(g: &ConvGeom) -> bool {
    !g.pointwise() && g.p() <= SIDE_BY_SIDE_MAX_PLANE && g.n > 1
}

/// Columns (images × positions) a chunk of [`weight_backward_side_by_side`] holds at least.
const SIDE_BY_SIDE_COLUMNS: usize = 512;

/// The weight gradient with a chunk's images side by side: each fixed chunk of the batch is
/// one GEMM `dY [O, B·P] · colsᵀ [B·P, k]` over its images' columns, the chunks added in order.
fn weight_backward_side_by_side(g: &ConvGeom, x: &[f32], dy: &[f32]) -> Vec<f32> {
    let (k, p) = (g.k(), g.p());
    let img = g.c * g.h * g.w;
    let per = WEIGHT_CHUNK.max(SIDE_BY_SIDE_COLUMNS.div_ceil(p.max(1)));
    let chunks: Vec<Vec<f32>> = (0..g.n.div_ceil(per))
        .into_par_iter()
        .map(|chunk| {
            let (lo, hi) = (chunk * per, ((chunk + 1) * per).min(g.n));
            let kc = (hi - lo) * p;
            // cols [k, kc] and dY [O, kc]: image j of the chunk in columns j·P..(j + 1)·P.
            let mut cols = vec![0.0f32; k * kc];
            for (j, n) in (lo..hi).enumerate() {
                im2col_strided(g, &x[n * img..(n + 1) * img], &mut cols[j * p..], kc);
            }
            let dyc = channel_major(&dy[lo * g.o * p..hi * g.o * p], hi - lo, g.o, p);
            let mut acc = vec![0.0f32; g.o * k];
            // element (q, r) of colsᵀ at cols[r·kc + q]
            gemm(
                g.o,
                k,
                kc,
                &mut acc,
                &dyc,
                kc as isize,
                1,
                &cols,
                1,
                kc as isize,
                false,
            );
            acc
        })
        .collect();
    sum_in_order(&chunks, g.o * k)
}

/// Planes per parallel task of the depthwise kernels: deep layers have planes of a few
/// values (2×2 at 64 px), so one task per plane would be mostly scheduling.
fn planes_per_task(plane: usize) -> usize {
    (4096 / plane.max(1)).max(1)
}

/// `dst[j] += w · src[j]` for every `j` (vectorised).
#[inline]
fn axpy(dst: &mut [f32], src: &[f32], w: f32) {
    let n = dst.len();
    for (d, &v) in dst.iter_mut().zip(&src[..n]) {
        *d += w * v;
    }
}

/// Depthwise convolutions on small planes, channels-last.
///
/// EfficientNet's deep blocks run 5×5 depthwise kernels on 2×2 to 4×4 planes (at 64 px), where
/// most taps fall in the padding: a 2×2 plane has 16 (output, input) pairs within a 5×5
/// kernel's reach against 100 tap positions, and a plane of 4 values is too short for a
/// vector loop. Here the operands are regrouped `[N, P, C]`, the pairs listed once per call
/// and grouped by the row they add into, and every pair is one multiply-add over a block of
/// channels (contiguous, vectorised, the running sums in registers). The sums run in a fixed
/// order (a row's pairs in order; the weight gradient over fixed chunks of the batch, added in
/// order), so the result does not depend on the thread count.
mod small {
    use super::{ConvGeom, WEIGHT_CHUNK, sum_in_order, transposed_blocks, valid_range};
    use rayon::prelude::*;

    /// Input planes of at most this many values take this path, at any stride; larger ones
    /// the plane-wise kernels (contiguous multiply-adds over phase planes, [`super::Phases`]).
    /// Measured on Lite0's shapes at 64 px, batch 64, 2 threads, in the ADIB step: 2×2 to 8×8
    /// at stride 1 took 0.15 to 0.9 of the plane-wise time per pass (the weight gradient gains
    /// most), 4×4 at stride 2 about a third (11–13 against 3–4 ms for the three passes of a
    /// 5×5 kernel on 672 channels), 8×8 at stride 2 about the same; 16×16 at stride 1 and
    /// 16×16 or 32×32 at stride 2 took longer here (a 5×5 kernel at stride 2 on 16×16 planes,
    /// 144 channels: 18–20 against 11–14 ms).
    const MAX_PLANE: usize = 64;

    pub(super) fn serves(g: &ConvGeom) -> bool {
        g.h * g.w <= MAX_PLANE
    }

    /// Every `(output position, input position, tap)` whose input lies inside the plane, by
    /// output position and then tap (so each row of [`rows`] keeps that order).
    fn pairs(g: &ConvGeom) -> Vec<(usize, usize, usize)> {
        let (ho, wo) = g.out_hw();
        let mut out = Vec::new();
        for oy in 0..ho {
            for ox in 0..wo {
                for ky in 0..g.kh {
                    let (ylo, yhi) = valid_range(ho, g.h, ky, g.stride[0], g.pad[0]);
                    if oy < ylo || oy >= yhi {
                        continue;
                    }
                    for kx in 0..g.kw {
                        let (xlo, xhi) = valid_range(wo, g.w, kx, g.stride[1], g.pad[1]);
                        if ox < xlo || ox >= xhi {
                            continue;
                        }
                        let iy = oy * g.stride[0] + ky - g.pad[0];
                        let ix = ox * g.stride[1] + kx - g.pad[1];
                        out.push((oy * wo + ox, iy * g.w + ix, ky * g.kw + kx));
                    }
                }
            }
        }
        out
    }

    /// One row of an output `[rows, C]` and the products that add into it: `dst[row] +=
    /// Σ a[ia] · b[ib]` over `terms` in order (rows of `C` channels each).
    struct Row {
        dst: usize,
        terms: Vec<(usize, usize)>,
    }

    /// Groups `pairs` by `key` (one [`Row`] per key value, in key order) with the terms `term`.
    fn rows(
        pairs: &[(usize, usize, usize)],
        n_rows: usize,
        key: impl Fn(&(usize, usize, usize)) -> usize,
        term: impl Fn(&(usize, usize, usize)) -> (usize, usize),
    ) -> Vec<Row> {
        let mut rows: Vec<Row> = (0..n_rows)
            .map(|dst| Row {
                dst,
                terms: Vec::new(),
            })
            .collect();
        for p in pairs {
            rows[key(p)].terms.push(term(p));
        }
        rows.retain(|r| !r.terms.is_empty());
        rows
    }

    /// Channels per block of [`accumulate`] (the block's running sums stay in vector registers).
    const BLOCK: usize = 64;

    /// `dst[row.dst] += Σ a[ia] · b[ib]` for every row, one block of channels at a time with
    /// the running sums in registers (a row's terms add in order).
    fn accumulate(dst: &mut [f32], c: usize, rows: &[Row], a: &[f32], b: &[f32]) {
        for row in rows {
            let out = &mut dst[row.dst * c..][..c];
            for lo in (0..c).step_by(BLOCK) {
                let len = BLOCK.min(c - lo);
                let mut acc = [0.0f32; BLOCK];
                acc[..len].copy_from_slice(&out[lo..lo + len]);
                for &(ia, ib) in &row.terms {
                    let (xa, xb) = (&a[ia * c + lo..][..len], &b[ib * c + lo..][..len]);
                    if let (Ok(xa), Ok(xb)) =
                        (<&[f32; BLOCK]>::try_from(xa), <&[f32; BLOCK]>::try_from(xb))
                    {
                        for k in 0..BLOCK {
                            acc[k] += xa[k] * xb[k];
                        }
                    } else {
                        for k in 0..len {
                            acc[k] += xa[k] * xb[k];
                        }
                    }
                }
                out[lo..lo + len].copy_from_slice(&acc[..len]);
            }
        }
    }

    pub(super) fn forward(g: &ConvGeom, x: &[f32], weight: &[f32]) -> Vec<f32> {
        let (ho, wo) = g.out_hw();
        let rows = rows(&pairs(g), ho * wo, |p| p.0, |p| (p.1, p.2));
        spread(g, x, weight, (g.h * g.w, ho * wo), &rows)
    }

    pub(super) fn x_backward(g: &ConvGeom, dy: &[f32], weight: &[f32]) -> Vec<f32> {
        let (ho, wo) = g.out_hw();
        let rows = rows(&pairs(g), g.h * g.w, |p| p.1, |p| (p.0, p.2));
        spread(g, dy, weight, (ho * wo, g.h * g.w), &rows)
    }

    /// `[N, C, to]` from `src` `[N, C, from]` through the weights: per image, every row of
    /// `rows` adds its (source position, tap) terms (the forward pass from input to output
    /// positions, the input gradient the other way).
    fn spread(
        g: &ConvGeom,
        src: &[f32],
        weight: &[f32],
        (from, to): (usize, usize),
        rows: &[Row],
    ) -> Vec<f32> {
        let c = g.c;
        let st = transposed_blocks(src, c, from);
        let wt = transposed_blocks(weight, c, g.kh * g.kw);
        let mut dt = super::par_zeroed(g.n * to * c);
        dt.par_chunks_mut(to * c)
            .zip(st.par_chunks(from * c))
            .for_each(|(d_n, s_n)| accumulate(d_n, c, rows, s_n, &wt));
        transposed_blocks(&dt, to, c)
    }

    pub(super) fn weight_backward(g: &ConvGeom, x: &[f32], dy: &[f32]) -> Vec<f32> {
        let (ho, wo) = g.out_hw();
        let (c, pin, pout, taps) = (g.c, g.h * g.w, ho * wo, g.kh * g.kw);
        let (xt, dyt) = (transposed_blocks(x, c, pin), transposed_blocks(dy, c, pout));
        let rows = rows(&pairs(g), taps, |p| p.2, |p| (p.0, p.1));
        let chunks: Vec<Vec<f32>> = (0..g.n.div_ceil(WEIGHT_CHUNK))
            .into_par_iter()
            .map(|chunk| {
                let mut acc = vec![0.0f32; taps * c];
                let lo = chunk * WEIGHT_CHUNK;
                for n in lo..(lo + WEIGHT_CHUNK).min(g.n) {
                    let (x_n, dy_n) = (&xt[n * pin * c..], &dyt[n * pout * c..]);
                    accumulate(&mut acc, c, &rows, dy_n, x_n);
                }
                acc
            })
            .collect();
        transposed_blocks(&sum_in_order(&chunks, taps * c), taps, c)
    }
}

/// Depthwise convolution (`c == o`, weight `[C, 1, kh, kw]`): `[N, C, Ho, Wo]`.
pub fn depthwise_forward(g: &ConvGeom, x: &[f32], weight: &[f32]) -> Vec<f32> {
    if small::serves(g) {
        return small::forward(g, x, weight);
    }
    let (ho, wo) = g.out_hw();
    let (plane_in, plane_out, taps) = (g.h * g.w, ho * wo, g.kh * g.kw);
    let ph = Phases::new(g);
    let per = planes_per_task(plane_out);
    par_filled(g.n * g.c * plane_out, plane_out * per, |y_t, t| {
        let mut phases = vec![0.0f32; ph.len];
        let mut grid = vec![0.0f32; ho * ph.wq];
        for (i, y_p) in y_t.chunks_mut(plane_out).enumerate() {
            let nc = t * per + i;
            let c = nc % g.c;
            ph.split(&x[nc * plane_in..(nc + 1) * plane_in], &mut phases);
            grid.fill(0.0);
            for tap in 0..taps {
                let from = &phases[ph.offsets[tap]..][..ph.run];
                axpy(&mut grid[..ph.run], from, weight[c * taps + tap]);
            }
            ph.off_grid(&grid, y_p);
        }
    })
}

/// Input gradient of [`depthwise_forward`], `[N, C, H, W]`.
pub fn depthwise_x_backward(g: &ConvGeom, dy: &[f32], weight: &[f32]) -> Vec<f32> {
    if small::serves(g) {
        return small::x_backward(g, dy, weight);
    }
    let (ho, wo) = g.out_hw();
    let (plane_in, plane_out, taps) = (g.h * g.w, ho * wo, g.kh * g.kw);
    let ph = Phases::new(g);
    let per = planes_per_task(plane_in);
    par_filled(g.n * g.c * plane_in, plane_in * per, |dx_t, t| {
        let mut dphases = vec![0.0f32; ph.len];
        // dY on the Wq-wide grid; the dropped columns stay zero.
        let mut grid = vec![0.0f32; ho * ph.wq];
        for (i, dx_p) in dx_t.chunks_mut(plane_in).enumerate() {
            let nc = t * per + i;
            let c = nc % g.c;
            ph.onto_grid(&dy[nc * plane_out..(nc + 1) * plane_out], &mut grid);
            dphases.fill(0.0);
            for tap in 0..taps {
                let to = &mut dphases[ph.offsets[tap]..][..ph.run];
                axpy(to, &grid[..ph.run], weight[c * taps + tap]);
            }
            ph.merge(&dphases, dx_p);
        }
    })
}

/// Weight gradient of [`depthwise_forward`], `[C, 1, kh, kw]`; each channel sums its images in
/// order (each product in 16 fixed-order lanes), so the result does not depend on scheduling.
pub fn depthwise_weight_backward(g: &ConvGeom, x: &[f32], dy: &[f32]) -> Vec<f32> {
    if small::serves(g) {
        return small::weight_backward(g, x, dy);
    }
    let (ho, wo) = g.out_hw();
    let (plane_in, plane_out, taps) = (g.h * g.w, ho * wo, g.kh * g.kw);
    let ph = Phases::new(g);
    let mut dw = vec![0.0f32; g.c * taps];
    dw.par_chunks_mut(taps).enumerate().for_each(|(c, dw_c)| {
        let mut phases = vec![0.0f32; ph.len];
        let mut grid = vec![0.0f32; ho * ph.wq];
        for n in 0..g.n {
            let nc = n * g.c + c;
            ph.split(&x[nc * plane_in..(nc + 1) * plane_in], &mut phases);
            ph.onto_grid(&dy[nc * plane_out..(nc + 1) * plane_out], &mut grid);
            for (tap, d) in dw_c.iter_mut().enumerate() {
                let from = &phases[ph.offsets[tap]..];
                *d += lane_sum(&grid[..ph.run], from, |g, x| g * x) as f32;
            }
        }
    });
    dw
}

/// A plane zero-padded to `[Hp, Wp]` (`Hp = H + pad_top + pad_bottom`, `Wp = W + pad_left +
/// pad_right`) and split by stride `[sy, sx]` into `sy·sx` phase planes `[Hq, Wq]` (`Hq =
/// ⌈Hp / sy⌉`, `Wq = ⌈Wp / sx⌉`): padded position `(py, px)` goes to phase `(py mod sy, px mod
/// sx)` at `(py / sy, px / sx)`. Output position `(oy, ox)` is flat index `q = oy·Wq + ox` of a
/// `Wq`-wide grid, and tap `(ky, kx)` reads padded `(oy·sy + ky, ox·sx + kx)`, which is phase
/// `(ky mod sy, kx mod sx)` at flat index `q + (ky / sy)·Wq + kx / sx`: each tap is one
/// contiguous multiply-add of length `(Ho − 1)·Wq + Wo` over the whole plane (the extra columns
/// of each grid row are computed and dropped), at any stride, instead of one short loop per
/// output row and tap (a strided loop does not vectorise; at stride 2 on 32×32 planes it took
/// 1.4–1.8 times as long). With stride 1 there is one phase, the padded plane itself.
struct Phases {
    /// Columns of each phase plane, and the width of the output grid.
    wq: usize,
    /// Output columns.
    wo: usize,
    /// Column stride.
    sx: usize,
    /// Values in all the phase planes.
    len: usize,
    /// Length of one tap's run.
    run: usize,
    /// Where each tap reads for output position 0 (output `q` reads `q` further on).
    offsets: Vec<usize>,
    /// The row part of the index of input row `y` (its padded row's row phase and row in the
    /// phase plane); an input value's index is its row part plus its column part.
    rows: Vec<usize>,
    /// Per column phase that holds input columns: its first input column `x0` and the column
    /// part of `x0`'s index (the phase's next columns follow contiguously).
    columns: Vec<(usize, usize)>,
}

impl Phases {
    fn new(g: &ConvGeom) -> Self {
        let (ho, wo) = g.out_hw();
        let [sy, sx] = g.stride;
        let hq = (g.h + g.pad[0] + g.pad[2]).div_ceil(sy);
        let wq = (g.w + g.pad[1] + g.pad[3]).div_ceil(sx);
        // Padded position (py, px) lies at row(py) + column(px).
        let row = |py: usize| (py % sy) * sx * hq * wq + (py / sy) * wq;
        let column = |px: usize| (px % sx) * hq * wq + px / sx;
        Self {
            wq,
            wo,
            sx,
            len: sy * sx * hq * wq,
            run: (ho - 1) * wq + wo,
            offsets: (0..g.kh * g.kw)
                .map(|tap| row(tap / g.kw) + column(tap % g.kw))
                .collect(),
            rows: (0..g.h).map(|y| row(y + g.pad[0])).collect(),
            columns: (0..sx)
                .map(|rx| (rx + sx - g.pad[1] % sx) % sx)
                .filter(|&x0| x0 < g.w)
                .map(|x0| (x0, column(x0 + g.pad[1])))
                .collect(),
        }
    }

    /// Plane `src` (`[H, W]`) into the phase planes `dst` (zeros in the padding).
    fn split(&self, src: &[f32], dst: &mut [f32]) {
        dst.fill(0.0);
        let w = src.len() / self.rows.len();
        for (row, &base) in src.chunks_exact(w).zip(&self.rows) {
            for &(x0, col) in &self.columns {
                let at = base + col;
                if self.sx == 1 {
                    dst[at..at + w].copy_from_slice(row);
                } else {
                    for (d, &v) in dst[at..].iter_mut().zip(row[x0..].iter().step_by(self.sx)) {
                        *d = v;
                    }
                }
            }
        }
    }

    /// The plane `dst` (`[H, W]`, every value written) from the phase planes `src` (the
    /// padding dropped).
    fn merge(&self, src: &[f32], dst: &mut [MaybeUninit<f32>]) {
        let w = dst.len() / self.rows.len();
        for (row, &base) in dst.chunks_exact_mut(w).zip(&self.rows) {
            for &(x0, col) in &self.columns {
                let at = base + col;
                if self.sx == 1 {
                    row.write_copy_of_slice(&src[at..at + w]);
                } else {
                    for (d, &v) in row[x0..].iter_mut().step_by(self.sx).zip(&src[at..]) {
                        d.write(v);
                    }
                }
            }
        }
    }

    /// Output plane `src` (`[Ho, Wo]`, e.g. dY) onto the `Wq`-wide grid (its extra columns
    /// left as they are).
    fn onto_grid(&self, src: &[f32], grid: &mut [f32]) {
        for (oy, row) in src.chunks_exact(self.wo).enumerate() {
            grid[oy * self.wq..][..self.wo].copy_from_slice(row);
        }
    }

    /// The output plane `dst` (`[Ho, Wo]`, every value written) from the grid (its extra
    /// columns dropped).
    fn off_grid(&self, grid: &[f32], dst: &mut [MaybeUninit<f32>]) {
        for (oy, row) in dst.chunks_exact_mut(self.wo).enumerate() {
            row.write_copy_of_slice(&grid[oy * self.wq..][..self.wo]);
        }
    }
}

/// `Σ f(a[j], b[j])` in 16 interleaved f32 lanes combined in f64 in a fixed order: vectorisable,
/// and the same result whatever the thread count.
#[inline]
pub(crate) fn lane_sum(a: &[f32], b: &[f32], f: impl Fn(f32, f32) -> f32) -> f64 {
    let mut lanes = [0.0f32; 16];
    let n = a.len() / 16 * 16;
    let b = &b[..a.len()];
    for (ca, cb) in a[..n].chunks_exact(16).zip(b[..n].chunks_exact(16)) {
        for k in 0..16 {
            lanes[k] += f(ca[k], cb[k]);
        }
    }
    let mut s: f64 = lanes.iter().map(|&l| f64::from(l)).sum();
    for (&x, &y) in a[n..].iter().zip(&b[n..]) {
        s += f64::from(f(x, y));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Direct definition of the convolution, for reference (`depthwise`: output channel `o`
    /// sees input channel `o` only, weight `[C, 1, kh, kw]`).
    fn conv_ref_dw(g: &ConvGeom, x: &[f32], w: &[f32], depthwise: bool) -> Vec<f32> {
        let (ho, wo) = g.out_hw();
        let mut y = vec![0.0f32; g.n * g.o * ho * wo];
        for n in 0..g.n {
            for o in 0..g.o {
                for oy in 0..ho {
                    for ox in 0..wo {
                        let mut s = 0.0f64;
                        let channels = if depthwise { o..o + 1 } else { 0..g.c };
                        for c in channels {
                            let wc = if depthwise { 0 } else { c };
                            let wi = if depthwise { 1 } else { g.c };
                            for ky in 0..g.kh {
                                for kx in 0..g.kw {
                                    let iy = (oy * g.stride[0] + ky) as isize - g.pad[0] as isize;
                                    let ix = (ox * g.stride[1] + kx) as isize - g.pad[1] as isize;
                                    if iy < 0 || ix < 0 || iy >= g.h as isize || ix >= g.w as isize
                                    {
                                        continue;
                                    }
                                    s += x[((n * g.c + c) * g.h + iy as usize) * g.w + ix as usize]
                                        as f64
                                        * w[((o * wi + wc) * g.kh + ky) * g.kw + kx] as f64;
                                }
                            }
                        }
                        y[((n * g.o + o) * ho + oy) * wo + ox] = s as f32;
                    }
                }
            }
        }
        y
    }

    fn conv_ref(g: &ConvGeom, x: &[f32], w: &[f32]) -> Vec<f32> {
        conv_ref_dw(g, x, w, false)
    }

    fn values(n: usize, seed: u32) -> Vec<f32> {
        let mut s = seed.wrapping_mul(2654435761).max(1);
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 17;
                s ^= s << 5;
                (s as f32 / u32::MAX as f32) * 2.0 - 1.0
            })
            .collect()
    }

    /// ⟨dY, conv(X, W)⟩ is bilinear, so its gradients are exactly the backward passes: check
    /// them against the reference convolution by the adjoint identities
    /// ⟨dY, conv(X', W)⟩ = ⟨dX(dY), X'⟩ and ⟨dY, conv(X, W')⟩ = ⟨dW(dY), W'⟩.
    #[test]
    fn backward_passes_are_the_adjoints_of_the_convolution() {
        for g in [
            geom((3, 2, 7, 6, 4), (3, 3), [1, 1], [1; 4]),
            // Fewer columns (k = 9) than output channels: a row-major weight gradient.
            geom((3, 1, 6, 6, 12), (3, 3), [1, 1], [1; 4]),
            // A 4×4 output plane: the input gradient's columns computed transposed.
            geom((2, 3, 8, 8, 5), (3, 3), [2, 2], [1; 4]),
            geom((9, 4, 5, 5, 3), (1, 1), [1, 1], [0; 4]),
            geom((2, 4, 6, 6, 3), (1, 1), [2, 2], [0; 4]),
            // A weight gradient side by side over two chunks of images (4×4 planes, 40 images).
            geom((40, 3, 4, 4, 4), (3, 3), [1, 1], [1; 4]),
            // Pointwise on small planes, one batch-wide GEMM: several tiles along both the
            // output channels (130 > 64) and the batch's positions (30 · 9 > 256).
            geom((30, 70, 3, 3, 130), (1, 1), [1, 1], [0; 4]),
            geom((2, 1, 9, 7, 2), (5, 3), [2, 1], [2, 1, 2, 1]),
        ] {
            let (ho, wo) = g.out_hw();
            let x = values(g.n * g.c * g.h * g.w, 1);
            let w = values(g.o * g.c * g.kh * g.kw, 2);
            let dy = values(g.n * g.o * ho * wo, 3);
            let x2 = values(x.len(), 4);
            let w2 = values(w.len(), 5);
            let dot = |a: &[f32], b: &[f32]| {
                a.iter()
                    .zip(b)
                    .map(|(p, q)| *p as f64 * *q as f64)
                    .sum::<f64>()
            };
            let y = conv2d_forward(&g, &x, &w);
            let want = conv_ref(&g, &x, &w);
            for (a, b) in y.iter().zip(&want) {
                assert!((a - b).abs() < 1e-4, "forward {g:?}");
            }
            let dx = conv2d_x_backward(&g, &dy, &w);
            let lhs = dot(&dy, &conv_ref(&g, &x2, &w));
            assert!(
                (lhs - dot(&dx, &x2)).abs() < 1e-4 * (1.0 + lhs.abs()),
                "dX {g:?}"
            );
            let dw = conv2d_weight_backward(&g, &x, &dy);
            let lhs = dot(&dy, &conv_ref(&g, &x, &w2));
            assert!(
                (lhs - dot(&dw, &w2)).abs() < 1e-4 * (1.0 + lhs.abs()),
                "dW {g:?}"
            );
        }
    }

    #[test]
    fn depthwise_forward_and_backward_are_adjoint_and_match_the_definition() {
        for g in [
            geom((3, 4, 7, 6, 4), (3, 3), [1, 1], [1; 4]),
            geom((2, 5, 9, 9, 5), (5, 5), [2, 2], [1, 1, 2, 2]),
            geom((2, 3, 8, 8, 3), (3, 3), [2, 2], [0, 0, 1, 1]),
            // Planes larger than the channels-last path takes: phase planes at stride 1, 2
            // (odd sides, asymmetric padding), 3 and unequal strides.
            geom((3, 5, 12, 10, 5), (3, 3), [1, 1], [1; 4]),
            geom((2, 3, 19, 17, 3), (5, 3), [2, 2], [2, 1, 2, 1]),
            geom((2, 3, 20, 18, 3), (3, 3), [2, 2], [0, 0, 1, 1]),
            geom((2, 2, 23, 16, 2), (5, 4), [3, 3], [1, 2, 0, 1]),
            geom((2, 2, 17, 20, 2), (3, 5), [2, 1], [1, 2, 1, 2]),
            // Small planes, channels-last: a 5×5 kernel on a 2×2 plane (most taps in the
            // padding) and many channels over more images than one weight-gradient chunk.
            geom((3, 7, 2, 2, 7), (5, 5), [1, 1], [2; 4]),
            geom((11, 301, 4, 4, 301), (3, 3), [1, 1], [1; 4]),
        ] {
            let (ho, wo) = g.out_hw();
            let x = values(g.n * g.c * g.h * g.w, 11);
            let w = values(g.c * g.kh * g.kw, 12);
            let dy = values(g.n * g.c * ho * wo, 13);
            let (x2, w2) = (values(x.len(), 14), values(w.len(), 15));
            let dot = |a: &[f32], b: &[f32]| {
                a.iter()
                    .zip(b)
                    .map(|(p, q)| *p as f64 * *q as f64)
                    .sum::<f64>()
            };
            let y = depthwise_forward(&g, &x, &w);
            for (a, b) in y.iter().zip(&conv_ref_dw(&g, &x, &w, true)) {
                assert!((a - b).abs() < 1e-4, "forward {g:?}");
            }
            let lhs = dot(&dy, &conv_ref_dw(&g, &x2, &w, true));
            let dx = depthwise_x_backward(&g, &dy, &w);
            assert!(
                (lhs - dot(&dx, &x2)).abs() < 1e-4 * (1.0 + lhs.abs()),
                "dX {g:?}"
            );
            let lhs = dot(&dy, &conv_ref_dw(&g, &x, &w2, true));
            let dw = depthwise_weight_backward(&g, &x, &dy);
            assert!(
                (lhs - dot(&dw, &w2)).abs() < 1e-4 * (1.0 + lhs.abs()),
                "dW {g:?}"
            );
        }
    }

    #[test]
    fn par_filled_writes_every_chunk_in_place() {
        // One chunk on the calling thread, several with a shorter last one, and zeros.
        for (len, chunk) in [(5, 8), (1000, 64), (1003, 64), (0, 4)] {
            let v = par_filled(len, chunk, |values, i| {
                for (j, x) in values.iter_mut().enumerate() {
                    x.write((i * chunk + j) as f32);
                }
            });
            assert_eq!(v, (0..len).map(|j| j as f32).collect::<Vec<_>>());
        }
        let z = par_zeroed(3 * FILL_CHUNK + 7);
        assert!(z.len() == 3 * FILL_CHUNK + 7 && z.iter().all(|&x| x == 0.0));
    }

    /// `ConvGeom` from `(n, c, h, w, o)`, the kernel `(kh, kw)`, the stride `[y, x]` and the
    /// padding `[top, left, bottom, right]`.
    fn geom(
        (n, c, h, w, o): (usize, usize, usize, usize, usize),
        (kh, kw): (usize, usize),
        stride: [usize; 2],
        pad: [usize; 4],
    ) -> ConvGeom {
        ConvGeom {
            n,
            c,
            h,
            w,
            o,
            kh,
            kw,
            stride,
            pad,
        }
    }

    /// Every kernel gives the same bits on 1 and 3 threads: the batch-wide pointwise GEMM,
    /// the channels-last small planes, the plane-wise depthwise paths and per-image GEMMs.
    #[test]
    fn results_do_not_depend_on_the_thread_count() {
        let geoms = [
            // batch-wide pointwise (2×2 planes), several tiles
            (geom((70, 33, 2, 2, 90), (1, 1), [1, 1], [0; 4]), false),
            // per-image pointwise and a 3×3 dense convolution
            (geom((19, 6, 6, 5, 7), (1, 1), [1, 1], [0; 4]), false),
            (geom((19, 4, 14, 12, 5), (3, 3), [2, 2], [1; 4]), false),
            // a 3×3 convolution's weight gradient side by side: 40 images of 4×4 in chunks
            // of 32 (its forward pass and input gradient per image)
            (geom((40, 6, 4, 4, 5), (3, 3), [1, 1], [1; 4]), false),
            // depthwise: channels-last (small planes, stride 1 and 2) and phase planes
            // (stride 2 and 1)
            (geom((19, 70, 4, 4, 70), (5, 5), [1, 1], [2; 4]), true),
            (geom((19, 40, 8, 8, 40), (3, 3), [2, 2], [0, 0, 1, 1]), true),
            (geom((19, 9, 12, 12, 9), (5, 5), [2, 2], [1, 1, 2, 2]), true),
            (geom((19, 5, 12, 10, 5), (3, 3), [1, 1], [1; 4]), true),
            (geom((19, 5, 20, 17, 5), (3, 3), [2, 2], [1; 4]), true),
        ];
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("a thread pool");
            pool.install(|| {
                geoms
                    .iter()
                    .map(|(g, dw)| {
                        let (ho, wo) = g.out_hw();
                        let x = values(g.n * g.c * g.h * g.w, 21);
                        let w = values(g.o * if *dw { 1 } else { g.c } * g.kh * g.kw, 22);
                        let dy = values(g.n * g.o * ho * wo, 23);
                        if *dw {
                            [
                                depthwise_forward(g, &x, &w),
                                depthwise_x_backward(g, &dy, &w),
                                depthwise_weight_backward(g, &x, &dy),
                            ]
                        } else {
                            [
                                conv2d_forward(g, &x, &w),
                                conv2d_x_backward(g, &dy, &w),
                                conv2d_weight_backward(g, &x, &dy),
                            ]
                        }
                    })
                    .collect::<Vec<_>>()
            })
        };
        let (one, three) = (run(1), run(3));
        for ((g, _), (a, b)) in geoms.iter().zip(one.iter().zip(&three)) {
            for (pass, (x, y)) in ["forward", "x backward", "weight backward"]
                .iter()
                .zip(a.iter().zip(b))
            {
                let same = x.iter().zip(y).all(|(p, q)| p.to_bits() == q.to_bits());
                assert!(same && x.len() == y.len(), "{pass} differs for {g:?}");
            }
        }
    }
}
