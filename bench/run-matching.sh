#!/usr/bin/env bash
# Matching one client against 10,000 listed MEs of one council: GET /clients/{id}/matches, one request at
# a time, against a raw SQL select of the same candidate rows in the same run. Needs a MySQL/MariaDB
# server (default 127.0.0.1:3306, root); builds platform-ear/target/microcare.jar if missing.
# Examples:  bench/run-matching.sh
#            bench/run-matching.sh --mes 10000 --clients 30 --requests 600 --warmup 2000   (the defaults)
#            bench/run-matching.sh --requests 300 --warmup 100                             (a runnable still compiling)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/prepare.sh
exec java -cp "bench/target/classes:$platform_classes:$driver" MatchingBenchmark "$@"
