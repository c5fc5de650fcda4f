#!/usr/bin/env bash
# Conformal p-values of calibrated DN2 models on Fashion-MNIST: for each class c and seed s,
# fit on 90 % of class c's 6000 training images (--calibration-split 0.1 holds out 600), score
# the 10 000 test images, and keep the scores CSV. `python3 analyze.py` then reads, per class,
# the fraction of the 1000 test normals (class c) with p <= alpha (the false-positive rate the
# p-values promise to keep at or below alpha) and of the 9000 others (the detection rate).
set -euo pipefail
cd "$(dirname "$0")"
SWAN=${SWAN:-../../../target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
SEEDS=${SEEDS:-"0 1 2"}
THREADS=${THREADS:-2}
mkdir -p runs
for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=runs/dn2-c$c-s$s.safetensors
    "$SWAN" --threads "$THREADS" --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split 0.1 --seed "$s" --out "$m" 2>> runs/log.txt
    "$SWAN" --threads "$THREADS" --no-progress score --model "$m" --data "$DATA" --split test \
      --threshold-fpr 0.05 --out runs/scores-c$c-s$s.csv 2>> runs/log.txt
    rm "$m"
  done
done
python3 analyze.py
