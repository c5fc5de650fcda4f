#!/bin/bash
# Device check of one swan build with `--features wgpu` (fourteenth session), in one call.
# Background, on the GPU from the start: Red PANDA tier C (full fine-tuning, 5 epochs) on
# issue 8's tint4 setting with the issue's tint definition (none / red / green / blue, drawn
# with the fixed --nuisance-seed), one run per entry of RUNS (NAME:SEED, NAME red-panda-c or
# one-group-c), all at once, 16 / N CPU threads each, stopped BUDGET seconds after the start.
# Foreground, meanwhile (so their wall times are not comparable with earlier checks):
#  1. crates/train/tests/gpu.rs (one SimSiam step, CPU against GPU);
#  2. encoder features, CPU against wgpu: the 5000 test images at 64 px (pooled + block15) and
#     class 0's test images at 224 px (pooled), compared by ../compare.py;
#  3. DN2 one-vs-rest (k 2, --max-train 500, 64 px) on both devices;
#  4. every method with training on wgpu, tiny budgets (../training/methods.sh).
# Prepared here as ../check.sh says (.gl; .devdata with swan.xz, gputest.xz, the weights and
# .devdata/fmnist = the first 10 648 training images, which hold the first 1000 of every
# class, and the first 5000 test images, to stay under the 64 MiB a call carries), plus
#   cp docs/results/gpu-wgpu-h100/{compare.py,training/methods.sh,session14/check.sh} .devdata/
# On the device, carrying .gl and .devdata:
#   RUNS="red-panda-c:0 red-panda-c:1 red-panda-c:2" BUDGET=560 bash .devdata/check.sh
cd "$(dirname "$0")/.."
T0=$(date +%s); R=/tmp/r; mkdir -p $R /tmp/home
left() { echo $(( ${BUDGET:-560} - ($(date +%s) - T0) )); }
for f in .gl/*.deb; do dpkg -x $f / >/dev/null; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
{ nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc; } | tee $R/machine.txt
for b in swan gputest; do python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/$b.xz'),open('/tmp/$b','wb'))"; chmod +x /tmp/$b; done
B=/tmp/swan; D=idx:.devdata/fmnist
$B --version | tee -a $R/machine.txt
pack() { tar czf $OUT/results.tar.gz -C $R . 2>/dev/null; }

RUNS=${RUNS:-red-panda-c:0 red-panda-c:1 red-panda-c:2}; N=$(echo $RUNS | wc -w); TH=$(( 16 / N ))
echo "== tier C in the background: $RUNS, $TH threads each ($(left) s left)"
for r in $RUNS; do
  name=${r%%:*}; seed=${r##*:}; extra=""; [ "${name#one-group}" != "$name" ] && extra="--one-group"
  ( S=$(date +%s); timeout $(left) $B --threads $TH eval --data $D --image-size 64 --max-train 1000 --max-test 0 \
      --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 2 --hold-out per-nuisance \
      --seed $seed --device wgpu --no-progress --method red-panda --tier c --epochs 5 $extra \
      --train-dir /tmp/tc-$name-s$seed --out $R/$name-tint4-s$seed.json > $R/$name-tint4-s$seed.txt 2>&1
    echo "$name tint4 s$seed rc $? wall $(( $(date +%s) - S )) s" | tee -a $R/walls.txt ) &
done

echo "== 1. gpu test ($(left) s left)"
WGPU_BACKEND=vulkan timeout 90 /tmp/gputest --nocapture > $R/gpu-test.log 2>&1; echo "gpu test rc $?"; grep -E "test result|loss|max" $R/gpu-test.log | head -8
echo "== 2. features ($(left) s left)"
for dev in cpu wgpu; do
  t0=$(date +%s.%N); timeout 120 $B --threads 16 features --data $D --split test --image-size 64 --device $dev --no-cache --no-progress --taps pooled,block15 --out $R/f-$dev-64.safetensors > $R/f-$dev-64.log 2>&1; echo "features 64px $dev rc $?: $(python3 -c "print(round($(date +%s.%N) - $t0, 2))") s"
  t0=$(date +%s.%N); timeout 60 $B --threads 16 features --data $D --split test --class 0 --image-size 224 --device $dev --no-cache --no-progress --taps pooled --out $R/f-$dev-224.safetensors > $R/f-$dev-224.log 2>&1; echo "features 224px $dev rc $?: $(python3 -c "print(round($(date +%s.%N) - $t0, 2))") s"
done
echo "== 3. dn2 ($(left) s left)"
for dev in cpu wgpu; do
  t0=$(date +%s.%N); timeout 120 $B --threads 16 eval --method dn2 --data $D --protocol one-vs-rest --image-size 64 --k 2 --max-train 500 --device $dev --no-cache --no-progress --out $R/dn2-$dev.json > $R/dn2-$dev.log 2>&1; echo "dn2 $dev rc $?: $(python3 -c "print(round($(date +%s.%N) - $t0, 2))") s"
done
python3 .devdata/compare.py $R; rm -f $R/f-*.safetensors; pack
echo "== 4. methods on wgpu ($(left) s left)"
TMO=120 bash .devdata/methods.sh wgpu $R/methods 16 | tee $R/methods.txt; pack
echo "== waiting for tier C ($(left) s left)"
while [ $(jobs -r | wc -l) -gt 0 ]; do sleep 20; echo "t=$(( $(date +%s) - T0 )) s: $(for r in $RUNS; do n=${r%%:*}; s=${r##*:}; cat /tmp/tc-$n-s$s/*.jsonl 2>/dev/null | wc -l; done | tr '\n' ' ')epochs logged"; done
wait; cat $R/walls.txt; for r in $RUNS; do n=${r%%:*}; s=${r##*:}; tail -4 $R/$n-tint4-s$s.txt; cp /tmp/tc-$n-s$s/*.jsonl $R/ 2>/dev/null; done
pack; ls -la $R
