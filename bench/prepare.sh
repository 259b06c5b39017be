# Sourced by the run-*.sh scripts from the project root: finds the MySQL driver jar (fetching it into
# ~/.m2 if absent), builds the runnable if it is missing (reactor package, nothing installed), and
# compiles the benchmark sources into bench/target/classes. Sets $driver and $platform_classes.
driver=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar 2>/dev/null | sort -V | tail -1)
if [ -z "$driver" ]; then
  ./mvnw -B -q dependency:get -Dartifact=com.mysql:mysql-connector-j:9.4.0
  driver=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/9.4.0/mysql-connector-j-9.4.0.jar)
fi
[ -f platform-ear/target/microcare.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p bench/target/classes
# The benchmarks store the compliance ranges of the MEs they load with the platform's own computation
# (org.microcare.domain.model.directory.ComplianceWindows, plain Java), from ejb-module's classes.
[ -f ejb-module/target/classes/org/microcare/domain/model/directory/ComplianceWindows.class ] || ./mvnw -B -q package -DskipTests
platform_classes=ejb-module/target/classes
javac -encoding UTF-8 --release 17 -cp "$platform_classes" -d bench/target/classes bench/*.java
