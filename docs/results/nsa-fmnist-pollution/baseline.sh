#!/bin/bash
# Untrained reference: the same network and data, one epoch at learning rate 0 (batch-norm
# statistics only), scored the same four ways.
S=swan
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 1 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0 --threads 2 --no-progress"
for seed in 0 1 2; do
  D=./untrained-s$seed
  $S eval $COMMON --seed $seed --train-dir $D --out $D-kcos.json > $D-kcos.txt 2>&1
  $S eval $COMMON --seed $seed --scorer knn --metric cosine --k 1 --train-dir $D --resume --out $D-knn.json > $D-knn.txt 2>&1
  $S eval $COMMON --seed $seed --scorer c-cos --train-dir $D --resume --out $D-ccos.json > $D-ccos.txt 2>&1
  $S eval $COMMON --seed $seed --scorer k-cos-centred --train-dir $D --resume --out $D-kcosc.json > $D-kcosc.txt 2>&1
done
echo done > ./BASELINE_DONE
