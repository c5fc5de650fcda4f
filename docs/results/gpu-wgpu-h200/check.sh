#!/bin/bash
# Device check of one swan build with `--features wgpu` (twenty-fifth session), in one call,
# on a lent H200: the fourteenth session's check (../gpu-wgpu-h100/session14/check.sh) without
# its background tier-C runs, so that the whole call fits the 15 minutes of device time.
#  1. crates/train/tests/gpu.rs (one SimSiam step, CPU against GPU);
#  2. encoder features, CPU (16 threads) against wgpu: the 5000 test images at 64 px (pooled +
#     block15) and class 0's test images at 224 px (pooled), compared by compare.py;
#  3. DN2 one-vs-rest (k 2, --max-train 500, 64 px) on both devices;
#  4. every method with training on wgpu, tiny budgets (../gpu-wgpu-h100/training/methods.sh);
#  5. step throughput on wgpu: `swan bench train` and `swan bench adib` (no peer).
# Each step runs only while BUDGET seconds (default 420) have not run out.
# Prepared on the development machine, in the repository root, in folders .git/info/exclude
# ignores (.gl, .devdata):
#   cargo build --release -p swan --features wgpu --target-dir /tmp/tgt-wgpu
#   cargo test --release -p swan-train --features wgpu --target-dir /tmp/tgt-wgpu --test gpu --no-run
#   strip + xz both binaries to .devdata/swan.xz and .devdata/gputest.xz
#   .devdata/efficientnet-lite0-57934424.pth; .devdata/fmnist = the first 10 648 training images
#   (they hold the first 1000 of every class) and the first 5000 test images, IDX, gzipped
#   .gl: the Vulkan / EGL loader packages (../../.library/device/README.md)
#   cp docs/results/gpu-wgpu-h100/{compare.py,training/methods.sh} docs/results/gpu-wgpu-h200/check.sh .devdata/
# On the device, carrying .gl and .devdata:  bash .devdata/check.sh
cd "$(dirname "$0")/.."
T0=$(date +%s); R=/tmp/r; mkdir -p $R /tmp/home
left() { echo $(( ${BUDGET:-420} - ($(date +%s) - T0) )); }
for f in .gl/*.deb; do dpkg -x $f / >/dev/null; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
{ nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc; } | tee $R/machine.txt
for b in swan gputest; do python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/$b.xz'),open('/tmp/$b','wb'))"; chmod +x /tmp/$b; done
B=/tmp/swan; D=idx:.devdata/fmnist
$B --version | tee -a $R/machine.txt
pack() { tar czf $OUT/results.tar.gz -C $R . 2>/dev/null; }
secs() { python3 -c "print(round($(date +%s.%N) - $1, 2))"; }

echo "== 1. gpu test ($(left) s left)"
WGPU_BACKEND=vulkan timeout 90 /tmp/gputest --nocapture > $R/gpu-test.log 2>&1; echo "gpu test rc $?"; grep -E "test result|loss|max" $R/gpu-test.log | head -8
echo "== 2. features ($(left) s left)"
for dev in cpu wgpu; do
  t0=$(date +%s.%N); timeout 120 $B --threads 16 features --data $D --split test --image-size 64 --device $dev --no-cache --no-progress --taps pooled,block15 --out $R/f-$dev-64.safetensors > $R/f-$dev-64.log 2>&1; echo "features 64px $dev rc $?: $(secs $t0) s"
  t0=$(date +%s.%N); timeout 60 $B --threads 16 features --data $D --split test --class 0 --image-size 224 --device $dev --no-cache --no-progress --taps pooled --out $R/f-$dev-224.safetensors > $R/f-$dev-224.log 2>&1; echo "features 224px $dev rc $?: $(secs $t0) s"
done
echo "== 3. dn2 ($(left) s left)"
for dev in cpu wgpu; do
  t0=$(date +%s.%N); timeout 120 $B --threads 16 eval --method dn2 --data $D --protocol one-vs-rest --image-size 64 --k 2 --max-train 500 --device $dev --no-cache --no-progress --out $R/dn2-$dev.json > $R/dn2-$dev.log 2>&1; echo "dn2 $dev rc $?: $(secs $t0) s"
done
python3 .devdata/compare.py $R; rm -f $R/f-*.safetensors; pack
echo "== 4. methods on wgpu ($(left) s left)"
if [ $(left) -gt 150 ]; then TMO=100 bash .devdata/methods.sh wgpu $R/methods 16 | tee $R/methods.txt; pack; fi
echo "== 5. step throughput on wgpu ($(left) s left)"
if [ $(left) -gt 60 ]; then
  timeout $(( $(left) / 2 )) $B --threads 16 bench train --device wgpu --peer none --iters 5 --out $R/bench-train-wgpu.json 2>&1 | tail -3
  timeout $(( $(left) - 5 )) $B --threads 16 bench adib --device wgpu --peer none --iters 5 --out $R/bench-adib-wgpu.json 2>&1 | tail -3
fi
pack; ls -la $R; echo "total $(( $(date +%s) - T0 )) s"
