#!/bin/bash
# Red PANDA tier C (full fine-tuning) on the GPU, issue 8's tint4 setting, seed 1, 5 epochs;
# DN2 on the same split first (must equal the CPU run in docs/results/red-panda-fmnist).
# Prepared as docs/results/gpu-wgpu-h100/check.sh says, with .devdata/fmnist holding the first
# 10 648 training images of Fashion-MNIST (every class has 1000 among them) and the test files.
# Usage on the device machine: SEED=1 bash .devdata/check5.sh, carrying .gl and .devdata.
cd "$(dirname "$0")/.."
for f in .gl/*.deb; do dpkg -x $f /; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/swan.xz'),open('/tmp/swan','wb'))"; chmod +x /tmp/swan
C="--data idx:.devdata/fmnist --image-size 64 --max-train 1000 --max-test 0 --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 2 --hold-out per-nuisance --seed ${SEED:-1} --device wgpu --no-progress"
timeout 60 /tmp/swan --threads 16 eval $C --method dn2 --k 1 --metric cosine --out /tmp/dn2-tint4-s${SEED:-1}.json 2>&1 | tail -4
cp /tmp/dn2-tint4-s${SEED:-1}.json $OUT/
S=$(date +%s)
timeout 330 /tmp/swan --threads 16 eval $C --method red-panda --tier c --epochs 5 --train-dir /tmp/tc --out /tmp/red-panda-c-tint4-s${SEED:-1}.json 2>&1 | tail -5
echo "tier C wall $(( $(date +%s) - S )) s"
cp /tmp/red-panda-c-tint4-s${SEED:-1}.json /tmp/tc/*.log.jsonl $OUT/ 2>/dev/null; ls /tmp/tc
