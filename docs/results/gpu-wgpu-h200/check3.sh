#!/bin/bash
# Third call of the twenty-fifth session's device check: crates/train/tests/gpu.rs with its
# Lite0 fine-tuning test (SGD step, then 1 and 5 Adam steps, CPU against wgpu), built as
# check.sh says, from .devdata/gputest.xz; carrying .gl and .devdata.
cd "$(dirname "$0")/.."
for f in .gl/*.deb; do dpkg -x $f / >/dev/null; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/gputest.xz'),open('/tmp/gputest','wb'))"; chmod +x /tmp/gputest
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader; nproc
WGPU_BACKEND=vulkan RAYON_NUM_THREADS=16 timeout 240 /tmp/gputest --nocapture 2>&1 | tee $OUT/gpu-test-lite0.log
