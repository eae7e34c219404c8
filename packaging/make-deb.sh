#!/usr/bin/env bash
# Builds the Debian package build/packages/fewshot-studio_<version>_<arch>.deb with CPack. Reuses the
# build tree (FEWSHOT_BUILD_DIR, default build/): after the tests' build it only generates the manual
# pages and completion (if needed), installs into a staging folder, strips and packs.
# The package's library dependencies are computed by dpkg-shlibdeps (package dpkg-dev).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${FEWSHOT_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then bash packaging/build.sh; fi
cmake --build "$BUILD_DIR" -j "$(nproc)"
rm -f "$BUILD_DIR"/packages/fewshot-studio_*.deb
if ! (cd "$BUILD_DIR" && cpack -G DEB >/dev/null); then
  echo "make-deb: cpack failed (see $BUILD_DIR/_CPack_Packages/)" >&2
  exit 1
fi
ls "$BUILD_DIR"/packages/fewshot-studio_*.deb
