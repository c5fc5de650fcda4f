#!/usr/bin/env bash
# Knowledge Exposure vs DN2 on Fashion-MNIST (issue 9): first 1000 training images per class,
# Lite0 at 64 px (pooled features), the 12-transform bank, CPU tier (head on frozen features),
# seeds 0 1 2, 2 threads. Protocols: SAD (one-vs-rest), SPA and SSA with every test image
# through one transform of the bank at severity 5; SSA's meaning-changing operations fixed
# before running: noise, glass, vflip, rot90, rot180, rot270 for every class except Bag (8),
# noise and glass for Bag; SSA over the whole test set and over the normal class's own images.
# spa-preserving: SPA restricted to the six transforms that no class's SSA list calls
# meaning-changing (hflip, crop, jitter, blur, jpeg, snow), severity 5 at test time.
# Usage: [SEEDS="0 1 2"] [KEYS="sad spa ..."] bash run.sh [OUTDIR]   (from the repository root, after cargo build --release)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/ke-fmnist}
mkdir -p "$OUT"
BANK5=hflip@5,vflip@5,rot90@5,rot180@5,rot270@5,crop@5,jitter@5,noise@5,blur@5,glass@5,jpeg@5,snow@5
SHIFT=noise,glass,vflip,rot90,rot180,rot270
PRESERVE5=hflip@5,crop@5,jitter@5,blur@5,jpeg@5,snow@5
common=(--threads 2 eval --data "$DATA" --image-size 64 --max-train 1000)
declare -A protocol=(
  [sad]="--protocol one-vs-rest"
  [spa]="--protocol spa --transforms $BANK5"
  [spa-preserving]="--protocol spa --transforms $PRESERVE5"
  [ssa]="--protocol ssa --transforms $BANK5 --shifting $SHIFT --shifting-for 8=noise,glass"
  [ssa-normal]="--protocol ssa --transforms $BANK5 --shifting $SHIFT --shifting-for 8=noise,glass --ssa-scope normal-class"
)
run() { # name seed protocol-key [method flags...]
  local name=$1 seed=$2 key=$3; shift 3
  local out="$OUT/$name-$key-s$seed.json"
  [[ -f $out ]] && return 0
  echo "== $name $key seed=$seed ($(date +%T))"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e s wall" "$SWAN" "${common[@]}" ${protocol[$key]} --seed "$seed" "$@" \
    --out "$out" | tail -2
}
for seed in ${SEEDS:-0 1 2}; do
  for key in ${KEYS:-sad spa ssa ssa-normal spa-preserving}; do
    run ke "$seed" "$key" --method ke
    run ke-fixed "$seed" "$key" --method ke --policy fixed
    run ke-random "$seed" "$key" --method ke --policy random
    if [[ $key == sad && $seed != 0 ]]; then continue; fi  # DN2 SAD does not depend on the seed
    run dn2 "$seed" "$key" --method dn2 --k 2
  done
done
