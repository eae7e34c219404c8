#!/usr/bin/env bash
# Every CLI command that takes a run, on a tiny run of one family: it works, or it refuses with exit
# code 2 and the family's one-line reason. Usage: family_commands.sh FEWSHOT IMAGE_WRITER FAMILY WORK_DIR
set -u
fewshot=$1 writer=$2 family=$3 work=$4
rm -rf "$work" && mkdir -p "$work" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# ok NAME COMMAND...: the command exits 0.
ok() {
  local name=$1; shift
  if "$@" >"$work/$name.log" 2>&1; then echo "ok: $name"; else fail "$name exited $? ($(tail -n 3 "$work/$name.log"))"; fi
}
# refuses NAME TEXT COMMAND...: exit code 2 and TEXT in the one-line message on stderr.
refuses() {
  local name=$1 text=$2; shift 2
  "$@" >"$work/$name.log" 2>&1
  local code=$?
  if [ $code -ne 2 ]; then fail "$name: exit code $code, expected 2 ($(tail -n 3 "$work/$name.log"))"; return; fi
  if ! grep -qi -- "$text" "$work/$name.log"; then fail "$name: '$text' not in: $(cat "$work/$name.log")"; return; fi
  if [ "$(wc -l <"$work/$name.log")" -ne 1 ]; then fail "$name: the refusal is not one line: $(cat "$work/$name.log")"; return; fi
  echo "refused: $name ($(cat "$work/$name.log"))"
}
exists() { for f in "$@"; do [ -s "$f" ] || fail "missing or empty: $f"; done; }

"$writer" "$work/data" 8 64 || exit 1
run=$work/run
common=(--out "$run" --threads 2 --seed 3)
case $family in
  fastgan) train=(--model fastgan --preset demo --data "$work/data" --size 32 --ngf 8 --ndf 8 --batch 2 --iters 4
                  --sample-every 2 --checkpoint-every 4 --reconstruction-loss pixel-l1 --no-metrics) ;;
  pggan) train=(--model pggan --data "$work/data" --size 8 --pggan-fmap-base 32 --pggan-fmap-max 16 --batch 4
                --iters 4 --pggan-kimg-per-phase 0.004 --sample-every 2 --checkpoint-every 4 --no-metrics) ;;
  projected) train=(--model projected --preset demo --data "$work/data" --size 64 --ngf 8 --ndf 8 --batch 2 --iters 2
                    --random-features --sample-every 1 --checkpoint-every 2 --no-metrics) ;;
  consingan) train=(--model consingan --preset tiny --image "$work/data/disc_0.png" --stages 3 --stage-iters 2
                    --max-size 32 --nfc 8) ;;
  *) echo "unknown family $family"; exit 1 ;;
esac
"$fewshot" train "${train[@]}" "${common[@]}" >"$work/train.log" 2>&1 || { cat "$work/train.log"; exit 1; }

# What the family can do decides what must work and what must be refused (the reasons are the family's).
latent=yes mixing=no torch=no single=no
case $family in
  fastgan) mixing=yes torch=yes ;;
  consingan) latent=no single=yes ;;
esac

ok sample_seeds "$fewshot" sample --run "$run" --seeds 1-4 --out "$work/grid.png" --single-dir "$work/singles"
exists "$work/grid.png" "$work/singles/seed_1.png" "$work/singles/seed_4.png"
ok sample_folder "$fewshot" sample --run "$run" --n 3 --seed 5 --out "$work/folder"
exists "$work/folder/grid.png" "$work/folder/sample_0.png" "$work/folder/sample_2.png"
ok timelapse "$fewshot" timelapse --run "$run" --out "$work/timelapse.gif"
exists "$work/timelapse.gif"
# An existing output is refused (before any work) unless --overwrite; --upscale enlarges the frames.
refuses timelapse_exists "already exists" "$fewshot" timelapse --run "$run" --out "$work/timelapse.gif"
ok timelapse_overwrite "$fewshot" timelapse --run "$run" --out "$work/timelapse.gif" --overwrite --upscale 3
grep -q "frames ([0-9]*x[0-9]* px, GIF)" "$work/timelapse_overwrite.log" ||
  fail "timelapse_overwrite: no size/codec line"
refuses timelapse_upscale "upscale" "$fewshot" timelapse --run "$run" --out "$work/t9.gif" --upscale 9
# MP4: H.264 where OpenCV/FFmpeg can write it; the line names the codec, and a fallback says why.
if "$fewshot" timelapse --run "$run" --out "$work/timelapse.mp4" >"$work/timelapse_mp4.log" 2>&1; then
  grep -q "H.264\|mp4v" "$work/timelapse_mp4.log" || fail "timelapse_mp4: codec not named: $(cat "$work/timelapse_mp4.log")"
  FEWSHOT_VIDEO_CODECS=mp4v "$fewshot" timelapse --run "$run" --out "$work/fallback.mp4" >"$work/fallback.log" 2>&1 ||
    fail "timelapse_fallback exited $?"
  grep -q "mp4v.*cannot write H.264" "$work/fallback.log" || fail "timelapse_fallback: $(cat "$work/fallback.log")"
  echo "ok: timelapse_mp4 ($(tail -n 1 "$work/timelapse_mp4.log"))"
elif ! grep -q "no OpenCV" "$work/timelapse_mp4.log"; then
  fail "timelapse_mp4: $(tail -n 3 "$work/timelapse_mp4.log")"
fi
refuses harmonize_usage "required" "$fewshot" harmonize --run "$run"

if [ $latent = yes ]; then
  ok sample_latents "$fewshot" sample --run "$run" --seeds 1,2 --out "$work/latents.png" --latents-out "$work/z.json"
  exists "$work/z.json"
  ok interpolate "$fewshot" interpolate --run "$run" --seeds 1,2 --frames 3 --out "$work/video.gif"
  ok interpolate_latents "$fewshot" interpolate --run "$run" --latents "$work/z.json" --frames 3 --loop --out "$work/loop.gif"
  exists "$work/video.gif" "$work/loop.gif"
  refuses sample_size "renders at its training resolution" "$fewshot" sample --run "$run" --size 40x20 --out "$work/x.png"
  refuses harmonize "ConSinGAN features" "$fewshot" harmonize --run "$run" --composite "$work/data/disc_1.png" \
    --mask "$work/data/disc_2.png" --out "$work/h.png"
else
  ok sample_size "$fewshot" sample --run "$run" --size 40x20 --n 2 --out "$work/wide" --reconstruction
  exists "$work/wide/sample_0.png" "$work/wide/reconstruction.png"
  refuses sample_latents "no latent vector" "$fewshot" sample --run "$run" --seeds 1,2 --out "$work/l.png" \
    --latents-out "$work/z.json"
  refuses interpolate "no latent vector" "$fewshot" interpolate --run "$run" --seeds 1,2 --frames 3 --out "$work/v.gif"
  refuses sample_scale "no latent vector" "$fewshot" sample --run "$run" --n 2 --scale 0.5 --out "$work/s.png"
  ok harmonize "$fewshot" harmonize --run "$run" --composite "$work/data/disc_1.png" --mask "$work/data/disc_2.png" \
    --out "$work/harmonized.png"
  exists "$work/harmonized.png"
fi

if [ $mixing = yes ]; then
  ok mix "$fewshot" mix --run "$run" --content 1,2 --style 3 --out "$work/mix.png"
  exists "$work/mix.png"
else
  refuses mix "style" "$fewshot" mix --run "$run" --content 1,2 --style 3 --out "$work/mix.png"
fi

if [ $torch = yes ]; then
  ok export_pytorch "$fewshot" export --run "$run" --format pytorch --out "$work/g.pth"
  ok export_onnx "$fewshot" export --run "$run" --format onnx --out "$work/g.onnx"
  exists "$work/g.pth" "$work/g.pth.json" "$work/g.onnx"
else
  refuses export_pytorch "FastGAN" "$fewshot" export --run "$run" --format pytorch --out "$work/g.pth"
  refuses export_onnx "FastGAN" "$fewshot" export --run "$run" --format onnx --out "$work/g.onnx"
fi

if [ $single = yes ]; then
  refuses eval "single image" "$fewshot" eval --run "$run" --n 4 --batch 2
else
  "$fewshot" eval --run "$run" --n 4 --batch 2 --json >"$work/eval.log" 2>&1
  code=$?
  if [ $code -eq 0 ]; then
    grep -q '"metric_fd_effnet"' "$work/eval.log" || fail "eval printed no FD: $(cat "$work/eval.log")"
    ls "$run"/eval_*_n4.json >/dev/null 2>&1 || fail "eval wrote no RUN/eval_*_n4.json"
    echo "ok: eval"
  elif grep -q "weights missing" "$work/eval.log"; then
    echo "skipped: eval (EfficientNet-Lite0 weights are not installed: packaging/fetch-weights.sh)"
  else
    fail "eval exited $code: $(cat "$work/eval.log")"
  fi
fi

[ $failures -eq 0 ] && echo "all commands behave for $family" || echo "$failures failure(s) for $family"
exit $((failures > 0))
