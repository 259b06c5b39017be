package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

/** A freshly onboarded council for an API test: its admin, extra users, and short calls to its API. */
public final class CouncilFixture {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "fixture-admin-password";
    public static final String USER_PASSWORD = "fixture-user-password";

    private final Api api;
    private final String id;

    private CouncilFixture(Api api, String id) {
        this.api = api;
        this.id = id;
    }

    /** Onboards a council of the nation, named {@code prefix-xxxxxx}. */
    public static CouncilFixture onboard(RunningPlatform platform, String prefix, String nation) {
        Api api = new Api(platform.baseUrl());
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer a = api.post("/platform/api/v1/tenants",
                Api.onboardJson(id, "Council " + id, nation, "Programme " + id, ADMIN, ADMIN_PASSWORD), OPERATOR, OPERATOR_PASSWORD);
        assertEquals(201, a.status(), a.toString());
        return new CouncilFixture(api, id);
    }

    public String id() {
        return id;
    }

    public Api api() {
        return api;
    }

    /** Adds a user with these roles; password {@link #USER_PASSWORD}. */
    public void addUser(String username, String... roles) {
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + USER_PASSWORD + "\",\"displayName\":\"" + username
                + "\",\"roles\":[\"" + String.join("\",\"", roles) + "\"]}";
        Api.Answer a = asAdmin().post("users", json);
        assertEquals(201, a.status(), a.toString());
    }

    public Caller asAdmin() {
        return new Caller(ADMIN, ADMIN_PASSWORD);
    }

    public Caller as(String username) {
        return new Caller(username, USER_PASSWORD);
    }

    /** Calls {@code /c/{id}/api/v1/<path>} as one user. */
    public final class Caller {
        private final String user;
        private final String password;

        Caller(String user, String password) {
            this.user = user;
            this.password = password;
        }

        private String url(String path) {
            return "/c/" + id + "/api/v1/" + path;
        }

        public Api.Answer get(String path) {
            return api.get(url(path), user, password);
        }

        public Api.Answer post(String path, String json) {
            return api.post(url(path), json, user, password);
        }

        public Api.Answer put(String path, String json) {
            return api.put(url(path), json, user, password);
        }

        public Api.Answer delete(String path) {
            return api.delete(url(path), user, password);
        }

        /** POSTs and insists on 201; answers the created record. */
        public JsonObject create(String path, String json) {
            Api.Answer a = post(path, json);
            assertEquals(201, a.status(), path + " " + json + " -> " + a);
            return a.json();
        }

        /** The fields named by a 400 answer's violations. */
        public List<String> violatedFields(Api.Answer a) {
            assertEquals(400, a.status(), a.toString());
            return a.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
        }
    }

    /** Single quotes stand for double quotes, so test bodies read easily. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
