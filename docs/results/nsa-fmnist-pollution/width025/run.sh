#!/bin/bash
# Twice the width: the 20-epoch budget of ../layers (classes 0, 1, 2; p = 0.1; 28x28; SimSiam;
# NSA vs plain) with a width-0.25 ResNet-18 (16-128 channels, 128-d embedding; four times the
# compute of width 0.125), seed 0. k-Cos trains; cosine 1-NN and c-Cos rescore (--resume).
# Skips reports that exist. Usage (from this directory): [S=path/to/swan] [SEEDS="0"] bash run.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 20 --width 0.25 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
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
