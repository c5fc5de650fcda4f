#!/usr/bin/env bash
# Red PANDA tier A with a linear head that starts at the identity (linear.toml), tint4 as the
# issue defines it, the NAGAD split of ../../run.sh (seed 1 in the twenty-third session,
# seeds 0 and 2 in the twenty-fourth).
# Usage: [SEEDS="0 1 2"] [THREADS=1] bash run.sh   (from the repository root, after cargo build --release)
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
D=docs/results/red-panda-fmnist/fixed-nuisance/linear-head
for seed in ${SEEDS:-0 1 2}; do
  out=$D/red-panda-linear-tint4-s$seed.json
  [[ -f $out ]] && continue
  /usr/bin/time -f "%e s wall" "$SWAN" --threads "${THREADS:-1}" eval \
    --data idx:/usr/share/datasets/fashion-mnist --image-size 64 --max-train 1000 --max-test 0 \
    --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 2 \
    --hold-out per-nuisance --seed "$seed" --config $D/linear.toml --train-dir $D/train-s$seed \
    --out "$out" --no-progress
done
