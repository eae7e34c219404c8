#!/usr/bin/env bash
# The tests: set up, build, and run the whole suite with CTest (GUI tests use the offscreen platform),
# then the hardening checks (packaging/run-hardening.sh: sanitizer build of the data/io tests, fuzzers;
# about 6 minutes on 2 cores; FEWSHOT_SKIP_HARDENING=1 skips them).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
bash packaging/build.sh
# ---- Debian package (issue 18): build the .deb from build/, install it with apt-get, check it from /usr/bin,
# ---- validate the desktop entry and metainfo, run lintian; then remove it again (packaging/check-deb.sh).
bash packaging/make-deb.sh
bash packaging/check-deb.sh
# ---- end of the Debian package block
(cd "${FEWSHOT_BUILD_DIR:-build}" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure)
if [ "${FEWSHOT_SKIP_HARDENING:-0}" != 1 ]; then
  bash packaging/run-hardening.sh
fi

# The second supported LibTorch: 2.11 from the CUDA wheel (packaging/build-cuda.sh, downloads cached) builds
# the core, the CLI and the core tests, and the core tests pass with it on the CPU (no GPU or driver needed).
# Its CMake package needs the CUDA toolkit; FEWSHOT_SKIP_TORCH2=1 leaves this stage out.
if [ "${FEWSHOT_SKIP_TORCH2:-0}" = 1 ]; then
  echo "run-tests: LibTorch 2.11 stage skipped (FEWSHOT_SKIP_TORCH2=1)"
  exit 0
fi
start=$SECONDS
FEWSHOT_SKIP_SETUP=1 FEWSHOT_BUILD_DIR=build-torch2 bash packaging/build-cuda.sh -DFEWSHOT_WITH_QT=OFF
echo "run-tests: LibTorch 2.11 build took $((SECONDS - start)) s"
(cd build-torch2 && ctest -L core --output-on-failure)
