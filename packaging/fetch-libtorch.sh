#!/usr/bin/env bash
# Installs LibTorch 2.11 with CUDA 13.0 from the torch==2.11.0 wheel on PyPI into a per-user prefix,
# together with the few nvidia-* runtime wheels that the installed CUDA toolkit does not provide.
# The wheel's libraries find those through their RPATH ($ORIGIN/../../nvidia/<name>/lib), so `nvidia/`
# is unpacked beside `torch/`. Downloads are cached; running it again does nothing once installed.
#
#   bash packaging/fetch-libtorch.sh                 # download (cached) and unpack
#   bash packaging/fetch-libtorch.sh --print-prefix  # print the prefix (for CMAKE_PREFIX_PATH: PREFIX/torch)
#
# Prefix: $FEWSHOT_LIBTORCH_PREFIX, else $XDG_DATA_HOME/fewshot-studio/libtorch-2.11, else
# ~/.local/share/fewshot-studio/libtorch-2.11. Download cache: $XDG_CACHE_HOME/fewshot-studio/wheels,
# else ~/.cache/fewshot-studio/wheels. Needs pip (nothing is installed into Python) and unzip.
set -euo pipefail

TORCH_VERSION=2.11.0
# Pinned by torch 2.11.0's metadata (cufile through cuda-toolkit[cufile]==13.0.2).
RUNTIME_WHEELS=("nvidia-cufile==1.15.1.6" "nvidia-cusparselt-cu13==0.8.0" "nvidia-nvshmem-cu13==3.4.5")
# Platform tags of the wheels for pip download (the torch wheel is manylinux_2_28, the nvidia ones 2014/2_17).
PLATFORMS=(manylinux_2_28_x86_64 manylinux_2_27_x86_64 manylinux_2_17_x86_64 manylinux2014_x86_64)
PYTHON_VERSION=3.11  # any CPython works for the C++ libraries; fixed so the cache key never changes

if [ -n "${FEWSHOT_LIBTORCH_PREFIX:-}" ]; then PREFIX=$FEWSHOT_LIBTORCH_PREFIX
elif [ -n "${XDG_DATA_HOME:-}" ]; then PREFIX=$XDG_DATA_HOME/fewshot-studio/libtorch-2.11
else PREFIX=$HOME/.local/share/fewshot-studio/libtorch-2.11
fi
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/fewshot-studio/wheels

if [ "${1:-}" = "--print-prefix" ]; then echo "$PREFIX"; exit 0; fi

die() { echo "fetch-libtorch: $*" >&2; exit 1; }
[ "$(uname -m)" = x86_64 ] || die "the CUDA wheel is for Linux x86_64; this machine is $(uname -m)"
STAMP=$PREFIX/.installed
WANT="torch==$TORCH_VERSION ${RUNTIME_WHEELS[*]}"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && [ -f "$PREFIX/torch/lib/libtorch_cuda.so" ]; then
  echo "fetch-libtorch: LibTorch $TORCH_VERSION already in $PREFIX/torch"
  exit 0
fi

PIP=()
if command -v pip3 >/dev/null; then PIP=(pip3)
elif python3 -m pip --version >/dev/null 2>&1; then PIP=(python3 -m pip)
else die "no pip found (install python3-pip)"; fi
command -v unzip >/dev/null || die "unzip is missing (apt-get install unzip)"

mkdir -p "$CACHE"
platform_args=()
for p in "${PLATFORMS[@]}"; do platform_args+=(--platform "$p"); done
fetch() {  # wheels already in the cache are not downloaded again
  "${PIP[@]}" download --no-deps --only-binary=:all: --disable-pip-version-check --implementation cp \
    --python-version "$PYTHON_VERSION" "${platform_args[@]}" -d "$CACHE" "$@" \
    || die "pip download of $* failed (no network? a proxy?)"
}
start=$(date +%s)
fetch "torch==$TORCH_VERSION"
fetch "${RUNTIME_WHEELS[@]}"
echo "fetch-libtorch: downloads took $(( $(date +%s) - start )) s (cache: $CACHE)"

wheel_of() {  # wheel_of torch 2.11.0 -> the cached wheel's path
  local name=${1//-/_} version=$2
  ls "$CACHE/${name}-${version}-"*.whl 2>/dev/null | head -n1
}
rm -rf "$PREFIX.partial"
mkdir -p "$PREFIX.partial"
TORCH_WHEEL=$(wheel_of torch "$TORCH_VERSION")
[ -n "$TORCH_WHEEL" ] || die "no torch-$TORCH_VERSION wheel in $CACHE"
echo "fetch-libtorch: unpacking $(basename "$TORCH_WHEEL")"
unzip -q -o "$TORCH_WHEEL" 'torch/*' -d "$PREFIX.partial"
for spec in "${RUNTIME_WHEELS[@]}"; do
  w=$(wheel_of "${spec%%==*}" "${spec##*==}")
  [ -n "$w" ] || die "no wheel for $spec in $CACHE"
  echo "fetch-libtorch: unpacking $(basename "$w")"
  unzip -q -o "$w" 'nvidia/*' -d "$PREFIX.partial"
done
grep -q "^cuda.*'13\.0'" "$PREFIX.partial/torch/version.py" || die "$(basename "$TORCH_WHEEL") is not the CUDA 13 build"

# Every library the CUDA part needs must resolve now, except the driver (libcuda), which only a
# machine with an NVIDIA GPU has and which is loaded lazily: CPU use works without it.
missing=$(ldd "$PREFIX.partial/torch/lib/libtorch_cuda.so" "$PREFIX.partial/torch/lib/libtorch_nvshmem.so" |
          grep "not found" | grep -v "libcuda\.so" | awk '{print $1}' | sort -u || true)
if [ -n "$missing" ]; then
  die "libraries not found: $(echo $missing). Install the CUDA toolkit 13.0 with cuDNN 9 and NCCL 2" \
      "(their libraries in the linker path, e.g. /etc/ld.so.conf.d), then run this again"
fi
rm -rf "$PREFIX"
mv "$PREFIX.partial" "$PREFIX"
echo "$WANT" > "$STAMP"
echo "fetch-libtorch: LibTorch $TORCH_VERSION (CUDA 13.0) installed in $PREFIX/torch"
