#!/usr/bin/env bash
# Builds the fuzzers in Fuzz/ (libFuzzer with AddressSanitizer) and runs each for a bounded time,
# both at once (one core each). Exits non-zero when a fuzzer finds an input that crashes it, and
# names that input. See Fuzz/README.md.
#
#   FUZZ_SECONDS   how long each fuzzer runs (default 60)
#   FUZZ_OUT       where crashing inputs and logs go (default Fuzz/.build/fuzz-out)
#
# The fuzzers start from a scratch copy of Fuzz/Corpus, so the corpus in the repository only
# changes by hand. Every file in Fuzz/Regressions is run first.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

seconds="${FUZZ_SECONDS:-60}"
out="${FUZZ_OUT:-$PWD/.build/fuzz-out}"
fuzzers=(FuzzWorkshopJSON FuzzParticipantCSV)

# ld.gold warns "Cannot export local symbol" for every sanitizer symbol; the warnings are harmless.
echo "building the fuzzers"
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 \
  | { grep -v "Cannot export local symbol" || true; }
bin="$(swift build -c release --show-bin-path)"
for fuzzer in "${fuzzers[@]}"; do
  [ -x "$bin/$fuzzer" ] || { echo "fuzz.sh: the build did not produce $fuzzer" >&2; exit 1; }
done

# Swift's own crash handler would run inside AddressSanitizer and be reported as the crash;
# leave the report to libFuzzer, which also names the failed check.
export SWIFT_BACKTRACE=enable=no

rm -rf "$out"
mkdir -p "$out"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# corpus folder and dictionary, longest input
settings() {
  case "$1" in
    FuzzWorkshopJSON) echo "WorkshopJSON 65536" ;;
    FuzzParticipantCSV) echo "ParticipantCSV 16384" ;;
  esac
}

run() {
  local fuzzer="$1" corpus max_len
  read -r corpus max_len <<<"$(settings "$fuzzer")"
  local log="$out/$fuzzer.log"
  # Any input must be handled, so both fuzzers get every regression, JSON and CSV alike; the
  # regressions also seed the fuzzing.
  local regressions=(Regressions/*)
  : >"$log"
  if [ -e "${regressions[0]}" ]; then
    "$bin/$fuzzer" -artifact_prefix="$out/$fuzzer-" "${regressions[@]}" >>"$log" 2>&1 || return 1
  fi
  mkdir -p "$scratch/$corpus" "$scratch/$corpus-regressions"
  cp "Corpus/$corpus/"* "$scratch/$corpus/"
  if [ -e "${regressions[0]}" ]; then cp "${regressions[@]}" "$scratch/$corpus-regressions/"; fi
  "$bin/$fuzzer" "$scratch/$corpus" "$scratch/$corpus-regressions" -dict="$corpus.dict" \
    -max_len="$max_len" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/$fuzzer-" >>"$log" 2>&1
}

echo "fuzzing for ${seconds}s each: ${fuzzers[*]}"
pids=()
for fuzzer in "${fuzzers[@]}"; do
  run "$fuzzer" &
  pids+=($!)
done

failed=0
for index in "${!fuzzers[@]}"; do
  fuzzer="${fuzzers[$index]}"
  log="$out/$fuzzer.log"
  if wait "${pids[$index]}"; then
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    speed="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    corpus="$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$log" | tail -1 || true)"
    echo "$fuzzer: no crash; ${runs:-?} runs, ${speed:-?}/s; $corpus"
  else
    failed=1
    echo "$fuzzer: FAILED; the end of $log:" >&2
    grep -v "^#[0-9]" "$log" | tail -40 >&2
    for input in "$out/$fuzzer-"*; do
      [ -e "$input" ] || continue
      echo "$fuzzer: crashing input: $input" >&2
      head -c 512 "$input" | od -c | head -20 >&2
    done
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz.sh: reproduce with $bin/<fuzzer> <input>; add the input to Fuzz/Regressions" >&2
  exit 1
fi
