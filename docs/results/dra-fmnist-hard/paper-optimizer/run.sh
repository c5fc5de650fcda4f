#!/usr/bin/env bash
# DRA and DevNet in the hard setting with the DRA paper's own optimiser values
# (--paper-optimizer: Adam 1e-3, weight decay 1e-2, in place of the 2e-4 / 1e-5),
# otherwise as ../run.sh (first 1000 training images of the normal class, seen class
# (c + 1) mod 10, 128 px, frozen Lite0 block15 maps from the feature cache). DN2 does not
# train: its row is ../dn2-m10-s0.json. Twenty-third session.
# Usage: [SHOTS="10 1"] [SEEDS="0 1 2"] [THREADS=2] bash run.sh   (from the repository root)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=docs/results/dra-fmnist-hard/paper-optimizer
run() { # name method shots seed
  local name=$1 method=$2 shots=$3 seed=$4
  local out="$OUT/$name-m$shots-s$seed.json"
  [[ -f $out ]] && return 0
  echo "== $name M=$shots seed=$seed ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads "${THREADS:-2}" eval --data "$DATA" \
    --protocol dra-hard --image-size 128 --max-train 1000 --method "$method" \
    --shots "$shots" --seed "$seed" --paper-optimizer --out "$out" --no-progress | tail -3
}
for shots in ${SHOTS:-10 1}; do
  for seed in ${SEEDS:-0 1 2}; do
    run dra dra "$shots" "$seed"
    run devnet devnet "$shots" "$seed"
  done
done
