#!/usr/bin/env bash
# Regenerates the user guide's screenshots (docs/images/*.png) from the build in build/: renders the
# sample dataset, trains three tiny runs (FastGAN with ADA and TensorBoard output at 64 px, a FastGAN run at
# batch 4 to compare it with, ConSinGAN's tiny preset on a generated landscape), then walks the studio through the guide under Xvfb
# (`fewshot-studio --screenshot-tour`), in English and in Korean, and optimises the PNGs (1280x800).
# Takes about ten minutes on a 2-core CPU. Needs xvfb, imagemagick and optipng (setup-debian.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${FEWSHOT_BUILD_DIR:-build}
FEWSHOT=$BUILD_DIR/app/fewshot
STUDIO=$BUILD_DIR/app/fewshot-studio
WORK=${FEWSHOT_SCREENSHOT_WORK:-$BUILD_DIR/screenshots}
OUT=docs/images
[ -x "$STUDIO" ] || { echo "screenshots: build first (bash packaging/build.sh)" >&2; exit 1; }
mkdir -p "$WORK" "$OUT"
WORK=$(realpath "$WORK")

if [ ! -d "$WORK/emoji" ]; then
  QT_QPA_PLATFORM=offscreen "$FEWSHOT" dataset sample "$WORK/emoji" --size 64
fi
if [ ! -f "$WORK/runs/emoji-fastgan/config.json" ]; then
  "$FEWSHOT" train --data "$WORK/emoji" --out "$WORK/runs/emoji-fastgan" --preset demo --size 64 --batch 8 \
    --iters 150 --augment ada --ada-kimg 2 --sample-every 25 --checkpoint-every 50 --reconstruction-loss pixel-l1 \
    --tensorboard
fi
if [ ! -f "$WORK/runs/emoji-fastgan-batch4/config.json" ]; then  # compared with the first run (Compare runs)
  "$FEWSHOT" train --data "$WORK/emoji" --out "$WORK/runs/emoji-fastgan-batch4" --preset demo --size 64 --batch 4 \
    --iters 150 --augment diffaugment --sample-every 25 --checkpoint-every 75 --reconstruction-loss pixel-l1 --no-metrics
fi
if [ ! -f "$WORK/landscape.png" ]; then
  # An original picture for ConSinGAN: a sky gradient over plasma "hills" (no third-party image).
  convert -size 192x56 gradient:'#7fb3ff'-'#e8f1ff' \( -size 192x56 -seed 7 plasma:'#3f7f3f'-'#a8c070' \) \
    -append "$WORK/landscape.png"
  convert "$WORK/emoji/$(ls "$WORK/emoji" | sed -n 3p)" -fuzz 12% -transparent white -resize 40x40 "$WORK/object.png"
fi
if [ ! -f "$WORK/runs/landscape-consingan/config.json" ]; then
  "$FEWSHOT" train --model consingan --image "$WORK/landscape.png" --out "$WORK/runs/landscape-consingan" \
    --preset tiny
fi

tour() {  # tour OUT SUFFIX [studio options...]
  local out=$1 suffix=$2
  shift 2
  xvfb-run -a -s "-screen 0 1280x800x24" "$STUDIO" --screenshot-tour "$out" --tour-suffix "$suffix" "$@" 2>/dev/null
}
rm -rf "$WORK/shots" "$WORK/first"
mkdir -p "$WORK/no-weights"
for lang in en ko; do
  suffix=""
  [ "$lang" = ko ] && suffix="-ko"
  tour "$WORK/shots" "$suffix" --tour-language "$lang" --tour-dataset "$WORK/emoji" \
    --tour-fastgan "$WORK/runs/emoji-fastgan" --tour-compare "$WORK/runs/emoji-fastgan-batch4" \
    --tour-consingan "$WORK/runs/landscape-consingan" \
    --tour-object "$WORK/object.png"
  # The first-run picture: no weights installed, so the notice shows.
  FEWSHOT_WEIGHTS_DIR="$WORK/no-weights" tour "$WORK/first" "$suffix" --tour-language "$lang"
done
cp "$WORK"/first/*.png "$WORK/shots/"
for f in "$WORK"/shots/*.png; do
  optipng -quiet -o2 -strip all "$f"
done
cp "$WORK"/shots/*.png "$OUT/"
echo "screenshots: $(ls "$WORK"/shots/*.png | wc -l) pictures in $OUT"
