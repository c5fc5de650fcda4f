#!/bin/bash
# Red PANDA tier C (full fine-tuning) on the GPU, issue 8's setting with any synthetic nuisance,
# one run after another. Ninth session, on a lent H100: rot4 seed 0 (Red PANDA and the one-group
# ablation) and seed 1 (Red PANDA), 5 epochs; those three ran as this script's swan command typed
# by hand on the warm machine (same flags, other --train-dir names), the script written after.
# RUNS = space-separated NAME:SEED pairs, NAME red-panda-c or one-group-c; NUISANCE tint4 / rot4;
# EPOCHS; BUDGET = seconds after the start when no new run begins and a running one is stopped
# (its report is then missing, never partial).
# PARALLEL=1 starts every run at once (16 / n threads each) instead. Measured in the ninth
# session on the H100 with six tint4 runs: 159 s for the first epoch of each against about 25 s
# for one run alone (6 x 25 = 150 s), i.e. no faster than one after another: burn's wgpu training
# here is bound by the GPU, not by the CPU that launches the kernels, so leave PARALLEL unset.
# Same preparation as check5.sh (.devdata/fmnist = the first 10 648 training images, which hold
# the first 1000 of every class, and the test files; .devdata/swan.xz = the stripped wgpu build).
# Usage on the device machine, carrying .gl and .devdata:
#   RUNS="red-panda-c:0 one-group-c:0 red-panda-c:1" NUISANCE=rot4 EPOCHS=5 bash .devdata/check7.sh
cd "$(dirname "$0")/.."
T0=$(date +%s); DEADLINE=$(( T0 + ${BUDGET:-540} ))
for f in .gl/*.deb; do dpkg -x $f / >/dev/null; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc
[ -x /tmp/swan ] || { python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/swan.xz'),open('/tmp/swan','wb'))"; chmod +x /tmp/swan; }
NUISANCE=${NUISANCE:-tint4}
case $NUISANCE in tint4) ATTR=tint ;; rot4) ATTR=rotation ;; *) echo "unknown NUISANCE $NUISANCE" >&2; exit 2 ;; esac
RUNS=${RUNS:-red-panda-c:0 one-group-c:0}
THREADS=16; [ -n "$PARALLEL" ] && THREADS=$(( 16 / $(echo $RUNS | wc -w) ))
one() { # name seed
  local name=$1 seed=$2 extra="" S=$(date +%s) left=$(( DEADLINE - $(date +%s) ))
  [ "${name#one-group}" != "$name" ] && extra="--one-group"
  if [ $left -lt 60 ]; then echo "skip $name s$seed: $left s left"; return; fi
  timeout $left /tmp/swan --threads $THREADS eval --data idx:.devdata/fmnist --image-size 64 --max-train 1000 --max-test 0 \
    --protocol nagad --synthetic-nuisance $NUISANCE --nuisance $ATTR --anomaly-values 2 --hold-out per-nuisance \
    --seed $seed --device wgpu --no-progress --method red-panda --tier c --epochs ${EPOCHS:-5} $extra \
    --train-dir /tmp/tc-$name-$NUISANCE-s$seed --out /tmp/$name-$NUISANCE-s$seed.json > /tmp/$name-$NUISANCE-s$seed.txt 2>&1
  echo "$name $NUISANCE s$seed rc $? wall $(( $(date +%s) - S )) s"; tail -1 /tmp/$name-$NUISANCE-s$seed.txt
  cp /tmp/$name-$NUISANCE-s$seed.json $OUT/ 2>/dev/null
  # the training log, renamed: the device tool does not return names with "+"
  for l in /tmp/tc-$name-$NUISANCE-s$seed/*.jsonl; do [ -f "$l" ] && cp "$l" $OUT/$name-$NUISANCE-s$seed-log.jsonl; done
}
for r in $RUNS; do
  if [ -n "$PARALLEL" ]; then one ${r%%:*} ${r##*:} & else one ${r%%:*} ${r##*:}; fi
done
wait
ls $OUT
