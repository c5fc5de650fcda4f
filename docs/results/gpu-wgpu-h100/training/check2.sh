#!/bin/bash
# Training on the GPU through wgpu: every method with training, tiny budgets (methods.sh),
# then the SimSiam and ADIB step benchmarks on the device.
cd "$(dirname "$0")/.."
START=$(date +%s)
for f in .gl/*.deb; do dpkg -x $f /; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/swan.xz'),open('/tmp/swan','wb'))"; chmod +x /tmp/swan
mkdir -p /tmp/m
TMO=80 bash .devdata/methods.sh wgpu /tmp/m 16
echo "elapsed $(( $(date +%s) - START )) s"
if [ $(( $(date +%s) - START )) -lt 380 ]; then
  timeout 60 /tmp/swan --threads 16 bench train --device wgpu --peer none --iters 5 --out /tmp/m/bench-train-wgpu.json 2>&1 | tail -3
fi
if [ $(( $(date +%s) - START )) -lt 430 ]; then
  timeout 60 /tmp/swan --threads 16 bench adib --device wgpu --peer none --iters 5 --out /tmp/m/bench-adib-wgpu.json 2>&1 | tail -3
fi
cd /tmp/m && tar czf $OUT/methods-wgpu.tar.gz *.json *.log 2>/dev/null; ls -la /tmp/m | head -40
echo "elapsed $(( $(date +%s) - START )) s"
