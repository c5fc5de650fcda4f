#!/bin/bash
# Second call of the twenty-fifth session's device check (same .devdata, carried .gl and
# .devdata): is Red PANDA tier C / tier A / ADIB on wgpu the same run to run, and what do
# tier C and NSA give on the device machine's CPU (16 threads)? Same tiny budgets as
# ../gpu-wgpu-h100/training/methods.sh.
cd "$(dirname "$0")/.."
R=/tmp/r; mkdir -p $R /tmp/home
for f in .gl/*.deb; do dpkg -x $f / >/dev/null; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/swan.xz'),open('/tmp/swan','wb'))"; chmod +x /tmp/swan
B=/tmp/swan; D=idx:.devdata/fmnist
run() { # name device timeout args...
  local name=$1 dev=$2 tmo=$3; shift 3; local t0=$(date +%s.%N)
  timeout $tmo $B --threads 16 eval --data $D --device $dev --no-progress --no-cache "$@" --out $R/$name-$dev.json > $R/$name-$dev.log 2>&1
  echo "$name $dev rc=$? $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s $(grep -E '^mean' $R/$name-$dev.log | head -1)"
}
RPC="--method red-panda --tier c --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 1 --max-train 300 --image-size 64 --epochs 1"
RPA="--method red-panda --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 1 --max-train 300 --image-size 64 --epochs 2"
ADIB="--method adib --protocol oe-split --normal-classes 0 --anomaly-classes 1,2,3,4,5 --max-train 300 --max-test 2000 --image-size 64 --epochs 1 --train-batch 32"
NSA="--method nsa --protocol one-vs-rest --only-splits 0 --max-train 500 --max-test 2000 --epochs 2 --width 0.25 --train-size 32 --train-batch 64 --proj-dim 256"
{ run rp-c-again wgpu 100 $RPC; run rp-a-again wgpu 60 $RPA; run adib-again wgpu 60 $ADIB
  run rp-c cpu 200 $RPC; run nsa cpu 100 $NSA; } | tee $R/check2.txt
tar czf $OUT/results2.tar.gz -C $R .
