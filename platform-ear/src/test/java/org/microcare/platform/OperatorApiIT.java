package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator API of API.md through real HTTP against the started runnable. */
@ExtendWith(PlatformExtension.class)
class OperatorApiIT {

    private RunningPlatform platform;
    private Api api;

    @BeforeEach
    void connect(RunningPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform.baseUrl());
    }

    private Api.Answer onboard(String json) {
        return api.post("/platform/api/v1/tenants", json, OPERATOR, OPERATOR_PASSWORD);
    }

    @Test
    void onboardsACouncilIntoItsOwnMigratedSchema() throws Exception {
        Api.Answer created = onboard(Api.onboardJson("south-ayrshire", "South Ayrshire Council", "SCOTLAND", "CAyr",
                "ayr.admin", "ayr-admin-password"));
        assertEquals(201, created.status(), created.toString());
        JsonObject t = created.json();
        assertEquals("south-ayrshire", t.getString("id"));
        assertEquals("South Ayrshire Council", t.getString("name"));
        assertEquals("SCOTLAND", t.getString("nation"));
        assertEquals("CAyr", t.getString("programmeName"));
        assertEquals("ACTIVE", t.getString("status"));
        assertEquals(RunningPlatform.LATEST_TENANT_SCHEMA, t.getString("schemaVersion"));
        assertTrue(created.header("Location").endsWith("/platform/api/v1/tenants/south-ayrshire"));

        Api.Answer one = api.get("/platform/api/v1/tenants/south-ayrshire", OPERATOR, OPERATOR_PASSWORD);
        assertEquals(200, one.status());
        assertEquals("ACTIVE", one.json().getString("status"));
        Set<String> ids = api.get("/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD).array().stream()
                .map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet());
        assertTrue(ids.contains("south-ayrshire"));

        Api.Answer programme = api.get("/c/south-ayrshire/api/v1/programme", "ayr.admin", "ayr-admin-password");
        assertEquals(200, programme.status(), programme.toString());
        assertEquals("CAyr", programme.json().getString("programmeName"));
        assertEquals("south-ayrshire", programme.json().getString("tenant"));
        assertEquals("South Ayrshire Council", programme.json().getString("name"));
        assertEquals("SCOTLAND", programme.json().getString("nation"));
    }

    @Test
    void aDuplicateIdIsAConflictAndChangesNothing() {
        assertEquals(201, onboard(Api.onboardJson("dup-council", "First", "ENGLAND", "One", "first.admin", "first-admin-password")).status());
        Api.Answer again = onboard(Api.onboardJson("dup-council", "Second", "WALES", "Two", "second.admin", "second-admin-password"));
        assertEquals(409, again.status(), again.toString());
        assertEquals("Conflict", again.json().getString("error"));
        JsonObject kept = api.get("/platform/api/v1/tenants/dup-council", OPERATOR, OPERATOR_PASSWORD).json();
        assertEquals("First", kept.getString("name"));
        assertEquals(401, api.get("/c/dup-council/api/v1/programme", "second.admin", "second-admin-password").status());
        assertEquals(200, api.get("/c/dup-council/api/v1/programme", "first.admin", "first-admin-password").status());
    }

    @Test
    void invalidInputIsA400WithEveryViolationAndCreatesNothing() throws Exception {
        Api.Answer bad = onboard("{\"id\":\"Bad_Id\",\"name\":\"\",\"nation\":\"MARS\",\"programmeName\":\"P\","
                + "\"admin\":{\"username\":\"a\",\"password\":\"short\"}}");
        assertEquals(400, bad.status(), bad.toString());
        Set<String> fields = bad.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("id", "name", "nation", "admin.username", "admin.password"), fields);
        assertEquals(404, api.get("/platform/api/v1/tenants/Bad_Id", OPERATOR, OPERATOR_PASSWORD).status());
        try (var c = platform.connect(); var rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE LOWER(schema_name) LIKE '" + platform.platformSchema() + "_t_bad_id%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void missingAdminOrMalformedJsonIsA400() {
        Api.Answer noAdmin = onboard("{\"id\":\"no-admin\",\"name\":\"N\",\"nation\":\"ENGLAND\",\"programmeName\":\"P\"}");
        assertEquals(400, noAdmin.status());
        assertTrue(noAdmin.body().contains("admin.username"));
        Api.Answer malformed = onboard("{\"id\": \"x\", ");
        assertEquals(400, malformed.status(), malformed.toString());
        Api.Answer wrongType = onboard("{\"id\": [1,2], \"admin\": \"yes\"}");
        assertEquals(400, wrongType.status(), wrongType.toString());
        Api.Answer empty = api.post("/platform/api/v1/tenants", "", OPERATOR, OPERATOR_PASSWORD);
        assertTrue(empty.status() == 400 || empty.status() == 415, empty.toString());
        assertEquals(404, api.get("/platform/api/v1/tenants/no-admin", OPERATOR, OPERATOR_PASSWORD).status());
    }

    @Test
    void unknownCouncilsAre404() {
        Api.Answer missing = api.get("/platform/api/v1/tenants/nowhere", OPERATOR, OPERATOR_PASSWORD);
        assertEquals(404, missing.status());
        assertEquals("Not Found", missing.json().getString("error"));
        assertEquals(404, api.post("/platform/api/v1/tenants/nowhere/suspend", null, OPERATOR, OPERATOR_PASSWORD).status());
        assertEquals(404, api.post("/platform/api/v1/tenants/nowhere/provision", null, OPERATOR, OPERATOR_PASSWORD).status());
    }

    @Test
    void theOperatorApiWantsOperatorCredentials() {
        assertEquals(201, onboard(Api.onboardJson("cred-check", "Cred", "ENGLAND", "P", "cred.admin", "cred-admin-password")).status());
        Api.Answer none = api.get("/platform/api/v1/tenants", null, null);
        assertEquals(401, none.status());
        assertNotNull(none.header("WWW-Authenticate"));
        assertEquals(401, api.get("/platform/api/v1/tenants", OPERATOR, "wrong-password").status());
        // council credentials never open the operator API
        assertEquals(401, api.get("/platform/api/v1/tenants", "cred.admin", "cred-admin-password").status());
        assertEquals(401, api.post("/platform/api/v1/tenants",
                Api.onboardJson("sneaky", "S", "ENGLAND", "P", "s.admin", "sneaky-admin-password"), null, null).status());
        assertEquals(404, api.get("/platform/api/v1/tenants/sneaky", OPERATOR, OPERATOR_PASSWORD).status());
    }

    @Test
    void provisioningAnActiveCouncilAgainChangesNothing() {
        assertEquals(201, onboard(Api.onboardJson("idem-council", "Idem", "NORTHERN_IRELAND", "P", "idem.admin", "idem-admin-password")).status());
        Api.Answer again = api.post("/platform/api/v1/tenants/idem-council/provision", null, OPERATOR, OPERATOR_PASSWORD);
        assertEquals(200, again.status(), again.toString());
        assertEquals("ACTIVE", again.json().getString("status"));
        assertEquals(200, api.get("/c/idem-council/api/v1/programme", "idem.admin", "idem-admin-password").status());
    }

    @Test
    void healthAndOpenApiAnswer() {
        Api.Answer ready = api.get("/health/ready", null, null);
        assertEquals(200, ready.status());
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(200, api.get("/health/live", null, null).status());
        Api.Answer openapi = api.get("/openapi", null, null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("tenants"), "operator module documented: " + openapi.body());
        assertTrue(openapi.body().contains("programme"), "council module documented: " + openapi.body());
        assertFalse(ready.body().contains("DOWN"));
    }
}
