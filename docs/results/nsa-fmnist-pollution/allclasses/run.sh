#!/bin/bash
# The other seven classes: the 20-epoch budget of ../layers (p = 0.1; width 0.125 at 28x28;
# SimSiam; NSA vs plain) on classes 3-9, seed 0, so that with ../layers' classes 0-2 (same build,
# same seed; each class's network and pollution draw do not depend on which classes run) seed 0
# covers all ten classes. k-Cos trains; cosine 1-NN and c-Cos rescore (--resume).
# Skips reports that exist. Usage (from this directory): [S=path/to/swan] [SEEDS="0"] bash run.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 3,4,5,6,7,8,9 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0}; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; else N=false; fi
    D=./$v-s$seed
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir $D"
    [ -f $D-kcos.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --out $D-kcos.json > $D-kcos.txt 2>&1
    [ -f $D-knn.json ] || $S eval $COMMON $F --scorer knn --metric cosine --k 1 --resume --out $D-knn.json > $D-knn.txt 2>&1
    [ -f $D-ccos.json ] || $S eval $COMMON $F --scorer c-cos --resume --out $D-ccos.json > $D-ccos.txt 2>&1
  done
done
echo done > ./DONE
