#!/usr/bin/env bash
# DN2 (k = 2, pooled Lite0 features at 128 px; METRIC=cosine for the cosine distance) on the
# same data as run.sh: image scores only (a DN2 score has no patch map).
# Usage: bash docs/results/dra-fmnist-maps/dn2.sh /tmp/dra-maps-data /tmp/dra-maps-runs
set -euo pipefail
SWAN=$(realpath "${SWAN:-./target/release/swan}")
DATA=$(realpath "${1:-/tmp/dra-maps-data}")
RUNS=$(realpath -m "${2:-/tmp/dra-maps-runs}")
METRIC=${METRIC:-l2}
for c in 0 1 2 3 4 5 6 7 8 9; do
  out="$RUNS/dn2_$METRIC-c$c"
  [[ -f $out/scores.csv ]] && continue
  mkdir -p "$out"
  (cd "$DATA/c$c" &&
    "$SWAN" --threads 2 --no-progress fit --method dn2 --k 2 --metric "$METRIC" --data train.csv \
      --image-size 128 --out "$out/model.swan" 2>&1 | tail -1 &&
    "$SWAN" --threads 2 --no-progress score --model "$out/model.swan" --data test.csv \
      --out "$out/scores.csv" 2>&1 | tail -1)
  rm -f "$out/model.swan"
done
