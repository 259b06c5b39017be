import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the benchmarks share: the runnable started against a fresh platform schema on a free loopback
 * port, councils onboarded through the operator API, and everything dropped at the end (the platform
 * schema, every council schema under it, and the runnable's home directory).
 *
 * <pre>
 * try (BenchPlatform platform = BenchPlatform.start(db, "-Xmx1g", "-XX:+UseSerialGC")) {
 *     platform.onboard("council-1", "SCOTLAND");
 *     platform.get("/c/council-1/openreferral/");
 * }
 * </pre>
 */
public final class BenchPlatform implements AutoCloseable {

    public static final String OPERATOR = "bench";
    public static final String OPERATOR_PASSWORD = "bench-operator-password";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "bench-admin-password";

    public static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The database server the runnable and the benchmark use, from the {@code --db-*} options. */
    public static final class Db {
        public String url = "jdbc:mysql://127.0.0.1:3306/?sslMode=DISABLED";
        public String user = "root";
        public String password = "";

        /** Takes {@code --db-url}, {@code --db-user}, {@code --db-password}; false for any other option. */
        public boolean option(String name, String value) {
            switch (name) {
                case "--db-url" -> url = value;
                case "--db-user" -> user = value;
                case "--db-password" -> password = value;
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** A connection to the server, no default schema. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** A connection with {@code schema} as the default schema, for batched inserts. */
        public Connection connect(String schema) throws SQLException {
            String u = withSchema(url, schema);
            return DriverManager.getConnection(u + (u.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true", user, password);
        }

        public String where() {
            return url.replaceAll("\\?.*", "");
        }
    }

    public final Db db;
    public final String schema;
    public final Path home;
    public final int port;
    public final String base;
    public final Process process;

    private BenchPlatform(Db db, String schema, Path home, int port, Process process) {
        this.db = db;
        this.schema = schema;
        this.home = home;
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.process = process;
    }

    /**
     * Starts {@code platform-ear/target/microcare.jar} with the given JVM options against a new platform
     * schema {@code mcbench_xxxxxx}, bound to 127.0.0.1 on a free port, and waits for {@code /health/ready}.
     */
    public static BenchPlatform start(Db db, String... jvmOptions) throws Exception {
        String schema = "mcbench_" + UUID.randomUUID().toString().substring(0, 6);
        Path jar = Path.of("platform-ear/target/microcare.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build it with ./mvnw -B -q package -DskipTests");
        }
        Path home = Path.of("bench/target/home-" + schema).toAbsolutePath();
        Files.createDirectories(home);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        // Extra options for one run, e.g. a profiler: BENCH_JVM_OPTS='-XX:StartFlightRecording=filename=/tmp/m.jfr'
        String extra = System.getenv("BENCH_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve("platform.log").toFile());
        pb.environment().put("MICROCARE_HOME", home.toString());
        pb.environment().put("MICROCARE_HTTP_ADDRESS", "127.0.0.1");
        pb.environment().put("MICROCARE_HTTP_PORT", String.valueOf(port));
        pb.environment().put("MICROCARE_DB_URL", withSchema(db.url, schema));
        pb.environment().put("MICROCARE_DB_USER", db.user);
        pb.environment().put("MICROCARE_DB_PASSWORD", db.password);
        pb.environment().put("MICROCARE_OPERATOR_USERNAME", OPERATOR);
        pb.environment().put("MICROCARE_OPERATOR_PASSWORD", OPERATOR_PASSWORD);
        BenchPlatform platform = new BenchPlatform(db, schema, home, port, pb.start());
        // Interrupted (Ctrl-C, kill of this JVM's pid): still stop the runnable and drop what was created.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                platform.close();
            } catch (Exception e) {
                System.err.println("cleanup of " + schema + " failed: " + e);
            }
        }, "bench-cleanup"));
        try {
            platform.waitReady();
        } catch (Exception e) {
            platform.keepLog();
            platform.close();
            throw e;
        }
        return platform;
    }

    private volatile boolean keepLog;

    /** Keeps the runnable's log at the end (its path is printed): a request failed and the log says why. */
    public void keepLog() {
        keepLog = true;
    }
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Onboards a council with the first admin {@link #ADMIN}; fails unless it is ACTIVE. */
    public void onboard(String id, String nation) throws Exception {
        String json = "{\"id\":\"" + id + "\",\"name\":\"" + id + " Council\",\"nation\":\"" + nation + "\",\"programmeName\":\"Bench\","
                + "\"admin\":{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/platform/api/v1/tenants"))
                .header("Content-Type", "application/json").header("Authorization", basic(OPERATOR, OPERATOR_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(60)).build());
        if (r.statusCode() != 201 || !r.body().contains("\"ACTIVE\"")) {
            keepLog();
            throw new IllegalStateException("Onboarding " + id + " failed: " + r.statusCode() + " " + r.body());
        }
    }

    /** A council's schema, as the platform names it. */
    public String councilSchema(String councilId) {
        return schema + "_t_" + councilId.replace('-', '_');
    }

    /** POSTs JSON to the council API as its first admin; fails unless 201. */
    public String councilPost(String councilId, String path, String json) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/c/" + councilId + "/api/v1/" + path))
                .header("Content-Type", "application/json").header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(60)).build());
        if (r.statusCode() != 201) {
            keepLog();
            throw new IllegalStateException("POST /c/" + councilId + "/api/v1/" + path + " failed: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** GET of a path of the platform; fails unless 200. */
    public String get(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void waitReady() throws Exception {
        for (int i = 0; i < 360; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited; see " + home.resolve("platform.log"));
            }
            try {
                if (send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The platform was not ready in 180 s; see " + home.resolve("platform.log"));
    }

    /** Output of a jcmd command against the platform's JVM. */
    public String jcmd(String... command) throws Exception {
        List<String> args = new ArrayList<>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        args.add(String.valueOf(process.pid()));
        args.addAll(List.of(command));
        return run(args.toArray(String[]::new));
    }

    public static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /**
     * Stops the runnable (this process only), drops every schema named after the platform schema, and
     * deletes the home directory unless the start failed (its log is kept then, and its path printed).
     */
    @Override
    public void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        dropSchemas(db, schema);
        if (keepLog) {
            Path log = home.resolveSibling(home.getFileName() + "-platform.log");
            Files.move(home.resolve("platform.log"), log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("platform log kept: " + log);
        }
        deleteTree(home);
    }

    /** Drops every schema whose name starts with {@code prefix} (the platform schema and its councils). */
    public static void dropSchemas(Db db, String prefix) throws SQLException {
        if (!prefix.matches("mcbench_[0-9a-f]{6}")) {
            throw new IllegalArgumentException("Not a benchmark schema: " + prefix);
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + prefix.replace("_", "\\_") + "%'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String name : schemas) {
                s.execute("DROP DATABASE `" + name + "`");
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public static String withSchema(String url, String schema) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return (base.endsWith("/") ? base : base + "/") + schema + (q < 0 ? "" : url.substring(q));
    }

    /** The nearest-rank percentile {@code p} (0–100) of the values. */
    public static double percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(sorted.size() * p / 100.0);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
