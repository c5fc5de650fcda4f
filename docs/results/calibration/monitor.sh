#!/usr/bin/env bash
# `swan serve`'s GET /metrics as a drift monitor: a DN2 sneaker model (Fashion-MNIST class 7,
# 64 px, k = 2) calibrated with --calibration-split 0.1 (600 held out, seed 0) is served with
# --threshold-fpr 0.05, and monitor.py posts three phases of traffic to it — the 1000 test
# sneakers unchanged, the same blurred (Gaussian, radius 1.2 px), and the unchanged sneakers
# with 100 test images of other classes mixed in — reading /metrics before and after each.
# Writes monitor-summary.json (the counters' differences per phase).
set -euo pipefail
cd "$(dirname "$0")"
SWAN=$(realpath "${SWAN:-../../../target/release/swan}")
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=runs/monitor
mkdir -p "$OUT"
"$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class 7 --image-size 64 \
  --k 2 --calibration-split 0.1 --seed 0 --out "$OUT/sneaker.safetensors"
"$SWAN" --threads 2 --no-progress serve --model "$OUT/sneaker.safetensors" --port 0 \
  --threshold-fpr 0.05 > "$OUT/serve.out" 2> "$OUT/serve.err" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$OUT/serve.out" 2>/dev/null && break; sleep 0.2; done
addr=$(sed -n 's|^listening on http://||p' "$OUT/serve.out")
python3 monitor.py "$addr" monitor-summary.json
