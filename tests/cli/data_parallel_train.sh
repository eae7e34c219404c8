#!/usr/bin/env bash
# `fewshot train --nproc 2` (issue 16) on the CPU, Gloo over loopback: a 2-process run trains, writes once
# (rank 0 alone), checkpoints and resumes with 1 process and again with 2, and says its world size and each
# rank's throughput; an uneven batch split and ConSinGAN are refused in the user's words; SIGUSR1 saves a
# checkpoint and training goes on; Ctrl-C stops every rank with a checkpoint; a killed rank ends the run
# with an error naming it, within a bounded time, and the run resumes.
# Usage: data_parallel_train.sh FEWSHOT IMAGE_WRITER WORK_DIR
set -u
fewshot=$1 writer=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
"$writer" "$work/data" 8 64 || exit 1
export OMP_NUM_THREADS=1
tiny=(--model fastgan --preset demo --data "$work/data" --size 32 --ngf 8 --ndf 8 --reconstruction-loss pixel-l1
      --no-metrics --threads 1 --seed 3)

run=$work/run
if "$fewshot" train "${tiny[@]}" --batch 4 --iters 4 --sample-every 2 --checkpoint-every 2 --out "$run" --nproc 2 \
    >"$work/train.log" 2>&1; then
  echo "ok: 2-process run"
else
  fail "2-process run exited $?: $(tail -n 5 "$work/train.log")"
fi
grep -q "2 processes" "$work/train.log" || fail "the run does not say it trains in 2 processes: $(head -n 5 "$work/train.log")"
[ -s "$run/checkpoints/ckpt_00000004.pt" ] || fail "no checkpoint at iteration 4"
records=$(grep -c '"loss_g"' "$run/metrics.jsonl" 2>/dev/null)
[ "$records" = 4 ] || fail "metrics.jsonl holds $records iteration records, not 4 (one writer)"
grep -Eq '\| 2 processes, [0-9.]+ \+ [0-9.]+ img/s' "$work/train.log" ||
  fail "the progress line gives no per-rank throughput: $(tail -n 3 "$work/train.log")"

if "$fewshot" train --resume "$run" --iters 6 >"$work/resume1.log" 2>&1; then echo "ok: resumed with 1 process"
else fail "resume with 1 process exited $?: $(tail -n 5 "$work/resume1.log")"; fi
[ -s "$run/checkpoints/ckpt_00000006.pt" ] || fail "no checkpoint at iteration 6"
if "$fewshot" train --resume "$run" --iters 8 --nproc 2 --json >"$work/resume2.log" 2>"$work/resume2.err"; then
  echo "ok: resumed with 2 processes"
else fail "resume with 2 processes exited $?: $(tail -n 5 "$work/resume2.err")"; fi
[ -s "$run/checkpoints/ckpt_00000008.pt" ] || fail "no checkpoint at iteration 8"
# What the studio reads from a run it trains in several processes: the world size and each rank's images/s.
/usr/bin/python3 - "$work/resume2.log" <<'PY' || fail "--json iteration events: $(grep -m 1 iteration "$work/resume2.log")"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1]) if line.startswith("{")]
iterations = [e for e in events if e["event"] == "iteration"]
assert [e["iteration"] for e in iterations] == [7, 8], iterations
for e in iterations:
    assert e["world_size"] == 2, e
    assert e["rank_0_images_per_second"] > 0 and e["rank_1_images_per_second"] > 0, e
    assert abs(e["images_per_second"] - 4 / e["seconds_per_iteration"]) < 1e-6 * e["images_per_second"], e
PY

"$fewshot" train "${tiny[@]}" --batch 3 --iters 2 --out "$work/uneven" --nproc 2 >"$work/uneven.log" 2>&1 &&
  fail "a batch of 3 was split over 2 processes"
grep -q "Batch size 3 cannot be shared evenly by 2 processes" "$work/uneven.log" ||
  fail "uneven split: $(cat "$work/uneven.log")"
"$writer" "$work/single" 1 48 || exit 1
"$fewshot" train --model consingan --preset tiny --image "$work/single/disc_0.png" --stages 3 --stage-iters 2 \
    --max-size 32 --nfc 8 --threads 1 --out "$work/consingan" --nproc 2 >"$work/consingan.log" 2>&1 &&
  fail "ConSinGAN trained in 2 processes"
grep -q "no batch to split over processes" "$work/consingan.log" || fail "ConSinGAN: $(cat "$work/consingan.log")"

# The benchmark: the same training in 1 and in 2 processes, side by side; each rank gets half the threads.
if "$fewshot" bench train --model fastgan --size 32 --batch 4 --ngf 8 --ndf 8 --reconstruction-loss pixel-l1 \
    --threads 2 --iters 2 --warmup 1 --nproc 2 --json >"$work/bench.json" 2>"$work/bench.log"; then
  if /usr/bin/python3 - "$work/bench.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["processes"] == 2 and r["rank_batch"] == 2 and r["rank_threads"] == 1, r
for key in ("single_images_per_second", "parallel_images_per_second", "per_rank_images_per_second"):
    assert r[key] > 0, (key, r)
assert abs(r["parallel_images_per_second"] - 4 / r["parallel_median_seconds_per_iteration"]) < 1e-6 * r["parallel_images_per_second"]
assert abs(r["scaling_efficiency"] - r["speedup"] / 2) < 1e-9, r
assert abs(r["speedup"] - r["single_median_seconds_per_iteration"] / r["parallel_median_seconds_per_iteration"]) < 1e-9, r
PY
  then echo "ok: bench train --nproc 2 ($(tr -d '\n ' <"$work/bench.json" | grep -o '"scaling_efficiency":[^,}]*'))"
  else fail "bench train --nproc 2: $(cat "$work/bench.json")"; fi
else
  fail "bench train --nproc 2 exited $?: $(tail -n 5 "$work/bench.log")"
fi
"$fewshot" bench train --model fastgan --size 32 --batch 3 --nproc 2 >"$work/bench_uneven.log" 2>&1
[ $? = 2 ] && grep -q "cannot be shared evenly by 2 processes" "$work/bench_uneven.log" ||
  fail "bench with an uneven batch: $(cat "$work/bench_uneven.log")"

# Long runs stopped from outside: Ctrl-C to the launcher, then a killed rank.
long=(--batch 4 --iters 100000 --sample-every 1000 --checkpoint-every 3)
wait_for() {  # wait_for FILE SECONDS
  for _ in $(seq "$2"); do [ -e "$1" ] && return 0; sleep 1; done
  return 1
}
# (Started without OMP_WAIT_POLICY: the launcher gives its ranks a passive one.)
# This run checkpoints only when asked: SIGUSR1 to the launcher, once it has trained two iterations.
env -u OMP_WAIT_POLICY "$fewshot" train "${tiny[@]}" --batch 4 --iters 100000 --sample-every 1 \
  --checkpoint-every 100000 --out "$work/stopped" --nproc 2 >"$work/stopped.log" 2>&1 &
launcher=$!
asked=0
if wait_for "$work/stopped/samples/iter_00000002.png" 300; then
  kill -USR1 $launcher
  for _ in $(seq 120); do ls "$work/stopped/checkpoints/"*.pt >/dev/null 2>&1 && asked=1 && break; sleep 1; done
  if [ $asked = 1 ] && kill -0 $launcher 2>/dev/null; then echo "ok: SIGUSR1 saved $(ls "$work/stopped/checkpoints"), training goes on"
  else fail "SIGUSR1: no checkpoint within 120 s, or the run ended: $(tail -n 5 "$work/stopped.log")"; fi
fi
if [ $asked = 1 ]; then
  passive=0
  for pid in $(pgrep -P $launcher); do
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx OMP_WAIT_POLICY=PASSIVE && passive=$((passive + 1))
  done
  [ $passive = 2 ] && echo "ok: both ranks wait passively in OpenMP" ||
    fail "OMP_WAIT_POLICY=PASSIVE in $passive of 2 ranks' environments"
  kill -INT $launcher
  for _ in $(seq 120); do kill -0 $launcher 2>/dev/null || break; sleep 1; done
  if kill -0 $launcher 2>/dev/null; then fail "Ctrl-C: the ranks still run after 120 s"; pkill -9 -P $launcher; kill -9 $launcher; fi
  wait $launcher; code=$?
  [ $code -eq 0 ] || fail "Ctrl-C: exit code $code: $(tail -n 5 "$work/stopped.log")"
  grep -q "^Stopped at iteration" "$work/stopped.log" || fail "Ctrl-C: no 'Stopped' line: $(tail -n 5 "$work/stopped.log")"
  echo "ok: Ctrl-C stopped both ranks ($(grep '^Stopped' "$work/stopped.log"))"
else
  fail "no samples at iteration 2 or no checkpoint on SIGUSR1: $(tail -n 5 "$work/stopped.log")"; pkill -9 -P $launcher; kill -9 $launcher
fi

"$fewshot" train "${tiny[@]}" "${long[@]}" --out "$work/killed" --nproc 2 >"$work/killed.log" 2>&1 &
launcher=$!
if wait_for "$work/killed/checkpoints/ckpt_00000003.pt" 300; then
  for pid in $(pgrep -P $launcher); do
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx RANK=1 && kill -9 "$pid"
  done
  start=$SECONDS
  for _ in $(seq 120); do kill -0 $launcher 2>/dev/null || break; sleep 1; done
  if kill -0 $launcher 2>/dev/null; then fail "killed rank: the run still goes after 120 s"; pkill -9 -P $launcher; kill -9 $launcher; fi
  wait $launcher; code=$?
  [ $code -ne 0 ] || fail "killed rank: exit code 0"
  grep -q "rank 1 of 2 was killed by signal" "$work/killed.log" || fail "killed rank not named: $(tail -n 5 "$work/killed.log")"
  echo "ok: a killed rank ended the run in $((SECONDS - start)) s ($(grep 'rank 1 of 2' "$work/killed.log" | head -n 1))"
  last=$(ls "$work/killed/checkpoints" | sed -n 's/^ckpt_0*\([0-9][0-9]*\)\.pt$/\1/p' | sort -n | tail -n 1)
  if "$fewshot" train --resume "$work/killed" --iters $((last + 2)) >"$work/killed_resume.log" 2>&1; then
    echo "ok: resumed after the kill (from iteration $last)"
  else fail "resume after the kill exited $?: $(tail -n 5 "$work/killed_resume.log")"; fi
else
  fail "no first checkpoint within 300 s: $(tail -n 5 "$work/killed.log")"; pkill -9 -P $launcher; kill -9 $launcher
fi

[ $failures -eq 0 ] && echo "all passed" || echo "$failures failure(s)"
exit $((failures > 0))
