#!/usr/bin/env bash
# After run.sh: the general setting (M = 10 labelled anomalies drawn from all nine other
# classes' training images; seed 0) for DRA, DevNet and DN2, and DRA's head ablation (hard
# setting, M = 10, seed 0; normal classes 0, 2, 4, 6, 8 to fit the session's CPU budget).
# Same data, size and threads as run.sh. With TRAIN_FROM=1, also DRA with the backbone's last
# stages trained (--train-from block10: blocks 11-15 fine-tuned on cached block-10 maps) on the
# ablation's classes.
set -euo pipefail
SWAN=${SWAN:-./target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
OUT=${1:-docs/results/dra-fmnist-hard}
mkdir -p "$OUT"
go() { # out-name protocol method seed [extra flags...]
  local name=$1 protocol=$2 method=$3 seed=$4; shift 4
  local out="$OUT/$name.json"
  [[ -f $out ]] && return 0
  echo "== $name ($(date +%T))"
  /usr/bin/time -f "%e s wall" "$SWAN" --threads 2 eval --data "$DATA" --protocol "$protocol" \
    --image-size 128 --max-train 1000 --shots 10 --method "$method" --seed "$seed" "$@" \
    --out "$out" | tail -3
}
go general-dra-m10-s0 dra-general dra 0
go general-devnet-m10-s0 dra-general devnet 0
go general-dn2-m10-s0 dra-general dn2 0
if [[ ${TRAIN_FROM:-0} == 1 ]]; then
  go train-from-block10-m10-s0 dra-hard dra 0 --train-from block10 --only-splits 0,2,4,6,8
fi
# The ablation runs only with ABLATION=1 (about 16 minutes of machine A).
[[ ${ABLATION:-0} == 1 ]] || exit 0
for drop in seen pseudo residual normal; do
  heads=$(echo seen pseudo residual normal | tr ' ' '\n' | grep -vx "$drop" | paste -sd,)
  go "ablation-no-$drop-m10-s0" dra-hard dra 0 --heads "$heads" --only-splits 0,2,4,6,8
done
