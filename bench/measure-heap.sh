#!/usr/bin/env bash
# Live heap of the runnable with many councils in use: runs bench/run-directory.sh (100 councils by default,
# each asked through its council API while loading) paused after loading, forces two full GCs and prints the
# live heap (the total of jcmd's class histogram), then lets the benchmark finish and drop its schemas.
# Usage: bench/measure-heap.sh [run-directory options, e.g. --councils 100]
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
bench/run-directory.sh --requests 10 --seconds 1 --warmup-seconds 1 --pause-seconds 60 "$@" > "$log" 2>&1 &
bench=$!
for _ in $(seq 600); do
  grep -q '^pausing' "$log" && break
  kill -0 "$bench" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
pid=$(sed -nE 's/.*, pid ([0-9]+).*/\1/p' "$log" | head -1)
head -3 "$log"
jcmd "$pid" GC.run > /dev/null
jcmd "$pid" GC.run > /dev/null
jcmd "$pid" GC.class_histogram | awk '/^Total/ {printf "live heap after full GC: %.1f MB in %d objects\n", $3 / 1048576, $2}'
wait "$bench"
rm -f "$log"
