#!/usr/bin/env bash
# Each DRA head's term of the score (seen g_s, pseudo g_p, residual g_r, normal -g_n), measured
# beside the score by `swan eval` (`components` in the report): the hard setting, M = 10, seed
# 0, the head ablation's normal classes 0, 2, 4, 6, 8, at 128 px and at 224 px. Same runs as
# ../dra-m10-s0.json and ../size224/dra-m10-s0.json, retrained with the build that reports
# the terms. Machine A, 2 threads. SIZES="" skips these runs.
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/dra-fmnist-hard/terms}
mkdir -p "$OUT"
for size in ${SIZES-128 224}; do
  out="$OUT/dra-m10-s0-$size.json"
  [[ -f $out ]] && continue
  echo "== $size px ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" --protocol dra-hard \
    --image-size "$size" --max-train 1000 --shots 10 --method dra --seed 0 \
    --only-splits 0,2,4,6,8 --out "$out" | tail -4
done
# NO_PSEUDO=1: the same at 128 px without the pseudo head (its CutMix copies then leave the
# batches too), to tell the pseudo term at inference from CutMix in the other heads' training.
if [[ ${NO_PSEUDO:-0} == 1 ]]; then
  out="$OUT/dra-no-pseudo-m10-s0-128.json"
  [[ -f $out ]] || /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" \
    --protocol dra-hard --image-size 128 --max-train 1000 --shots 10 --method dra --seed 0 \
    --heads seen,residual,normal --only-splits 0,2,4,6,8 --out "$out" | tail -4
fi
# GENERAL=1: the general setting (dra-general, M = 10 from all nine other classes), all ten
# classes, 128 px, with the per-head terms.
if [[ ${GENERAL:-0} == 1 ]]; then
  out="$OUT/general-dra-m10-s0-128.json"
  [[ -f $out ]] || /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" \
    --protocol dra-general --image-size 128 --max-train 1000 --shots 10 --method dra --seed 0 \
    --out "$out" | tail -4
fi
