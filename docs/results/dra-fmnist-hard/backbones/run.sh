#!/usr/bin/env bash
# DRA's hard setting with the larger backbones (run from this directory): seed 0, M = 10, 128 px, frozen maps at the
# backbone's last block (the default tap), DRA / DevNet / DN2 on the same splits.
set -euo pipefail
SWAN=${SWAN:-swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
for b in ${BACKBONES:-2 1}; do
  for m in dn2 devnet dra; do
    out=lite$b-$m-m10-s0.json
    [[ -f $out ]] && continue
    echo "== lite$b $m ($(date +%T))"
    /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" --protocol dra-hard \
      --image-size 128 --max-train 1000 --backbone efficientnet-lite$b --method $m --shots 10 \
      --seed 0 --no-progress --out $out | tail -3
  done
done
