#!/usr/bin/env bash
# The GPU build: installs LibTorch 2.11 (CUDA 13.0) from the torch==2.11.0 wheel into a per-user prefix
# (packaging/fetch-libtorch.sh, downloads cached) and builds the whole studio against it into build-cuda/.
# Needs the CUDA toolkit 13.0 with cuDNN 9 and NCCL 2 (LibTorch's CMake package looks for nvcc and the
# toolkit's libraries). The binaries also run on machines without an NVIDIA GPU (CPU only).
# Extra arguments go to CMake, e.g. -DFEWSHOT_WITH_QT=OFF for the core and the CLI only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${FEWSHOT_SKIP_SETUP:-0}" != 1 ]; then bash packaging/setup-debian.sh; fi
if ! command -v nvcc >/dev/null; then
  for d in /usr/local/cuda/bin /usr/local/cuda-13.0/bin; do [ -x "$d/nvcc" ] && export PATH=$d:$PATH && break; done
fi
command -v nvcc >/dev/null || { echo "build-cuda: nvcc not found: install the CUDA toolkit 13.0" >&2; exit 1; }
bash packaging/fetch-libtorch.sh
PREFIX=$(bash packaging/fetch-libtorch.sh --print-prefix)
start=$(date +%s)
FEWSHOT_BUILD_DIR=${FEWSHOT_BUILD_DIR:-build-cuda} bash packaging/build.sh -DCMAKE_PREFIX_PATH="$PREFIX/torch" "$@"
echo "build-cuda: built against LibTorch 2.11 in $(( $(date +%s) - start )) s into ${FEWSHOT_BUILD_DIR:-build-cuda}/"
