#!/usr/bin/env bash
# Runs every fuzz target for RUNS executions (default 10 million) or SECONDS seconds, one after another, from the
# checked-in seeds plus the growing corpus; crashes land in fuzz/artifacts/TARGET/. Usage:
#   fuzz/run-all.sh [runs]            e.g. fuzz/run-all.sh 10000000
#   FUZZ_SECONDS=20 fuzz/run-all.sh   a bounded run per target (what scripts/test does)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10000000}"
for target in validate fix evaluate share_link request_lines export_roundtrip; do
  mkdir -p "fuzz/corpus/$target"
  limit=(-runs="$runs")
  if [ -n "${FUZZ_SECONDS:-}" ]; then limit=(-max_total_time="$FUZZ_SECONDS"); fi
  start=$(date +%s)
  # Safe Rust: no sanitizer (3x the throughput), but debug assertions on, so integer overflow panics.
  cargo +nightly fuzz run -O -a -s none "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
    "${limit[@]}" -max_len=8192 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|==|Done)|panicked|ERROR" || true
  echo "target $target: $(( $(date +%s) - start )) s, crashes: $(ls "fuzz/artifacts/$target" 2>/dev/null | wc -l)"
done
