package org.microcare.platform;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small HTTP client for the API under test. */
public final class Api {

    /** One answer: status, headers and body. */
    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Answer get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    public Answer post(String path, String json, String user, String password) {
        HttpRequest.Builder r = request(path, user, password);
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return send(r.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer options(String path) {
        return send(request(path, null, null).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    public Answer delete(String path, String user, String password) {
        return send(request(path, user, password).DELETE());
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return r;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String onboardJson(String id, String name, String nation, String programme, String admin, String password) {
        return Json.createObjectBuilder()
                .add("id", id).add("name", name).add("nation", nation).add("programmeName", programme)
                .add("admin", Json.createObjectBuilder().add("username", admin).add("password", password))
                .build().toString();
    }
}
