package org.microcare.infrastructure.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * A server-wide named lock (MySQL/MariaDB {@code GET_LOCK}) held on its own connection. The
 * server releases it when that connection dies, so a killed instance never leaves a council
 * locked; a live instance that holds it keeps others from provisioning the same council at once.
 */
public final class SchemaLock implements AutoCloseable {

    private final Connection connection;
    private final String name;

    private SchemaLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** The lock that guards provisioning and migrating one schema. */
    public static java.util.Optional<SchemaLock> forSchema(DataSource dataSource, String schema, int waitSeconds) {
        String name = "microcare." + schema;
        return acquire(dataSource, name.length() > 64 ? name.substring(0, 64) : name, waitSeconds);
    }

    /** Empty when another live instance holds the lock after waiting {@code waitSeconds}. */
    public static java.util.Optional<SchemaLock> acquire(DataSource dataSource, String name, int waitSeconds) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                ps.setString(1, name);
                ps.setInt(2, waitSeconds);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return java.util.Optional.of(new SchemaLock(c, name));
                    }
                }
            }
            c.close();
            return java.util.Optional.empty();
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("Cannot take lock " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.executeQuery().close();
        } catch (SQLException ignored) {
            // the server releases the lock with the connection anyway
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }
}
