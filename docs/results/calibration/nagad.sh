#!/usr/bin/env bash
# Calibrated decisions under NAGAD (Red PANDA issue's tint4 setting, run.sh of
# docs/results/red-panda-fmnist with --calibration-split 0.1): 10 % of the familiar training
# normals are held out; at p <= 0.05 the report gives the share of familiar test normals
# flagged (false positives), of anomalies (detections) and of pseudo-anomalies (normal
# content in unseen tint combinations, which a nuisance-invariant detector keeps near 5 %).
# DN2 (k = 1, cosine) and Red PANDA tier A, seeds 0 1 2, 2 threads.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SWAN=${SWAN:-./target/release/swan}
OUT=${OUT:-docs/results/calibration/nagad}
mkdir -p "$OUT"
for seed in ${SEEDS:-0 1 2}; do
  for m in "dn2 --k 1 --metric cosine" "red-panda"; do
    name=${m%% *}
    out="$OUT/$name-tint4-s$seed.json"
    [[ -f $out ]] && continue
    /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 --no-progress eval \
      --data idx:/usr/share/datasets/fashion-mnist --image-size 64 --max-train 1000 \
      --max-test 0 --protocol nagad --synthetic-nuisance tint4 --nuisance tint \
      --anomaly-values 2 --hold-out per-nuisance --seed "$seed" --method $m \
      --calibration-split 0.1 --out "$out" 2>&1 | tail -4
  done
done
