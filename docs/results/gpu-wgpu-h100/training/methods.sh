#!/bin/bash
# Every method with training on --device $1 (cpu or wgpu), tiny budgets, mini Fashion-MNIST.
# Usage: bash .devdata/methods.sh DEVICE OUTDIR THREADS
DEV=$1; O=$2; T=${3:-2}; B=${SWAN_BIN:-/tmp/swan}; D=idx:.devdata/fmnist
mkdir -p $O
run() { # name args...
  local name=$1; shift
  local t0=$(date +%s.%N)
  timeout ${TMO:-120} $B --threads $T eval --data $D --device $DEV --no-progress --no-cache "$@" --out $O/$name-$DEV.json > $O/$name-$DEV.log 2>&1
  local rc=$?
  echo "$name $DEV rc=$rc $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s $(grep -E '^mean' $O/$name-$DEV.log | head -1) $(grep -m1 -E 'panicked|error' $O/$name-$DEV.log)"
}
run nsa --method nsa --protocol one-vs-rest --only-splits 0 --max-train 500 --max-test 2000 --epochs 2 --width 0.25 --train-size 32 --train-batch 64 --proj-dim 256
run adib --method adib --protocol oe-split --normal-classes 0 --anomaly-classes 1,2,3,4,5 --max-train 300 --max-test 2000 --image-size 64 --epochs 1 --train-batch 32
run adra --method adra --protocol oe-split --normal-classes 0 --anomaly-classes 1,2,3,4,5 --max-train 300 --max-test 2000 --image-size 64 --epochs 1 --train-batch 32
run dra --method dra --protocol dra-general --shots 10 --max-train 300 --max-test 2000 --only-splits 0 --image-size 64 --epochs 2 --steps-per-epoch 5
run ke --method ke --protocol one-vs-rest --only-splits 0 --max-train 200 --max-test 2000 --image-size 64 --epochs 2
run rp-a --method red-panda --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 1 --max-train 300 --image-size 64 --epochs 2
run rp-c --method red-panda --tier c --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 1 --max-train 300 --image-size 64 --epochs 1
