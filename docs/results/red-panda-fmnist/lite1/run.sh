#!/usr/bin/env bash
# Red PANDA tier A on tint4 with EfficientNet-Lite1 (the Red PANDA section's settings
# otherwise): DN2 (k = 1, cosine), Red PANDA and the one-group ablation, seeds 0 1 2.
# Run from this directory; the JSON names follow ../../red-panda-fmnist/run.sh.
set -euo pipefail
SWAN=${SWAN:-swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
BACKBONE=${BACKBONE:-efficientnet-lite1}
run() { # name seed [method flags...]
  local name=$1 seed=$2; shift 2
  local out="$name-tint4-s$seed.json"
  [[ -f $out ]] && return 0
  echo "== $name seed=$seed ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" --image-size 64 \
    --max-train 1000 --max-test 0 --protocol nagad --synthetic-nuisance tint4 \
    --nuisance tint --anomaly-values 2 --hold-out per-nuisance --backbone "$BACKBONE" \
    --seed "$seed" --no-progress "$@" --out "$out" | tail -3
}
for seed in ${SEEDS:-0 1 2}; do
  run dn2 "$seed" --method dn2 --k 1 --metric cosine
  run red-panda "$seed" --method red-panda
  run one-group "$seed" --method red-panda --one-group
done
