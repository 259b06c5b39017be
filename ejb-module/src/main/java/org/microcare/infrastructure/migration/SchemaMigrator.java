package org.microcare.infrastructure.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the platform schema and council schemas with Flyway, and creates or drops council
 * schemas. Schema names are checked against a strict pattern before they go into DDL.
 */
import org.microcare.infrastructure.tenancy.SchemaNames;

public class SchemaMigrator {

    public static final String HISTORY_TABLE = "flyway_schema_history";
    /** Council migrations: the SQL scripts there, and the Java ones registered in {@link #configure}. */
    private static final String TENANT = "classpath:db/tenant";

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The platform schema is the database named in the connection URL. */
    public String platformSchema() {
        try (Connection c = dataSource.getConnection()) {
            String catalog = c.getCatalog();
            if (catalog == null || catalog.isBlank()) {
                throw new IllegalStateException("MICROCARE_DB_URL must name a database: it becomes the platform schema");
            }
            return checked(catalog);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    public String migratePlatform() {
        String schema = platformSchema();
        return migrate(schema, "classpath:db/platform");
    }

    /** Creates the council schema if needed and applies every pending council migration. */
    public String migrateTenant(String schema) {
        return migrate(checked(schema), TENANT);
    }

    public boolean schemaExists(String schema) {
        return exists("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?", checked(schema));
    }

    /** What is in a council schema before provisioning touches it. */
    public enum SchemaState {
        /** No such schema. */
        ABSENT,
        /** The schema exists with no tables (created, then interrupted). */
        EMPTY,
        /** Flyway's history says every migration is applied. */
        MIGRATED,
        /** Flyway began but did not finish: a failed or missing migration in our history table. */
        HALF_MIGRATED,
        /** Tables that Microcare did not create: never touched. */
        FOREIGN
    }

    public SchemaState state(String schema) {
        checked(schema);
        if (!schemaExists(schema)) {
            return SchemaState.ABSENT;
        }
        if (!exists("SELECT 1 FROM information_schema.tables WHERE table_schema = ? LIMIT 1", schema)) {
            return SchemaState.EMPTY;
        }
        if (!exists("SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = '" + HISTORY_TABLE + "'", schema)) {
            return SchemaState.FOREIGN;
        }
        Flyway flyway = configure(schema, TENANT).load();
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getState().isFailed() || !info.getState().isApplied()) {
                return SchemaState.HALF_MIGRATED;
            }
        }
        return SchemaState.MIGRATED;
    }

    public void dropSchema(String schema) {
        execute("DROP DATABASE IF EXISTS `" + checked(schema) + "`");
    }

    public void createSchema(String schema) {
        execute("CREATE DATABASE IF NOT EXISTS `" + checked(schema) + "` CHARACTER SET utf8mb4");
    }

    private String migrate(String schema, String location) {
        Flyway flyway = configure(schema, location).load();
        MigrateResult result = flyway.migrate();
        if (result.targetSchemaVersion != null) {
            return result.targetSchemaVersion;
        }
        if (result.initialSchemaVersion != null) {
            return result.initialSchemaVersion;
        }
        MigrationInfo current = flyway.info().current();
        return current == null ? null : current.getVersion().getVersion();
    }

    private FluentConfiguration configure(String schema, String location) {
        FluentConfiguration configuration = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(location)
                .validateMigrationNaming(true)
                .cleanDisabled(true);
        return location.equals(TENANT) ? configuration.javaMigrations(new V14_1__Compliance_window_backfill()) : configuration;
    }

    private boolean exists(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void execute(String ddl) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static String checked(String schema) {
        return SchemaNames.checked(schema);
    }
}
