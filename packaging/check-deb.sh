#!/usr/bin/env bash
# Installs the Debian package built by make-deb.sh on this machine with apt-get and checks it as a user
# would: the programs run from /usr/bin (a short training with TensorBoard output included), the manual
# page and completion are in place, and desktop-file-validate, appstreamcli and lintian report no errors.
# The package is removed again at the end so that no stale copy stays in /usr/bin.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${FEWSHOT_BUILD_DIR:-build}
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
deb=$(ls "$BUILD_DIR"/packages/fewshot-studio_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { echo "check-deb: no package in $BUILD_DIR/packages (run packaging/make-deb.sh)" >&2; exit 1; }
deb=$(realpath "$deb")
work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fewshot-studio >/dev/null 2>&1 || true
}
trap cleanup EXIT
step() { echo "check-deb: $*"; }

step "installing $(basename "$deb")"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fewshot-studio >/dev/null 2>&1 || true
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=600 "$deb" >/dev/null

step "programs in /usr/bin"
/usr/bin/fewshot --version
QT_QPA_PLATFORM=offscreen /usr/bin/fewshot-studio --version
step "a tiny training from /usr/bin (sample dataset, 32 px, 4 iterations, TensorBoard on)"
QT_QPA_PLATFORM=offscreen /usr/bin/fewshot dataset sample "$work/data" --size 32 --count 8 >/dev/null
/usr/bin/fewshot train --data "$work/data" --out "$work/run" --preset demo --size 32 --batch 4 --iters 4 \
  --sample-every 2 --checkpoint-every 4 --no-metrics --reconstruction-loss pixel-l1 --threads 2 --tensorboard \
  2>"$work/train.log" || { cat "$work/train.log" >&2; exit 1; }
test -f "$work/run/checkpoints/ckpt_00000004.pt"
ls "$work"/run/events.out.tfevents.* >/dev/null
/usr/bin/fewshot weights status >/dev/null || true  # answers whether or not weights are installed
test -f /usr/share/fewshot-studio/convert_efficientnet_weights.py  # what `fewshot weights fetch` runs
test -f /usr/share/fewshot-studio/translations/fewshot_ko.qm

step "manual pages and bash completion"
zcat /usr/share/man/man1/fewshot.1.gz | grep -q 'fewshot train'
for page in fewshot-studio fewshot-sample-dataset; do test -f /usr/share/man/man1/$page.1.gz; done
completed=$(bash -c 'source /usr/share/bash-completion/completions/fewshot
  COMP_WORDS=(fewshot tra); COMP_CWORD=1; _fewshot; echo "${COMPREPLY[*]}"
  COMP_WORDS=(fewshot train --tensor); COMP_CWORD=2; _fewshot; echo "${COMPREPLY[*]}"')
[ "$completed" = $'train\n--tensorboard' ] || { echo "check-deb: completion gave: $completed" >&2; exit 1; }

step "desktop entry, metainfo, lintian"
desktop-file-validate /usr/share/applications/io.github.fewshot_studio.FewShotStudio.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.fewshot_studio.FewShotStudio.metainfo.xml >/dev/null
lintian --fail-on error "$deb" | sed 's/^/  lintian: /'
step "ok"
