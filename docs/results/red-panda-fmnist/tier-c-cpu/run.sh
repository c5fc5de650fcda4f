#!/usr/bin/env bash
# Red PANDA tier C (full fine-tuning of Lite0, head and generator) on machine A's CPU, tint4,
# the split and flags of ../run.sh; 2 threads. 105 s per epoch on machine A (tenth session).
# Files: red-panda-c-tint4-s<seed>.json at 5 epochs (the GPU runs' budget, for comparison with
# ../tier-c-gpu/), red-panda-c<EPOCHS>-tint4-s<seed>.json otherwise.
# Usage (from the repository root, after cargo build --release):
#   [SEEDS="0 1 2"] [EPOCHS=10] [ONE_GROUP=1] [OUT=folder] bash docs/results/red-panda-fmnist/tier-c-cpu/run.sh
# (fourteenth session, the tint4: OUT=docs/results/red-panda-fmnist/fixed-nuisance/tier-c-cpu)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${OUT:-docs/results/red-panda-fmnist/tier-c-cpu}
EPOCHS=${EPOCHS:-10}
name=red-panda-c; [[ $EPOCHS != 5 ]] && name=red-panda-c$EPOCHS
extra=(); [[ ${ONE_GROUP:-0} == 1 ]] && { name=one-group-${name#red-panda-}; extra=(--one-group); }
for seed in ${SEEDS:-0 1 2}; do
  out="$OUT/$name-tint4-s$seed.json"
  [[ -f $out ]] && continue
  echo "== $name tint4 seed=$seed ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" --image-size 64 \
    --max-train 1000 --max-test 0 --protocol nagad --synthetic-nuisance tint4 --nuisance tint \
    --anomaly-values 2 --hold-out per-nuisance --seed "$seed" --no-progress \
    --method red-panda --tier c --epochs "$EPOCHS" "${extra[@]}" \
    --train-dir "/tmp/swan-tier-c-$name-s$seed" --out "$out" | tail -3
done
