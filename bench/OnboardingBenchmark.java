import java.io.IOException;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Onboarding speed and idle-council memory of the runnable, each against a baseline measured in
 * the same run (see docs/benchmarks.md). Loopback only; bounded by the council count.
 *
 * Usage: java -cp mysql-connector-j.jar bench/OnboardingBenchmark.java
 *          [--councils 50] [--heap-at 1,100,500] [--db-url jdbc:mysql://127.0.0.1:3306/] [--db-user root] [--db-password ""]
 */
public class OnboardingBenchmark {

    static String dbUrl = "jdbc:mysql://127.0.0.1:3306/?sslMode=DISABLED";
    static String dbUser = "root";
    static String dbPassword = "";
    static int councils = 50;
    static List<Integer> heapAt = List.of();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--councils" -> councils = Integer.parseInt(args[i + 1]);
                case "--heap-at" -> heapAt = Arrays.stream(args[i + 1].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--db-url" -> dbUrl = args[i + 1];
                case "--db-user" -> dbUser = args[i + 1];
                case "--db-password" -> dbPassword = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        int total = Math.max(councils, heapAt.stream().mapToInt(Integer::intValue).max().orElse(0));
        if (total > 1000) {
            throw new IllegalArgumentException("At most 1000 councils");
        }
        String platform = "mcbench_" + UUID.randomUUID().toString().substring(0, 6);
        Path jar = Path.of("platform-ear/target/microcare.jar").toAbsolutePath();
        Path home = Path.of("bench/target/home-" + platform).toAbsolutePath();
        Files.createDirectories(home);
        List<String> ddl = tenantDdl();
        int port = freePort();
        System.out.printf("councils=%d heapAt=%s platformSchema=%s db=%s%n", councils, heapAt, platform, dbUrl.replaceAll("\\?.*", ""));

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("platform.log").toFile());
        pb.environment().put("MICROCARE_HOME", home.toString());
        pb.environment().put("MICROCARE_HTTP_PORT", String.valueOf(port));
        pb.environment().put("MICROCARE_DB_URL", withSchema(dbUrl, platform));
        pb.environment().put("MICROCARE_DB_USER", dbUser);
        pb.environment().put("MICROCARE_DB_PASSWORD", dbPassword);
        pb.environment().put("MICROCARE_OPERATOR_USERNAME", "bench");
        pb.environment().put("MICROCARE_OPERATOR_PASSWORD", "bench-operator-password");
        Process platformProcess = pb.start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitReady(base, platformProcess);

            // Warm-up, so neither side pays class loading: 3 councils and 3 raw schemas, not counted.
            List<Long> onboardNanos = new ArrayList<>();
            List<Long> ddlNanos = new ArrayList<>();
            int made = 0;
            for (int w = 0; w < 3; w++) {
                onboard(base, "warm-" + w);
                rawDdl(platform + "_raw_warm_" + w, ddl);
                made++;
            }
            List<String> heapRows = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                String id = "council-" + i;
                long t0 = System.nanoTime();
                onboard(base, id);
                long t1 = System.nanoTime();
                if (i < councils) {
                    onboardNanos.add(t1 - t0);
                    long r0 = System.nanoTime();
                    rawDdl(platform + "_raw_" + i, ddl);
                    ddlNanos.add(System.nanoTime() - r0);
                }
                made++;
                if (heapAt.contains(made - 3)) {
                    long used = heapAfterFullGc(platformProcess.pid());
                    heapRows.add(String.format("| %d | %.1f |", made - 3, used / 1024.0 / 1024.0));
                    System.out.printf("heap after full GC with %d idle councils (+3 warm-up): %.1f MiB%n", made - 3, used / 1024.0 / 1024.0);
                }
            }
            double onboardMedian = median(onboardNanos) / 1e6;
            double ddlMedian = median(ddlNanos) / 1e6;
            System.out.printf("onboarding median per council: %.1f ms (p90 %.1f ms) over %d councils%n", onboardMedian, p90(onboardNanos) / 1e6, councils);
            System.out.printf("raw tenant DDL over JDBC median: %.1f ms (p90 %.1f ms)%n", ddlMedian, p90(ddlNanos) / 1e6);
            System.out.printf("ratio onboarding / raw DDL: %.2f (goal <= 2.00)%n", onboardMedian / ddlMedian);
            if (!heapRows.isEmpty()) {
                System.out.println("| idle councils | heap used after full GC (MiB) |");
                System.out.println("|---|---|");
                heapRows.forEach(System.out::println);
            }
        } finally {
            platformProcess.destroy();
            if (!platformProcess.waitFor(60, TimeUnit.SECONDS)) {
                platformProcess.destroyForcibly();
            }
            dropSchemas(platform);
        }
    }

    static void onboard(String base, String id) throws Exception {
        String json = "{\"id\":\"" + id + "\",\"name\":\"" + id + " Council\",\"nation\":\"SCOTLAND\",\"programmeName\":\"Bench\","
                + "\"admin\":{\"username\":\"admin\",\"password\":\"bench-admin-password\"}}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/platform/api/v1/tenants"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bench:bench-operator-password".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 || !r.body().contains("\"ACTIVE\"")) {
            throw new IllegalStateException("Onboarding " + id + " failed: " + r.statusCode() + " " + r.body());
        }
    }

    /** The baseline: the same council DDL, applied straight over JDBC to a new schema. */
    static void rawDdl(String schema, List<String> ddl) throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4");
            s.execute("USE `" + schema + "`");
            for (String statement : ddl) {
                s.execute(statement);
            }
        }
    }

    static List<String> tenantDdl() throws IOException {
        List<String> statements = new ArrayList<>();
        try (var files = Files.list(Path.of("ejb-module/src/main/resources/db/tenant"))) {
            for (Path f : files.sorted().toList()) {
                StringBuilder sql = new StringBuilder();
                for (String line : Files.readAllLines(f)) {
                    if (!line.trim().startsWith("--")) {
                        sql.append(line).append('\n');
                    }
                }
                for (String s : sql.toString().split(";")) {
                    if (!s.isBlank()) {
                        statements.add(s.trim());
                    }
                }
            }
        }
        return statements;
    }

    /** Heap in use (young + old) after a full collection, read with jcmd from the platform's JVM. */
    static long heapAfterFullGc(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        run(jcmd.toString(), String.valueOf(pid), "GC.run");
        String info = run(jcmd.toString(), String.valueOf(pid), "GC.heap_info");
        long usedK = 0;
        Matcher m = Pattern.compile("(?m)^\\s*(def new generation|tenured generation)\\s+total \\d+K, used (\\d+)K").matcher(info);
        while (m.find()) {
            usedK += Long.parseLong(m.group(2));
        }
        if (usedK == 0) {
            throw new IllegalStateException("Could not read heap use from: " + info);
        }
        return usedK * 1024;
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    static void dropSchemas(String prefix) throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + prefix + "%'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                s.execute("DROP DATABASE `" + schema + "`");
            }
        }
    }

    static void waitReady(String base, Process p) throws Exception {
        for (int i = 0; i < 360; i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException("The platform exited; see bench/target/*/platform.log");
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The platform was not ready in 180 s");
    }

    static String withSchema(String url, String schema) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return (base.endsWith("/") ? base : base + "/") + schema + (q < 0 ? "" : url.substring(q));
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static double p90(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
}
