#!/usr/bin/env bash
# Omega in the transfer paper's training regime, a pilot (nineteenth session): oe-split as in
# ../run.sh (first 1000 training images per class, Lite0 at 64 px, 2 threads), normal classes
# 0 and 6 (seeds 0, 1 and 2 were run), trained as the paper's code does — SGD lr 0.1, momentum 0.9, weight
# decay 1e-4, lr x0.1 at 60 % and 80 % of the epochs (--paper-optimizer), batch-norm in train
# mode, random head — for 20 epochs of all 1000 normal images (31 steps of 32 normal + 32
# corpus images each, 620 steps; the paper runs 100 epochs), ADIB (alpha 1e-2) against
# "pretrained without Omega" (alpha 0). With lr 0.1 for 372 steps, Omega's pull
# lr*2*alpha*steps is about 0.77 (before momentum), so unlike the main budget it can act.
# Usage: [SEEDS="0"] [SPLITS=0,6] [EPOCHS=20] bash run.sh [OUTDIR]  (from the repository root)
#        CLASSES="1 2 3" SEEDS="0 1 2" bash run.sh   one class at a time, every seed and variant of
#        a class before the next, into OUTDIR/c<class>/ (the twentieth session's grid; a run that
#        stops keeps every finished report, and a rerun skips them). THREADS=1 (default 2) sets
#        swan's --threads; two such scripts may run at once (e.g. CLASSES in opposite orders):
#        each claims a run with a mkdir of <report>.claim before starting it (remove stale claims
#        of a killed run by hand). Results do not depend on the thread count.
#        VARIANTS="adra" (default "adib no-omega") runs ADRA (frozen base, 1x1 adapters) in the
#        same regime, into adra-s<seed>.json (it diverges there: ../paper-regime-adra/).
#        VARIANTS="adib-norm": ADIB with Omega as the paper's code computes it (alpha times
#        the norm of theta - theta0, not squared, over the convolution kernels; --omega norm),
#        into adib-norm-s<seed>.json (twenty-first session).
#        VARIANTS="adra-lr<LR>" (e.g. adra-lr0.01): ADRA with the paper's schedule, momentum,
#        weight decay and epochs but learning rate LR, into adra-lr<LR>-s<seed>.json
#        (twenty-second session; LR chosen on the training loss, see BENCHMARKS.md).
#        VARIANTS="scratch": the "no pretraining" ablation (random Lite0, batch-norm in train
#        mode, alpha 0) in this regime, into scratch-s<seed>.json (twenty-second session).
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/transfer-fmnist-oe/paper-regime}
EPOCHS=${EPOCHS:-20}
paper=(--paper-optimizer --batch-norm train --head-init random --epochs "$EPOCHS")
if [[ -n ${CLASSES:-} ]]; then
  for class in $CLASSES; do
    CLASSES= SPLITS=$class bash "$0" "$OUT/c$class"
  done
  exit 0
fi
mkdir -p "$OUT"
for seed in ${SEEDS:-0}; do
  for name in ${VARIANTS:-adib no-omega}; do
    case $name in
      adib) method=(--method adib --alpha 0.01) ;;
      no-omega) method=(--method adib --alpha 0) ;;
      adra) method=(--method adra --lr 0.1) ;;  # the paper's rate (--paper-optimizer gives adra 0.01 since the 22nd session)
      adib-norm) method=(--method adib --alpha 0.01 --omega norm) ;;
      adra-lr*) method=(--method adra --lr "${name#adra-lr}") ;;
      scratch) method=(--method adib --pretrained false --alpha 0) ;;
      *) echo "unknown variant $name (adib, no-omega, adra, adra-lr<LR>, adib-norm, scratch)" >&2; exit 2 ;;
    esac
    out="$OUT/$name-s$seed.json"
    [[ -f $out ]] && continue
    mkdir "$out.claim" 2>/dev/null || continue
    [[ -f $out ]] && { rmdir "$out.claim"; continue; }  # finished while we looked
    echo "== $name seed=$seed splits=${SPLITS:-0,6} threads=${THREADS:-2} ($(date +%T))"
    /usr/bin/time -f "%e s wall" "$SWAN" --threads "${THREADS:-2}" eval --data "$DATA" --protocol oe-split \
      --image-size 64 --max-train 1000 --seed "$seed" --only-splits "${SPLITS:-0,6}" \
      "${method[@]}" "${paper[@]}" --out "$out" --no-progress | tail -3
    rmdir "$out.claim"
  done
done
