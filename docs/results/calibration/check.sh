#!/usr/bin/env bash
# `swan calibrate --check` on Fashion-MNIST: per class c and seed s, a DN2 model (64 px, k = 2)
# calibrated with --calibration-split 0.1 (600 held out) is checked against class c's 1000
# test images (and their first 100) unchanged and under six shifts (check_shift_data.py).
# Records each check's exit status (3 = calibration rejected) and the share of images with
# p <= 0.05; `python3 check_analyze.py` tabulates how often each shift is caught.
set -euo pipefail
cd "$(dirname "$0")"
SWAN=${SWAN:-../../../target/release/swan}
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
SEEDS=${SEEDS:-"0 1 2"}
OUT=runs/check
mkdir -p "$OUT"
python3 check_shift_data.py runs/shift
: > "$OUT/results.tsv"
for s in $SEEDS; do
  for c in 0 1 2 3 4 5 6 7 8 9; do
    m=$OUT/dn2-c$c-s$s.safetensors
    "$SWAN" --threads 2 --no-progress fit --method dn2 --data "$DATA" --class "$c" \
      --image-size 64 --k 2 --calibration-split 0.1 --seed "$s" --out "$m" 2>> "$OUT/log.txt"
    for shift in none blur0.6 blur1.2 dark0.8 dark0.6 noise8 noise16; do
      for n in "" -n100; do
        set +e
        lines=$("$SWAN" --threads 2 --no-progress calibrate --check --model "$m" \
          --data "csv:runs/shift/shift-$shift-c$c$n.csv" 2>> "$OUT/log.txt")
        rc=$?
        set -e
        if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
          echo "check failed (status $rc): class $c seed $s shift $shift$n; see $OUT/log.txt" >&2
          exit 1
        fi
        rate=$(echo "$lines" | sed -n 's/^p <= 0.05: \([0-9]*\) of \([0-9]*\).*/\1 \2/p')
        echo -e "$c\t$s\t$shift\t${n:-n1000}\t$rc\t$rate" >> "$OUT/results.tsv"
      done
    done
    rm "$m"
  done
done
python3 check_analyze.py
