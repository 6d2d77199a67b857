#!/usr/bin/env bash
# Installs the Debian package on a clean, minimal Debian root and uses it there as a facilitator
# would: `tafel --version`, `tafel profile --demo`, the full-screen interface in a terminal, the
# manual page and the bash completion. Needs root, debootstrap, tmux and Debian's package archive.
#
#   bash scripts/test-package.sh [dist/tafel_VERSION_ARCH.deb]
#
# The minimal root is made once (debootstrap --variant=minbase, about a minute) and kept as a
# tarball in .build/debian-root/ (DEBIAN_ROOT_CACHE to put it elsewhere); every run unpacks a
# fresh copy of it, so the package always lands on an untouched system.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
deb="${1:-$(ls "$repo"/dist/tafel_*.deb 2>/dev/null | head -n 1)}"
[ -f "$deb" ] || { echo "test-package: no package; run scripts/release.sh first" >&2; exit 1; }
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
version="$(dpkg-deb --field "$deb" Version)"
suite="${DEBIAN_SUITE:-bookworm}"
cache="${DEBIAN_ROOT_CACHE:-$repo/.build/debian-root}"
started=$SECONDS
step() { echo "test-package: [$((SECONDS - started)) s] $*"; }
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }

# Debian's archive as this machine's apt knows it, so no address is written down here.
mirror="${DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror="$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    grep -v security | head -n 1 || true)"
fi
if [ -z "$mirror" ]; then
  mirror="$(awk '/^deb / && !/security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)"
fi
[ -n "$mirror" ] || fail "no Debian archive in apt's sources; set DEBIAN_MIRROR"

base="$cache/$suite-minbase.tar"
if [ ! -f "$base" ]; then
  step "making a minimal $suite root with debootstrap"
  mkdir -p "$cache"
  fresh="$(mktemp -d "$cache/make.XXXXXX")"
  debootstrap --variant=minbase "$suite" "$fresh/root" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -n 20 "$cache/debootstrap.log" >&2; fail "debootstrap"; }
  tar -C "$fresh/root" -cf "$base.part" .
  mv "$base.part" "$base"
  rm -rf "$fresh"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tafel-package-test.XXXXXX")"
root="$work/root"
socket="tafel-package-test-$$"
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
  # Never remove a tree that still has the host's /proc mounted in it.
  if mountpoint -q "$root/proc" 2>/dev/null; then
    echo "test-package: $root/proc is still mounted; $work left in place" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
mkdir "$root"
tar -C "$root" -xf "$base"
step "fresh root unpacked"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

dpkg-query --root="$root" -W tafel >/dev/null 2>&1 && fail "tafel is already in the fresh root"
# apt resolves the package's Depends from Debian's archive, as on a facilitator's machine.
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
# Every real system has /proc; the Swift runtime reads the command line from it.
mount -t proc proc "$root/proc"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get update"; }
in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$(basename "$deb")" \
  >>"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install"; }
grep -E '^(Setting up|Unpacking) ' "$work/apt.log" | sed 's/^/  /'
step "installed with apt"

# The command line.
out="$(in_root tafel --version)" || fail "tafel --version"
echo "  tafel --version: $out"
case "$out" in "$version (commit "*")") ;; *) fail "--version says '$out'" ;; esac
in_root tafel profile --demo >"$work/profile.txt" 2>&1 || { cat "$work/profile.txt" >&2; fail "profile --demo"; }
grep -q "Wijkalliantie Noord" "$work/profile.txt" || fail "profile --demo lacks the demo's title"
grep -q "Groepsprofiel" "$work/profile.txt" || fail "profile --demo lacks the group profile"
step "--version and profile --demo work"

# The files where Debian keeps them.
for file in usr/bin/tafel usr/share/man/man1/tafel.1.gz usr/share/bash-completion/completions/tafel \
  usr/share/zsh/vendor-completions/_tafel usr/share/fish/vendor_completions.d/tafel.fish \
  usr/share/doc/tafel/copyright usr/share/doc/tafel/changelog.gz; do
  [ -f "$root/$file" ] || fail "/$file is missing"
done
zcat "$root/usr/share/man/man1/tafel.1.gz" >"$work/tafel.1"
for text in '^\.Dt TAFEL 1' '^\.Sh KEYS' '^\.Ss Team' '^\.It \\&q$' '^\.It \\&P , \\&F5$' \
  '^\.It Fl -read-only' 'profile' 'export' 'import'; do
  grep -q -- "$text" "$work/tafel.1" || fail "the manual page lacks $text"
done
if command -v man >/dev/null 2>&1; then
  MANWIDTH=80 man -l "$work/tafel.1" >"$work/tafel.txt" 2>/dev/null
  grep -q "^KEYS" "$work/tafel.txt" || fail "the rendered manual page has no KEYS section"
fi
for subcommand in open new check profile import demo export; do
  for completion in usr/share/zsh/vendor-completions/_tafel usr/share/fish/vendor_completions.d/tafel.fish; do
    grep -q "$subcommand" "$root/$completion" || fail "/$completion does not offer $subcommand"
  done
done
words="$(in_root bash -c 'source /usr/share/bash-completion/completions/tafel && complete -p tafel &&
  COMP_WORDS=(tafel ""); COMP_CWORD=1; COMP_LINE="tafel "; COMP_POINT=6
  "$(complete -p tafel | sed "s/.*-F \([^ ]*\) .*/\1/")" tafel "" tafel; echo "${COMPREPLY[*]}"')" ||
  fail "the bash completion does not load"
for subcommand in open new check profile import demo export; do
  grep -qw "$subcommand" <<<"$words" || fail "bash completes 'tafel ' without $subcommand: $words"
done
step "manual page and completions are in place"

# The full-screen interface, in a terminal tmux gives it, on the demo copy.
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 \
  "chroot '$root' /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=screen-256color /usr/bin/tafel; echo TAFEL-EXIT=\$?; sleep 600"
screen_text() { tmux -L "$socket" capture-pane -p; }
wait_for() {
  local deadline=$((SECONDS + 60))
  until screen_text | grep -q -- "$1"; do
    [ $SECONDS -lt $deadline ] || { screen_text >&2; fail "the screen never showed '$1'"; }
    sleep 0.2
  done
}
wait_for "Wijkalliantie Noord"
wait_for "Deelnemers (14)"
wait_for "Anouk"
tmux -L "$socket" send-keys 2
wait_for "Groepsprofiel"
screen_text | sed 's/^/  | /'
tmux -L "$socket" send-keys q
wait_for "TAFEL-EXIT=0"
[ -f "$root/root/.local/share/tafel/demo.json" ] || fail "the demo copy was not saved"
step "the full-screen interface shows the demo and quits cleanly"
echo "test-package: tafel $version installs and runs on a minimal Debian $suite ($((SECONDS - started)) s)"
