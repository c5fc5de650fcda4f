#!/bin/bash
# Rescores the networks train_rescore.sh trained (NSA and plain) on the other embedding
# (--score-normalized: NSA's raw encoder output, plain SimSiam's l2-normalised one) with k-Cos
# and c-Cos: `<variant>-s<seed>-other-{kcos,ccos}.json`. No training (--resume). Same
# environment as train_rescore.sh (S, SEEDS, EPOCHS, WIDTH, SPLITS); run from its folder.
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits ${SPLITS:-0,1,2} --epochs ${EPOCHS:-20} --width ${WIDTH:-0.125} --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; X=false; else N=false; X=true; fi
    D=./$v-s$seed
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir $D --resume --score-normalized $X"
    [ -f $D-other-kcos.json ] || $S eval $COMMON $F --out $D-other-kcos.json > $D-other-kcos.txt 2>&1
    [ -f $D-other-ccos.json ] || $S eval $COMMON $F --scorer c-cos --out $D-other-ccos.json > $D-other-ccos.txt 2>&1
  done
done
