#!/bin/bash
# Longer training: 60 epochs instead of 20, otherwise as ../run.sh. Seed 0 ran in the fourth
# session, seeds 1 and 2 in the sixth. Skips reports that exist. ../epochs150 runs this
# script with EPOCHS=150 from its own directory (reports go to the current directory).
# Usage (from this directory): [S=path/to/swan] [SEEDS="0 1 2"] [EPOCHS=60] bash run.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs ${EPOCHS:-60} --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; else N=false; fi
    D=./$v-s$seed
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir $D"
    [ -f $D-kcos.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --out $D-kcos.json > $D-kcos.txt 2>&1
    [ -f $D-knn.json ] || $S eval $COMMON $F --scorer knn --metric cosine --k 1 --resume --out $D-knn.json > $D-knn.txt 2>&1
    [ -f $D-ccos.json ] || $S eval $COMMON $F --scorer c-cos --resume --out $D-ccos.json > $D-ccos.txt 2>&1
    [ -f $D-kcosc.json ] || $S eval $COMMON $F --scorer k-cos-centred --resume --out $D-kcosc.json > $D-kcosc.txt 2>&1
  done
done
echo done > ./DONE
