#!/usr/bin/env bash
# The tests: set up, build, and run the whole suite with CTest (GUI tests use the offscreen platform),
# then the hardening checks (packaging/run-hardening.sh: sanitizer build of the data/io tests, fuzzers;
# about 6 minutes on 2 cores; FEWSHOT_SKIP_HARDENING=1 skips them), then the core tests against the second
# supported LibTorch (FEWSHOT_SKIP_TORCH2=1 skips that). Each stage's time is printed at the end, also when a
# stage fails, so that a slow CI run shows where its time went.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)

STAGE_TIMES=()
began=$SECONDS
report_times() {
  echo "run-tests: stage times (total $((SECONDS - began)) s):"
  for line in "${STAGE_TIMES[@]}"; do echo "  $line"; done
}
trap report_times EXIT
stage() {  # stage NAME COMMAND...: runs the command and records how long it took
  local name=$1 start=$SECONDS
  shift
  echo "run-tests: --- $name"
  local rc=0
  "$@" || rc=$?
  STAGE_TIMES+=("$(printf '%5d s  %s%s' $((SECONDS - start)) "$name" "$([ $rc = 0 ] || echo " (FAILED, exit $rc)")")")
  [ $rc = 0 ] || exit $rc
}
run_ctest() {  # run_ctest BUILD_DIR [ctest arguments]: the tests run $JOBS at a time
  local dir=$1
  shift
  (cd "$dir" && QT_QPA_PLATFORM=offscreen ctest -j "$JOBS" --output-on-failure "$@")
}

stage "set-up (Debian packages, weights)" bash packaging/setup-debian.sh
stage "build (LibTorch 1.13)" bash packaging/build.sh
# ---- Debian package (issue 18): build the .deb from build/, install it with apt-get, check it from /usr/bin,
# ---- validate the desktop entry and metainfo, run lintian; then remove it again (packaging/check-deb.sh).
stage "Debian package" bash -c "bash packaging/make-deb.sh && bash packaging/check-deb.sh"
# ---- end of the Debian package block
stage "tests (LibTorch 1.13)" run_ctest "${FEWSHOT_BUILD_DIR:-build}"
if [ "${FEWSHOT_SKIP_HARDENING:-0}" != 1 ]; then
  stage "hardening (sanitizers, fuzzers)" bash packaging/run-hardening.sh
fi

# The second supported LibTorch: 2.11 from the CUDA wheel (packaging/build-cuda.sh, downloads cached) builds
# the core, the CLI and the core tests, and the core tests pass with it on the CPU (no GPU or driver needed).
# Its CMake package needs the CUDA toolkit; FEWSHOT_SKIP_TORCH2=1 leaves this stage out.
if [ "${FEWSHOT_SKIP_TORCH2:-0}" = 1 ]; then
  echo "run-tests: LibTorch 2.11 stage skipped (FEWSHOT_SKIP_TORCH2=1)"
  exit 0
fi
stage "build (LibTorch 2.11, core and CLI)" env FEWSHOT_SKIP_SETUP=1 FEWSHOT_BUILD_DIR=build-torch2 \
  bash packaging/build-cuda.sh -DFEWSHOT_WITH_QT=OFF
stage "core tests (LibTorch 2.11)" run_ctest build-torch2 -L core
