#!/usr/bin/env bash
# Reports for a council of 2,000 MEs, 10,000 clients and three years of records: monthly measures, targets,
# the reports page and the board pack, one request at a time, each against an authenticated GET /programme
# measured in the same run. Needs a MySQL/MariaDB server (default 127.0.0.1:3306, root); builds
# platform-ear/target/microcare.jar if missing.
# Examples:  bench/run-reporting.sh
#            bench/run-reporting.sh --mes 2000 --clients 10000 --requests 100 --warmup 30
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/prepare.sh
exec java -cp "bench/target/classes:$platform_classes:$driver" ReportingBenchmark "$@"
