#!/usr/bin/env bash
# Renders the hicolor PNG icons from the two SVG sources (run after editing them; the PNGs are committed so
# that a build needs no SVG renderer). 16-24 px use the pixel-grid drawing, larger sizes the full one.
# Needs rsvg-convert (librsvg2-bin) and optipng.
set -euo pipefail
cd "$(dirname "$0")/../resources"
for size in 16 22 24 32 48 64 128 256 512; do
  source=fewshot-studio.svg
  [ "$size" -le 24 ] && source=fewshot-studio-small.svg
  dir=icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert -w "$size" -h "$size" "$source" -o "$dir/fewshot-studio.png"
  optipng -quiet -o7 -strip all "$dir/fewshot-studio.png"
done
echo "render-icons: $(ls icons/hicolor | wc -l) sizes in resources/icons/hicolor"
