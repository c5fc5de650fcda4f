#!/usr/bin/env bash
# Red PANDA vs DN2 on Fashion-MNIST with a synthetic nuisance (issue 8): first 1000 training
# images per class (the test split unused), Lite0 at 64 px, NAGAD with 2 anomaly classes
# and one pseudo-anomaly class per nuisance value drawn per seed, familiar normals split
# 85/15, tier A (frozen encoder, cached features of images and 4 views per image), seeds
# 0 1 2, 2 threads, every method on the same split. Nuisances: tint4 (attribute `tint`),
# rot4 (attribute `rotation`).
# Methods: DN2 (k = 1, cosine, pooled features), Red PANDA, its one-group ablation (plain
# SimCLR with the augmentation positive) and its no-reconstruction ablation.
# Tier B (Lite0's blocks 11-15 and head convolution fine-tuned on cached block-10 activations,
# 10 epochs): Red PANDA and its one-group ablation, with TIERB=1 (ONLY_B=1: tier B alone).
# TIERB20=1 (with ONLY_B=1 to skip tier A): Red PANDA tier B for 20 epochs (red-panda-b20).
# Usage: [SEEDS="0 1 2"] [NUISANCES="tint4 rot4"] [TIERB=1] [ONLY_B=1] [TIERB20=1] bash run.sh [OUTDIR]
#        (from the repository root, after cargo build --release)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/red-panda-fmnist}
mkdir -p "$OUT"
declare -A attribute=([tint4]=tint [rot4]=rotation)
run() { # name nuisance seed [method flags...]
  local name=$1 nuisance=$2 seed=$3; shift 3
  local out="$OUT/$name-$nuisance-s$seed.json"
  [[ -f $out ]] && return 0
  echo "== $name $nuisance seed=$seed ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" --image-size 64 \
    --max-train 1000 --max-test 0 --protocol nagad --synthetic-nuisance "$nuisance" \
    --nuisance "${attribute[$nuisance]}" --anomaly-values 2 --hold-out per-nuisance \
    --seed "$seed" "$@" --out "$out" | tail -3
}
for nuisance in ${NUISANCES:-tint4 rot4}; do
  for seed in ${SEEDS:-0 1 2}; do
    run dn2 "$nuisance" "$seed" --method dn2 --k 1 --metric cosine
    if [[ ${ONLY_B:-0} != 1 ]]; then
      run red-panda "$nuisance" "$seed" --method red-panda
      run one-group "$nuisance" "$seed" --method red-panda --one-group
      run no-rec "$nuisance" "$seed" --method red-panda --no-reconstruction
    fi
    if [[ ${TIERB:-0} == 1 || ${ONLY_B:-0} == 1 ]]; then
      run red-panda-b "$nuisance" "$seed" --method red-panda --tier b --epochs 10
      run one-group-b "$nuisance" "$seed" --method red-panda --tier b --epochs 10 --one-group
    fi
    if [[ ${TIERB20:-0} == 1 ]]; then
      run red-panda-b20 "$nuisance" "$seed" --method red-panda --tier b --epochs 20
    fi
  done
done
