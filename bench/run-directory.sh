#!/usr/bin/env bash
# Directory search (HTML) and Open Referral /services of one council with 10,000 listed MEs among 99
# small councils: one-client percentiles, and 16 clients for 30 s as a ratio to /health/live. Needs a
# MySQL/MariaDB server (default 127.0.0.1:3306, root); builds platform-ear/target/microcare.jar if missing.
# Examples:  bench/run-directory.sh
#            bench/run-directory.sh --councils 100 --big-mes 10000 --requests 300 --threads 16 --seconds 30
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/prepare.sh
exec java -cp "bench/target/classes:$platform_classes:$driver" DirectoryBenchmark "$@"
