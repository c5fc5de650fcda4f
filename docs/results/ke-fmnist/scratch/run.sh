#!/usr/bin/env bash
# Knowledge Exposure's paper tier (`--scratch`: a CIFAR-style ResNet-18 trained from scratch on
# the images and fresh draws of the chosen transforms) on Fashion-MNIST, under a CPU budget:
# width 0.125 (8..64 channels), 32 px, 20 epochs of the first 1000 training images per class,
# everything else KE's defaults (batch 64, SGD 0.01, momentum 0.9, weight decay 5e-4, τ 0.2,
# k = 2, OC-SVM sigmoid ν 0.2). The ranked policy ranks on Lite0's pooled features at 64 px,
# as in ../run.sh.
# The protocols train on the same clean images, so each (policy, seed, class) network is trained
# once: its checkpoint in $TRAIN_ROOT/<name>-s<seed>/ is found again (--resume) by the next
# protocol, which only scores.
# Usage: [SEEDS="0"] [KEYS="sad ssa ssa-normal"] [POLICIES="ranked fixed"] bash run.sh [OUTDIR]
# (from the repository root, after cargo build --release)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/ke-fmnist/scratch}
EPOCHS=${EPOCHS:-20}
WIDTH=${WIDTH:-0.125}
TRAIN_ROOT=${TRAIN_ROOT:-/tmp/swan-ke-scratch}
mkdir -p "$OUT"
BANK5=hflip@5,vflip@5,rot90@5,rot180@5,rot270@5,crop@5,jitter@5,noise@5,blur@5,glass@5,jpeg@5,snow@5
SHIFT=noise,glass,vflip,rot90,rot180,rot270
common=(--threads 2 eval --data "$DATA" --image-size 64 --max-train 1000 --no-progress)
declare -A protocol=(
  [sad]="--protocol one-vs-rest"
  [ssa]="--protocol ssa --transforms $BANK5 --shifting $SHIFT --shifting-for 8=noise,glass"
  [ssa-normal]="--protocol ssa --transforms $BANK5 --shifting $SHIFT --shifting-for 8=noise,glass --ssa-scope normal-class"
)
for seed in ${SEEDS:-0}; do
  for key in ${KEYS:-sad ssa ssa-normal}; do
    for policy in ${POLICIES:-ranked fixed}; do
      name=ke-scratch; [[ $policy != ranked ]] && name=ke-scratch-$policy
      out="$OUT/$name-$key-s$seed.json"
      [[ -f $out ]] && continue
      echo "== $name $key seed=$seed ($(date +%T))"
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e s wall" "$SWAN" "${common[@]}" ${protocol[$key]} --seed "$seed" \
        --method ke --scratch --width "$WIDTH" --epochs "$EPOCHS" --policy "$policy" \
        --train-dir "$TRAIN_ROOT/$name-s$seed" --resume --out "$out" | tail -2
    done
  done
done
