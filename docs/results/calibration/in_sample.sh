#!/usr/bin/env bash
# What calibrating on the training images themselves would give (the mistake swan refuses for
# a model's whole training set and warns about for --holdout = --features): DN2's kNN (k = 2,
# L2) fitted on all 6000 training images of class c, p-values from those same 6000 rows.
set -euo pipefail
cd "$(dirname "$0")"
SWAN=${SWAN:-../../../target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
mkdir -p runs
"$SWAN" --threads 2 --no-progress features --data "$DATA" --split test --image-size 64 \
  --out runs/test.safetensors 2>> runs/log.txt
for c in 0 1 2 3 4 5 6 7 8 9; do
  "$SWAN" --threads 2 --no-progress features --data "$DATA" --split train --class "$c" \
    --image-size 64 --out runs/train-c$c.safetensors 2>> runs/log.txt
  "$SWAN" --threads 2 --no-progress score --features runs/train-c$c.safetensors \
    --query runs/test.safetensors --scorer knn --k 2 --holdout runs/train-c$c.safetensors \
    --threshold-fpr 0.05 --out runs/scores-insample-c$c.csv 2>> runs/log.txt
done
