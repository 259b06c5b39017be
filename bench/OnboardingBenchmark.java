import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Onboarding speed and idle-council memory of the runnable, each against a baseline measured in
 * the same run (see docs/benchmarks.md). Loopback only; bounded by the council count.
 *
 * Usage: bench/run-onboarding.sh
 *          [--councils 50] [--heap-at 1,100,500] [--db-url jdbc:mysql://127.0.0.1:3306/] [--db-user root] [--db-password ""]
 */
public class OnboardingBenchmark {

    static BenchPlatform.Db db = new BenchPlatform.Db();
    static int councils = 50;
    static List<Integer> heapAt = List.of();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--councils" -> councils = Integer.parseInt(args[i + 1]);
                case "--heap-at" -> heapAt = Arrays.stream(args[i + 1].split(",")).map(String::trim).map(Integer::parseInt).toList();
                default -> {
                    if (!db.option(args[i], args[i + 1])) {
                        throw new IllegalArgumentException("Unknown option " + args[i]);
                    }
                }
            }
        }
        int total = Math.max(councils, heapAt.stream().mapToInt(Integer::intValue).max().orElse(0));
        if (total > 1000) {
            throw new IllegalArgumentException("At most 1000 councils");
        }
        List<String> ddl = tenantDdl();
        try (BenchPlatform platform = BenchPlatform.start(db, "-Xmx1g", "-XX:+UseSerialGC")) {
            String prefix = platform.schema;
            System.out.printf("councils=%d heapAt=%s platformSchema=%s db=%s%n", councils, heapAt, prefix, db.where());

            // Warm-up, so neither side pays class loading: 3 councils and 3 raw schemas, not counted.
            List<Long> onboardNanos = new ArrayList<>();
            List<Long> ddlNanos = new ArrayList<>();
            int made = 0;
            for (int w = 0; w < 3; w++) {
                platform.onboard("warm-" + w, "SCOTLAND");
                rawDdl(prefix + "_raw_warm_" + w, ddl);
                made++;
            }
            List<String> heapRows = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                String id = "council-" + i;
                long t0 = System.nanoTime();
                platform.onboard(id, "SCOTLAND");
                long t1 = System.nanoTime();
                if (i < councils) {
                    onboardNanos.add(t1 - t0);
                    long r0 = System.nanoTime();
                    rawDdl(prefix + "_raw_" + i, ddl);
                    ddlNanos.add(System.nanoTime() - r0);
                }
                made++;
                if (heapAt.contains(made - 3)) {
                    long used = heapAfterFullGc(platform);
                    heapRows.add(String.format("| %d | %.1f |", made - 3, used / 1024.0 / 1024.0));
                    System.out.printf("heap after full GC with %d idle councils (+3 warm-up): %.1f MiB%n", made - 3, used / 1024.0 / 1024.0);
                }
            }
            double onboardMedian = BenchPlatform.median(onboardNanos) / 1e6;
            double ddlMedian = BenchPlatform.median(ddlNanos) / 1e6;
            System.out.printf("onboarding median per council: %.1f ms (p90 %.1f ms) over %d councils%n", onboardMedian,
                    BenchPlatform.percentile(onboardNanos, 90) / 1e6, councils);
            System.out.printf("raw tenant DDL over JDBC median: %.1f ms (p90 %.1f ms)%n", ddlMedian, BenchPlatform.percentile(ddlNanos, 90) / 1e6);
            System.out.printf("ratio onboarding / raw DDL: %.2f (goal <= 2.00)%n", onboardMedian / ddlMedian);
            if (!heapRows.isEmpty()) {
                System.out.println("| idle councils | heap used after full GC (MiB) |");
                System.out.println("|---|---|");
                heapRows.forEach(System.out::println);
            }
        }
    }

    /** The baseline: the same council DDL, applied straight over JDBC to a new schema. */
    static void rawDdl(String schema, List<String> ddl) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
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
                statements.addAll(split(sql.toString()));
            }
        }
        return statements;
    }

    /** Statements separated by {@code ;} outside quotes (V3 has {@code ';'} inside a string). */
    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char ch : sql.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == ';') {
                if (!current.toString().isBlank()) {
                    out.add(current.toString().trim());
                }
                current.setLength(0);
                continue;
            }
            current.append(ch);
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }

    /** Heap in use (young + old) after a full collection, read with jcmd from the platform's JVM. */
    static long heapAfterFullGc(BenchPlatform platform) throws Exception {
        platform.jcmd("GC.run");
        String info = platform.jcmd("GC.heap_info");
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
}
