#!/bin/bash
# Longer training, one seed: 60 epochs instead of 20, otherwise as /tmp/exp/run.sh.
S=swan
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 60 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for v in nsa plain; do
  if [ $v = nsa ]; then N=true; else N=false; fi
  D=./$v-s0
  /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --seed 0 --normalize-encoder $N --normalize-projection $N --train-dir $D --out $D-kcos.json > $D-kcos.txt 2>&1
  $S eval $COMMON --seed 0 --normalize-encoder $N --normalize-projection $N --scorer knn --metric cosine --k 1 --train-dir $D --resume --out $D-knn.json > $D-knn.txt 2>&1
  $S eval $COMMON --seed 0 --normalize-encoder $N --normalize-projection $N --scorer c-cos --train-dir $D --resume --out $D-ccos.json > $D-ccos.txt 2>&1
done
echo done > ./DONE
