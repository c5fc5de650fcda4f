#!/bin/bash
# The NSA pollution runs' common loop: for each seed and variant, train once with k-Cos
# (`<variant>-s<seed>-kcos.json`, checkpoint in `./<variant>-s<seed>/`), then rescore the trained
# network (--resume) with each scorer of RESCORE. Skips reports that exist; run from the folder
# that gets the reports. The folders' run.sh set the environment:
#   S (swan binary), SEEDS ("0 1 2"), VARIANTS ("nsa plain"; also "enc" = encoder normalisation
#   only, "proj" = projection normalisation only), EPOCHS (20), WIDTH (0.125), SPLITS (0,1,2),
#   RESCORE ("knn ccos"; also "kcosc" = k-Cos centred), POLLUTION (0.1).
S=${S:-swan}
COMMON="--method nsa --data idx:/usr/share/datasets/fashion-mnist --protocol pollution --pollution ${POLLUTION:-0.1} --max-train 1500 --only-splits ${SPLITS:-0,1,2} --epochs ${EPOCHS:-20} --width ${WIDTH:-0.125} --train-size 28 --train-batch 64 --proj-dim 256 --lr 0.1 --threads 2 --no-progress"
for seed in ${SEEDS:-0 1 2}; do
  for v in ${VARIANTS:-nsa plain}; do
    case $v in
      nsa) E=true; P=true ;;
      plain) E=false; P=false ;;
      enc) E=true; P=false ;;
      proj) E=false; P=true ;;
      *) echo "unknown variant $v" >&2; exit 2 ;;
    esac
    D=./$v-s$seed
    F="--seed $seed --normalize-encoder $E --normalize-projection $P --train-dir $D"
    [ -f $D-kcos.json ] || /usr/bin/time -f "%e s wall, %M KB" $S eval $COMMON $F --out $D-kcos.json > $D-kcos.txt 2>&1
    for r in ${RESCORE:-knn ccos}; do
      case $r in
        knn) X="--scorer knn --metric cosine --k 1" ;;
        ccos) X="--scorer c-cos" ;;
        kcosc) X="--scorer k-cos-centred" ;;
        *) echo "unknown scorer $r" >&2; exit 2 ;;
      esac
      [ -f $D-$r.json ] || $S eval $COMMON $F $X --resume --out $D-$r.json > $D-$r.txt 2>&1
    done
  done
done
echo done > ./DONE
