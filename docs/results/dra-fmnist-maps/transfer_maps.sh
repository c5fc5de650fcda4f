#!/usr/bin/env bash
# Where do ADIB's and ADRA's maps (the linear head at every patch of Lite0's last feature map)
# point on the pasted-quadrant defects of make_data.py? Per normal class c, the outlier-exposure
# corpus is every Fashion-MNIST image of the seen class s = (c + 1) mod 10 (DRA's labelled
# class; the pasted quadrants come from the 8 other classes, never in the corpus). 64 px: the
# last feature map is 2x2, one patch per quadrant (SIZE=128: 4x4, as DRA's maps at 128 px; the
# run folders are tagged with the size). Default training (5 epochs), seed 0.
# Usage (repository root, after cargo build --release):
#   bash docs/results/dra-fmnist-maps/transfer_maps.sh /tmp/dra-maps-data /tmp/dra-maps-runs
#   python3 docs/results/dra-fmnist-maps/evaluate.py /tmp/dra-maps-data /tmp/dra-maps-runs
set -euo pipefail
SWAN=$(realpath "${SWAN:-./target/release/swan}")
DATA=$(realpath "${1:-/tmp/dra-maps-data}")
RUNS=$(realpath -m "${2:-/tmp/dra-maps-runs}")
SEEDS=${SEEDS:-0}
CLASSES=${CLASSES:-"0 1 2 3 4 5 6 7 8 9"}
METHODS=${METHODS:-"adib adra"}
IDX=${IDX:-/usr/share/datasets/fashion-mnist}
SIZE=${SIZE:-64}
mkdir -p "$RUNS"
for seed in $SEEDS; do
  for c in $CLASSES; do
    for method in $METHODS; do
      out="$RUNS/${method}_$SIZE-c$c-s$seed"
      [[ -f $out/maps.safetensors ]] && continue
      echo "== $method class $c seed $seed ($(date +%T))"
      mkdir -p "$out"
      (cd "$DATA/c$c" &&
        /usr/bin/time -f "fit %e s wall" "$SWAN" --threads 2 --no-progress fit --method "$method" \
          --data train.csv --oe "idx:$IDX" --oe-class $(((c + 1) % 10)) --image-size "$SIZE" \
          --seed "$seed" --out "$out/model.swan" 2>&1 | tail -2 &&
        "$SWAN" --threads 2 --no-progress score --model "$out/model.swan" --data test.csv \
          --maps "$out" --out "$out/scores.csv" 2>&1 | tail -3)
      rm -f "$out/model.swan"
    done
  done
done
