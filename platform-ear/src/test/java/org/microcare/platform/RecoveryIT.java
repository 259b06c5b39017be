package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcare.testing.TestDatabase;

/**
 * Onboarding survives the JVM dying half way: the council is resumed at the next start, ends
 * ACTIVE with a complete schema, and no orphan or half-migrated schema is left. A schema that
 * Microcare did not create fails the onboarding cleanly, and a retry completes once it is gone. When the database
 * drops the platform's pooled connections (a restart, a fail-over), no request fails for it.
 */
class RecoveryIT {

    private RunningPlatform platform;

    @BeforeEach
    void needsADirectDatabaseConnection() {
        Prerequisites.require(TestDatabase.server().isPresent(), "a database server the test can reach directly");
    }

    @AfterEach
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anOnboardingKilledHalfWayIsCompletedAtTheNextStart() throws Exception {
        // Pauses between provisioning steps give the test time to kill the JVM mid-way.
        platform = RunningPlatform.start("recovery", Map.of("MICROCARE_PROVISIONING_STEP_PAUSE_MS", "4000"));
        Api api = new Api(platform.baseUrl());
        String schema = platform.tenantSchema("killed-council");
        CompletableFuture.runAsync(() -> api.post("/platform/api/v1/tenants",
                Api.onboardJson("killed-council", "Killed Council", "WALES", "Half Way", "half.admin", "half-admin-password"),
                OPERATOR, OPERATOR_PASSWORD));
        platform.awaitLine(line -> line.contains("schema " + schema + " created"), java.time.Duration.ofSeconds(30));
        assertTrue(schemaExists(schema), "the log says the schema was created");
        platform.kill();

        assertEquals("PROVISIONING", statusInStore("killed-council"));
        assertTrue(tables(schema).size() < 6, "the kill came before migrations finished: " + tables(schema));

        platform.launch(Map.of("MICROCARE_PROVISIONING_STEP_PAUSE_MS", "0"));
        Api again = new Api(platform.baseUrl());
        Api.Answer tenant = again.get("/platform/api/v1/tenants/killed-council", OPERATOR, OPERATOR_PASSWORD);
        assertEquals("ACTIVE", tenant.json().getString("status"), tenant.toString());
        assertEquals(RunningPlatform.LATEST_TENANT_SCHEMA, tenant.json().getString("schemaVersion"));
        assertTrue(tables(schema).containsAll(List.of("programme", "council_user", "care_service",
                "framework_requirement", "audit_entry", "flyway_schema_history")), tables(schema).toString());
        assertEquals(List.of(schema), platform.server().orElseThrow().schemasStartingWith(platform.platformSchema() + "_t_"));
        Api.Answer programme = again.get("/c/killed-council/api/v1/programme", "half.admin", "half-admin-password");
        assertEquals(200, programme.status(), programme.toString());
        assertEquals("Half Way", programme.json().getString("programmeName"));
        assertTrue(platform.log().contains("resuming interrupted onboarding"));
    }

    @Test
    void aSchemaMicrocareDidNotCreateFailsOnboardingUntilItIsGone() throws Exception {
        platform = RunningPlatform.start("foreign-schema", Map.of());
        Api api = new Api(platform.baseUrl());
        String schema = platform.tenantSchema("blocked");
        try (Connection c = platform.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + schema + "`");
            s.execute("CREATE TABLE `" + schema + "`.someone_elses_data (id INT PRIMARY KEY)");
        }
        Api.Answer failed = api.post("/platform/api/v1/tenants",
                Api.onboardJson("blocked", "Blocked Council", "ENGLAND", "Blocked", "blocked.admin", "blocked-admin-password"),
                OPERATOR, OPERATOR_PASSWORD);
        assertEquals(201, failed.status(), failed.toString());
        assertEquals("FAILED", failed.json().getString("status"));
        assertTrue(failed.json().getString("failureReason").contains("did not create"), failed.toString());
        assertEquals(List.of("someone_elses_data"), tables(schema));
        assertEquals(503, api.get("/c/blocked/api/v1/programme", "blocked.admin", "blocked-admin-password").status());

        try (Connection c = platform.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `" + schema + "`");
        }
        Api.Answer retried = api.post("/platform/api/v1/tenants/blocked/provision", null, OPERATOR, OPERATOR_PASSWORD);
        assertEquals(200, retried.status(), retried.toString());
        assertEquals("ACTIVE", retried.json().getString("status"));
        assertEquals(200, api.get("/c/blocked/api/v1/programme", "blocked.admin", "blocked-admin-password").status());
    }

    @Test
    void aCouncilWhoseMigrationFailsAtStartIsMarkedFailedAndTheOthersCarryOn() throws Exception {
        platform = RunningPlatform.start("startup-failure", Map.of());
        Api api = new Api(platform.baseUrl());
        for (String id : List.of("broken-council", "healthy-council")) {
            assertEquals(201, api.post("/platform/api/v1/tenants",
                    Api.onboardJson(id, id, "SCOTLAND", "P " + id, "admin", "admin-password-1"), OPERATOR, OPERATOR_PASSWORD).status());
        }
        platform.stop();
        String broken = "`" + platform.tenantSchema("broken-council") + "`.flyway_schema_history";
        try (Connection c = platform.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + broken + " SET checksum = checksum + 1 WHERE version = '1'");
        }

        platform.launch(Map.of());
        Api restarted = new Api(platform.baseUrl());
        Api.Answer failed = restarted.get("/platform/api/v1/tenants/broken-council", OPERATOR, OPERATOR_PASSWORD);
        assertEquals("FAILED", failed.json().getString("status"));
        assertTrue(failed.json().getString("failureReason").contains("Migration at start-up failed"), failed.toString());
        assertEquals(503, restarted.get("/c/broken-council/api/v1/programme", "admin", "admin-password-1").status());
        assertEquals("ACTIVE", restarted.get("/platform/api/v1/tenants/healthy-council", OPERATOR, OPERATOR_PASSWORD).json().getString("status"));
        assertEquals(200, restarted.get("/c/healthy-council/api/v1/programme", "admin", "admin-password-1").status());
        assertTrue(platform.log().contains("tenant 2/2 migrated (1 failed)"), "progress is logged");

        try (Connection c = platform.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + broken + " SET checksum = checksum - 1 WHERE version = '1'");
        }
        Api.Answer retried = restarted.post("/platform/api/v1/tenants/broken-council/provision", null, OPERATOR, OPERATOR_PASSWORD);
        assertEquals("ACTIVE", retried.json().getString("status"), retried.toString());
        Api.Answer programme = restarted.get("/c/broken-council/api/v1/programme", "admin", "admin-password-1");
        assertEquals(200, programme.status(), "the council's data survived: " + programme);
    }

    @Test
    void councilRequestsCarryOnWhenTheDatabaseDropsThePlatformsConnections() throws Exception {
        platform = RunningPlatform.start("dropped-connections", Map.of());
        Api api = new Api(platform.baseUrl());
        assertEquals(201, api.post("/platform/api/v1/tenants", Api.onboardJson("dropped", "Dropped", "WALES", "P dropped", "admin",
                "admin-password-1"), OPERATOR, OPERATOR_PASSWORD).status());
        assertEquals(200, api.get("/c/dropped/api/v1/programme", "admin", "admin-password-1").status());

        // what a database restart or fail-over does to the pool: every idle connection gone at once
        int killed = 0;
        try (Connection c = platform.connect(); PreparedStatement idle = c.prepareStatement("SELECT id FROM information_schema.processlist"
                + " WHERE command = 'Sleep' AND id <> CONNECTION_ID() AND (db = ? OR db LIKE ?)")) {
            idle.setString(1, platform.platformSchema());
            idle.setString(2, platform.platformSchema() + "\\_t\\_%");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = idle.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (Statement s = c.createStatement()) {
                for (long id : ids) {
                    s.execute("KILL CONNECTION " + id);
                    killed++;
                }
            }
        }
        assertTrue(killed > 0, "the platform had pooled connections to drop");

        // the pool checks each connection it hands out (MicrocareDataSource), so no request pays for the dropped ones
        for (int i = 0; i < 5; i++) {
            Api.Answer programme = api.get("/c/dropped/api/v1/programme", "admin", "admin-password-1");
            assertEquals(200, programme.status(), "request " + i + " after the drop: " + programme);
        }
        Api.Answer tenant = api.get("/platform/api/v1/tenants/dropped", OPERATOR, OPERATOR_PASSWORD);
        assertEquals(200, tenant.status(), tenant.toString());
    }

    private boolean schemaExists(String schema) {
        return !platform.server().orElseThrow().schemasStartingWith(schema).isEmpty();
    }

    private String statusInStore(String id) throws Exception {
        try (Connection c = platform.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status FROM `" + platform.platformSchema() + "`.tenant WHERE id = '" + id + "'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private List<String> tables(String schema) throws Exception {
        try (Connection c = platform.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "' ORDER BY table_name")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
