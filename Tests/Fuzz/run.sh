#!/bin/sh
# Builds the libFuzzer program (Tests/Fuzz/FuzzTargets.swift) with AddressSanitizer
# into .build/fuzz and runs each target for FUZZ_SECONDS (default 60) on a seed
# corpus made from Data/ and Layouts/. Findings (crash-*, leak-*, timeout-*) are
# written to .build/fuzz/findings/<target>/; each one becomes a regression test.
# A summary (executions per target) goes to .build/fuzz/summary.txt.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"layout yaml csv markdown image document"}
FOLIO_FUZZ=1 swift build --build-path .build/fuzz --product folio-fuzz --sanitize=fuzzer --sanitize=address
program=.build/fuzz/debug/folio-fuzz

seeds() { # target -> files of the project that are good starting points
  case $1 in
    layout) ls Layouts/*.yaml ;;
    yaml) find Data -name '*.yaml' ;;
    csv) find Data -name '*.csv' ;;
    markdown|document) find Data -name '*.md' ;;
    image) find Tests -name '*.png' -o -name '*.jpg' | grep -v References ;;
  esac
}

: > .build/fuzz/summary.txt
for target in $targets; do
  corpus=.build/fuzz/corpus/$target findings=.build/fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  for seed in $(seeds "$target"); do cp "$seed" "$corpus/"; done
  log=.build/fuzz/$target.log
  # -rss_limit_mb: Folio bounds its own memory (image pixels, file sizes); 2 GB is a finding.
  # Leak checks are off: Foundation's FileManager.contents(atPath:) leaks 4 KB reading an
  # empty file (FoundationEssentials readBytesFromFile, Swift 6.3.1), the first input every
  # file-reading target gets, and stopped each run there; crashes and memory errors still count.
  ASAN_OPTIONS=detect_leaks=0 FUZZ_TARGET=$target FOLIO_ROOT="$root" "$program" "$corpus" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=2048 -detect_leaks=0 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1 || true
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  found=$(ls "$findings" | wc -l)
  [ -n "$runs" ] || runs="?"
  echo "$target: $runs executions in $seconds s, $found findings" | tee -a .build/fuzz/summary.txt
done
