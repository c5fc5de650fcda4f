#!/usr/bin/env bash
# Is the false discovery rate of fdr.sh above its bound because Fashion-MNIST's test normals
# are not exchangeable with held-out training normals, or by chance? For each class c and seed
# s, a DN2 model calibrated with --calibration-split $CAL keeps its held-out scores (read back
# with `swan inspect --json`) and scores the 10 000 test images once; `python3
# fdr_exchange.py runs/exch-cal$CAL` then runs BH on many batches built from those scores, once
# with the real held-out scores and once after pooling held-out and test normals and splitting
# them again at random (exchangeable by construction).
set -euo pipefail
cd "$(dirname "$0")"
SWAN=${SWAN:-../../../target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
CAL=${CAL:-0.5}
SEEDS=${SEEDS:-"0 1 2"}
OUT=runs/exch-cal$CAL
mkdir -p "$OUT"
for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    "$SWAN" inspect "$m" --json | python3 -c \
      'import json,sys; print(json.dumps(json.load(sys.stdin)["header"]["calibration"]["scores"]))' \
      > "$OUT/cal-c$c-s$s.json"
    "$SWAN" --threads 2 --no-progress score --model "$m" --data "$DATA" --split test \
      --out "$OUT/test-c$c-s$s.csv" 2>> "$OUT/log.txt"
    rm "$m"
  done
done
python3 fdr_exchange.py "$OUT"
