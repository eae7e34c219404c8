#!/usr/bin/env bash
# The hardening checks: an AddressSanitizer + UndefinedBehaviorSanitizer build (clang) of the LibTorch-free
# data/io library with its tests (dataset import and cache, hostile images and files), run with CTest;
# then each libFuzzer target (image header checks + decoder gate, zip reader, unpickler) for a bounded
# time from a seed corpus generated here. Everything goes to build-hardening/ (FEWSHOT_HARDENING_BUILD_DIR).
#   FEWSHOT_FUZZ_SECONDS   seconds per fuzz target (default 60)
# Exits non-zero on any sanitizer report, test failure or fuzzer crash; a crashing input is kept in
# build-hardening/fuzz-artifacts/. Skips (exit 0) when clang is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${FEWSHOT_HARDENING_BUILD_DIR:-build-hardening}
FUZZ_SECONDS=${FEWSHOT_FUZZ_SECONDS:-60}
if ! command -v clang++ >/dev/null; then
  echo "run-hardening: skipped, clang++ is not installed (apt-get install clang libclang-rt-14-dev)"
  exit 0
fi
export CCACHE_DIR=${CCACHE_DIR:-$PWD/.cache/ccache}
start=$(date +%s)

mkdir -p "$BUILD"
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFEWSHOT_SANITIZE=address,undefined -DFEWSHOT_FUZZ=ON >"$BUILD/configure.log" 2>&1 ||
  { cat "$BUILD/configure.log"; exit 1; }
TESTS=(test_dataset_import test_dataset_cache test_hostile_images test_hostile_files)
FUZZERS=(fuzz_image_header fuzz_zip_reader fuzz_unpickler)
cmake --build "$BUILD" -j "$(nproc)" --target "${TESTS[@]}" "${FUZZERS[@]}"
built=$(date +%s)

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd "$BUILD" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -R "^($(IFS='|'; echo "${TESTS[*]}"))\$")
tested=$(date +%s)

# Seeds: small valid inputs of each kind, made here (python3 for zip/pickle/PNG, with torch.save files when
# Debian's python3-torch is there, ImageMagick for JPEG/WebP/TIFF when present).
PYTHON=python3
/usr/bin/python3 -c 'import torch' 2>/dev/null && PYTHON=/usr/bin/python3
SEEDS="$BUILD/fuzz-seeds"
rm -rf "$SEEDS" && mkdir -p "$SEEDS"/{fuzz_image_header,fuzz_zip_reader,fuzz_unpickler} "$BUILD/fuzz-artifacts"
"$PYTHON" - "$SEEDS" <<'PY'
import io, pickle, struct, sys, zipfile, zlib
seeds = sys.argv[1]
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
raw = b"".join(b"\0" + bytes(range(12)) for _ in range(4))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) + \
      chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
open(f"{seeds}/fuzz_image_header/seed.png", "wb").write(png)
bmp_pixels = b"\x10\x20\x30\x00" * 4
bmp = b"BM" + struct.pack("<IHHI", 54 + len(bmp_pixels), 0, 0, 54) + \
      struct.pack("<IiiHHIIiiII", 40, 2, 2, 1, 24, 0, len(bmp_pixels), 0, 0, 0, 0) + bmp_pixels
open(f"{seeds}/fuzz_image_header/seed.bmp", "wb").write(bmp)
state = {"w": [1.0, 2.0], "nested": {"a": (1, 2, "x"), "b": [None, True, 3.5]}, "n": 12345678901}
pkl = pickle.dumps(state, protocol=2)
open(f"{seeds}/fuzz_unpickler/dict.pkl", "wb").write(pkl + b"\x00")
for name, method in (("stored", zipfile.ZIP_STORED), ("deflated", zipfile.ZIP_DEFLATED)):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        z.writestr("archive/data.pkl", pkl)
        z.writestr("archive/data/0", bytes(64))
        z.writestr("archive/byteorder", "little")
    open(f"{seeds}/fuzz_zip_reader/{name}.zip", "wb").write(buffer.getvalue())
try:
    import torch
    buffer = io.BytesIO()
    torch.save({"g": {"w": torch.arange(6.0).reshape(2, 3), "b": torch.ones(2)}, "g_ema": [torch.zeros(3)]}, buffer)
    data = buffer.getvalue()
    open(f"{seeds}/fuzz_zip_reader/torch.pth", "wb").write(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        name = next(n for n in z.namelist() if n.endswith("data.pkl"))
        open(f"{seeds}/fuzz_unpickler/torch.pkl", "wb").write(z.read(name) + bytes(24) + b"\x06")
except Exception as e:  # no python3-torch: the generic seeds above
    print("run-hardening: no torch seeds:", e)
PY
if command -v convert >/dev/null; then
  for ext in jpg webp tif; do
    convert -size 6x5 gradient:red-blue "$SEEDS/fuzz_image_header/seed.$ext" 2>/dev/null || true
  done
fi

status=0
for fuzzer in "${FUZZERS[@]}"; do
  corpus="$BUILD/fuzz-corpus/$fuzzer"
  mkdir -p "$corpus"
  leaks=1
  [ "$fuzzer" = fuzz_unpickler ] && leaks=0  # LibTorch keeps global allocations that LeakSanitizer reports
  echo "run-hardening: $fuzzer for ${FUZZ_SECONDS}s"
  if ! "$BUILD/fuzz/$fuzzer" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=20 \
       -detect_leaks=$leaks -print_final_stats=1 -artifact_prefix="$BUILD/fuzz-artifacts/$fuzzer-" \
       "$corpus" "$SEEDS/$fuzzer" >"$BUILD/$fuzzer.log" 2>&1; then
    echo "run-hardening: $fuzzer FAILED (input kept in $BUILD/fuzz-artifacts/)"
    tail -60 "$BUILD/$fuzzer.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$BUILD/$fuzzer.log" | sed "s/^/  $fuzzer /"
  fi
done
end=$(date +%s)
echo "run-hardening: build $((built - start)) s, sanitizer tests $((tested - built)) s," \
  "fuzzing $((end - tested)) s, total $((end - start)) s"
exit $status
