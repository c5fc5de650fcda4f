#!/bin/bash
# NSA's two normalisations with SimCLR and BYOL (the claim is SimSiam's): the 20-epoch
# budget of ../run.sh — classes 0,1,2; pollution p=0.1; 1500 training images per class;
# ResNet-18 width 0.125 at 28x28; batch 64, lr 0.1 (x64/256), 20 epochs; seeds 0,1,2 — with
# --objective simclr / byol, both switches on (nsa) or off (plain); k-Cos (trains), then
# cosine 1-NN on the same trained networks (--resume finds the finished checkpoints).
# Usage: SWAN=path/to/swan SEEDS="0 1 2" OBJECTIVES="simclr byol" bash run.sh (also simsiam, simclr-shifted)
# Other classes into their own folder (each class's network and pollution draw do not depend on
# which classes run): SPLITS=3,4,5,6,7,8,9 OUTDIR=classes3-9 ... bash run.sh
S=${SWAN:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits ${SPLITS:-0,1,2} --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for obj in ${OBJECTIVES:-simclr byol}; do
    for v in nsa plain; do
      if [ $v = nsa ]; then N=true; else N=false; fi
      D=${OUTDIR:-.}/$obj-$v-s$seed
      [ -e $D-knn.json ] && continue  # finished earlier
      /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --objective $obj --seed $seed --normalize-encoder $N --normalize-projection $N \
        --train-dir $D --out $D-kcos.json > $D-kcos.txt 2>&1
      /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --objective $obj --seed $seed --normalize-encoder $N --normalize-projection $N \
        --scorer knn --metric cosine --k 1 --train-dir $D --resume --out $D-knn.json > $D-knn.txt 2>&1
    done
  done
done
echo done > ${OUTDIR:-.}/DONE
