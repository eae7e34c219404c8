#!/usr/bin/env bash
# A hostile user's campaign against the `fewshot` command line (issue 20's closing figures), made at run
# time: bad argument lists, hostile image folders, damaged checkpoints of a real run, hostile model files.
# Each case runs under a time limit and is counted as handled (exit 1 or 2 with a one-line message, no
# stack trace), crashed (killed by a signal), hung (time limit), or accepted (exit 0 where refusal was due).
#   usage: packaging/hostile-campaign.sh [path/to/fewshot]    (default build/app/fewshot)
# Not part of CI: it trains a tiny run and takes a few minutes on 2 cores.
set -u
fewshot=$(realpath "${1:-build/app/fewshot}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
LIMIT=${FEWSHOT_CAMPAIGN_LIMIT:-60}
tried=0 handled=0 crashed=0 hung=0 accepted=0
py=/usr/bin/python3

# expect CATEGORY EXPECTED_RC... -- ARGS: runs one case; EXPECTED_RC lists the acceptable exit codes.
expect() {
  local category=$1 ok=" "
  shift
  while [ "$1" != "--" ]; do ok="$ok$1 "; shift; done
  shift
  tried=$((tried + 1))
  timeout -s KILL "$LIMIT" "$fewshot" "$@" >"$work/out" 2>"$work/err" </dev/null
  local rc=$?
  if [ $rc -eq 137 ]; then
    hung=$((hung + 1)); echo "HUNG    [$category] fewshot $*"
  elif [ $rc -gt 128 ]; then
    crashed=$((crashed + 1)); echo "CRASHED [$category] rc=$rc fewshot $*"; tail -3 "$work/err"
  elif [[ "$ok" != *" $rc "* ]]; then
    accepted=$((accepted + 1)); echo "WRONG   [$category] rc=$rc (wanted$ok) fewshot $*"; tail -2 "$work/err"
  elif grep -q 'frame #' "$work/err"; then
    accepted=$((accepted + 1)); echo "TRACE   [$category] fewshot $*"
  else
    handled=$((handled + 1))
  fi
}

# --- a tiny dataset and a tiny run to damage
mkdir -p "$work/data"
$py - "$work/data" <<'PY'
import sys, zlib, struct, random
def png(path, w, h, seed):
    random.seed(seed)
    raw = b''.join(b'\x00' + bytes(random.randrange(256) for _ in range(w * 3)) for _ in range(h))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                           + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
for i in range(4): png(f'{sys.argv[1]}/img{i}.png', 40, 40, i)
PY
"$fewshot" train --data "$work/data" --out "$work/run" --preset demo --size 32 --iters 4 --checkpoint-every 2 \
  --keep-checkpoints 2 --sample-every 100 --no-metrics --reconstruction-loss pixel-l1 --threads 2 >/dev/null 2>&1 ||
  { echo "could not train the tiny run"; exit 1; }

# --- bad argument lists: usage errors exit 2
D=(--data "$work/data" --out "$work/new")
for bad in "--threads 100000" "--threads -1" "--threads nan" "--batch 2147483647" "--batch -3" "--batch 0" \
  "--batch 1e9" "--lr inf" "--lr nan" "--lr -1" "--lr 0" "--lr 1e" "--ema nan" "--ema 1" "--ema -0.1" \
  "--ada-target nan" "--ada-target 1" "--ada-kimg inf" "--ada-kimg 0" "--p nan" "--p 1" "--p -1" \
  "--iters -5" "--iters nan" "--iters 99999999999" "--size 33" "--size 0" "--size -64" "--size 65536" \
  "--seed abc" "--device bogus" "--device cuda:x" "--device cuda:-1" "--device ''" "--preset bogus" \
  "--model bogus" "--augment bogus" "--ada-preset bogus" "--policy bogus" "--resize bogus" "--background zz" \
  "--background 12345" "--reconstruction-loss bogus" "--sample-every 0" "--checkpoint-every 0" \
  "--keep-checkpoints 0" "--max-rollbacks -1" "--max-rollbacks 1000" "--ngf 0" "--ndf -8" "--metrics-every -1" \
  "--no-such-option" "--iters"; do
  # shellcheck disable=SC2086
  expect args 2 -- train "${D[@]}" $bad
done
for bad in "--out $work/g.jpg" "--out $work/g.JPEG" "--n 0" "--n 100000" "--seeds x" "--padding -1" \
  "--columns 0" "--size 0x0" "--device bogus" "--threads nan"; do
  # shellcheck disable=SC2086
  expect args 2 -- sample --run "$work/run" $bad
done
expect args 2 -- mix --run "$work/run" --out "$work/m.webp"
expect args 2 -- train --resume "$work/run" --device bogus
expect args 2 -- train --resume "$work/run" --data "$work/data"
expect args 1 -- train --resume "$work/nonexistent"

# --- hostile image folders: the import names each file and trains on the good ones or refuses
mkdir -p "$work/hostile"
cp "$work/data"/*.png "$work/hostile/"
$py - "$work/hostile" <<'PY'
import sys, os, struct, zlib
d = sys.argv[1]
def chunk(t, b): return struct.pack('>I', len(b)) + t + b + struct.pack('>I', zlib.crc32(t + b) & 0xffffffff)
# PNG whose header claims 50000x50000, JPEG claiming 32000x32000, truncated, random, empty
open(f'{d}/bomb.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 50000, 50000, 8, 2, 0, 0, 0))
                                  + chunk(b'IDAT', zlib.compress(b'\0' * 1000)) + chunk(b'IEND', b''))
open(f'{d}/bomb.jpg', 'wb').write(bytes.fromhex('ffd8ffe000104a46494600010100000100010000ffc0001108') +
                                  struct.pack('>HH', 32000, 32000) + bytes.fromhex('03012200021101031101ffd9'))
good = open(f'{d}/img0.png', 'rb').read()
open(f'{d}/truncated.png', 'wb').write(good[:len(good) // 2])
open(f'{d}/random.png', 'wb').write(os.urandom(5000))
open(f'{d}/empty.png', 'wb').write(b'')
os.mkdir(f'{d}/folder.png')
os.symlink('loop_b.png', f'{d}/loop_a.png'); os.symlink('loop_a.png', f'{d}/loop_b.png')
open(os.path.join(d.encode(), b'bad\xffname.png'), 'wb').write(b'not an image')
os.mkfifo(f'{d}/pipe.png')
truncate = open(f'{d}/sparse_huge.jpg', 'wb'); truncate.truncate(3 << 30); truncate.close()
PY
expect images 0 -- dataset check --json --no-cache "$work/hostile"
expect images 0 -- train --data "$work/hostile" --out "$work/hrun" --preset demo --size 32 --iters 1 --no-metrics \
  --reconstruction-loss pixel-l1 --threads 2
mkfifo "$work/photo.png"
expect images 1 -- train --model consingan --image "$work/photo.png" --out "$work/crun"
expect images 1 -- train --model consingan --image /dev/zero --out "$work/crun2"
expect images 1 -- train --model consingan --image "$work/hostile/bomb.png" --out "$work/crun3"

# --- damaged checkpoints: resume walks back to one that verifies, or refuses when none does
ckdir="$work/run/checkpoints"
newest=$(ls "$ckdir"/ckpt_*.pt | tail -1)
cp -r "$work/run" "$work/pristine"
damage() {  # damage MODE: flips, truncation or zeroing of the newest checkpoint, then resume and sample
  rm -rf "$work/run" && cp -r "$work/pristine" "$work/run"
  $py - "$newest" "$1" <<'PY'
import sys, os, random
path, mode = sys.argv[1], sys.argv[2]
data = bytearray(open(path, 'rb').read())
random.seed(hash(mode) & 0xffff)
if mode.startswith('flip'):
    for _ in range(int(mode[4:])): i = random.randrange(len(data)); data[i] ^= 1 << random.randrange(8)
elif mode == 'truncate': data = data[:len(data) // 3]
elif mode == 'zero': data[len(data) // 2:len(data) // 2 + 4096] = bytes(4096)
elif mode == 'empty': data = bytearray()
open(path, 'wb').write(data)
PY
  expect checkpoints 0 -- train --resume "$work/run" --iters 5
  expect checkpoints 0 -- sample --run "$work/run" --out "$work/s.png" --n 2
}
for mode in flip1 flip2 flip5 flip50 truncate zero empty; do damage "$mode"; done
rm -rf "$work/run" && cp -r "$work/pristine" "$work/run"
for f in "$ckdir"/ckpt_*.pt; do printf 'garbage' >"$f"; done
expect checkpoints 1 -- train --resume "$work/run" --iters 5
rm "$work/run/config.json" && printf '{"model": ' >"$work/run/config.json"
expect checkpoints 1 -- train --resume "$work/run"

# --- hostile model files for `fewshot import`
$py - "$work" <<'PY'
import sys, zipfile, pickle, struct
w = sys.argv[1]
open(f'{w}/empty.pth', 'wb').write(b'')
open(f'{w}/random.pth', 'wb').write(bytes(range(256)) * 10)
with zipfile.ZipFile(f'{w}/not_a_model.pth', 'w') as z: z.writestr('archive/data.pkl', b'\x80\x02}q\x00.')
nested = b'\x80\x02' + b'(' * 100000 + b't' * 100000 + b'.'
with zipfile.ZipFile(f'{w}/nested.pth', 'w') as z: z.writestr('archive/data.pkl', nested)
open(f'{w}/legacy_nested.pth', 'wb').write(nested)
with zipfile.ZipFile(f'{w}/declared_huge.pth', 'w') as z: z.writestr('archive/data/0', b'\0' * 100)
raw = bytearray(open(f'{w}/declared_huge.pth', 'rb').read())
at = raw.find(b'PK\x01\x02')  # the central directory's sizes claim 4 GiB
if at >= 0: raw[at + 24:at + 28] = struct.pack('<I', 0xFFFFFFF0)
open(f'{w}/declared_huge.pth', 'wb').write(raw)
PY
for f in empty random not_a_model nested legacy_nested declared_huge; do
  expect models 1 -- import --checkpoint "$work/$f.pth" --out "$work/imp_$f"
done
expect models 1 -- import --checkpoint /dev/zero --out "$work/imp_zero"

echo "tried $tried, handled $handled, crashed $crashed, hung $hung, wrongly accepted/traced $accepted"
[ $crashed -eq 0 ] && [ $hung -eq 0 ] && [ $accepted -eq 0 ]
