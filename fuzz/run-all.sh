#!/usr/bin/env bash
# Runs every fuzz target, one after another, from the checked-in seeds and regressions plus the local corpus
# (fuzz/corpus, not checked in). Crashes land in fuzz/artifacts/TARGET/ and make the script exit 1.
#   fuzz/run-all.sh [runs]            each target for RUNS executions (default 10 million)
#   FUZZ_SECONDS=10 fuzz/run-all.sh   each target for a bounded time (what scripts/test does, after a replay)
#   fuzz/run-all.sh 0                 replay only: every seed and regression input once
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10000000}"
failed=0
for target in ${FUZZ_TARGETS:-validate fix evaluate share_link request_lines export_roundtrip trail}; do
  mkdir -p "fuzz/corpus/$target" "fuzz/regressions/$target"
  limit=(-runs="$runs")
  if [ -n "${FUZZ_SECONDS:-}" ]; then limit=(-max_total_time="$FUZZ_SECONDS"); fi
  start=$(date +%s)
  # Safe Rust: no sanitizer (three times the throughput), but debug assertions on, so integer overflow panics.
  if ! cargo +nightly fuzz run -O -a -s none "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" \
      "fuzz/regressions/$target" -- "${limit[@]}" -max_len=8192 -rss_limit_mb=2048 -timeout=10 \
      -print_final_stats=1 >"fuzz/last-$target.log" 2>&1; then
    failed=1
    grep -E "panicked|ERROR|SUMMARY" "fuzz/last-$target.log" | head -5 || true
  fi
  execs=$(grep -o "stat::number_of_executed_units: *[0-9]*" "fuzz/last-$target.log" | grep -o "[0-9]*$" || echo "?")
  echo "target $target: $execs executions in $(( $(date +%s) - start )) s, crashes: $(find "fuzz/artifacts/$target" -type f 2>/dev/null | wc -l)"
done
exit "$failed"
