#!/usr/bin/env bash
# Occlusion maps (`swan score --maps DIR --occlusion GRID --occlusion-fill FILL`) on the
# pasted-quadrant defects of make_data.py: DN2 (k = 2, L2, pooled Lite0 features at 128 px, as
# dn2.sh), whose score has no patch map of its own, and optionally DRA / DevNet (METHODS), whose
# own maps run.sh measured, explained by occlusion instead. One fit per class (and seed, for
# DRA), scored once per configuration; run folders `<method>-occ<GRID><fill>-c<class>-s<seed>`,
# which evaluate.py reads as it reads run.sh's.
# Usage (repository root, after cargo build --release):
#   python3 docs/results/dra-fmnist-maps/make_data.py /tmp/dra-maps-data
#   bash docs/results/dra-fmnist-maps/occlusion.sh /tmp/dra-maps-data /tmp/dra-maps-runs
#   CONFIGS="4:mean" METHODS=dra SEEDS=0 bash docs/results/dra-fmnist-maps/occlusion.sh ...
#   python3 docs/results/dra-fmnist-maps/evaluate.py /tmp/dra-maps-data /tmp/dra-maps-runs
set -euo pipefail
SWAN=$(realpath "${SWAN:-./target/release/swan}")
DATA=$(realpath "${1:-/tmp/dra-maps-data}")
RUNS=$(realpath -m "${2:-/tmp/dra-maps-runs}")
CONFIGS=${CONFIGS:-"4:mean 4:blur 8:mean"}
CLASSES=${CLASSES:-"0 1 2 3 4 5 6 7 8 9"}
METHODS=${METHODS:-dn2}
SEEDS=${SEEDS:-0}
mkdir -p "$RUNS"
for method in $METHODS; do
  for seed in $SEEDS; do
    for c in $CLASSES; do
      model="$RUNS/$method-occlusion-model-c$c-s$seed.swan"
      for config in $CONFIGS; do
        grid=${config%%:*}
        fill=${config##*:}
        out="$RUNS/$method-occ$grid$fill-c$c-s$seed"
        [[ -f $out/maps.safetensors ]] && continue
        if [[ ! -f $model ]]; then
          case $method in
            dn2) fit=(--method dn2 --k 2 --data train.csv) ;;
            *) fit=(--method "$method" --data train.csv --anomalies anomalies.csv --seed "$seed") ;;
          esac
          (cd "$DATA/c$c" && "$SWAN" --threads 2 --no-progress fit "${fit[@]}" --image-size 128 \
            --out "$model" 2>&1 | tail -1)
        fi
        echo "== $method class $c seed $seed occlusion $grid $fill ($(date +%T))"
        mkdir -p "$out"
        (cd "$DATA/c$c" &&
          /usr/bin/time -f "score %e s wall" "$SWAN" --threads 2 --no-progress score --model "$model" \
            --data test.csv --maps "$out" --occlusion "$grid" --occlusion-fill "$fill" \
            --out "$out/scores.csv" 2>&1 | tail -3)
      done
      rm -f "$model"
    done
  done
done
