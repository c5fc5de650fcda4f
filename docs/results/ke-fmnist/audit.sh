#!/usr/bin/env bash
# The per-class transform rankings behind KE (seed 0): on Lite0 pooled features at 64 px and
# on raw pixels (32 px), first 1000 training images per class, the 12-transform bank.
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/ke-fmnist}
for space in encoder pixels; do
  [[ -f $OUT/audit-$space.json ]] && continue
  echo "== audit $space ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 --no-progress audit transforms --data "$DATA" \
    --image-size 64 --max-per-class 1000 --rank-on "$space" --seed 0 --out "$OUT/audit-$space.json"
done
