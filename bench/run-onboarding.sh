#!/usr/bin/env bash
# Onboarding speed (N councils, median vs raw DDL) and idle-council heap. Needs a MySQL/MariaDB
# server (default 127.0.0.1:3306, root); builds platform-ear/target/microcare.jar if it is missing.
# Examples:  bench/run-onboarding.sh --councils 50
#            bench/run-onboarding.sh --councils 50 --heap-at 1,100,500
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/prepare.sh
exec java -cp "bench/target/classes:$driver" OnboardingBenchmark "$@"
