package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Unique keys under concurrency: six identical creations sent at the same moment give exactly one
 * 201 and five 409 (the JSON error body), never a 5xx, and exactly one record. Each race is run a
 * few rounds with fresh keys, so that the requests really meet.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentDuplicatesIT {

    private static final int PARALLEL = 6;
    private static final int ROUNDS = 5;

    private Api api;
    private CouncilFixture.Caller admin;
    private final String runId = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void onboard(RunningPlatform platform) {
        api = new Api(platform.baseUrl());
        admin = CouncilFixture.onboard(platform, "race", "SCOTLAND").asAdmin();
    }

    @Test
    void usersWithOneUsername() throws Exception {
        List<Executable> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String username = "race.user." + runId + "." + round;
            List<Api.Answer> answers = race(() -> admin.post("users", json("{'username':'" + username
                    + "','password':'race-password-123','displayName':'Race user','roles':['VIEWER']}")));
            long users = count(admin.get("users").array(), "username", username);
            rounds.add(() -> assertAll("users " + username,
                    () -> assertOneCreatedRestConflict(answers),
                    () -> assertEquals(1, users, "exactly one user " + username)));
        }
        assertAll(rounds);
    }

    @Test
    void servicesWithOneCode() throws Exception {
        catalogueRace("services", "RACE_SERVICE");
    }

    @Test
    void localitiesWithOneCode() throws Exception {
        catalogueRace("localities", "RACE_TOWN");
    }

    private void catalogueRace(String list, String prefix) throws Exception {
        List<Executable> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String code = prefix + "_" + round;
            List<Api.Answer> answers = race(() -> admin.post(list, json("{'code':'" + code + "','name':'Race " + code + "'}")));
            long entries = count(admin.get(list).array(), "code", code);
            rounds.add(() -> assertAll(list + " " + code,
                    () -> assertOneCreatedRestConflict(answers),
                    () -> assertEquals(1, entries, "exactly one of " + list + " has the code " + code)));
        }
        assertAll(rounds);
    }

    @Test
    void frameworkRequirementsWithOneCode() throws Exception {
        List<Executable> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String code = "RACE_REQUIREMENT_" + round;
            List<Api.Answer> answers = race(() -> admin.post("framework/requirements", json("{'code':'" + code
                    + "','name':'Race requirement','mandatory':false,'effectiveFrom':'2024-01-01'}")));
            long added = admin.get("framework/versions").array().stream().map(v -> v.asJsonObject())
                    .filter(v -> code.equals(v.getString("requirement", null)) && "ADDED".equals(v.getString("change", null))).count();
            long inForce = count(admin.get("framework/requirements?on=2024-01-01").array(), "code", code);
            rounds.add(() -> assertAll("framework/requirements " + code,
                    () -> assertOneCreatedRestConflict(answers),
                    () -> assertEquals(1, added, "exactly one framework version adds " + code),
                    () -> assertEquals(1, inForce, "exactly one requirement " + code + " in force")));
        }
        assertAll(rounds);
    }

    @Test
    void councilsWithOneId() throws Exception {
        List<Executable> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String id = "race-" + runId + "-" + round;
            List<Api.Answer> answers = race(() -> api.post("/platform/api/v1/tenants",
                    Api.onboardJson(id, "Race Council " + id, "WALES", "Race", "race.admin", "race-admin-password"),
                    OPERATOR, OPERATOR_PASSWORD));
            long councils = count(api.get("/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD).array(), "id", id);
            Api.Answer council = api.get("/platform/api/v1/tenants/" + id, OPERATOR, OPERATOR_PASSWORD);
            long onboarded = api.get("/platform/api/v1/audit?limit=500", OPERATOR, OPERATOR_PASSWORD).array().stream()
                    .map(v -> v.asJsonObject())
                    .filter(a -> "TENANT_ONBOARDED".equals(a.getString("action", null)) && id.equals(a.getString("target", null))).count();
            int signIn = api.get("/c/" + id + "/api/v1/programme", "race.admin", "race-admin-password").status();
            // A repeated onboarding of an existing id is a 409, not an idempotent 201: TenantStore.register
            // refuses an id it holds (API.md "existing id → 409"); the idempotence the README describes is
            // of provisioning steps resumed after a crash.
            rounds.add(() -> assertAll("tenants " + id,
                    () -> assertOneCreatedRestConflict(answers),
                    () -> assertEquals(1, councils, "exactly one council " + id),
                    () -> assertTrue(council.status() == 200 && "ACTIVE".equals(council.json().getString("status", null)),
                            "the council is ACTIVE: " + council),
                    () -> assertEquals(1, onboarded, "onboarded once, in the operators' audit log"),
                    () -> assertEquals(200, signIn, "the council's first admin signs in")));
        }
        assertAll(rounds);
    }

    /** Sends the same request PARALLEL times at once (the threads wait for each other at a barrier). */
    private static List<Api.Answer> race(Supplier<Api.Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        try {
            List<Future<Api.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return request.get();
                }));
            }
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneCreatedRestConflict(List<Api.Answer> answers) {
        List<Integer> statuses = answers.stream().map(Api.Answer::status).toList();
        assertAll("statuses " + statuses,
                () -> assertTrue(statuses.stream().noneMatch(s -> s >= 500), "no 5xx: " + answers),
                () -> assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one 201: " + answers),
                () -> assertEquals(PARALLEL - 1, statuses.stream().filter(s -> s == 409).count(), "the others 409: " + answers),
                () -> assertAll(answers.stream().filter(a -> a.status() == 409).map(a -> (Executable) () -> assertConflictShape(a))));
    }

    /** {"status":409,"error":"Conflict","message":"…","violations":[]} */
    private static void assertConflictShape(Api.Answer a) {
        JsonObject error = a.json();
        assertEquals(409, error.getInt("status", -1), a.body());
        assertEquals("Conflict", error.getString("error", null), a.body());
        assertTrue(error.get("message") instanceof JsonString m && !m.getString().isBlank(), a.body());
    }

    private static long count(JsonArray array, String key, String value) {
        return array.stream().map(v -> v.asJsonObject()).filter(o -> value.equals(o.getString(key, null))).count();
    }
}
