import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times SQL statements against each other over one JDBC connection: each file holds one statement (for example the
 * platform's, copied from the MariaDB general log of a paused benchmark, and variants of it); after 20 unrecorded rounds,
 * every round runs each statement once, in turn, reading every column of every row as text, so a busy moment of the
 * host falls on all of them alike. Prints the rows and the p50 / p95 of each.
 *
 * <p>Usage: {@code java -cp <mysql-connector-j jar> bench/StatementTimes.java <rounds> <file.sql>...}; the server is
 * {@code -Durl=…} (default {@code jdbc:mysql://127.0.0.1:3306/?user=root&password=}). Loopback only, and at most
 * 10,000 rounds.
 */
public final class StatementTimes {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("Usage: java -cp <driver jar> bench/StatementTimes.java <rounds> <file.sql>...");
        }
        int rounds = Integer.parseInt(args[0]);
        if (rounds < 1 || rounds > 10_000) {
            throw new IllegalArgumentException("rounds: 1 to 10000");
        }
        String url = System.getProperty("url", "jdbc:mysql://127.0.0.1:3306/?user=root&password=");
        if (!url.startsWith("jdbc:mysql://127.0.0.1") && !url.startsWith("jdbc:mariadb://127.0.0.1")) {
            throw new IllegalArgumentException("Loopback only: " + url);
        }
        List<String> names = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            names.add(Path.of(args[i]).getFileName().toString());
            statements.add(Files.readString(Path.of(args[i])).trim().replaceAll(";$", ""));
        }
        List<List<Long>> times = new ArrayList<>();
        int[] rows = new int[statements.size()];
        statements.forEach(s -> times.add(new ArrayList<>()));
        try (Connection c = DriverManager.getConnection(url)) {
            for (int round = -20; round < rounds; round++) {
                for (int i = 0; i < statements.size(); i++) {
                    long started = System.nanoTime();
                    rows[i] = run(c, statements.get(i));
                    if (round >= 0) {
                        times.get(i).add(System.nanoTime() - started);
                    }
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            System.out.printf(Locale.ROOT, "%-32s rows %5d  p50 %7.2f ms  p95 %7.2f ms%n", names.get(i), rows[i],
                    percentile(times.get(i), 50) / 1e6, percentile(times.get(i), 95) / 1e6);
        }
    }

    /** The nearest-rank percentile, as {@code BenchPlatform.percentile} (this file runs on its own). */
    private static double percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    /** Runs one statement and reads it all; {@code execute}, so a MariaDB {@code SET STATEMENT … FOR SELECT} runs too. */
    private static int run(Connection c, String sql) throws Exception {
        int n = 0;
        try (Statement st = c.createStatement()) {
            if (!st.execute(sql)) {
                return 0;
            }
            try (ResultSet rs = st.getResultSet()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int j = 1; j <= columns; j++) {
                        rs.getString(j);
                    }
                    n++;
                }
            }
        }
        return n;
    }
}
