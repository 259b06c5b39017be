package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Council user management, roles, lock-out and the audit log, through the council API. */
@ExtendWith(PlatformExtension.class)
class CouncilUsersIT {

    private static final String ADMIN_PASSWORD = "users-admin-password";

    private Api api;
    private String council;
    private String users;

    @BeforeEach
    void newCouncil(RunningPlatform platform) {
        api = new Api(platform.baseUrl());
        council = "users-" + UUID.randomUUID().toString().substring(0, 6);
        users = "/c/" + council + "/api/v1/users";
        assertEquals(201, api.post("/platform/api/v1/tenants",
                Api.onboardJson(council, "Users Council", "WALES", "Users", "admin", ADMIN_PASSWORD), OPERATOR, OPERATOR_PASSWORD).status());
    }

    private Api.Answer createUser(String username, String password, String... roles) {
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"displayName\":\"" + username
                + " Person\",\"email\":\"" + username + "@council.example\",\"roles\":["
                + (roles.length == 0 ? "" : "\"" + String.join("\",\"", roles) + "\"") + "]}";
        return api.post(users, json, "admin", ADMIN_PASSWORD);
    }

    private String idOf(String username) {
        return api.get(users, "admin", ADMIN_PASSWORD).array().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow().getString("id");
    }

    @Test
    void anAdminCreatesUsersAndRolesDecideWhatTheyMayDo() {
        Api.Answer broker = createUser("bea.broker", "broker-password-1", "BROKER");
        assertEquals(201, broker.status(), broker.toString());
        JsonObject b = broker.json();
        assertEquals("bea.broker", b.getString("username"));
        assertEquals(List.of("BROKER"), b.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertTrue(b.getBoolean("enabled"));
        assertFalse(b.containsKey("passwordHash"));
        assertFalse(broker.body().contains("PBKDF2"));
        assertEquals(201, createUser("vic.viewer", "viewer-password-1", "VIEWER").status());

        Set<String> names = api.get(users, "admin", ADMIN_PASSWORD).array().stream()
                .map(v -> v.asJsonObject().getString("username")).collect(Collectors.toSet());
        assertEquals(Set.of("admin", "bea.broker", "vic.viewer"), names);

        assertEquals(200, api.get("/c/" + council + "/api/v1/programme", "vic.viewer", "viewer-password-1").status());
        assertEquals(403, api.get(users, "vic.viewer", "viewer-password-1").status());
        assertEquals(403, api.get(users, "bea.broker", "broker-password-1").status());
        Api.Answer forbidden = api.post(users, "{\"username\":\"x\"}", "vic.viewer", "viewer-password-1");
        assertEquals(403, forbidden.status());
        assertEquals("Forbidden", forbidden.json().getString("error"));
    }

    @Test
    void badUsersAreRefusedWithEveryReasonAndDuplicatesConflict() {
        Api.Answer bad = api.post(users, "{\"username\":\"x\",\"password\":\"short\",\"displayName\":\"\",\"email\":\"not-an-email\",\"roles\":[\"KING\"]}",
                "admin", ADMIN_PASSWORD);
        assertEquals(400, bad.status(), bad.toString());
        Set<String> fields = bad.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("username", "password", "displayName", "email", "roles"), fields);
        assertEquals(400, api.post(users, "{\"username\":\"no.roles\",\"password\":\"long-enough-password\",\"displayName\":\"N\",\"roles\":[]}",
                "admin", ADMIN_PASSWORD).status());
        assertEquals(400, api.post(users, "{not json", "admin", ADMIN_PASSWORD).status());
        assertEquals(1, api.get(users, "admin", ADMIN_PASSWORD).array().size(), "nothing was created");

        assertEquals(201, createUser("dup.user", "dup-password-123", "BROKER").status());
        Api.Answer dup = createUser("dup.user", "other-password-123", "VIEWER");
        assertEquals(409, dup.status());
        assertEquals(404, api.get(users + "/no-such-id", "admin", ADMIN_PASSWORD).status());
    }

    @Test
    void repeatedWrongPasswordsLockAUserOutUntilAnAdminResetsThePassword() {
        assertEquals(201, createUser("lock.me", "right-password-1", "BROKER").status());
        String programme = "/c/" + council + "/api/v1/programme";
        assertEquals(200, api.get(programme, "lock.me", "right-password-1").status());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get(programme, "lock.me", "wrong-password-" + i).status());
        }
        assertEquals(401, api.get(programme, "lock.me", "right-password-1").status(), "locked out even with the right password");
        String id = idOf("lock.me");
        assertTrue(api.get(users + "/" + id, "admin", ADMIN_PASSWORD).json().getBoolean("lockedOut"));

        Api.Answer weak = api.post(users + "/" + id + "/password", "{\"password\":\"short\"}", "admin", ADMIN_PASSWORD);
        assertEquals(400, weak.status());
        Api.Answer reset = api.post(users + "/" + id + "/password", "{\"password\":\"brand-new-password\"}", "admin", ADMIN_PASSWORD);
        assertEquals(200, reset.status(), reset.toString());
        assertFalse(reset.json().getBoolean("lockedOut"));
        assertEquals(401, api.get(programme, "lock.me", "right-password-1").status(), "the old password is gone");
        assertEquals(200, api.get(programme, "lock.me", "brand-new-password").status());

        List<String> actions = api.get("/c/" + council + "/api/v1/audit?actor=lock.me", "admin", ADMIN_PASSWORD).array().stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(actions.contains("USER_LOCKED_OUT"), actions.toString());
        assertTrue(actions.contains("SIGN_IN_FAILED"), actions.toString());
        assertTrue(actions.contains("SIGN_IN_REFUSED"), actions.toString());
    }

    @Test
    void theLastAdminStaysAnAdminAndDisabledUsersCannotSignIn() {
        String adminId = idOf("admin");
        assertEquals(409, api.post(users + "/" + adminId + "/disable", null, "admin", ADMIN_PASSWORD).status());
        assertEquals(409, api.put(users + "/" + adminId + "/roles", "{\"roles\":[\"BROKER\"]}", "admin", ADMIN_PASSWORD).status());
        assertEquals(201, createUser("second.admin", "second-admin-pass", "COUNCIL_ADMIN").status());

        Api.Answer demoted = api.put(users + "/" + adminId + "/roles", "{\"roles\":[\"BROKER\",\"VIEWER\"]}", "admin", ADMIN_PASSWORD);
        assertEquals(200, demoted.status(), demoted.toString());
        assertEquals(403, api.get(users, "admin", ADMIN_PASSWORD).status(), "no longer an admin");
        assertEquals(400, api.put(users + "/" + adminId + "/roles", "{\"roles\":[\"EMPEROR\"]}", "second.admin", "second-admin-pass").status());

        assertEquals(200, api.post(users + "/" + adminId + "/disable", null, "second.admin", "second-admin-pass").status());
        assertEquals(401, api.get("/c/" + council + "/api/v1/programme", "admin", ADMIN_PASSWORD).status());
        assertEquals(200, api.post(users + "/" + adminId + "/enable", null, "second.admin", "second-admin-pass").status());
        assertEquals(200, api.get("/c/" + council + "/api/v1/programme", "admin", ADMIN_PASSWORD).status());

        JsonObject roleChange = api.get("/c/" + council + "/api/v1/audit?action=USER_ROLES_CHANGED", "second.admin", "second-admin-pass")
                .array().getJsonObject(0);
        assertEquals("admin", roleChange.getString("actor"));
        assertTrue(roleChange.getString("detail").contains("[COUNCIL_ADMIN] -> [BROKER, VIEWER]"), roleChange.toString());
        assertEquals("127.0.0.1", roleChange.getString("remoteAddress"));
    }

    @Test
    void theAuditLogIsFilteredReadOnlyAndForAdminsOnly() {
        assertEquals(201, createUser("audited.broker", "audited-broker-1", "BROKER").status());
        String audit = "/c/" + council + "/api/v1/audit";
        Api.Answer created = api.get(audit + "?action=USER_CREATED&actor=admin", "admin", ADMIN_PASSWORD);
        assertEquals(200, created.status());
        assertEquals(1, created.array().size());
        assertTrue(created.array().getJsonObject(0).getString("detail").contains("audited.broker"));
        assertEquals(0, api.get(audit + "?action=USER_CREATED&from=2000-01-01&to=2000-12-31", "admin", ADMIN_PASSWORD).array().size());
        assertEquals(400, api.get(audit + "?from=yesterday", "admin", ADMIN_PASSWORD).status());
        assertEquals(400, api.get(audit + "?limit=lots", "admin", ADMIN_PASSWORD).status());
        assertEquals(400, api.get(audit + "?from=2024-02-01&to=2024-01-01", "admin", ADMIN_PASSWORD).status());
        assertEquals(403, api.get(audit, "audited.broker", "audited-broker-1").status());
        assertEquals(405, api.post(audit, "{\"action\":\"FORGED\"}", "admin", ADMIN_PASSWORD).status());

        List<String> operatorActions = api.get("/platform/api/v1/audit?limit=500", OPERATOR, OPERATOR_PASSWORD).array().stream()
                .filter(v -> council.equals(v.asJsonObject().getString("target", null)))
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("TENANT_ONBOARDED"), operatorActions);
        assertEquals(400, api.get("/platform/api/v1/audit?limit=0", OPERATOR, OPERATOR_PASSWORD).status());
    }

    @Test
    void anotherCouncilsAdminCannotManageTheseUsers(RunningPlatform platform) {
        String other = council + "-b";
        assertEquals(201, api.post("/platform/api/v1/tenants",
                Api.onboardJson(other, "Other", "ENGLAND", "Other", "other.admin", "other-admin-password"), OPERATOR, OPERATOR_PASSWORD).status());
        assertEquals(401, api.get(users, "other.admin", "other-admin-password").status());
        assertEquals(401, api.post(users, "{}", "other.admin", "other-admin-password").status());
    }
}
