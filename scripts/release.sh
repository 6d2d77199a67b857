#!/usr/bin/env bash
# Builds a release of Tafel from the committed sources (HEAD), into dist/:
#   tafel-VERSION-linux-ARCH.tar.gz   bin/tafel, man page, completions, README, CHANGELOG, LICENSE
#   tafel_VERSION_ARCH.deb            the same, in Debian's places, with its library dependencies
#   SHA256SUMS
# The binary links the Swift runtime, Foundation and libstdc++ statically and is stripped, so the
# machine it runs on needs only the C libraries the package names (ncursesw, tinfo, libc).
#
#   bash scripts/release.sh   (DIST=folder: write elsewhere; KEEP_WORK=1: keep the build folder;
#                              WORK=folder: build in that folder, reusing what an earlier run built)
#
# Needs: swift, git, dpkg-deb, dpkg-shlibdeps (dpkg-dev), objdump and strip (binutils), gzip.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

version="$(git show HEAD:Sources/tafel/BuildInfo.swift | sed -n 's/^  static let version = "\(.*\)"$/\1/p')"
[ -n "$version" ] || { echo "release: no version in Sources/tafel/BuildInfo.swift" >&2; exit 1; }
git show HEAD:CHANGELOG.md | grep -q "^## \[$version\]" || {
  echo "release: CHANGELOG.md has no section '## [$version]'" >&2
  exit 1
}
commit="$(git rev-parse --short=12 HEAD)"
# A tag on HEAD must name the same version, so an archive never contradicts its tag.
for tag in $(git tag --points-at HEAD 'v*'); do
  [ "$tag" = "v$version" ] || { echo "release: HEAD is tagged $tag, BuildInfo says $version" >&2; exit 1; }
done
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "release: note: uncommitted changes are not in the release; it is built from $commit" >&2
fi

arch="$(dpkg --print-architecture)"
case "$arch" in amd64) machine=x86_64 ;; arm64) machine=aarch64 ;; *) machine="$arch" ;; esac
dist="${DIST:-$repo/dist}"
# WORK=folder reuses (and keeps) the build folder of an earlier run: only what changed is rebuilt.
if [ -n "${WORK:-}" ]; then
  work="$WORK"
  mkdir -p "$work"
  rm -rf "$work/out" "$work/archive" "$work/pkg"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/tafel-release.XXXXXX")"
  if [ "${KEEP_WORK:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
fi
echo "release: Tafel $version, commit $commit, in $work"

# 1. The committed tree only, with the commit written into BuildInfo. Files are copied into src/
#    only where they differ, so a reused WORK folder rebuilds only what changed.
rm -rf "$work/src.new"
mkdir -p "$work/src.new" "$work/src"
git archive HEAD | tar -x -C "$work/src.new"
sed -i "s/^  static let commit: String? = nil$/  static let commit: String? = \"$commit\"/" \
  "$work/src.new/Sources/tafel/BuildInfo.swift"
grep -q "static let commit: String? = \"$commit\"" "$work/src.new/Sources/tafel/BuildInfo.swift" || {
  echo "release: could not write the commit into BuildInfo.swift" >&2
  exit 1
}
(cd "$work/src.new" && find . -type f) | while IFS= read -r file; do
  if ! cmp -s "$work/src.new/$file" "$work/src/$file"; then
    mkdir -p "$(dirname "$work/src/$file")"
    cp "$work/src.new/$file" "$work/src/$file"
  fi
done
rm -rf "$work/src.new"

# 2. The binary: release, Swift runtime and Foundation linked in, dead code dropped, no
#    $ORIGIN in its library path (nothing is loaded from beside it), stripped.
#    The folder given with -L holds only libstdc++'s archive (2a) for this build; it is there from
#    the first link so that the second (2c) changes only linker flags and compiles nothing again.
start=$SECONDS
linkfirst="$work/link-first"
rm -rf "$linkfirst"
mkdir -p "$linkfirst"
# 2a. libstdc++ linked in (Foundation's ICU is C++): the folder given with -L is searched before
#     the system's, so `-lstdc++` finds the static archive there. Loaded as a shared library, its
#     own relocations and the binary's 800 references to its type-info tables were half of the
#     dynamic loader's work at every start (docs/performance.md, "Start-up, 2026-12-02, late").
#     Without the archive (no libstdc++-dev), the binary links it as before.
staticcxx="$(find /usr/lib/gcc/"$machine"-linux-gnu -name libstdc++.a 2>/dev/null | sort -V | tail -1)"
cxxflags=()
if [ -n "$staticcxx" ]; then
  ln -s "$staticcxx" "$linkfirst/libstdc++.a"
  clang -O2 -c "$work/src/scripts/release-arc4random.c" -o "$linkfirst/arc4random.o"
  cxxflags=(-Xlinker --wrap=arc4random -Xlinker "$linkfirst/arc4random.o")
else
  echo "release: note: no libstdc++.a found; the binary links libstdc++.so" >&2
fi
# 2b. Only `main` exported. The static runtime links with --export-dynamic, which put all
#     11,750 public symbols of Tafel's modules and their packages in the dynamic symbol table;
#     nothing looks them up (the runtime finds types through its own sections), but the loader
#     and the runtime's start (`dladdr` over the whole table) paid for them at every start:
#     1 ms of 5 (docs/performance.md, "Start-up, 2026-12-03").
printf '{\n  global: main;\n  local: *;\n};\n' >"$linkfirst/exports.map"
build() {
  swift build --package-path "$work/src" -c release --product tafel --static-swift-stdlib \
    -Xlinker --gc-sections --disable-local-rpath -Xswiftc -L -Xswiftc "$linkfirst" \
    -Xlinker --version-script="$linkfirst/exports.map" \
    ${cxxflags[@]+"${cxxflags[@]}"} "$@"
}
build
bin="$(swift build --package-path "$work/src" -c release --static-swift-stdlib \
  --disable-local-rpath --show-bin-path)"
built="$bin/tafel"

# 2c. Without libcurl. FoundationNetworking, and with it libcurl and its thirty shared libraries
#     (TLS, Kerberos, LDAP, HTTP/2, ...), is reached only by FlyingFox's proxy handler, which
#     Tafel never uses: loading those libraries took four times the dynamic loader's other work
#     at every start (docs/performance.md, "Start-up, 2026-12-02, later"). The second link points
#     the proxy handler's references into FoundationNetworking at the runtime's "deleted method"
#     trap, so no part of FoundationNetworking is linked, and finds an empty libcurl.a first, so a
#     reference to libcurl that is still there fails the link instead of loading libcurl. Done
#     only while FlyingFox is the only user of FoundationNetworking; otherwise libcurl stays.
networking="$(nm -u "$bin"/FlyingFox.build/*.o | awk '/20FoundationNetworking/ {print $2}' | sort -u)"
others="$(tr -d "'" <"$bin/tafel.product/Objects.LinkFileList" | grep -v '/FlyingFox\.build/' |
  xargs nm -u 2>/dev/null | grep -c '20FoundationNetworking' || true)"
if [ -n "$networking" ] && [ "$others" = 0 ]; then
  defsyms=()
  for symbol in $networking; do
    defsyms+=(-Xlinker "--defsym=$symbol=swift_deletedMethodError")
  done
  printf '!<arch>\n' >"$linkfirst/libcurl.a"
  if ! build "${defsyms[@]}"; then
    echo "release: note: linking without libcurl failed; the binary links it" >&2
    rm -f "$linkfirst/libcurl.a"
    build
  fi
else
  echo "release: note: more than FlyingFox's proxy uses FoundationNetworking; libcurl stays" >&2
fi
echo "release: built in $((SECONDS - start)) s"
mkdir -p "$work/out"
strip --strip-all -o "$work/out/tafel" "$built"
binary="$work/out/tafel"
"$binary" --version | grep -q "$commit" || { echo "release: --version lacks $commit" >&2; exit 1; }

# 3. Completions, as swift-argument-parser writes them.
mkdir -p "$work/out/completions"
"$binary" --generate-completion-script bash >"$work/out/completions/tafel.bash"
"$binary" --generate-completion-script zsh >"$work/out/completions/_tafel"
"$binary" --generate-completion-script fish >"$work/out/completions/tafel.fish"

# 4. The manual: swift-argument-parser's generate-manual (the tool behind its GenerateManual
#    plugin, run directly so the package is not built a second time), with the KEYS section from
#    the key map (docs/man/keys.mdoc, kept up to date by a test) before SEE ALSO or at the end.
MANUAL_DATE="$(git log -1 --format=%cs)" bash "$repo/scripts/manual.sh" "$binary" "$work/src" "$work/out/tafel.1"

# 5. The archive.
name="tafel-$version-linux-$machine"
stage="$work/archive/$name"
mkdir -p "$stage/bin" "$stage/share/man/man1" "$stage/share/bash-completion/completions" \
  "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$stage/bin/tafel"
install -m 0644 "$work/out/tafel.1" "$stage/share/man/man1/tafel.1"
install -m 0644 "$work/out/completions/tafel.bash" "$stage/share/bash-completion/completions/tafel"
install -m 0644 "$work/out/completions/_tafel" "$stage/share/zsh/site-functions/_tafel"
install -m 0644 "$work/out/completions/tafel.fish" "$stage/share/fish/vendor_completions.d/tafel.fish"
install -m 0644 "$work/src/README.md" "$work/src/CHANGELOG.md" "$work/src/LICENSE" "$stage/"
mkdir -p "$dist"
rm -f "$dist"/tafel-*.tar.gz "$dist"/tafel_*.deb "$dist"/SHA256SUMS
tar -C "$work/archive" --owner=0 --group=0 --numeric-owner -czf "$dist/$name.tar.gz" "$name"

# 6. The Debian package: the same files in Debian's places; dependencies from dpkg-shlibdeps,
#    which maps every library the binary still needs to the package and version that provide it.
# The tree is laid out as debhelper would (debian/tafel/), where dpkg-shlibdeps expects it.
deb="$work/pkg/debian/tafel"
mkdir -p "$deb/DEBIAN" "$deb/usr/bin" "$deb/usr/share/man/man1" \
  "$deb/usr/share/bash-completion/completions" "$deb/usr/share/zsh/vendor-completions" \
  "$deb/usr/share/fish/vendor_completions.d" "$deb/usr/share/doc/tafel"
install -m 0755 "$binary" "$deb/usr/bin/tafel"
gzip -9n <"$work/out/tafel.1" >"$deb/usr/share/man/man1/tafel.1.gz"
install -m 0644 "$work/out/completions/tafel.bash" "$deb/usr/share/bash-completion/completions/tafel"
install -m 0644 "$work/out/completions/_tafel" "$deb/usr/share/zsh/vendor-completions/_tafel"
install -m 0644 "$work/out/completions/tafel.fish" "$deb/usr/share/fish/vendor_completions.d/tafel.fish"
gzip -9n <"$work/src/CHANGELOG.md" >"$deb/usr/share/doc/tafel/changelog.gz"
chmod 0644 "$deb/usr/share/man/man1/tafel.1.gz" "$deb/usr/share/doc/tafel/changelog.gz"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: tafel"
  echo
  echo "Files: *"
  echo "Copyright: 2026 The Tafel authors"
  echo "License: MIT"
  sed 's/^$/./; s/^/ /' "$work/src/LICENSE"
} >"$deb/usr/share/doc/tafel/copyright"

printf 'Source: tafel\n\nPackage: tafel\nArchitecture: any\n' >"$work/pkg/debian/control"
depends="$(cd "$work/pkg" && dpkg-shlibdeps -O debian/tafel/usr/bin/tafel |
  sed -n 's/^shlibs:Depends=//p')"
[ -n "$depends" ] || { echo "release: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
echo "release: the binary needs $(objdump -p "$binary" | awk '/NEEDED/ {print $2}' | tr '\n' ' ')"
echo "release: Depends: $depends"

installed_kb="$(du -sk --exclude=DEBIAN "$deb" | cut -f1)"
cat >"$deb/DEBIAN/control" <<EOF
Package: tafel
Version: $version
Architecture: $arch
Maintainer: The Tafel authors <tafel@users.noreply.invalid>
Installed-Size: $installed_kb
Depends: $depends
Suggests: bash-completion
Section: utils
Priority: optional
Description: workshop companion for facilitators of care and welfare alliances
 Tafel keeps a workshop (organisations, participants and their six-colour
 drive profiles) in a human-readable JSON file and shows, full screen on a
 projected terminal, each person's and the group's colour profile, the steps
 of development at risk and the pitfalls for the group to test. Dutch and
 English.
EOF
dpkg-deb --root-owner-group -Zxz --build "$deb" "$dist/tafel_${version}_$arch.deb" >/dev/null

(cd "$dist" && sha256sum "$name.tar.gz" "tafel_${version}_$arch.deb" >SHA256SUMS)
echo "release: binary $(du -h "$binary" | cut -f1) (unstripped $(du -h "$built" | cut -f1))"
ls -l "$dist"
