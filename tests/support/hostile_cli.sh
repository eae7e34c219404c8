#!/bin/sh
# Hostile inputs through the `fewshot` command line (argument: the binary). A FIFO given as --checkpoint
# or --image is refused at once with one line and exit status 1 (it used to block forever); `dataset
# check` names FIFOs and prints valid JSON for file names that are not UTF-8.
set -u
fewshot=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; for f in "$dir"/err*; do [ -f "$f" ] && sed 's/^/  /' "$f"; done; exit 1; }

mkfifo "$dir/all_1000.pth" "$dir/photo.png"
timeout 60 "$fewshot" import --checkpoint "$dir/all_1000.pth" --out "$dir/run" 2>"$dir/err1"
rc=$?
[ $rc -eq 1 ] || fail "import of a FIFO exited $rc"
[ "$(wc -l <"$dir/err1")" -eq 1 ] && grep -q 'named pipe' "$dir/err1" ||
  fail "import of a FIFO: not one line naming the pipe"

timeout 60 "$fewshot" train --model consingan --image "$dir/photo.png" --out "$dir/run2" 2>"$dir/err2" >/dev/null
rc=$?
[ $rc -eq 1 ] || fail "ConSinGAN training on a FIFO exited $rc"
grep -q 'named pipe' "$dir/err2" || fail "ConSinGAN training on a FIFO: the pipe is not named"
! grep -q 'frame #' "$dir/err2" || fail "a stack trace was printed"

mkdir "$dir/data"
cp "$dir/err1" "$dir/data/notes.txt"
printf 'not an image' >"$dir/data/$(printf 'bad\377name.png')"
mkfifo "$dir/data/pipe.png"
timeout 60 "$fewshot" dataset check --json --no-cache "$dir/data" >"$dir/out.json" 2>"$dir/err3"
grep -q 'named pipe' "$dir/out.json" || fail "dataset check does not name the FIFO"
if command -v python3 >/dev/null; then
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert any("file_hex" in i for i in r["issues"])' \
    "$dir/out.json" || fail "dataset check --json is not valid JSON with the exact name"
fi
# Numbers out of range, NaN/inf and misspelled devices are usage errors: exit 2 at once, one line, no run.
usage_error() {
  timeout 60 "$fewshot" "$@" >/dev/null 2>"$dir/err4"
  rc=$?
  [ $rc -eq 2 ] || fail "'$*' exited $rc, not 2"
  [ "$(wc -l <"$dir/err4")" -eq 1 ] || fail "'$*': not one line"
  [ ! -e "$dir/r" ] || fail "'$*' created the run folder"
}
for bad in "--threads 100000" "--batch 2147483647" "--lr inf" "--lr nan" "--ema nan" \
  "--ada-target nan" "--ada-kimg inf" "--p nan" "--device bogus" "--device cuda:x" "--preset bogus" "--policy bogus"; do
  # shellcheck disable=SC2086
  usage_error train --data "$dir/data" --out "$dir/r" $bad
done
usage_error train --data "$dir/data" --out "$dir/r" --batch 4000 --size 256
grep -q 'Batch size 4000 at 256 px needs at least' "$dir/err4" || fail "--batch 4000: the memory it needs is not said"
usage_error train --resume "$dir/r" --device bogus
usage_error sample --run "$dir/r" --out "$dir/g.jpg"
usage_error mix --run "$dir/r" --out "$dir/g.jpeg"
echo "hostile CLI inputs: refused with one line, no hang"
