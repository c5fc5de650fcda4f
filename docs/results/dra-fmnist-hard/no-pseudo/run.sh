#!/usr/bin/env bash
# The head ablation "no pseudo head" on the whole grid: DRA with the seen, residual
# and normality heads only (`--heads seen,residual,normal`; no CutMix copies then enter the
# batches), the hard setting, all ten normal classes, M = 10 and M = 1, seeds 0, 1, 2, 128 px,
# frozen Lite0 block-15 maps: the same runs as ../dra-m{10,1}-s{0,1,2}.json but for the
# heads. Machine A, 2 threads. Then `python3 docs/results/dra-fmnist-hard/no-pseudo/aggregate.py`.
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/dra-fmnist-hard/no-pseudo}
mkdir -p "$OUT"
for shots in ${SHOTS:-10 1}; do
  for seed in ${SEEDS:-0 1 2}; do
    out="$OUT/dra-no-pseudo-m$shots-s$seed.json"
    [[ -f $out ]] && continue
    echo "== M = $shots, seed $seed ($(date +%T))"
    /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 --no-progress eval --data "$DATA" \
      --protocol dra-hard --image-size 128 --max-train 1000 --shots "$shots" --method dra \
      --heads seen,residual,normal --seed "$seed" --out "$out" | tail -4
  done
done
