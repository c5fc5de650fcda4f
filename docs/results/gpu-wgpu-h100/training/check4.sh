#!/bin/bash
# crates/train/tests/gpu.rs (built here with --features wgpu) on the device's GPU.
cd "$(dirname "$0")/.."
for f in .gl/*.deb; do dpkg -x $f /; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/gputest.xz'),open('/tmp/gputest','wb'))"; chmod +x /tmp/gputest
WGPU_BACKEND=vulkan timeout 120 /tmp/gputest --nocapture 2>&1 | tee $OUT/gpu-test.log
