#!/usr/bin/env bash
# DRA's hard setting at 224 px instead of 128 px: Lite0's block-15 map is 7 x 7 (top-K MIL
# takes K = 4 of 49 patches) and 4 x 4 at the half-size pyramid level, against 4 x 4 (K = 1)
# and 2 x 2 at 128 px. A study of whether DRA's gap to DN2 on the unseen classes is a
# feature-map resolution effect. M = 10, seed 0, normal classes 0, 2, 4, 6, 8 (the head
# ablation's classes), DRA / DevNet / DN2 with the defaults otherwise; machine A, 2 threads.
# EXTRA=1 adds M = 1 (DevNet, DRA) and DRA without its pseudo head (M = 10), as at 128 px.
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/dra-fmnist-hard/size224}
SIZE=${SIZE:-224}
mkdir -p "$OUT"
go() { # out-name method shots [extra flags...]
  local name=$1 method=$2 shots=$3; shift 3
  local out="$OUT/$name.json"
  [[ -f $out ]] && return 0
  echo "== $name ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" --protocol dra-hard \
    --image-size "$SIZE" --max-train 1000 --shots "$shots" --method "$method" --seed 0 \
    --only-splits 0,2,4,6,8 "$@" --out "$out" | tail -3
}
for method in ${METHODS:-dn2 devnet dra}; do
  go "$method-m10-s0" "$method" 10
done
[[ ${EXTRA:-0} == 1 ]] || exit 0
go devnet-m1-s0 devnet 1
go dra-m1-s0 dra 1
go ablation-no-pseudo-m10-s0 dra 10 --heads seen,residual,normal
