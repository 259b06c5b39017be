package org.microcare.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.microcare.application.StartupMigrations;
import org.microcare.testing.MigrationVersions;
import org.microcare.testing.TestDatabase;

/**
 * {@code java -jar microcare.jar} started by a test, on a free loopback port, with its own
 * Microcare home under target/ and its own platform schema, so runs never meet.
 */
public final class RunningPlatform implements AutoCloseable {

    public static final String OPERATOR = "it.operator";
    public static final String OPERATOR_PASSWORD = "it-operator-password";
    /**
     * The newest council migration ejb-module ships: what every council schema reaches (never written down by
     * hand). The SQL scripts under db/tenant and the Java migrations beside {@code SchemaMigrator} (V14_1 is 14.1).
     */
    public static final String LATEST_TENANT_SCHEMA = latestTenantMigration();

    private static String latestTenantMigration() {
        Path ejb = Path.of("..", "ejb-module", "src", "main");
        try (java.util.stream.Stream<Path> scripts = Files.list(ejb.resolve(Path.of("resources", "db", "tenant")));
             java.util.stream.Stream<Path> classes = Files.list(ejb.resolve(Path.of("java", "org", "microcare", "infrastructure", "migration")))) {
            return MigrationVersions.newest(java.util.stream.Stream.concat(scripts, classes).map(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final String name;
    private final Path home;
    private final Optional<TestDatabase.Server> server;
    private final String platformSchema;
    private final Map<String, String> extraEnv;
    private final int port;
    private Process process;
    private Output output;
    private Path log;
    private int starts;
    private boolean configuredOperator = true;

    private RunningPlatform(String name, Optional<TestDatabase.Server> server, Map<String, String> extraEnv) throws IOException {
        this.name = name;
        this.server = server;
        this.extraEnv = new HashMap<>(extraEnv);
        this.platformSchema = "mcit_" + UUID.randomUUID().toString().substring(0, 8);
        this.home = Path.of(System.getProperty("microcare.test.workdir", "target/it")).toAbsolutePath().resolve(name + "-" + platformSchema);
        this.port = freePort();
        Files.createDirectories(home);
    }

    /** Starts against the test database (or the embedded one when there is none) and waits until ready. */
    public static RunningPlatform start(String name, Map<String, String> extraEnv) throws Exception {
        RunningPlatform p = new RunningPlatform(name, TestDatabase.server(), extraEnv);
        p.launch(Map.of());
        return p;
    }

    /**
     * Starts with the embedded MariaDB whatever database the other tests use, and no configured
     * operator: the platform generates one and prints its password.
     */
    public static RunningPlatform startEmbedded(String name) throws Exception {
        RunningPlatform p = new RunningPlatform(name, Optional.empty(), Map.of());
        p.configuredOperator = false;
        p.launch(Map.of());
        return p;
    }

    public void launch(Map<String, String> envForThisStart) throws Exception {
        starts++;
        log = home.resolve("platform-" + starts + ".log");
        Path jar = Path.of(System.getProperty("microcare.runnable", "target/microcare.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("MICROCARE_"));
        env.put("MICROCARE_HOME", home.toString());
        env.put("MICROCARE_HTTP_PORT", String.valueOf(port));
        if (configuredOperator) {
            env.put("MICROCARE_OPERATOR_USERNAME", OPERATOR);
            env.put("MICROCARE_OPERATOR_PASSWORD", OPERATOR_PASSWORD);
        }
        server.ifPresent(s -> {
            env.put("MICROCARE_DB_URL", s.urlFor(platformSchema));
            env.put("MICROCARE_DB_USER", s.user());
            env.put("MICROCARE_DB_PASSWORD", s.password());
        });
        env.putAll(extraEnv);
        env.putAll(envForThisStart);
        process = pb.start();
        output = new Output(process, log);
        waitUntilReady(Duration.ofSeconds(180));
    }

    /**
     * The platform's output, copied line by line to its log file by a thread of its own, and kept so that a
     * test can wait for a line to appear ({@link #awaitLine}) instead of polling.
     */
    private static final class Output {
        private final List<String> lines = new ArrayList<>();
        private boolean ended;

        Output(Process process, Path file) throws IOException {
            java.io.BufferedWriter writer = Files.newBufferedWriter(file);
            Thread copier = new Thread(() -> {
                try (writer; java.io.BufferedReader in = new java.io.BufferedReader(
                        new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        writer.write(line);
                        writer.newLine();
                        writer.flush();
                        synchronized (this) {
                            lines.add(line);
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process is gone; what was read is in the file
                } finally {
                    synchronized (this) {
                        ended = true;
                        notifyAll();
                    }
                }
            }, "platform-output-" + file.getFileName());
            copier.setDaemon(true);
            copier.start();
        }

        /** Waits until {@code count} lines match, the output ends or the time is up; whether they did. */
        synchronized boolean awaitLine(java.util.function.Predicate<String> line, int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                if (lines.stream().filter(line).count() >= count) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    /** Waits for a line of this start's output; fails with the log's tail if it does not come within the time. */
    public void awaitLine(java.util.function.Predicate<String> line, Duration timeout) throws InterruptedException {
        if (!output.awaitLine(line, 1, timeout)) {
            throw new IllegalStateException("Platform " + name + ": the awaited line did not come within " + timeout + "; log: " + tail());
        }
    }

    /**
     * Ready = Payara Micro has started (its "ready in" line) and {@code /health/ready} says the start-up migrations
     * are done. They run in the background, one per web module, each logging "Microcare ready" when it is done:
     * after each such line, readiness is asked again. Waits on the output's lines, never a fixed time.
     */
    private void waitUntilReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!output.awaitLine(l -> l.contains("Payara Micro") && l.contains(" ready in "), 1, timeout)) {
            throw new IllegalStateException("Platform " + name + (process.isAlive() ? " not started within " + timeout
                    : " exited with " + process.waitFor()) + "; log: " + tail());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int migrationsDone = 1; ; migrationsDone++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("microcare-migrations")) {
                return;
            }
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!output.awaitLine(l -> l.contains(StartupMigrations.READY), migrationsDone, left)) {
                throw new IllegalStateException("Platform " + name + " not ready within " + timeout + " (" + r.statusCode() + " "
                        + r.body() + "); log: " + tail());
            }
        }
    }

    /** SIGKILL: no shutdown hooks, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String platformSchema() {
        return platformSchema;
    }

    public String tenantSchema(String tenantId) {
        return platformSchema + "_t_" + tenantId.replace('-', '_');
    }

    public Optional<TestDatabase.Server> server() {
        return server;
    }

    /** A connection to the platform's database server, external or embedded. */
    public Connection connect() throws SQLException, IOException {
        if (server.isPresent()) {
            return server.get().connect();
        }
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("db/credentials.properties"))) {
            credentials.load(in);
        }
        String port = Files.readAllLines(log).stream()
                .filter(l -> l.contains("mariadbd") && l.contains("port: "))
                .map(l -> l.replaceAll(".*port: (\\d+).*", "$1")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("Embedded database port not found in the log"));
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED",
                credentials.getProperty("user"), credentials.getProperty("password"));
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        server.ifPresent(s -> s.dropSchemasStartingWith(platformSchema));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
