#!/usr/bin/env bash
# Onboarding speed (N councils, median vs raw DDL) and idle-council heap. Needs a built
# platform-ear/target/microcare.jar and a MySQL/MariaDB server (default 127.0.0.1:3306, root).
# Examples:  bench/run-onboarding.sh --councils 50
#            bench/run-onboarding.sh --councils 50 --heap-at 1,100,500
set -euo pipefail
cd "$(dirname "$0")/.."
driver=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar 2>/dev/null | sort -V | tail -1)
[ -n "$driver" ] || { ./mvnw -B -q dependency:get -Dartifact=com.mysql:mysql-connector-j:9.4.0; driver=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/9.4.0/*.jar); }
[ -f platform-ear/target/microcare.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p bench/target
exec java -cp "$driver" bench/OnboardingBenchmark.java "$@"
