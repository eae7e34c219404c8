#!/usr/bin/env bash
# The GPU check, in one command on a machine with an NVIDIA GPU and torch 2.x (CUDA) in python3: builds the
# core and the CLI against that torch (no Qt, no OpenCV, no network), runs the core tests on the GPU where
# Qt Test is installed (they are Qt Test programs; FEWSHOT_TEST_DEVICE=cuda), trains every family a few
# iterations on the GPU, resumes each on the GPU, on the CPU and on the GPU again, samples and exports on
# the CPU from the GPU-written checkpoints, trains in two processes over NCCL where there are two GPUs, and
# prints the benchmark table. About ten minutes at most.
#
#   bash packaging/gpu-check.sh                # the check on cuda
#   bash packaging/gpu-check.sh --device cpu   # dry run on a machine without a GPU (small benchmark sizes)
#   bash packaging/gpu-check.sh --prepare      # here: copy nlohmann-json and CLI11 into .cache/gpu-check/ for a machine
#                                              # without it (carry that folder along)
#   bash packaging/gpu-check.sh --pack-prebuilt BUILD   # here: put BUILD's fewshot, its core tests and the Qt
#                                              # libraries they need into .cache/gpu-prebuilt/ (BUILD must be built
#                                              # against the same torch version as the GPU machine's, Qt on, OpenCV off)
#   bash packaging/gpu-check.sh --prebuilt .cache/gpu-prebuilt   # there: no compiling; runs those binaries
# With .cache/official-fastgan/ present (see packaging/gpu-check-official-fastgan.py), the official FastGAN
# code is timed beside ours at 256 and 1024 px.
# Options: --torch DIR (a torch/ folder instead of python3's torch), --build-dir DIR (build-gpu-check),
#          --jobs N (all cores), --no-tests, --without-torch-package (see below). Logs and the table go to
#          $OUT (if set) or BUILD_DIR/gpu-check/.
# Needs cmake >= 3.20, a C++17 compiler, python3, nlohmann-json 3 and CLI11 2 (system, or the --prepare copy).
# With the CUDA toolkit (nvcc) torch's CMake package is used; without it, or if it fails to configure,
# cmake/TorchWithoutCMakePackage.cmake (torch's libraries and headers directly).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DEVICE=cuda BUILD=build-gpu-check JOBS=$(nproc) TORCH_DIR="" TESTS=1 PREPARE=0 TORCH_PACKAGE=1 PREBUILT="" PACK=""
while [ $# -gt 0 ]; do
  case "$1" in
    --device) DEVICE=$2; shift 2 ;;
    --torch) TORCH_DIR=$2; shift 2 ;;
    --build-dir) BUILD=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --no-tests) TESTS=0; shift ;;
    --without-torch-package) TORCH_PACKAGE=0; shift ;;
    --prepare) PREPARE=1; shift ;;
    --prebuilt) PREBUILT=$(cd "$2" && pwd); shift 2 ;;
    --pack-prebuilt) PACK=$2; shift 2 ;;
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

if [ -n "$PACK" ]; then
  # Everything the binaries need beyond torch, CUDA and the C/C++ runtime: Qt Core/Test and their libraries.
  DEST=$ROOT/.cache/gpu-prebuilt
  rm -rf "$DEST" && mkdir -p "$DEST/tests" "$DEST/lib"
  cp "$PACK/app/fewshot" "$DEST/"
  # Core tests that also need Qt Gui (test_export's image checks) stay here: Gui would bring X11 and fonts along.
  for name in $(ctest --test-dir "$PACK" -N -L core | sed -n 's/^ *Test *#[0-9]*: //p'); do
    ldd "$PACK/tests/$name" | grep -q libQt6Gui || cp "$PACK/tests/$name" "$DEST/tests/"
  done
  strip --strip-unneeded "$DEST/fewshot" "$DEST"/tests/* 2>/dev/null
  ldd "$DEST/fewshot" "$DEST"/tests/* | awk '/=> \//{print $3}' | sort -u |
    grep -Ev '/(libc|libm|libdl|librt|libpthread|libgcc_s|libstdc\+\+|ld-linux)[.-]|/torch/|/nvidia/|/cuda[^/]*/|/libcud|/libnccl|/libnvrtc' |
    xargs -r -I{} cp -L {} "$DEST/lib/"
  tar cf - -C "$ROOT/.cache" gpu-prebuilt | xz -T0 -6 > "$ROOT/.cache/gpu-prebuilt.tar.xz"
  echo "gpu-check: $(ls "$DEST/tests" | wc -l) core tests, fewshot and $(ls "$DEST/lib" | wc -l) libraries in $DEST" \
    "($(du -sh "$DEST" | cut -f1); packed: .cache/gpu-prebuilt.tar.xz, $(du -sh "$ROOT/.cache/gpu-prebuilt.tar.xz" | cut -f1))." \
    "Carry the archive; there: tar xJf .cache/gpu-prebuilt.tar.xz -C .cache"
  exit 0
fi

# With $OUT set (the device tool), logs are written beside the tree and $OUT gets the summary, the logs as one
# archive and the sample grids of the precision comparison.
LOGS=$ROOT/$BUILD/gpu-check
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

build_here() {
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
}

run_prebuilt_tests() {  # each core test program on DEVICE, several at a time; the names of failures at the end
  local dir=$LOGS/core-tests failed=0
  mkdir -p "$dir"
  export FEWSHOT_TEST_DEVICE=$DEVICE FEWSHOT_SOURCE_DIR=$ROOT FEWSHOT_BINARY_DIR=$LOGS QT_QPA_PLATFORM=offscreen
  export OMP_NUM_THREADS=2 QTEST_FUNCTION_TIMEOUT=900000
  ls "$PREBUILT"/tests/ | xargs -P "$(( (JOBS + 1) / 2 ))" -I{} sh -c \
    'timeout 300 "$0/tests/$1" > "$2/$1.log" 2>&1 && echo "PASS $1" || echo "FAIL $1 (log: $2/$1.log)"' \
    "$PREBUILT" {} "$dir" | sort | tee "$dir/results.txt"
  grep -q '^FAIL' "$dir/results.txt" && failed=1
  for f in $(sed -n 's/^FAIL \([^ ]*\).*/\1/p' "$dir/results.txt"); do
    echo "--- $f"; grep -E '^(FAIL|   Loc|QWARN|QDEBUG)|what\(\)' "$dir/$f.log" | head -12
  done
  return $failed
}

if [ -n "$PREBUILT" ]; then
  # Built elsewhere against the same torch version: the Qt libraries travel in PREBUILT/lib, torch is this one.
  # Libraries this machine has itself are its own (python and torch load them too); only the missing travel in.
  mkdir -p "$PREBUILT/lib-present"
  for f in "$PREBUILT"/lib/*; do
    ldconfig -p | grep -q "^[[:space:]]*$(basename "$f") " && mv "$f" "$PREBUILT/lib-present/"
  done
  say "prebuilt libraries used: $(ls "$PREBUILT/lib" | tr '\n' ' ')"
  LD_LIBRARY_PATH="$TORCH_DIR/lib:$PREBUILT/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  for d in "$TORCH_DIR"/../nvidia/*/lib /usr/local/cuda/lib64 /usr/local/cuda/lib; do
    [ -d "$d" ] && LD_LIBRARY_PATH=$LD_LIBRARY_PATH:$d
  done
  export LD_LIBRARY_PATH
  FEWSHOT=$PREBUILT/fewshot
  say "prebuilt binaries from $PREBUILT"
  if ldd "$FEWSHOT" | grep -q "not found"; then
    say "libraries missing for $FEWSHOT:"; ldd "$FEWSHOT" | grep "not found" | tee -a "$SUMMARY"; exit 1
  fi
  [ $TESTS = 1 ] && step core-tests run_prebuilt_tests
else
  build_here
  FEWSHOT=$ROOT/$BUILD/app/fewshot
  if [ $TESTS = 1 ] && [ -f "$BUILD/tests/CTestTestfile.cmake" ]; then
    step core-tests env FEWSHOT_TEST_DEVICE="$DEVICE" ctest --test-dir "$BUILD" -L core -j "$(( (JOBS + 3) / 4 ))" \
      --output-on-failure --timeout 600
  elif [ $TESTS = 1 ]; then
    say "core tests: not built (they are Qt Test programs and this machine has no Qt6 Test); the runs below check devices"
  fi
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
# Mixed precision: each family trains in bf16 (fp16 too for FastGAN), then resumes on the CPU.
train_precision() {  # NAME PRECISION ARGS...
  local name=$1 precision=$2; shift 2
  local run=$RUNS/$name-$precision
  step "$name-$precision-1-train-$DEVICE" "$FEWSHOT" train "$@" --out "$run" --iters 20 --device "$DEVICE" \
    --precision "$precision" "${COMMON[@]}" || return
  step "$name-$precision-2-resume-cpu" "$FEWSHOT" train --resume "$run" --iters 22 --device cpu
}
[ "$DEVICE" != cpu ] && train_precision fastgan fp16 --model fastgan --preset demo --size 64 \
  --data "$DATA/emoji64.fspack" --reconstruction-loss pixel-l1
train_precision fastgan bf16 --model fastgan --preset demo --size 64 --data "$DATA/emoji64.fspack" \
  --reconstruction-loss pixel-l1
train_precision pggan bf16 --model pggan --size 64 --data "$DATA/emoji64.fspack"
train_precision projected bf16 --model projected --preset demo --size 64 --random-features --data "$DATA/emoji64.fspack"
train_precision consingan bf16 --model consingan --preset tiny --image "$DATA/emoji-one.fspack"
# The same FastGAN demo run in fp32 and in bf16 (same seed and iterations): their grids side by side.
if [ "$DEVICE" != cpu ]; then
  for precision in fp32 bf16; do
    step "fastgan-demo-$precision" "$FEWSHOT" train --model fastgan --preset demo --size 64 --data "$DATA/emoji64.fspack" \
      --reconstruction-loss pixel-l1 --iters 800 --sample-every 800 --checkpoint-every 800 --no-metrics \
      --device "$DEVICE" --precision "$precision" --out "$RUNS/demo-$precision" &&
      cp "$(ls "$RUNS/demo-$precision"/samples/*.png | tail -n 1)" "$LOGS/grid-demo-$precision.png"
  done
fi
step fastgan-6-sample-cpu "$FEWSHOT" sample --run "$RUNS/fastgan" --n 4 --out "$RUNS/fastgan/grid-cpu.png" --device cpu
step fastgan-7-sample-$DEVICE "$FEWSHOT" sample --run "$RUNS/fastgan" --n 4 --out "$RUNS/fastgan/grid-$DEVICE.png" \
  --device "$DEVICE"
step fastgan-8-export-pytorch "$FEWSHOT" export --run "$RUNS/fastgan" --format pytorch --out "$RUNS/fastgan/g.pth"
step fastgan-9-export-onnx "$FEWSHOT" export --run "$RUNS/fastgan" --format onnx --out "$RUNS/fastgan/g.onnx"
step consingan-6-sample-cpu "$FEWSHOT" sample --run "$RUNS/consingan" --n 2 --out "$RUNS/consingan/samples-cpu" \
  --device cpu

# Data-parallel training (issue 16) on two GPUs through NCCL, the 2.x wheel's c10d backend: FastGAN in two
# processes (one GPU each), resumed in two and then in one, every iteration logged once; then the scaling
# benchmark. It needs two GPUs; the CPU path (Gloo) is tested by the suite on LibTorch 1.13.
GPUS=0
[ "$DEVICE" != cpu ] && GPUS=$(nvidia-smi -L 2>/dev/null | grep -c '^GPU ')
if [ "$GPUS" -ge 2 ]; then
  DP=$RUNS/fastgan-2proc
  if step fastgan-dp-1-train-2proc "$FEWSHOT" train --model fastgan --preset demo --size 64 --batch 8 \
      --data "$DATA/emoji64.fspack" --reconstruction-loss pixel-l1 --out "$DP" --iters 20 --device "$DEVICE" \
      --nproc 2 "${COMMON[@]}"; then
    step fastgan-dp-2-resume-2proc "$FEWSHOT" train --resume "$DP" --iters 30 --nproc 2
    step fastgan-dp-3-resume-1proc "$FEWSHOT" train --resume "$DP" --iters 34
    step fastgan-dp-4-each-iteration-once "$PY" -c 'import json, sys
its = [json.loads(l)["iteration"] for l in open(sys.argv[1]) if "\"seconds\"" in l]
sys.exit(0 if its == list(range(1, 35)) else "iterations logged: %s" % its)' "$DP/metrics.jsonl"
  fi
  step bench-dp-fastgan-256 "$FEWSHOT" bench train --model fastgan --size 256 --batch 16 --nproc 2 \
    --device "$DEVICE" --iters 10 --warmup 3 && grep -E "process|efficiency" "$LOGS/bench-dp-fastgan-256.log" | tee -a "$SUMMARY"
else
  say "data-parallel (NCCL): skipped, $GPUS GPU(s) here; it needs two"
fi

# The benchmark table (synthetic data): seconds per training iteration on DEVICE.
if [ "$DEVICE" = cpu ]; then
  BENCH=("fastgan 64 8 --ngf 16 --ndf 16" "pggan 64 8" "projected 64 4 --ngf 16 --ndf 16 --random-features")
  BENCH_ITERS=(--iters 2 --warmup 1)
else
  BENCH=("fastgan 256 8" "fastgan 1024 8" "pggan 256 16" "projected 256 8 --random-features")
  BENCH_ITERS=(--iters 10 --warmup 3)
fi
BENCH_ITERS+=(--precision bf16 --versus-precision fp32)
i=0
for row in "${BENCH[@]}"; do
  read -r model size batch extra <<< "$row"
  # shellcheck disable=SC2086
  step "bench-$model-$size" sh -c "\"$FEWSHOT\" bench train --model $model --size $size --batch $batch $extra \
    --device $DEVICE ${BENCH_ITERS[*]} --json > \"$LOGS/bench-$i.json\""
  i=$((i + 1))
done
# The official FastGAN code on the same device, where its files are at hand (fp32, as it trains).
if [ -f "$ROOT/.cache/official-fastgan/models.py" ] && [ "$DEVICE" != cpu ]; then
  for size in 256 1024; do
    step "official-fastgan-$size" sh -c "\"$PY\" packaging/gpu-check-official-fastgan.py --official .cache/official-fastgan \
      --size $size --batch 8 --iters 10 --warmup 3 --device $DEVICE > \"$LOGS/official-$size.json\""
  done
fi
"$PY" - "$LOGS" <<'EOF' | tee -a "$SUMMARY"
import glob, json, sys
rows = []
for path in sorted(glob.glob(sys.argv[1] + "/bench-*.json")):
    try:
        r = json.load(open(path))
    except (OSError, ValueError):
        continue
    rows.append(r)
official = {}
for path in glob.glob(sys.argv[1] + "/official-*.json"):
    try:
        r = json.load(open(path))
        official[r["size"]] = r["median_seconds_per_iteration"]
    except (OSError, ValueError, KeyError):
        pass
print("| model | size | batch | device | s/it fp32 | s/it bf16 | bf16 speed-up | GFLOP/s (bf16) | official FastGAN s/it | ours bf16 vs official | data loading (bf16) | host sync (bf16, reads) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    fp32 = r.get("versus_precision_median_seconds_per_iteration", 0)
    bf16 = r["median_seconds_per_iteration"]
    ref = official.get(r["size"]) if r["model"] == "fastgan" else None
    print(f"| {r['model']} | {r['size']} | {r['batch']} | {r['device']} | {fp32:.4f} | {bf16:.4f} "
          f"| {r.get('speedup_over_versus_precision', 0):.2f}x | {r['achieved_gflop_per_second']:.0f} "
          f"| {f'{ref:.4f}' if ref else '-'} | {f'{ref / bf16:.2f}x' if ref else '-'} "
          f"| {100 * r['data_loading_seconds_per_iteration'] / r['profiled_seconds_per_iteration']:.1f} % "
          f"| {100 * r['synchronisation_seconds_per_iteration'] / r['profiled_seconds_per_iteration']:.1f} %, "
          f"{r['synchronisations_per_iteration']:.2f} |")
    if ref:
        print(f"|  | {r['size']} | | | ours fp32 vs official: {ref / fp32:.2f}x | | | | | | | |")
EOF

if [ $failures -eq 0 ]; then say "all steps passed"; else say "$failures step(s) failed"; fi
say "logs: $LOGS"
if [ -n "${OUT:-}" ]; then
  cp "$SUMMARY" "$OUT/"
  cp "$LOGS"/grid-demo-*.png "$OUT/" 2>/dev/null
  tar czf "$OUT/gpu-check-logs.tgz" -C "$LOGS" --exclude=runs --exclude=data .
fi
[ $failures -eq 0 ]
