#!/usr/bin/env bash
# The GPU check, in one command on a machine with an NVIDIA GPU and torch 2.x (CUDA) in python3: builds the
# core and the CLI against that torch (no Qt, no OpenCV, no network), runs the core tests on the GPU where
# Qt Test is installed (they are Qt Test programs; FEWSHOT_TEST_DEVICE=cuda), trains every family a few
# iterations on the GPU, resumes each on the GPU, on the CPU and on the GPU again, samples and exports on
# the CPU from the GPU-written checkpoints, and prints the benchmark table. About ten minutes at most.
#
#   bash packaging/gpu-check.sh                # the check on cuda
#   bash packaging/gpu-check.sh --device cpu   # dry run on a machine without a GPU (small benchmark sizes)
#   bash packaging/gpu-check.sh --prepare      # here: copy nlohmann-json and CLI11 into .cache/gpu-check/ for a machine
#                                              # without it (carry that folder along)
# Options: --torch DIR (a torch/ folder instead of python3's torch), --build-dir DIR (build-gpu-check),
#          --jobs N (all cores), --no-tests, --without-torch-package (see below). Logs and the table go to
#          $OUT (if set) or BUILD_DIR/gpu-check/.
# Needs cmake >= 3.20, a C++17 compiler, python3, nlohmann-json 3 and CLI11 2 (system, or the --prepare copy).
# With the CUDA toolkit (nvcc) torch's CMake package is used; without it, or if it fails to configure,
# cmake/TorchWithoutCMakePackage.cmake (torch's libraries and headers directly).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DEVICE=cuda BUILD=build-gpu-check JOBS=$(nproc) TORCH_DIR="" TESTS=1 PREPARE=0 TORCH_PACKAGE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --device) DEVICE=$2; shift 2 ;;
    --torch) TORCH_DIR=$2; shift 2 ;;
    --build-dir) BUILD=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --no-tests) TESTS=0; shift ;;
    --without-torch-package) TORCH_PACKAGE=0; shift ;;
    --prepare) PREPARE=1; shift ;;
    *) echo "gpu-check: unknown argument $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
DEPS=$ROOT/.cache/gpu-check/deps
if [ "$PREPARE" = 1 ]; then
  [ -f /usr/include/nlohmann/json.hpp ] || { echo "gpu-check: no /usr/include/nlohmann here" >&2; exit 1; }
  rm -rf "$DEPS" && mkdir -p "$DEPS/include" "$DEPS/share/cmake"
  cp -r /usr/include/nlohmann "$DEPS/include/"
  cp -r /usr/share/cmake/nlohmann_json "$DEPS/share/cmake/"
  [ -f /usr/include/CLI/CLI.hpp ] || { echo "gpu-check: no /usr/include/CLI (libcli11-dev) here" >&2; exit 1; }
  cp -r /usr/include/CLI "$DEPS/include/"
  cp -r /usr/share/cmake/CLI11 "$DEPS/share/cmake/"
  echo "gpu-check: nlohmann-json and CLI11 copied to $DEPS; carry .cache/gpu-check to the GPU machine"
  exit 0
fi

LOGS=${OUT:-$ROOT/$BUILD/gpu-check}
mkdir -p "$LOGS"
SUMMARY=$LOGS/summary.txt
: > "$SUMMARY"
failures=0
say() { echo "gpu-check: $*" | tee -a "$SUMMARY"; }
# step NAME COMMAND...: runs it with its output in LOGS/NAME.log; records PASS/FAIL and seconds.
step() {
  local name=$1; shift
  local start=$SECONDS
  if "$@" > "$LOGS/$name.log" 2>&1; then
    printf '%-36s PASS %4d s\n' "$name" $((SECONDS - start)) | tee -a "$SUMMARY"
  else
    printf '%-36s FAIL %4d s (log: %s)\n' "$name" $((SECONDS - start)) "$LOGS/$name.log" | tee -a "$SUMMARY"
    tail -n 25 "$LOGS/$name.log" | sed 's/^/    /'
    failures=$((failures + 1))
    return 1
  fi
}

PY=${PYTHON:-python3}
command -v cmake >/dev/null || { say "cmake is missing"; exit 1; }
if [ -z "$TORCH_DIR" ]; then
  TORCH_DIR=$("$PY" -c 'import os, torch; print(os.path.dirname(torch.__file__))' 2>/dev/null) ||
    { say "python3 has no torch (pip install torch), or pass --torch DIR"; exit 1; }
fi
[ -f "$TORCH_DIR/lib/libtorch.so" ] || { say "$TORCH_DIR is not a torch/ folder with lib/libtorch.so"; exit 1; }
say "torch: $TORCH_DIR ($(sed -n "s/^__version__ = '\(.*\)'/\1/p" "$TORCH_DIR/version.py" 2>/dev/null))," \
    "device: $DEVICE"
command -v nvidia-smi >/dev/null &&
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee -a "$SUMMARY"

# Configure: torch's CMake package where the CUDA toolkit is installed, else the package-free route.
for d in /usr/local/cuda/bin /usr/local/cuda-13.0/bin; do
  command -v nvcc >/dev/null || { [ -x "$d/nvcc" ] && export PATH=$d:$PATH; }
done
ARGS=(-DCMAKE_BUILD_TYPE=Release -DFEWSHOT_WITH_QT=OFF -DFEWSHOT_WITH_OPENCV=OFF
      -DBUILD_TESTING=$([ $TESTS = 1 ] && echo ON || echo OFF))
command -v ninja >/dev/null && ARGS+=(-G Ninja)
export CCACHE_DIR=${CCACHE_DIR:-$ROOT/.cache/ccache}
configure_without_package() {
  local abi
  abi=$("$PY" -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))' 2>/dev/null || echo 1)
  rm -f "$BUILD/CMakeCache.txt"
  cmake -S . -B "$BUILD" "${ARGS[@]}" -DFEWSHOT_TORCH_ROOT="$TORCH_DIR" -DFEWSHOT_TORCH_CXX11_ABI="$abi" \
    ${DEPS_PREFIX:+-DCMAKE_PREFIX_PATH="$DEPS_PREFIX"}
}
configure_with_package() {
  rm -f "$BUILD/CMakeCache.txt"
  cmake -S . -B "$BUILD" "${ARGS[@]}" -DFEWSHOT_TORCH_ROOT= \
    -DCMAKE_PREFIX_PATH="$TORCH_DIR/share/cmake${DEPS_PREFIX:+;$DEPS_PREFIX}"
}
DEPS_PREFIX=""
[ -d "$DEPS" ] && DEPS_PREFIX=$DEPS
if [ "$TORCH_PACKAGE" = 1 ] && command -v nvcc >/dev/null && [ -d "$TORCH_DIR/share/cmake/Torch" ]; then
  # torch's own CMake package first; should it fail (toolkit and torch disagree), the package-free route.
  if configure_with_package > "$LOGS/configure-torch-package.log" 2>&1; then
    say "configure: with torch's CMake package"
  else
    say "configure: torch's CMake package failed (log: $LOGS/configure-torch-package.log); trying without it"
    step configure-without-torch-package configure_without_package || exit 1
  fi
else
  step configure-without-torch-package configure_without_package || exit 1
fi
step build cmake --build "$BUILD" -j "$JOBS" || exit 1
FEWSHOT=$ROOT/$BUILD/app/fewshot

if [ $TESTS = 1 ] && [ -f "$BUILD/tests/CTestTestfile.cmake" ]; then
  step core-tests env FEWSHOT_TEST_DEVICE="$DEVICE" ctest --test-dir "$BUILD" -L core -j "$(( (JOBS + 3) / 4 ))" \
    --output-on-failure --timeout 600
elif [ $TESTS = 1 ]; then
  say "core tests: not built (they are Qt Test programs and this machine has no Qt6 Test); the runs below check devices"
fi

# Each family: a few iterations on DEVICE, then resume on DEVICE, on the CPU and on DEVICE again (the
# checkpoints written on the GPU are read on the CPU and back), sampling and exporting on the CPU.
DATA=$LOGS/data RUNS=$LOGS/runs
rm -rf "$RUNS" && mkdir -p "$DATA" "$RUNS"
gunzip -c packaging/gpu-check-data/emoji64.fspack.gz > "$DATA/emoji64.fspack"
gunzip -c packaging/gpu-check-data/emoji-one.fspack.gz > "$DATA/emoji-one.fspack"
COMMON=(--no-metrics --sample-every 10 --checkpoint-every 10 --threads 4)
train_family() {  # NAME ARGS...
  local name=$1; shift
  local run=$RUNS/$name
  step "$name-1-train-$DEVICE" "$FEWSHOT" train "$@" --out "$run" --iters 20 --device "$DEVICE" "${COMMON[@]}" || return
  step "$name-2-resume-$DEVICE" "$FEWSHOT" train --resume "$run" --iters 30 --device "$DEVICE"
  step "$name-3-resume-cpu" "$FEWSHOT" train --resume "$run" --iters 32 --device cpu
  step "$name-4-resume-$DEVICE" "$FEWSHOT" train --resume "$run" --iters 34 --device "$DEVICE"
  step "$name-5-device-recorded" grep -q "\"device\": \"$DEVICE\"" "$run/config.json"
}
train_family fastgan --model fastgan --preset demo --size 64 --data "$DATA/emoji64.fspack" \
  --reconstruction-loss pixel-l1
train_family pggan --model pggan --size 64 --data "$DATA/emoji64.fspack"
train_family projected --model projected --preset demo --size 64 --random-features --data "$DATA/emoji64.fspack"
train_family consingan --model consingan --preset tiny --image "$DATA/emoji-one.fspack"
step fastgan-6-sample-cpu "$FEWSHOT" sample --run "$RUNS/fastgan" --n 4 --out "$RUNS/fastgan/grid-cpu.png" --device cpu
step fastgan-7-sample-$DEVICE "$FEWSHOT" sample --run "$RUNS/fastgan" --n 4 --out "$RUNS/fastgan/grid-$DEVICE.png" \
  --device "$DEVICE"
step fastgan-8-export-pytorch "$FEWSHOT" export --run "$RUNS/fastgan" --format pytorch --out "$RUNS/fastgan/g.pth"
step fastgan-9-export-onnx "$FEWSHOT" export --run "$RUNS/fastgan" --format onnx --out "$RUNS/fastgan/g.onnx"
step consingan-6-sample-cpu "$FEWSHOT" sample --run "$RUNS/consingan" --n 2 --out "$RUNS/consingan/samples-cpu" \
  --device cpu

# The benchmark table (synthetic data): seconds per training iteration on DEVICE.
if [ "$DEVICE" = cpu ]; then
  BENCH=("fastgan 64 8 --ngf 16 --ndf 16" "pggan 64 8" "projected 64 4 --ngf 16 --ndf 16")
  BENCH_ITERS=(--iters 2 --warmup 1)
else
  BENCH=("fastgan 256 8" "fastgan 1024 8" "pggan 256 16" "projected 256 8")
  BENCH_ITERS=(--iters 10 --warmup 3)
fi
i=0
for row in "${BENCH[@]}"; do
  read -r model size batch extra <<< "$row"
  # shellcheck disable=SC2086
  step "bench-$model-$size" sh -c "\"$FEWSHOT\" bench train --model $model --size $size --batch $batch $extra \
    --device $DEVICE --random-features ${BENCH_ITERS[*]} --json > \"$LOGS/bench-$i.json\""
  i=$((i + 1))
done
"$PY" - "$LOGS" <<'EOF' | tee -a "$SUMMARY"
import glob, json, sys
rows = []
for path in sorted(glob.glob(sys.argv[1] + "/bench-*.json")):
    try:
        r = json.load(open(path))
    except (OSError, ValueError):
        continue
    rows.append(r)
print("| model | size | batch | device | s/iteration (median) | iterations/s | GFLOP/s |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r['model']} | {r['size']} | {r['batch']} | {r['device']} | {r['median_seconds_per_iteration']:.4f} "
          f"| {r['iterations_per_second']:.2f} | {r['achieved_gflop_per_second']:.0f} |")
EOF

if [ $failures -eq 0 ]; then say "all steps passed"; else say "$failures step(s) failed"; fi
say "logs: $LOGS"
[ $failures -eq 0 ]
