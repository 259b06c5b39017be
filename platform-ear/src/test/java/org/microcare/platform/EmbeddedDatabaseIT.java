package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The README's run command: no database and no operator configured, so the embedded MariaDB and a
 * generated operator password printed once; data survives a restart.
 */
class EmbeddedDatabaseIT {

    @Test
    void runsOnTheEmbeddedDatabaseAndKeepsDataAcrossRestarts() throws Exception {
        try (RunningPlatform platform = RunningPlatform.startEmbedded("embedded")) {
            Api api = new Api(platform.baseUrl());
            java.util.regex.Matcher printed = java.util.regex.Pattern.compile("password: (\\S+)").matcher(platform.log());
            assertTrue(printed.find(), "the generated operator password is printed");
            String generated = printed.group(1);
            assertEquals(401, api.get("/platform/api/v1/tenants", "operator", "not-" + generated).status());
            Api.Answer created = api.post("/platform/api/v1/tenants",
                    Api.onboardJson("cambridgeshire", "Cambridgeshire County Council", "ENGLAND", "Care Micro-enterprises",
                            "cambs.admin", "cambs-admin-password"), "operator", generated);
            assertEquals(201, created.status(), created.toString());
            assertEquals("ACTIVE", created.json().getString("status"));

            try (Connection c = platform.connect()) {
                assertTrue(c.isValid(2), "the embedded database has a password-protected application account");
            }

            platform.kill();
            platform.launch(Map.of());
            Api.Answer programme = new Api(platform.baseUrl()).get("/c/cambridgeshire/api/v1/programme", "cambs.admin", "cambs-admin-password");
            assertEquals(200, programme.status(), programme.toString());
            assertEquals("Care Micro-enterprises", programme.json().getString("programmeName"));
            assertTrue(platform.log().contains("Stopping embedded database left running"), "the killed run's server was stopped");
            assertFalse(platform.log().contains("shown only this once"), "the password is printed on the first start only");
            assertEquals(200, new Api(platform.baseUrl()).get("/platform/api/v1/tenants", "operator", generated).status());
        }
    }
}
