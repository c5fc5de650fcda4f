#!/usr/bin/env bash
# Benjamini-Hochberg on conformal p-values (`swan score --fdr`): for each class c, a DN2 model
# calibrated with --calibration-split $CAL (default 0.1; seeds 0, 1, 2 draw the held-out
# images) scores batches of the 1000 test images of class c plus 100 anomalies drawn from the
# other classes' test images (3 draws per class), at q = 0.05, 0.1 and 0.2.
# `python3 fdr_analyze.py runs/fdr-cal$CAL` reads the realised false discovery proportion
# (normal images among the flagged) and the share of the 100 anomalies flagged.
set -euo pipefail
cd "$(dirname "$0")"
SWAN=${SWAN:-../../../target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
CAL=${CAL:-0.1}           # --calibration-split; 0.5 holds out 3000 of each class's 6000
SEEDS=${SEEDS:-"0 1 2"}   # draws of the held-out images
OUT=runs/fdr-cal$CAL
mkdir -p runs/fdr "$OUT"
python3 fdr_batches.py runs/fdr
for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
python3 fdr_analyze.py "$OUT"
