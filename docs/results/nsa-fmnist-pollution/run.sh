#!/bin/bash
# NSA claim on Fashion-MNIST, CPU budget: classes 0,1,2; pollution p=0.1; 1500 training images
# per class; ResNet-18 width 0.125 at 28x28; SimSiam, batch 64, 20 epochs, lr 0.1 (x64/256);
# seeds 0,1,2; plain vs both NSA normalisations; k-Cos (trains) then cosine 1-NN on the same
# trained networks (--resume finds the finished checkpoints); k-Cos centred (the scorers issue's
# literal formula) for comparison.
S=swan
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 0,1,2 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in 0 1 2; do
  for v in nsa plain; do
    if [ $v = nsa ]; then N=true; else N=false; fi
    D=./$v-s$seed
    /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --seed $seed --normalize-encoder $N --normalize-projection $N \
      --train-dir $D --out $D-kcos.json > $D-kcos.txt 2>&1
    /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --seed $seed --normalize-encoder $N --normalize-projection $N \
      --scorer knn --metric cosine --k 1 --train-dir $D --resume --out $D-knn.json > $D-knn.txt 2>&1
    /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --seed $seed --normalize-encoder $N --normalize-projection $N \
      --scorer c-cos --train-dir $D --resume --out $D-ccos.json > $D-ccos.txt 2>&1
    /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON --seed $seed --normalize-encoder $N --normalize-projection $N \
      --scorer k-cos-centred --train-dir $D --resume --out $D-kcosc.json > $D-kcosc.txt 2>&1
  done
done
echo done > ./DONE
