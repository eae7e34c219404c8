#!/usr/bin/env bash
# The demo: set up, build, render the sample dataset (emoji faces), train FastGAN with the small
# "demo" preset (64 px, narrow widths, 1000 iterations: 16 minutes on a 2-core AMD EPYC) and write
# runs/demo/: sample grids, metrics.jsonl, checkpoints, and a final 8x8 grid runs/demo/final-samples.png.
# Running it again resumes (and, once finished, only redraws the final grid).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
bash packaging/build.sh
FEWSHOT=build/app/fewshot
DATA=data/sample-emoji
RUN=runs/demo

if [ ! -f "$DATA/.complete" ]; then
  "$FEWSHOT" dataset sample "$DATA" --size 256
  touch "$DATA/.complete"
fi
if [ -f "$RUN/config.json" ]; then
  "$FEWSHOT" train --resume "$RUN"
else
  "$FEWSHOT" train --preset demo --data "$DATA" --out "$RUN"
fi
"$FEWSHOT" sample --run "$RUN" --n 64 --out "$RUN/final-samples.png"
echo
echo "Done. Look at $RUN/final-samples.png and $RUN/samples/; metrics are in $RUN/metrics.jsonl."
echo "Bigger: $FEWSHOT train --preset official --data YOUR_FOLDER --out runs/mine  (256 px; a GPU is advised)"
