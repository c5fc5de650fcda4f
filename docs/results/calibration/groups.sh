#!/usr/bin/env bash
# Calibration with near-duplicates: per class c, DN2 (64 px, k = 2) fitted on groups_data.py's
# 6000 training shots of class c (1500 objects x 4 shots) with --calibration-split 0.1, the
# held-out 600 drawn image by image or as whole objects (--calibration-group object), seeds 0,
# 1, 2; then the 10 000 Fashion-MNIST test images scored. `python3 groups_analyze.py` reads the
# share of test normals (class c) and of the others with p <= 0.01 / 0.05 / 0.1.
set -euo pipefail
cd "$(dirname "$0")"
SWAN=${SWAN:-../../../target/release/swan}
SEEDS=${SEEDS:-"0 1 2"}
OUT=runs/groups
mkdir -p "$OUT"
python3 groups_data.py runs/shots
for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    for mode in image object; do
      m=$OUT/dn2-c$c-s$s-$mode.safetensors
      group=()
      [ "$mode" = object ] && group=(--calibration-group object)
      "$SWAN" --threads 2 --no-progress fit --method dn2 --data "csv:runs/shots/shots-c$c.csv" \
        --image-size 64 --k 2 --calibration-split 0.1 "${group[@]}" --seed "$s" --out "$m" \
        2>> "$OUT/log.txt"
      "$SWAN" --threads 2 --no-progress score --model "$m" \
        --data idx:/usr/share/datasets/fashion-mnist --split test \
        --out "$OUT/scores-c$c-s$s-$mode.csv" 2>> "$OUT/log.txt"
      rm "$m"
    done
  done
done
python3 groups_analyze.py
