#!/bin/bash
# What the encoder normalisation does to the scored embedding, apart from training: the
# networks of ../layers (20 epochs, seeds 0-2) rescored (--resume, no training) with k-Cos and
# c-Cos on the other embedding — NSA's networks on their raw encoder output, plain SimSiam's on
# its l2-normalised output (--score-normalized). Skips reports that exist.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0 1 2"] bash run.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; X=false; else N=false; X=true; fi
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir ../layers/$v-s$seed --resume --score-normalized $X"
    [ -f $v-s$seed-kcos.json ] || $S eval $COMMON $F --out $v-s$seed-kcos.json > $v-s$seed-kcos.txt 2>&1
    [ -f $v-s$seed-ccos.json ] || $S eval $COMMON $F --scorer c-cos --out $v-s$seed-ccos.json > $v-s$seed-ccos.txt 2>&1
  done
done
