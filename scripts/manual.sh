#!/usr/bin/env bash
# Writes tafel's manual page: what swift-argument-parser's generate-manual makes of the binary's
# help, with the KEYS section of the full-screen interface from docs/man/keys.mdoc.
#
#   bash scripts/manual.sh TAFEL_BINARY PACKAGE_DIR OUTPUT_FILE
#
# PACKAGE_DIR is a Tafel checkout whose dependencies are resolved (any swift build did that):
# generate-manual is built from its copy of swift-argument-parser. This is the tool that
# `swift package generate-manual` (the GenerateManual plugin) runs; calling it directly spares
# the plugin's second build of the whole package.
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
package="$(cd "$2" && pwd)"
output="$3"

parser="$package/.build/checkouts/swift-argument-parser"
[ -f "$parser/Tools/generate-manual/GenerateManual.swift" ] || {
  echo "manual: no swift-argument-parser checkout with generate-manual in $parser" >&2
  exit 1
}
tool_build="$package/.build/generate-manual"
swift build --package-path "$parser" --scratch-path "$tool_build" --product generate-manual \
  >/dev/null
generator="$(swift build --package-path "$parser" --scratch-path "$tool_build" --show-bin-path)/generate-manual"

pages="$(mktemp -d)"
trap 'rm -rf "$pages"' EXIT
# MANUAL_DATE (the release passes the commit's date, so one commit gives one page), else today.
date="${MANUAL_DATE:-$(date +%F)}"
"$generator" "$binary" --date "$date" --authors "The Tafel authors" --output-directory "$pages"
[ -f "$pages/tafel.1" ] || { echo "manual: generate-manual wrote no tafel.1" >&2; exit 1; }

keys="$package/docs/man/keys.mdoc"
python3 - "$pages/tafel.1" "$keys" "$output" <<'EOF'
import sys
page, keys, output = (open(sys.argv[1]).read(), open(sys.argv[2]).read(), sys.argv[3])
# Before the first of these sections, as mdoc orders them; else at the end.
import re
found = re.search(r'^\.Sh "?(EXIT STATUS|SEE ALSO|AUTHORS)"?$', page, re.M)
if found:
    page = page[: found.start()] + keys + page[found.start() :]
else:
    page = page.rstrip("\n") + "\n" + keys
open(output, "w").write(page)
EOF
