#!/bin/bash
# NSA and plain SimSiam scored on the same embedding, over the whole grid (ten classes, three
# seeds). The 20-epoch budget of ../allclasses (p = 0.1; width 0.125 at 28x28; SimSiam) for
# seeds 1 and 2 on classes 3-9, whose checkpoints earlier sessions did not keep: each network
# is trained again (`<variant>-s<seed>-kcos.json`, k-Cos on its default embedding, as
# ../allclasses measured it) and rescored on the other embedding (--score-normalized, no
# training: `<variant>-s<seed>-other-kcos.json`; NSA raw, plain l2-normalised). With
# ../allclasses (seed 0, classes 3-9) and ../scored + ../layers (classes 0-2) this gives both
# networks on both embeddings everywhere; `python3 aggregate.py` tabulates.
# Usage (from this directory): [S=path/to/swan] [SEEDS="1 2"] bash run.sh
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution 0.1 --max-train 1500 --only-splits 3,4,5,6,7,8,9 --epochs 20 --width 0.125 --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads ${THREADS:-2} --no-progress"
for seed in ${SEEDS:-1 2}; do
  for v in ${VARIANTS:-nsa plain}; do
    if [ $v = nsa ]; then N=true; X=false; else N=false; X=true; fi
    D=./$v-s$seed
    F="--seed $seed --normalize-encoder $N --normalize-projection $N --train-dir $D"
    [ -f $D-kcos.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --out $D-kcos.json > $D-kcos.txt 2>&1
    [ -f $D-other-kcos.json ] || $S eval $COMMON $F --resume --score-normalized $X --out $D-other-kcos.json > $D-other-kcos.txt 2>&1
  done
done
