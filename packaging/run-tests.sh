#!/usr/bin/env bash
# The tests: set up, build, and run the whole suite with CTest (GUI tests use the offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
bash packaging/build.sh
cd "${FEWSHOT_BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure
