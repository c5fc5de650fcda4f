for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
!for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
vfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
jfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
vfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
(for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
`for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
`for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
)for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
:for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
,for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
(for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
;for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
)for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
'for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
(for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
3for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
)for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
,for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
qfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
=for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
5for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
,for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
`for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
3for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
_for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
zfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
`for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
vfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
(for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
)for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
(for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
)for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
=for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
{for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
:for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
}for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
=for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
{for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
:for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
xfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
:for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
}for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
=for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
{for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
:for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
}for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
;for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
5for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
3for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
'for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
6for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
=for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
{for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
:for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
}for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
#for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
=for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
kfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
3for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
_for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
3for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
4for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
5for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
6for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
7for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
8for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
9for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
;for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
=for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
\for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
zfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
6for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
4for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
kfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
>for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
>for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
xfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
;for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
qfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ifor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
5for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
1for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
0for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
;for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Wfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
vfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
:for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
bfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
vfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
\for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
qfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
-for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
qfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
qfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
cfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
sfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
vfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
2for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
>for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
>for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
/for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
gfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
xfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
mfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
hfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
3for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
ffor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
dfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
rfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
_for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
nfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
afor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
lfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
zfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
efor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
.for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
pfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
yfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
 for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
$for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ofor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Ufor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
Tfor s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
"for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done

for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split "$CAL" --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for d in 0 1 2; do
      for q in 0.05 0.1 0.2; do
        "$SWAN" --threads 2 --no-progress score --model "$m" \
          --data csv:runs/fdr/batch-c$c-d$d.csv --fdr "$q" \
          --out "$OUT/scores-c$c-s$s-d$d-q$q.csv" 2>> "$OUT/log.txt"
      done
    done
    rm "$m"
  done
done
