package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.DirectoryFixture.list;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public directory over plain HTTP, with no sign-in: no page of it ever shows an owner's name or
 * home postcode, MEs that must not show are 404s (also under another council's address), and bad query
 * parameters are never a 5xx. The council and its MEs are made once and only read.
 */
@ExtendWith(PlatformExtension.class)
class DirectoryHttpIT {

    private static DirectoryFixture council;
    private static DirectoryFixture other;
    /**
     * HTTP/1.1, as browsers speak to a plain-HTTP site (java.net.http would otherwise upgrade to h2c, and
     * Payara's HTTP/2 loses a connection's header state after refusing an oversized request line).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static String baseUrl;

    @BeforeAll
    static void listMicroEnterprises(RunningPlatform platform) {
        baseUrl = platform.baseUrl();
        council = DirectoryFixture.onboard(platform, "dirhttp", "SCOTLAND").locality("TROON", "Troon");
        council.listed("Troon Home Help", b -> b.add("services", list("PERSONAL_CARE")).add("personalCare", true));
        council.listed("Ayr Companions", b -> b.add("services", list("COMPANIONSHIP")).add("weekends", true));
        council.listed("Meals on Time", b -> b.add("services", list("MEAL_PREPARATION")).add("medication", true));
        council.enquiry("Enquiry Only Care", b -> { });
        council.lapsed("Lapsed Insurance Care", b -> { });
        other = DirectoryFixture.onboard(platform, "dirhttp2", "ENGLAND").locality("TROON", "Troon");
        other.listed("Another Council's Carer", b -> { });
    }

    private static String path(String rest) {
        return "/c/" + council.id() + "/directory" + rest;
    }

    /** A GET with no credentials and no cookies, as a visitor's first request. */
    private static Api.Answer get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Answer(r.statusCode(), r.body(), r);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(path.length() > 80 ? path.substring(0, 80) : path, e);
        }
    }

    private static void assertNothingPrivate(String what, Api.Answer page) {
        for (String secret : council.privateDetails()) {
            assertFalse(page.body().contains(secret), what + " shows '" + secret + "'");
        }
        assertFalse(page.body().contains("Enquiry Only Care"), what);
        assertFalse(page.body().contains("Lapsed Insurance Care"), what);
        assertFalse(page.body().contains("Another Council"), what);
    }

    @Test
    void noDirectoryPageShowsAnOwnersNameOrHomePostcode() {
        List<String> pages = new ArrayList<>(List.of("", "?service=PERSONAL_CARE", "?weekends=true", "?words=troon", "?page=2"));
        String shortlist = "/shortlist?";
        for (String name : new String[] {"Troon Home Help", "Ayr Companions", "Meals on Time"}) {
            pages.add("/" + council.idOf(name));
            shortlist += "id=" + council.idOf(name) + "&";
        }
        pages.add(shortlist);
        for (String page : pages) {
            Api.Answer a = get(path(page));
            assertEquals(200, a.status(), page);
            assertNothingPrivate(page, a);
        }
        assertTrue(get(path("")).body().contains("3 micro-enterprises found"));
        for (String secret : council.privateDetails()) {
            Api.Answer search = get(path("?words=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)));
            assertTrue(search.body().contains("No micro-enterprises found"), "the search does not look at " + secret);
            assertEquals(1, search.body().split(java.util.regex.Pattern.quote(escaped(secret)), -1).length - 1,
                    "only the search box repeats what was typed");
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    @Test
    void mesThatMustNotShowAreNotFound() {
        for (String id : new String[] {council.idOf("Enquiry Only Care"), council.idOf("Lapsed Insurance Care"),
                other.idOf("Another Council's Carer"), "00000000-0000-0000-0000-000000000000", "not-an-id"}) {
            Api.Answer a = get(path("/" + id));
            assertEquals(404, a.status(), id);
            assertNothingPrivate(id, a);
        }
        assertEquals(404, get(path("/a.b")).status(), "an id is letters, digits and hyphens");
        assertEquals(404, get(path("/" + "a".repeat(65))).status());
        assertEquals(404, get(path("/" + council.idOf("Troon Home Help") + "/more")).status());
        assertEquals(200, get("/c/" + other.id() + "/directory/" + other.idOf("Another Council's Carer")).status(), "at its own council");
        assertEquals(404, get("/c/no-such-council/directory").status());
    }

    @Test
    void badQueryParametersNeverGiveA5xx() throws Exception {
        String[] queries = {"?day=FUNDAY", "?page=abc", "?page=-1", "?page=0", "?page=99999999999", "?page=999", "?time=noon",
                "?service=%3Cscript%3E", "?locality=" + "L".repeat(500), "?language=klingon", "?specialism=%00", "?evenings=yes",
                "?words=%C3%28", "?words=" + "a+".repeat(3000), "?words=" + "x".repeat(10_000), "?words=%00%01%02",
                "?service=&locality=&day=&time=&page=", "?words=%25%5F%21"};
        for (String q : queries) {
            Api.Answer a = get(path(q));
            String shown = q.length() > 40 ? q.substring(0, 40) + "…" : q;
            assertTrue(a.status() < 500, shown + " -> " + a.status());
            if (q.length() < 8000) {
                assertEquals(200, a.status(), shown + " is answered by the directory, which ignores what it cannot use");
            }
        }
        for (String q : new String[] {"?words=%zz", "?words=%", "?day=%G0&page=%%"}) {
            int status = rawStatus(path(q));
            assertTrue(status < 500, q + " -> " + status);
        }
        assertTrue(get(path("?day=FUNDAY&page=abc")).body().contains("Day: not one of the choices, so it was left out"));
        assertTrue(get(path("?page=999")).body().contains("there is no such page, so you are seeing page 1"));

        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path("")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("words=" + "x".repeat(10_000))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), "10,000 characters of words that get past the address limit are cut, not a failure");
        assertTrue(posted.body().contains("only the first 200 characters"));

        for (String q : new String[] {"?id=", "?id=%3Cscript%3E", "?id=" + "x".repeat(70), "?" + "id=a&".repeat(500)}) {
            assertEquals(200, get(path("/shortlist" + q)).status(), q.length() > 40 ? q.substring(0, 40) : q);
        }
    }

    /** The status of a GET sent as typed, for addresses java.net.URI refuses to build (bad percent escapes). */
    private static int rawStatus(String pathAndQuery) throws java.io.IOException {
        URI base = URI.create(baseUrl);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void theDirectoryNeedsNoSignInAndOpensNoSession() {
        for (String page : new String[] {"", "/" + council.idOf("Troon Home Help"), "/shortlist?id=" + council.idOf("Meals on Time")}) {
            Api.Answer a = get(path(page));
            assertEquals(200, a.status(), page);
            assertNull(a.header("Set-Cookie"), page + " keeps no view state for a visitor, so no session");
            assertTrue(a.header("Content-Security-Policy").contains("script-src 'self'"));
        }
    }
}
