#!/usr/bin/env bash
# ADRA and DN2 on the oe-split protocol with each backbone (run from this directory): the transfer section's main
# budget (first 1000 training images per class, 64 px, one epoch of 500 normals), seed 0.
set -euo pipefail
SWAN=${SWAN:-swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
common=(--threads 2 eval --data "$DATA" --protocol oe-split --image-size 64 --max-train 1000)
for b in ${BACKBONES:-0 1 2}; do
  for m in dn2 adra; do
    out=lite$b-$m-s0.json
    [[ -f $out ]] && continue
    extra=(--k 2)
    [[ $m == adra ]] && extra=(--epochs 1 --images-per-epoch 500)
    echo "== lite$b $m ($(date +%T))"
    /usr/bin/time -f "%e s wall" "$SWAN" "${common[@]}" --backbone efficientnet-lite$b \
      --method $m "${extra[@]}" --seed 0 --no-progress --out $out | tail -2
  done
done
