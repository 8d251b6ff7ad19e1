#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer + AddressSanitizer and runs each for a while.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]      (make fuzz FUZZ_SECONDS=30)
#
# SwiftPM compiles the instrumented objects, but its link step on Linux wants a Swift `main`,
# which libFuzzer provides instead; so the executable is linked here with swiftc from SwiftPM's
# own object list. Crashes land in .build-fuzz/crashes/TARGET-*; replay one with
# `swift run AdvanceFuzz TARGET FILE` and add it to the target's regression tests.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
scratch=.build-fuzz
flags=(-c release --scratch-path "$scratch" --product AdvanceFuzz
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld)

log=$(mktemp)
if ! swift build "${flags[@]}" >"$log" 2>&1; then
  if ! grep -q 'symbol not found: AdvanceFuzz_main' "$log"; then
    cat "$log"
    exit 1
  fi
fi
rm -f "$log"
list=$(find "$scratch" -path '*AdvanceFuzz.product/Objects.LinkFileList' | head -n 1)
swiftc -sanitize=fuzzer,address -use-ld=lld -o "$scratch/advance-fuzz" "@$list" -lsqlite3 -ledit

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(ls Fuzz/seeds)
fi
mkdir -p "$scratch/crashes"
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"
  mkdir -p "$corpus"
  echo "fuzzing $target for ${seconds}s"
  ADVANCE_FUZZ_TARGET="$target" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
    "$scratch/advance-fuzz" "$corpus" "Fuzz/seeds/$target" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 \
    -artifact_prefix="$scratch/crashes/$target-" -print_final_stats=1 2>&1 |
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' || true
  if ls "$scratch/crashes/$target-"* >/dev/null 2>&1; then
    echo "fuzz: $target crashed; inputs in $scratch/crashes/" >&2
    exit 1
  fi
done
