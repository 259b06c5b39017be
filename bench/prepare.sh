# Sourced by the run-*.sh scripts from the project root: finds the MySQL driver jar (fetching it into
# ~/.m2 if absent), builds the runnable if it is missing (reactor package, nothing installed), and
# compiles the benchmark sources into bench/target/classes. Sets $driver.
driver=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar 2>/dev/null | sort -V | tail -1)
if [ -z "$driver" ]; then
  ./mvnw -B -q dependency:get -Dartifact=com.mysql:mysql-connector-j:9.4.0
  driver=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/9.4.0/mysql-connector-j-9.4.0.jar)
fi
[ -f platform-ear/target/microcare.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p bench/target/classes
javac -encoding UTF-8 --release 17 -d bench/target/classes bench/*.java
