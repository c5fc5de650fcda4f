#!/bin/bash
# Same machine, CPU side: NSA on the CPU with 16 threads (same as the 2-thread run here?), NSA on
# wgpu again (determinism on the GPU), and the two step benchmarks on the CPU (16 threads),
# the SimSiam one with PyTorch CPU as the peer.
cd "$(dirname "$0")/.."
for f in .gl/*.deb; do dpkg -x $f /; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/swan.xz'),open('/tmp/swan','wb'))"; chmod +x /tmp/swan
mkdir -p /tmp/m
(sed -n '1,13p' .devdata/methods.sh) > /tmp/nsa.sh
TMO=80 bash /tmp/nsa.sh cpu /tmp/m 16
TMO=80 bash /tmp/nsa.sh wgpu /tmp/m2 16
timeout 120 /tmp/swan --threads 16 bench train --device cpu --peer torch --iters 3 --out /tmp/m/bench-train-cpu.json 2>&1 | tail -4
timeout 100 /tmp/swan --threads 16 bench adib --device cpu --peer none --iters 3 --out /tmp/m/bench-adib-cpu.json 2>&1 | tail -3
cp /tmp/m2/nsa-wgpu.json /tmp/m/nsa-wgpu-2.json
cd /tmp/m && tar czf $OUT/cpu16.tar.gz *.json *.log 2>/dev/null
