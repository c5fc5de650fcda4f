#!/bin/bash
# Which NSA normalisation does what: the 20-epoch budget of ../run.sh (classes 0, 1, 2; p = 0.1;
# width 0.125 at 28x28; SimSiam; seeds 0, 1, 2) with one normalisation at a time — "enc" =
# l2-normalised encoder output only (also the scored embedding), "proj" = differentiable
# normalisation of the projection only — scored with k-Cos (trains), then cosine 1-NN and c-Cos
# on the same networks (--resume). Both and neither are the networks of ../layers (same build and
# budget), rescored here with cosine 1-NN and c-Cos (reports nsa-* and plain-* in this folder).
# The training loop: ../train_rescore.sh. Skips reports that exist.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0 1 2"] bash run.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; else N=false; fi
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir ../layers/$v-s$seed --resume"
    [ -f $v-s$seed-knn.json ] || $S eval $COMMON $F --scorer knn --metric cosine --k 1 --out $v-s$seed-knn.json > $v-s$seed-knn.txt 2>&1
    [ -f $v-s$seed-ccos.json ] || $S eval $COMMON $F --scorer c-cos --out $v-s$seed-ccos.json > $v-s$seed-ccos.txt 2>&1
  done
done
VARIANTS="enc proj" exec bash "$(dirname "$0")/../train_rescore.sh"
