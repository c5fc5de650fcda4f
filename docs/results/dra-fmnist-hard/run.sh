#!/usr/bin/env bash
# DRA vs DevNet vs DN2 on Fashion-MNIST, DRA's hard setting (issue 10).
# For each normal class c (first 1000 training images), the seen anomaly class is
# s = (c + 1) mod 10 (--seen-class next); M labelled anomalies are drawn from class s's
# training images; the unseen AUROC is the normals vs the 8 other classes of the test split,
# the seen AUROC the normals vs class s. 128 px, frozen Lite0 feature maps (block15),
# 2 threads. Usage: bash run.sh [OUTDIR]   (from the repository root, after cargo build --release)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/dra-fmnist-hard}
mkdir -p "$OUT"
common=(--threads 2 eval --data "$DATA" --protocol dra-hard --image-size 128 --max-train 1000)
run() { # name method shots seed [extra flags...]
  local name=$1 method=$2 shots=$3 seed=$4; shift 4
  local out="$OUT/$name-m$shots-s$seed.json"
  [[ -f $out ]] && return 0
  echo "== $name M=$shots seed=$seed ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" "${common[@]}" --method "$method" --shots "$shots" \
    --seed "$seed" "$@" --out "$out" | tail -3
}
# DN2 ignores the labelled anomalies and its test sets do not depend on M or the seed: one run.
run dn2 dn2 10 0
for shots in 10 1; do
  for seed in 0 1 2; do
    run dra dra "$shots" "$seed"
    run devnet devnet "$shots" "$seed"
  done
done
