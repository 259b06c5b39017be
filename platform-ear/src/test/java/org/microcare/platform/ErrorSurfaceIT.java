package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a client sees when something goes wrong, on pages and APIs of both modules: the right status
 * (never a 5xx for a bad address or a forged form), the shell's error page or the JSON error body,
 * and the same security headers as every other page. Pages are driven without a browser: a
 * cookie-keeping client posts the forms with their view state, as a browser would.
 */
@ExtendWith(PlatformExtension.class)
class ErrorSurfaceIT {

    private static final String VIEWER = "errors.viewer";
    private static CouncilFixture council;

    private RunningPlatform platform;

    @BeforeEach
    void connect(RunningPlatform platform) {
        this.platform = platform;
        synchronized (ErrorSurfaceIT.class) {
            if (council == null) {
                council = CouncilFixture.onboard(platform, "errors", "WALES");
                council.addUser(VIEWER, "VIEWER");
            }
        }
    }

    // ---- 1. pages that take a record id ----

    @Test
    void everyCouncilPageTakingARecordAnswers404ForAMissingUnknownOrScriptId() {
        Session admin = signedInToCouncil(CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD);
        String adminId = council.asAdmin().get("users").array().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(CouncilFixture.ADMIN)).findFirst().orElseThrow().getString("id");
        assertEquals(200, admin.get(councilPath("/users/edit?id=" + adminId)).statusCode(), "a real user's page opens");

        String script = encode("<script>alert(1)</script>");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        for (String page : List.of("/users/edit", "/rates/edit", "/targets/edit", "/grants/edit", "/grants/scheme", "/micro-enterprises/view")) {
            pages.put(page, List.of("", "?id=", "?id=no-such-record", "?id=" + script));
        }
        pages.put("/framework/edit", List.of("", "?code=", "?code=NO_SUCH_CODE", "?code=" + script));
        // the list pages open without a record; a rename link names one
        pages.put("/services", List.of("?rename=no-such-record", "?rename=" + script));
        pages.put("/localities", List.of("?rename=no-such-record", "?rename=" + script));
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            for (String query : page.getValue()) {
                String what = page.getKey() + query;
                HttpResponse<String> r = admin.get(councilPath(what));
                assertEquals(404, r.statusCode(), what + " -> " + r.statusCode());
                assertTrue(r.body().contains("Page not found"), what + ": the shell's 404 page");
                assertFalse(r.body().contains("<script>alert"), what + ": the id is not echoed");
                assertSecurityHeaders(r, what);
            }
        }
    }

    @Test
    void theOperatorsConfirmationPageAnswers404ForAMissingUnknownOrScriptCouncil() {
        Session operator = signedInToConsole();
        assertEquals(200, operator.get("/platform/councils/confirm?id=" + council.id() + "&action=suspend").statusCode(),
                "a real council's confirmation opens");
        for (String query : List.of("", "?action=resume", "?id=", "?id=no-such-council", "?id=" + encode("<script>alert(1)</script>"),
                "?id=" + encode("Bad_Id';--") + "&action=provision")) {
            HttpResponse<String> r = operator.get("/platform/councils/confirm" + query);
            assertEquals(404, r.statusCode(), "confirm" + query + " -> " + r.statusCode());
            assertTrue(r.body().contains("Page not found"), "the console's 404 page");
            assertSecurityHeaders(r, "confirm" + query);
        }
        // a forged post naming no council changes nothing and is a 404, not a 500
        HttpResponse<String> form = operator.get("/platform/councils/confirm?id=" + council.id() + "&action=suspend");
        HttpResponse<String> forged = operator.post("/platform/councils/confirm?id=no-such-council&action=suspend", Map.of(
                "confirm-form", "confirm-form", "id", "no-such-council", "action", "suspend", "confirm-button", "Yes",
                "jakarta.faces.ViewState", viewState(form)));
        assertEquals(404, forged.statusCode(), forged.body());
        assertEquals("ACTIVE", new Api(platform.baseUrl()).get("/platform/api/v1/tenants/" + council.id(), OPERATOR, OPERATOR_PASSWORD)
                .json().getString("status"));
    }

    // ---- 2. forged forms ----

    @Test
    void aForgedViewStateIsA400WithTheExpiredPageOnCouncilPagesAndTheConsole() {
        Session admin = signedInToCouncil(CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD);
        assertEquals(200, admin.get(councilPath("/settings")).statusCode());
        HttpResponse<String> settings = admin.post(councilPath("/settings"), Map.of("settings", "settings", "programmeName", "Forged",
                "save-settings", "Save", "jakarta.faces.ViewState", "-1234567890:-987654321"));
        assertEquals(400, settings.statusCode(), "a client error, not the server's");
        assertTrue(settings.body().contains("This page has expired"), settings.body());
        assertSecurityHeaders(settings, "expired settings");
        assertNotEquals("Forged", council.asAdmin().get("programme").json().getString("programmeName"), "nothing was saved");

        Session operator = signedInToConsole();
        HttpResponse<String> onboard = operator.post("/platform/councils/new", Map.of("onboard", "onboard", "id", "forged-council",
                "jakarta.faces.ViewState", "-1234567890:-987654321"));
        assertEquals(400, onboard.statusCode());
        assertTrue(onboard.body().contains("This page has expired"), onboard.body());
        assertSecurityHeaders(onboard, "expired console form");
        assertEquals(404, new Api(platform.baseUrl()).get("/platform/api/v1/tenants/forged-council", OPERATOR, OPERATOR_PASSWORD).status());
    }

    // ---- 3. security headers on every error status ----

    @Test
    void everyErrorPageOfBothModulesCarriesTheSecurityHeaders() {
        Session anonymous = new Session();
        Session viewer = signedInToCouncil(VIEWER, CouncilFixture.USER_PASSWORD);
        String longQuery = "?q=" + "a".repeat(20_000);

        Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
        pages.put("403 council page for a viewer", viewer.get(councilPath("/users")));
        pages.put("404 council page", anonymous.get(councilPath("/no-such-page")));
        pages.put("404 unknown council", anonymous.get("/c/no-such-council/sign-in"));
        pages.put("404 console page", anonymous.get("/platform/no-such-page"));
        pages.put("405 council page", anonymous.send("PUT", councilPath("/sign-in"), null));
        pages.put("405 council page, PATCH", anonymous.send("PATCH", councilPath("/sign-in"), null));
        pages.put("405 console page", anonymous.send("DELETE", "/platform/sign-in", null));
        pages.put("405 asset", anonymous.send("PUT", "/assets/microcare.css", null));
        pages.put("414 council page", anonymous.get(councilPath("/sign-in" + longQuery)));
        pages.put("414 console page", anonymous.get("/platform/sign-in" + longQuery));
        for (Map.Entry<String, HttpResponse<String>> page : pages.entrySet()) {
            HttpResponse<String> r = page.getValue();
            int expected = Integer.parseInt(page.getKey().substring(0, 3));
            assertEquals(expected, r.statusCode(), page.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.getKey());
            assertTrue(r.body().contains("govuk-template"), page.getKey() + ": the shell's page, not the server's: " + r.body());
            assertSecurityHeaders(r, page.getKey());
        }
        assertEquals("GET, HEAD, POST", pages.get("405 council page").headers().firstValue("Allow").orElse(null));
    }

    @Test
    void aSuspendedCouncilsPageIsA503WithTheSecurityHeaders() {
        CouncilFixture suspended = CouncilFixture.onboard(platform, "errors-503", "SCOTLAND");
        Api api = new Api(platform.baseUrl());
        assertEquals(200, api.post("/platform/api/v1/tenants/" + suspended.id() + "/suspend", null, OPERATOR, OPERATOR_PASSWORD).status());
        HttpResponse<String> page = new Session().get("/c/" + suspended.id() + "/sign-in");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("suspended"));
        assertSecurityHeaders(page, "503 page");
        Api.Answer json = suspended.asAdmin().get("programme");
        assertEquals(503, json.status());
        assertErrorShape(json, 503);
        assertSecurityHeaders(json.raw(), "503 API");
    }

    @Test
    void aRealServerFailureOnACouncilIsA500WithTheShellPageOrJsonAndTheSecurityHeaders() throws Exception {
        CouncilFixture broken = CouncilFixture.onboard(platform, "errors-500", "ENGLAND");
        String schema = platform.tenantSchema(broken.id());
        // The council's schema loses two tables (an operator's mistake, a failed restore): reading the
        // programme for the page shell, and checking credentials, fail in the database.
        rename(schema, "programme", "programme_gone");
        rename(schema, "council_user", "council_user_gone");
        try {
            HttpResponse<String> page = new Session().get("/c/" + broken.id() + "/sign-in");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("Sorry, there is a problem with the service"), page.body());
            assertFalse(page.body().contains("Exception"), "no stack trace");
            assertSecurityHeaders(page, "500 page");

            Api.Answer api = broken.asAdmin().get("programme");
            assertEquals(500, api.status());
            assertErrorShape(api, 500);
            assertFalse(api.body().contains("Exception"), "no stack trace");
            assertSecurityHeaders(api.raw(), "500 API");
        } finally {
            rename(schema, "programme_gone", "programme");
            rename(schema, "council_user_gone", "council_user");
        }
        assertEquals(200, broken.asAdmin().get("programme").status(), "restored");
    }

    @Test
    void aRealServerFailureOnTheConsoleIsA500WithItsPageOrJsonAndTheSecurityHeaders() throws Exception {
        Session operator = new Session();
        HttpResponse<String> signIn = operator.get("/platform/sign-in");
        Api api = new Api(platform.baseUrl());
        // The operators' table goes missing for a moment: checking an operator's password fails in the database.
        rename(platform.platformSchema(), "operator_account", "operator_account_gone");
        try {
            HttpResponse<String> page = operator.post("/platform/sign-in", Map.of("sign-in", "sign-in", "username", OPERATOR,
                    "password", OPERATOR_PASSWORD, "sign-in-button", "Sign in", "jakarta.faces.ViewState", viewState(signIn)));
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("Sorry, there is a problem with the service"), page.body());
            assertSecurityHeaders(page, "console 500 page");

            Api.Answer json = api.get("/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD);
            assertEquals(500, json.status());
            assertErrorShape(json, 500);
            assertSecurityHeaders(json.raw(), "operator API 500");
        } finally {
            rename(platform.platformSchema(), "operator_account_gone", "operator_account");
        }
        assertEquals(200, api.get("/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD).status(), "restored");
    }

    // ---- 4. and 5. addresses: NUL, over-long, encoded traversal ----

    @Test
    void anOverLongAddressIsA414InTheJsonShapeOnBothApis() {
        String longQuery = "?q=" + "a".repeat(20_000);
        for (String path : List.of(councilPath("/api/v1/rates") + longQuery, "/platform/api/v1/tenants" + longQuery)) {
            for (String[] who : new String[][] {{null, null}, {CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD}, {OPERATOR, OPERATOR_PASSWORD}}) {
                Api.Answer a = new Api(platform.baseUrl()).get(path, who[0], who[1]);
                assertEquals(414, a.status(), path.substring(0, 40));
                assertErrorShape(a, 414);
                assertSecurityHeaders(a.raw(), "414 " + path.substring(0, 40));
            }
        }
    }

    @Test
    void aNulInThePathNeverReachesTheApplication() {
        // Payara refuses it before any filter or error page runs (see RequestGuardFilter): an empty 400.
        // What matters here is that it is a client error and reaches no resource.
        for (String path : List.of(councilPath("/api/v1/rates%00"), "/platform/api/v1/tenants%00", councilPath("/rates%00"))) {
            Api.Answer a = new Api(platform.baseUrl()).get(path, CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD);
            assertEquals(400, a.status(), path);
            assertFalse(a.body().contains("hourlyRate"), path);
        }
    }

    @Test
    void encodedTraversalOnTheOperatorApiIsAJson404AndNeverReachesAResource() {
        Api api = new Api(platform.baseUrl());
        for (String path : List.of("/platform/api/v1/..%2Ftenants", "/platform/api/v1/tenants/..%2F..%2Fx", "/platform/api/..%2F",
                "/platform/api/v1/tenants%2F" + council.id(), "/platform/api/v1/%2e%2e/v1/tenants", "/platform/api/v1/tenants/..;/tenants",
                "/platform/api/v1/../../councils/new", "/platform/health/../api/v1/tenants")) {
            for (String[] who : new String[][] {{null, null}, {OPERATOR, OPERATOR_PASSWORD}}) {
                Api.Answer a = api.get(path, who[0], who[1]);
                assertTrue(a.status() == 404 || a.status() == 401, path + " as " + who[0] + " -> " + a);
                assertErrorShape(a, a.status());
                assertSecurityHeaders(a.raw(), path);
            }
        }
        Api.Answer unknown = api.get("/platform/api/v1/no-such-resource", OPERATOR, OPERATOR_PASSWORD);
        assertEquals(404, unknown.status());
        assertErrorShape(unknown, 404);
    }

    @Test
    void encodedTraversalOnACouncilApiIsA401Or404AndNeverReachesAResource() {
        Api api = new Api(platform.baseUrl());
        String c = "/c/" + council.id();
        for (String path : List.of(c + "/api/v1/..%2Fusers", c + "/api/v1/rates%2F..%2Fusers", c + "/api/v1/%2e%2e/users",
                c + "%2Fapi/v1/users", c + "/directory%2F..%2Fapi/v1/users", c + "/openreferral%2F..%2Fapi/v1/users",
                c + "/directory/../api/v1/users", c + "/directory/..;/api/v1/users", c + "/api/v1/..%2F..%2F..%2F" + council.id() + "/api/v1/users")) {
            for (String[] who : new String[][] {{null, null}, {CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD}}) {
                Api.Answer a = api.get(path, who[0], who[1]);
                assertTrue(a.status() == 404 || a.status() == 401, path + " as " + who[0] + " -> " + a);
                assertFalse(a.body().contains(CouncilFixture.ADMIN + "\""), "no user listed: " + a);
                assertErrorShape(a, a.status());
                assertSecurityHeaders(a.raw(), path);
            }
        }
        // the same paths in canonical form are what a client uses, and they work
        assertEquals(200, council.asAdmin().get("users").status());
    }

    // ---- 6. the session cookie ----

    @Test
    void theSessionCookieOfBothModulesSaysSameSiteLaxExactlyOnce() {
        for (String path : List.of(councilPath("/sign-in"), "/platform/sign-in")) {
            HttpResponse<String> page = new Session().get(path);
            List<String> cookies = page.headers().allValues("Set-Cookie");
            List<String> session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
            assertEquals(1, session.size(), path + ": " + cookies);
            String cookie = session.get(0);
            List<String> sameSite = List.of(cookie.split(";")).stream().map(String::trim)
                    .filter(a -> a.toLowerCase(Locale.ROOT).startsWith("samesite")).toList();
            assertEquals(1, sameSite.size(), path + ": SameSite once: " + cookie);
            assertTrue(sameSite.get(0).equalsIgnoreCase("SameSite=Lax"), path + ": " + cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
        }
    }

    // ---- 7. OPTIONS ----

    @Test
    void optionsOnTheApisDoesNotDescribeEveryResource() {
        Session client = new Session();
        for (String[] call : new String[][] {{councilPath("/api/v1/rates"), CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD},
                {"/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD}}) {
            HttpResponse<String> r = client.send("OPTIONS", call[0], basic(call[1], call[2]));
            assertTrue(r.statusCode() < 500, call[0] + " -> " + r.statusCode());
            assertFalse(r.headers().firstValue("Content-Type").orElse("").contains("wadl"), call[0]);
            assertFalse(r.body().contains("<application"), call[0] + ": " + r.body());
            assertFalse(r.body().contains("wadl"), call[0] + ": " + r.body());
        }
        HttpResponse<String> wadl = client.send("GET", "/platform/api/v1/application.wadl", basic(OPERATOR, OPERATOR_PASSWORD));
        assertEquals(404, wadl.statusCode(), wadl.body());
    }

    // ---- helpers ----

    private String councilPath(String rest) {
        return "/c/" + council.id() + rest;
    }

    private Session signedInToCouncil(String username, String password) {
        Session s = new Session();
        HttpResponse<String> form = s.get(councilPath("/sign-in"));
        HttpResponse<String> signedIn = s.post(councilPath("/sign-in"), Map.of("sign-in", "sign-in", "username", username,
                "password", password, "sign-in-button", "Sign in", "jakarta.faces.ViewState", viewState(form)));
        assertEquals(302, signedIn.statusCode(), "signed in as " + username + ": " + signedIn.body());
        return s;
    }

    private Session signedInToConsole() {
        Session s = new Session();
        HttpResponse<String> form = s.get("/platform/sign-in");
        HttpResponse<String> signedIn = s.post("/platform/sign-in", Map.of("sign-in", "sign-in", "username", OPERATOR,
                "password", OPERATOR_PASSWORD, "sign-in-button", "Sign in", "jakarta.faces.ViewState", viewState(form)));
        assertEquals(302, signedIn.statusCode(), "operator signed in: " + signedIn.body());
        return s;
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(m.find(), "the page has a form: " + page.body());
        return m.group(1);
    }

    private void rename(String schema, String from, String to) throws Exception {
        try (Connection c = platform.connect(); Statement s = c.createStatement()) {
            s.execute("RENAME TABLE `" + schema + "`.`" + from + "` TO `" + schema + "`.`" + to + "`");
        }
    }

    static void assertSecurityHeaders(HttpResponse<String> r, String what) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse(null);
        assertTrue(csp != null && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), what + ": CSP " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertEquals(List.of("DENY"), r.headers().allValues("X-Frame-Options"), what);
    }

    static void assertErrorShape(Api.Answer a, int status) {
        assertTrue(a.header("Content-Type") != null && a.header("Content-Type").startsWith("application/json"), a.toString());
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(a.body()))) {
            json = reader.readObject();
        }
        assertEquals(status, json.getInt("status"), a.toString());
        assertFalse(json.getString("error").isBlank(), a.toString());
        assertFalse(json.getString("message").isBlank(), a.toString());
        assertTrue(json.getJsonArray("violations").isEmpty(), a.toString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One browser: keeps its cookies, follows no redirects. */
    private final class Session {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path) {
            return send("GET", path, null);
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> send(String method, String path, String authorization) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                r.header("Authorization", authorization);
            }
            return send(r);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
