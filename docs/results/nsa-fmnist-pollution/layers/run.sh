#!/bin/bash
# Multi-layer score ensembles (`--layers`): the 20-epoch budget of ../run.sh (classes 0, 1, 2;
# p = 0.1; width 0.125 at 28x28; SimSiam; seeds 0, 1, 2; NSA vs plain), each network trained
# once with the default scoring (k-Cos on stage 4) and rescored from its checkpoint (--resume)
# with k-Cos on stages 3+4 and 2+3+4, and cosine 1-NN on stages 3+4; last, k-Cos on 2+3+4 again
# into terms/, whose reports (by a build that has them) give each stage's own AUROC beside the
# ensemble's. Skips reports that exist.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0 1 2"] bash run.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; else N=false; fi
    D=./$v-s$seed
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir $D"
    [ -f $D-kcos-l4.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --out $D-kcos-l4.json > $D-kcos-l4.txt 2>&1
    [ -f $D-kcos-l34.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --layers 3,4 --resume --out $D-kcos-l34.json > $D-kcos-l34.txt 2>&1
    [ -f $D-kcos-l234.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --layers 2,3,4 --resume --out $D-kcos-l234.json > $D-kcos-l234.txt 2>&1
    [ -f $D-knn-l34.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --layers 3,4 --scorer knn --metric cosine --k 1 --resume --out $D-knn-l34.json > $D-knn-l34.txt 2>&1
    T=terms/$v-s$seed-kcos-l234
    mkdir -p terms
    [ -f $T.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --layers 2,3,4 --resume --out $T.json > $T.txt 2>&1
  done
done
echo done > ./DONE
