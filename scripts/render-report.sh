#!/usr/bin/env bash
# Renders the HTML session report (`tafel export --format html`) of the example workshop
# data/examples/wijkalliantie-noord-na-sessie.json with headless Chromium, to see what it looks like:
#   docs/report.png        the Dutch report as a browser shows it (top of the page)
#   docs/report-page2.png  the same workshop exported with --anonymous (only group figures), which
#                          shows the lower sections: group profile, comfort round, topics, dilemmas
#   /tmp/report.pdf        the Dutch report printed to PDF, to check the A4 print layout
# It builds tafel when needed but does not install Chromium: install it yourself
# (Debian: apt-get install chromium). CHROMIUM=/path/to/chromium picks another binary,
# REPORT_PDF=path another PDF. Runs from any folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
workshop="$root/data/examples/wijkalliantie-noord-na-sessie.json"
screenshot="$root/docs/report.png"
screenshot2="$root/docs/report-page2.png"
pdf="${REPORT_PDF:-/tmp/report.pdf}"
width=1000
height="${REPORT_HEIGHT:-2600}"
height2="${REPORT_HEIGHT2:-4100}"

fail() {
  echo "render-report: $*" >&2
  exit 1
}

chromium="${CHROMIUM:-}"
if [[ -z "$chromium" ]]; then
  for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null 2>&1; then
      chromium="$(command -v "$candidate")"
      break
    fi
  done
fi
[[ -n "$chromium" && -x "$chromium" ]] \
  || fail "Chromium not found. Install it first (Debian: apt-get install chromium), or set CHROMIUM=/path/to/chromium."
[[ -f "$workshop" ]] || fail "example workshop missing: $workshop"
command -v swift >/dev/null 2>&1 || fail "swift not found: it is needed to build tafel."

# Build tafel; SwiftPM only rebuilds what changed.
echo "Building tafel…"
(cd "$root" && swift build --product tafel >/dev/null) || fail "swift build failed (run 'swift build' in $root to see why)."
tafel="$(cd "$root" && swift build --show-bin-path)/tafel"
[[ -x "$tafel" ]] || fail "no tafel binary at $tafel after building."

"$tafel" check "$workshop" >/dev/null || fail "$workshop does not pass 'tafel check'."

work="$(mktemp -d "${TMPDIR:-/tmp}/tafel-report.XXXXXX")"
trap 'rm -rf "$work"' EXIT
html="$work/report.html"
anonymous="$work/report-anonymous.html"
"$tafel" export "$workshop" --format html --lang nl --output "$html" >/dev/null
"$tafel" export "$workshop" --format html --lang nl --anonymous --output "$anonymous" >/dev/null

# Chromium's own chatter (D-Bus and the like) goes to a log that is shown only when it fails.
# --headless is the new headless mode in current Chromium (--headless=new is the same).
run_chromium() {
  local log="$work/chromium.log"
  if ! "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --no-first-run --no-default-browser-check --user-data-dir="$work/profile" "$@" \
    >"$log" 2>&1; then
    cat "$log" >&2
    fail "chromium failed: $*"
  fi
}

mkdir -p "$root/docs"
run_chromium --window-size="$width,$height" --screenshot="$screenshot" "file://$html"
run_chromium --window-size="$width,$height2" --screenshot="$screenshot2" "file://$anonymous"
run_chromium --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html"

for file in "$screenshot" "$screenshot2" "$pdf"; do
  [[ -s "$file" ]] || fail "chromium wrote nothing to $file"
done

echo "Screenshot:        $screenshot ($(du -k "$screenshot" | cut -f1) KB)"
echo "Lower sections:    $screenshot2 ($(du -k "$screenshot2" | cut -f1) KB)"
if command -v pdfinfo >/dev/null 2>&1; then
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
  echo "A4 print:          $pdf ($pages pages)"
else
  echo "A4 print:          $pdf"
fi
