#!/bin/bash
# GPU check of swan's wgpu build (Vulkan on the NVIDIA driver): encoder features cpu vs wgpu
# (10 000 test images at 64 px, pooled + block15; 1000 at 224 px), and DN2 one-vs-rest on a
# Fashion-MNIST subset (first 6000 training images, all 10 000 test images, --max-train 500)
# on both devices, 16 threads for the CPU runs.
#
# Prepared on the development machine, in the repository root, in folders git ignores:
#   cargo build --release -p swan --features wgpu --target-dir /tmp/tgt-wgpu
#   mkdir -p .devdata/fmnist && strip -o /tmp/swan-wgpu /tmp/tgt-wgpu/release/swan && xz -c /tmp/swan-wgpu > .devdata/swan.xz
#   cp ~/.cache/swan/weights/efficientnet-lite0-57934424.pth .devdata/
#   the IDX subset in .devdata/fmnist (first 6000 training images and labels, all test files)
#   the Vulkan / EGL loader packages in .gl (apt-get download libvulkan1 libegl1 libglvnd0 ...)
#   cp docs/results/gpu-wgpu-h100/{check.sh,compare.py} .devdata/
# and run on the device machine: bash .devdata/check.sh, carrying .gl and .devdata.
cd "$(dirname "$0")/.."
for f in .gl/*.deb; do dpkg -x $f /; done; ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
ldconfig -p | grep -i libvulkan; nproc
B=/tmp/swan; D=idx:.devdata/fmnist
export SWAN_LITE0_WEIGHTS=$PWD/.devdata/efficientnet-lite0-57934424.pth HOME=/tmp/home
python3 -c "import lzma,shutil;shutil.copyfileobj(lzma.open('.devdata/swan.xz'),open('/tmp/swan','wb'))"; chmod +x $B; mkdir -p /tmp/f
for dev in cpu wgpu; do
  t0=$(date +%s.%N); timeout 80 $B --threads 16 features --data $D --split test --image-size 64 --device $dev --no-cache --no-progress --taps pooled,block15 --out /tmp/f/f-$dev-64.safetensors 2>&1 | tail -3; echo "features 64px $dev: $(python3 -c "print(round($(date +%s.%N) - $t0, 2))") s"
  t0=$(date +%s.%N); timeout 80 $B --threads 16 features --data $D --split test --class 0 --image-size 224 --device $dev --no-cache --no-progress --taps pooled --out /tmp/f/f-$dev-224.safetensors 2>&1 | tail -3; echo "features 224px $dev: $(python3 -c "print(round($(date +%s.%N) - $t0, 2))") s"
done
for dev in cpu wgpu; do
  timeout 100 $B --threads 16 eval --method dn2 --data $D --protocol one-vs-rest --image-size 64 --k 2 --max-train 500 --device $dev --no-cache --no-progress --out /tmp/f/dn2-$dev.json 2>&1 | tail -4
done
python3 .devdata/compare.py /tmp/f; cp /tmp/f/parity.json /tmp/f/dn2-cpu.json /tmp/f/dn2-wgpu.json $OUT/ 2>/dev/null; ls -la /tmp/f
