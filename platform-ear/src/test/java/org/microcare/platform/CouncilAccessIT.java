package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Council paths: tenant resolution, HTTP Basic per council, suspension. */
@ExtendWith(PlatformExtension.class)
class CouncilAccessIT {

    private Api api;

    @BeforeEach
    void onboardTwoCouncils(RunningPlatform platform) {
        api = new Api(platform.baseUrl());
        for (String[] c : new String[][] {
                {"access-ayr", "SCOTLAND", "ayr.admin", "ayr-admin-password"},
                {"access-rct", "WALES", "rct.admin", "rct-admin-password"}}) {
            if (api.get("/platform/api/v1/tenants/" + c[0], OPERATOR, OPERATOR_PASSWORD).status() == 404) {
                Api.Answer a = api.post("/platform/api/v1/tenants", Api.onboardJson(c[0], c[0] + " Council", c[1], "Prog " + c[0], c[2], c[3]),
                        OPERATOR, OPERATOR_PASSWORD);
                assertEquals(201, a.status(), a.toString());
            }
        }
    }

    @Test
    void aCouncilsCredentialsOpenOnlyThatCouncil() {
        assertEquals(200, api.get("/c/access-ayr/api/v1/programme", "ayr.admin", "ayr-admin-password").status());
        assertEquals(200, api.get("/c/access-rct/api/v1/programme", "rct.admin", "rct-admin-password").status());
        Api.Answer crossed = api.get("/c/access-rct/api/v1/programme", "ayr.admin", "ayr-admin-password");
        assertEquals(401, crossed.status());
        assertEquals("Unauthorized", crossed.json().getString("error"));
        assertEquals(401, api.get("/c/access-ayr/api/v1/programme", "rct.admin", "rct-admin-password").status());
        assertEquals(401, api.get("/c/access-ayr/api/v1/programme", "ayr.admin", "wrong-password!").status());
        assertEquals(401, api.get("/c/access-ayr/api/v1/programme", null, null).status());
        // operator credentials are not council credentials
        assertEquals(401, api.get("/c/access-ayr/api/v1/programme", OPERATOR, OPERATOR_PASSWORD).status());
    }

    @Test
    void welshCouncilsProgrammeComesFromItsOwnSchema() {
        Api.Answer rct = api.get("/c/access-rct/api/v1/programme", "rct.admin", "rct-admin-password");
        assertEquals("WALES", rct.json().getString("nation"));
        assertEquals("Prog access-rct", rct.json().getString("programmeName"));
    }

    @Test
    void unknownCouncilIs404InJsonForTheApiAndHtmlForPages() {
        Api.Answer apiPath = api.get("/c/no-such-council/api/v1/programme", "ayr.admin", "ayr-admin-password");
        assertEquals(404, apiPath.status());
        assertTrue(apiPath.header("Content-Type").startsWith("application/json"));
        assertTrue(apiPath.json().getString("message").contains("no-such-council"));
        Api.Answer page = api.get("/c/no-such-council/directory", null, null);
        assertEquals(404, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().matches("(?s).*<html[^>]* lang=\"en\".*"), page.body());
        assertTrue(page.body().contains("Page not found"), "the shell's 404 page");
        // malformed ids never reach the tenant store
        assertEquals(404, api.get("/c/Bad_Id';--/api/v1/programme", null, null).status());
    }

    @Test
    void aSuspendedCouncilAnswers503UntilResumed() {
        Api.Answer suspended = api.post("/platform/api/v1/tenants/access-ayr/suspend", null, OPERATOR, OPERATOR_PASSWORD);
        try {
            assertEquals(200, suspended.status());
            assertEquals("SUSPENDED", suspended.json().getString("status"));
            Api.Answer refused = api.get("/c/access-ayr/api/v1/programme", "ayr.admin", "ayr-admin-password");
            assertEquals(503, refused.status());
            assertTrue(refused.json().getString("message").contains("suspended"), refused.toString());
            Api.Answer page = api.get("/c/access-ayr/directory", null, null);
            assertEquals(503, page.status());
            assertTrue(page.body().contains("suspended"));
            // the other council is untouched
            assertEquals(200, api.get("/c/access-rct/api/v1/programme", "rct.admin", "rct-admin-password").status());
        } finally {
            Api.Answer resumed = api.post("/platform/api/v1/tenants/access-ayr/resume", null, OPERATOR, OPERATOR_PASSWORD);
            assertEquals(200, resumed.status());
            assertEquals("ACTIVE", resumed.json().getString("status"));
        }
        assertEquals(200, api.get("/c/access-ayr/api/v1/programme", "ayr.admin", "ayr-admin-password").status());
    }

    @Test
    void pagesCarrySecurityHeadersAndFormsRefuseForgedPosts(RunningPlatform platform) throws Exception {
        Api.Answer page = api.get("/c/access-ayr/sign-in", null, null);
        assertEquals(200, page.status());
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"));
        assertEquals(null, page.header("Strict-Transport-Security"), "HSTS only over HTTPS");
        assertTrue(page.body().contains("name=\"jakarta.faces.ViewState\""), "forms carry the server-side view state");
        String cookie = page.header("Set-Cookie");
        assertTrue(cookie != null && cookie.startsWith("JSESSIONID=") && cookie.contains("HttpOnly")
                && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"),
                "the session cookie is not sent on cross-site requests: " + cookie);

        // A cross-site form post has no valid view state: nobody is signed in by it.
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String form = "sign-in=sign-in&username=ayr.admin&password=ayr-admin-password&sign-in-button=Sign+in"
                + "&jakarta.faces.ViewState=-1234567890%3A-987654321";
        var forged = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.baseUrl() + "/c/access-ayr/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.statusCode() != 302, "no redirect to the signed-in home: " + forged.statusCode());
        assertTrue(forged.body().contains("This page has expired"), "the shell's expired-form page: " + forged.body());
        var home = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.baseUrl() + "/c/access-ayr/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/c/access-ayr/sign-in"));
    }

    @Test
    void resumingAnActiveCouncilIsHarmlessButProvisioningStatesAreGuarded() {
        Api.Answer resumed = api.post("/platform/api/v1/tenants/access-rct/resume", null, OPERATOR, OPERATOR_PASSWORD);
        assertEquals(200, resumed.status());
        assertEquals("ACTIVE", resumed.json().getString("status"));
    }
}
