#!/bin/bash
# The networks of run.sh rescored on the other embedding (--score-normalized; NSA raw, plain
# l2-normalised), k-Cos and c-Cos, as ../scored does for classes 0-2. Run after run.sh.
# Usage (from this directory): [S=path/to/swan] bash rescore.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 3,4,5,6,7,8,9 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for v in nsa plain; do
  if [ $v = nsa ]; then N=true; X=false; else N=false; X=true; fi
  F="--seed 0 --normalize-encoder $N --normalize-projection $N --train-dir ./$v-s0 --resume --score-normalized $X"
  [ -f $v-s0-other-kcos.json ] || $S eval $COMMON $F --out $v-s0-other-kcos.json > $v-s0-other-kcos.txt 2>&1
  [ -f $v-s0-other-ccos.json ] || $S eval $COMMON $F --scorer c-cos --out $v-s0-other-ccos.json > $v-s0-other-ccos.txt 2>&1
done
