#!/usr/bin/env bash
# Where do DRA's (and DevNet's) patch maps point? Fashion-MNIST with pasted-quadrant defects
# of unseen classes (make_data.py), 128 px, frozen Lite0 maps (block15: 4x4 patches, each
# quadrant 2x2 of them), DRA's defaults, seeds 0 1 2, every normal class.
# Usage (repository root, after cargo build --release):
#   python3 docs/results/dra-fmnist-maps/make_data.py /tmp/dra-maps-data
#   bash docs/results/dra-fmnist-maps/run.sh /tmp/dra-maps-data /tmp/dra-maps-runs
#   python3 docs/results/dra-fmnist-maps/evaluate.py /tmp/dra-maps-data /tmp/dra-maps-runs
set -euo pipefail
SWAN=$(realpath "${SWAN:-./target/release/swan}")
DATA=$(realpath "${1:-/tmp/dra-maps-data}")
RUNS=$(realpath -m "${2:-/tmp/dra-maps-runs}")
SEEDS=${SEEDS:-"0 1 2"}
CLASSES=${CLASSES:-"0 1 2 3 4 5 6 7 8 9"}
METHODS=${METHODS:-"dra devnet"}
# Extra fit flags and a tag for the run folders, e.g. TAG=_block10 EXTRA="--tap block10";
# SIZE: the input size (TAG=_64 SIZE=64: 2x2 maps, as transfer_maps.sh's).
SIZE=${SIZE:-128}
TAG=${TAG:-}
EXTRA=${EXTRA:-}
mkdir -p "$RUNS"
for seed in $SEEDS; do
  for c in $CLASSES; do
    for method in $METHODS; do
      out="$RUNS/$method$TAG-c$c-s$seed"
      [[ -f $out/maps.safetensors ]] && continue
      echo "== $method class $c seed $seed ($(date +%T))"
      mkdir -p "$out"
      (cd "$DATA/c$c" &&
        /usr/bin/time -f "fit %e s wall" "$SWAN" --threads 2 --no-progress fit --method "$method" \
          --data train.csv --anomalies anomalies.csv --image-size "$SIZE" --seed "$seed" $EXTRA \
          --out "$out/model.swan" 2>&1 | tail -2 &&
        "$SWAN" --threads 2 --no-progress score --model "$out/model.swan" --data test.csv \
          --maps "$out" --out "$out/scores.csv" 2>&1 | tail -3)
      rm -f "$out/model.swan"
    done
  done
done
