#!/bin/bash
# Each network of run.sh scored on the other embedding (k-Cos; no training: --resume finds the
# finished checkpoints): NSA's on the raw encoder output, plain's on the l2-normalised one.
# Usage: SWAN=path/to/swan SEEDS="0 1 2" OBJECTIVES="simsiam simclr byol" bash rescore.sh
S=${SWAN:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits ${SPLITS:-0,1,2} --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for obj in ${OBJECTIVES:-simsiam simclr byol}; do
    for v in nsa plain; do
      if [ $v = nsa ]; then N=true; O=false; else N=false; O=true; fi
      D=${OUTDIR:-.}/$obj-$v-s$seed
      /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --objective $obj --seed $seed --normalize-encoder $N --normalize-projection $N \
        --score-normalized $O --train-dir $D --resume --out $D-other.json > $D-other.txt 2>&1
    done
  done
done
