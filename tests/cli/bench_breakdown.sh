#!/usr/bin/env bash
# `fewshot bench train` (issue 14) splits an iteration into data loading, host synchronisation and the rest,
# from a profiled pass after the timed one, in its JSON and in its text.
# Usage: bench_breakdown.sh FEWSHOT WORK_DIR
set -u
fewshot=$1 work=$2
rm -rf "$work" && mkdir -p "$work" || exit 1
args=(bench train --model fastgan --size 32 --batch 4 --ngf 8 --ndf 8 --reconstruction-loss pixel-l1 --threads 1
      --iters 3 --warmup 1)
"$fewshot" "${args[@]}" --json >"$work/bench.json" 2>"$work/bench.err" || { cat "$work/bench.err"; exit 1; }
/usr/bin/python3 - "$work/bench.json" <<'PY' || exit 1
import json, sys
r = json.load(open(sys.argv[1]))
parts = ("data_loading_seconds_per_iteration", "synchronisation_seconds_per_iteration", "other_seconds_per_iteration")
assert r["data_loading_seconds_per_iteration"] > 0, r
assert r["synchronisation_seconds_per_iteration"] >= 0, r
assert r["other_seconds_per_iteration"] > 0, r
assert abs(sum(r[p] for p in parts) - r["profiled_seconds_per_iteration"]) < 1e-9, r
assert r["synchronisations_per_iteration"] == 1, r  # FastGAN without ADA: the losses, read once
print("ok: JSON breakdown", {p: round(r[p], 5) for p in parts})
PY
"$fewshot" "${args[@]}" >"$work/bench.txt" 2>&1 || { cat "$work/bench.txt"; exit 1; }
grep -E 'data loading [0-9.]+ s \([0-9.]+ %\), host synchronisation [0-9.]+ s in 1.00 reads' "$work/bench.txt" ||
  { echo "FAIL: no breakdown line: $(cat "$work/bench.txt")"; exit 1; }
