package org.microcare.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Payara Micro keeps running when one WAR fails to deploy, and readiness would then report only the
 * other. After boot the launcher asks {@code /health/ready} for each module's own check and stops
 * the process if one is missing, so a half-deployed platform never serves.
 */
final class DeployedModules {

    static final List<String> CHECKS = List.of("microcare-council-module", "microcare-operator-module");

    private DeployedModules() {
    }

    /** The module checks missing from a readiness answer. */
    static List<String> missing(String readinessBody) {
        return CHECKS.stream().filter(name -> !readinessBody.contains("\"" + name + "\"")).toList();
    }

    /** Asks the running server; an empty list means both modules are there. */
    static List<String> missingOn(String address, int port) throws InterruptedException {
        String host = address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
        URI uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/health/ready");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String body = "";
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                body = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (missing(body).isEmpty()) {
                    return List.of();
                }
            } catch (java.io.IOException e) {
                body = "";
            }
            Thread.sleep(1000);
        }
        return missing(body);
    }
}
