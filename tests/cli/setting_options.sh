#!/usr/bin/env bash
# `fewshot train`'s options come from the settings declarations: a preset first, then the options given
# (in any order), then what follows from them; bad values are refused with exit 2 in the setting's words
# and the option's name. Usage: setting_options.sh FEWSHOT_BINARY
set -u
fewshot=$1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# config KEY: the value of a top-level or section.key entry of the printed config.json
value() { python3 -c 'import json,sys; j=json.load(sys.stdin); k=sys.argv[1].split("."); print(j[k[0]] if len(k)==1 else j[k[0]][k[1]])' "$1"; }

expect_value() {  # expect_value KEY WANT ARGS...
  local key=$1 want=$2; shift 2
  local got
  got=$("$fewshot" train --print-config "$@" | value "$key") || { fail "$* did not print a config"; return; }
  [ "$got" = "$want" ] || fail "$*: $key is $got, want $want"
}

expect_refusal() {  # expect_refusal TEXT ARGS...
  local text=$1; shift
  local out rc
  out=$("$fewshot" train --print-config "$@" 2>&1); rc=$?
  [ $rc -eq 2 ] || fail "$*: exit $rc, want 2"
  case $out in *"$text"*) ;; *) fail "$*: '$out' does not say '$text'" ;; esac
}

# The PGGAN presets keep the paper's optimiser; options given override the preset in any order.
for preset in demo cpu-128 official paper; do
  expect_value lr_g 0.001 --model pggan --preset "$preset"
  expect_value beta1 0.0 --model pggan --preset "$preset"
  expect_value beta2 0.99 --model pggan --preset "$preset"
done
expect_value batch_size 8 --model pggan --batch 8 --preset demo
expect_value batch_size 8 --model pggan --preset demo --batch 8
expect_value lr_d 0.001 --model pggan --preset demo --batch 8
expect_value pggan.fade_kimg 0.5 --model pggan --pggan-kimg-per-phase 2 --pggan-fade-kimg 0.5
expect_value pggan.stabilise_kimg 2.0 --model pggan --pggan-kimg-per-phase 2 --pggan-fade-kimg 0.5
expect_value projected.lite False --model projected --full-generator
# ConSinGAN's length follows its stages unless --iters is given.
expect_value iterations 40 --model consingan --preset tiny --stages 5 --stage-iters 8
expect_value iterations 12 --model consingan --preset tiny --stages 5 --stage-iters 8 --iters 12

expect_refusal "Batch size must be from 1 to 4096, not 5000" --batch 5000
expect_refusal "Batch size expects a whole number, not '2.5'" --batch 2.5
expect_refusal "Augmentation must be none, diffaugment, ada or fixed, not 'often'" --augment often
expect_refusal "Resolution must be 32, 64, 128, 256, 512 or 1024, not '48' (--size)" --size 48
expect_refusal "Generator width must be a multiple of 8, not 12 (--ngf)" --ngf 12
expect_refusal "must be divisible by the minibatch-stddev group size 4" --model pggan --batch 6
expect_refusal "--mbstd does not apply to --model pggan" --model pggan --mbstd
expect_refusal "--batch does not apply to --model consingan" --model consingan --batch 4
expect_refusal "PGGAN has no preset 'huge'" --model pggan --preset huge
expect_refusal "unknown --model 'stylegan'" --model stylegan

[ $failures -eq 0 ] && echo "all setting option checks passed"
exit $((failures > 0))
