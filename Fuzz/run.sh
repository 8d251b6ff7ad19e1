#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer + AddressSanitizer and runs each for a while.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]      (make fuzz FUZZ_SECONDS=30; CI runs 30 s each)
#
# SwiftPM compiles the instrumented objects, but its link step on Linux wants a Swift `main`,
# which libFuzzer provides instead; so the executable is linked here with swiftc (and the
# toolchain's lld and libFuzzer runtime) from SwiftPM's own object list.
#
# A crash, a timeout (over 5 s for one input) or running out of memory (over 2 GB) stops the run
# with exit status 1 and the path of the input, saved in .build-fuzz/crashes/TARGET-KIND-HASH.
# FUZZ_FLAGS adds libFuzzer flags; `FUZZ_FLAGS=-rss_limit_mb=1 Fuzz/run.sh 5 date` shows a
# failing run end to end.
# Replay it with `swift run AdvanceFuzz TARGET FILE`, fix it, add a regression test to the module's
# tests and the input to Fuzz/seeds/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
scratch=.build-fuzz
flags=(-c release --scratch-path "$scratch" --product AdvanceFuzz
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld)

log=$(mktemp)
started=$(date +%s)
# The build runs PromptEmbedder (built with the same sanitizers) to read the bundled scripts;
# what its one short run leaves allocated at exit is no finding, so leaks are not checked there.
if ! ASAN_OPTIONS=detect_leaks=0 swift build "${flags[@]}" >"$log" 2>&1; then
  if ! grep -q 'symbol not found: AdvanceFuzz_main' "$log"; then
    cat "$log"
    exit 1
  fi
fi
list=$(find "$scratch" -path '*AdvanceFuzz.product/Objects.LinkFileList' | head -n 1)
swiftc -sanitize=fuzzer,address -use-ld=lld -o "$scratch/advance-fuzz" "@$list" -lsqlite3 -ledit
echo "fuzz: built in $(($(date +%s) - started)) s"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(ls Fuzz/seeds)
fi
# Inputs saved by an earlier run were reported then; each run reports only its own.
rm -rf "$scratch/crashes"
mkdir -p "$scratch/crashes"
for target in "${targets[@]}"; do
  [ -d "Fuzz/seeds/$target" ] || { echo "fuzz: no seeds for '$target'" >&2; exit 2; }
  corpus="$scratch/corpus/$target"
  mkdir -p "$corpus"
  status=0
  ADVANCE_FUZZ_TARGET="$target" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
    "$scratch/advance-fuzz" "$corpus" "Fuzz/seeds/$target" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 \
    -artifact_prefix="$scratch/crashes/$target-" -print_final_stats=1 ${FUZZ_FLAGS:-} \
    >"$log" 2>&1 || status=$?
  # One line a target: runs, coverage when the seeds were loaded and at the end, corpus size.
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  first=$(sed -n 's/.*INITED cov: \([0-9]*\).*/\1/p' "$log" | head -n 1)
  last=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  units=$(grep -o 'corp: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  echo "fuzz: $target ${seconds}s: ${runs:-?} runs, cov ${first:-?} -> ${last:-?}, corpus ${units:-?}"
  found=$(find "$scratch/crashes" -name "$target-*" | head -n 1)
  if [ -n "$found" ] || [ "$status" -ne 0 ]; then
    grep -E '^(==[0-9]+==|SUMMARY|Fatal error|.*Assertion|ALARM|.*Timeout|.*out-of-memory)' "$log" | head -n 20 >&2 || true
    echo "fuzz: $target failed (status $status); input: ${found:-none saved, see above}" >&2
    rm -f "$log"
    exit 1
  fi
done
rm -f "$log"
