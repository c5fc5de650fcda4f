#!/usr/bin/env bash
# KE ranked by a larger encoder (the paper's setting; forty-first session): the transforms are
# ranked on EfficientNet-Lite2's pooled features (--rank-backbone efficientnet-lite2), the head
# still trains on Lite0's. Otherwise ../run.sh's KE runs: first 1000 training images per class,
# 64 px, the 12-transform bank, CPU tier, 2 threads; SAD and SSA (SSA's meaning-changing
# operations fixed before running, as in ../run.sh), and SSA over the normal class's own images.
# Usage: [SEEDS="0 1 2"] [KEYS="ssa sad ssa-normal"] bash run.sh [OUTDIR]   (from the repository root)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/ke-fmnist/rank-lite2}
mkdir -p "$OUT"
BANK5=hflip@5,vflip@5,rot90@5,rot180@5,rot270@5,crop@5,jitter@5,noise@5,blur@5,glass@5,jpeg@5,snow@5
SHIFT=noise,glass,vflip,rot90,rot180,rot270
common=(--threads 2 --no-progress eval --data "$DATA" --image-size 64 --max-train 1000)
declare -A protocol=(
  [sad]="--protocol one-vs-rest"
  [ssa]="--protocol ssa --transforms $BANK5 --shifting $SHIFT --shifting-for 8=noise,glass"
  [ssa-normal]="--protocol ssa --transforms $BANK5 --shifting $SHIFT --shifting-for 8=noise,glass --ssa-scope normal-class"
)
for seed in ${SEEDS:-0 1 2}; do
  for key in ${KEYS:-ssa sad ssa-normal}; do
    out="$OUT/ke-lite2rank-$key-s$seed.json"
    [[ -f $out ]] && continue
    echo "== ke ranked by lite2, $key seed=$seed ($(date +%T))"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e s wall" "$SWAN" "${common[@]}" ${protocol[$key]} --seed "$seed" \
      --method ke --rank-backbone efficientnet-lite2 --out "$out" | tail -2
  done
done
