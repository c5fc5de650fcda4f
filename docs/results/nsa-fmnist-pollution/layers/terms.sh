#!/bin/bash
# Each stage's own k-Cos AUROC beside the 2+3+4 ensemble's (the `components` of swan eval's
# report), rescoring the finished checkpoints of run.sh (--resume; no training).
# Usage (from this directory, after run.sh): [S=path/to/swan] [SEEDS="0 1 2"] bash terms.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; else N=false; fi
    D=./$v-s$seed
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir $D"
    O=terms/$v-s$seed-kcos-l234.json
    [ -f $O ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --layers 2,3,4 --resume --out $O > ${O%.json}.txt 2>&1
  done
done
