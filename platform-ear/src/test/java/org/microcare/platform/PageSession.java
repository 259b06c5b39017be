package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser (as in ClientPrivacyIT): the sign-in form posted with its
 * view state, then pages read and forms posted (with the view state of the page the form is on) as a
 * browser would, redirects not followed.
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    PageSession(RunningPlatform platform, String councilId, String username, String password) throws Exception {
        this.base = platform.baseUrl() + "/c/" + councilId;
        HttpResponse<String> signedIn = post("/sign-in", get("/sign-in").body(), Map.of("sign-in", "sign-in", "username", username,
                "password", password, "sign-in-button", "Sign in"));
        assertEquals(302, signedIn.statusCode(), "signed in as " + username + ": " + signedIn.body());
    }

    HttpResponse<String> get(String page) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code fields} to {@code page} with the view state found in {@code shown}, the page the form was read from. */
    HttpResponse<String> post(String page, String shown, Map<String, String> fields) throws Exception {
        Matcher state = VIEW_STATE.matcher(shown);
        assertTrue(state.find(), "the page has a view state: " + shown);
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", state.group(1));
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
