package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcare.testing.TestDatabase;

/**
 * microcare.ear on Payara Server 6 (full profile): the domain is bound to loopback with Hazelcast
 * off, the EAR is deployed with asadmin, and a council is onboarded and answers through it.
 */
class PayaraServerSmokeIT {

    private Path payara;
    private Path domainDir;
    private String platformSchema;
    private boolean started;

    @BeforeEach
    void needsTheServerDistributionAndADatabase() {
        String home = System.getProperty("microcare.payaraServerHome");
        Prerequisites.require(home != null && Files.isDirectory(Path.of(home)), "the Payara Server distribution unpacked by the build");
        Prerequisites.require(TestDatabase.server().isPresent(), "a database server for the full-profile server");
        payara = Path.of(home);
    }

    @AfterEach
    void stopDomain() throws Exception {
        if (started) {
            asadmin(Map.of(), "stop-domain", "--kill=true", "--domaindir", domainDir.getParent().toString(), "smoke");
        }
        if (platformSchema != null) {
            TestDatabase.server().orElseThrow().dropSchemasStartingWith(platformSchema);
        }
    }

    @Test
    void theEarDeploysAndServesBothModules() throws Exception {
        int http = freePort();
        int https = freePort();
        int admin = freePort();
        int jmx = freePort();
        Path domains = Path.of(System.getProperty("microcare.test.workdir", "target/it")).toAbsolutePath().resolve("payara-domains");
        Files.createDirectories(domains);
        domainDir = domains.resolve("smoke");
        if (Files.exists(domainDir)) {
            try (var walk = Files.walk(domainDir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        copy(payara.resolve("glassfish/domains/domain1"), domainDir);
        Path domainXml = domainDir.resolve("config/domain.xml");
        Files.writeString(domainXml, loopbackOnly(Files.readString(domainXml), http, https, admin, jmx));

        TestDatabase.Server db = TestDatabase.server().orElseThrow();
        platformSchema = "mcear_" + UUID.randomUUID().toString().substring(0, 8);
        String url = db.urlFor(platformSchema) + (db.url().contains("?") ? "&" : "?")
                + "createDatabaseIfNotExist=true&user=" + db.user() + "&password=" + db.password();
        Map<String, String> env = Map.of(
                "MICROCARE_DB_URL", url,
                "MICROCARE_STARTUP_BOOTSTRAP_OPERATOR", "true",
                "MICROCARE_STARTUP_MIGRATE_TENANTS", "true",
                "MICROCARE_OPERATOR_USERNAME", OPERATOR,
                "MICROCARE_OPERATOR_PASSWORD", OPERATOR_PASSWORD);
        assertEquals(0, asadmin(env, "start-domain", "--domaindir", domains.toString(), "smoke"), "start-domain");
        started = true;
        assertEquals(0, asadmin(Map.of(), "--host", "127.0.0.1", "--port", String.valueOf(admin), "deploy", "--name", "microcare",
                System.getProperty("microcare.ear")), "deploy");

        Api api = new Api("http://127.0.0.1:" + http);
        Api.Answer list = null;
        for (int i = 0; i < 240; i++) {
            list = api.get("/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD);
            if (list.status() == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(200, list.status(), String.valueOf(list));
        Api.Answer created = api.post("/platform/api/v1/tenants",
                Api.onboardJson("ear-council", "EAR Council", "ENGLAND", "On Payara Server", "ear.admin", "ear-admin-password"),
                OPERATOR, OPERATOR_PASSWORD);
        assertEquals(201, created.status(), created.toString());
        assertEquals("ACTIVE", created.json().getString("status"));
        Api.Answer programme = api.get("/c/ear-council/api/v1/programme", "ear.admin", "ear-admin-password");
        assertEquals(200, programme.status(), programme.toString());
        assertEquals("On Payara Server", programme.json().getString("programmeName"));

        // Module settings Payara Server reads as Payara Micro does: the session cookie's SameSite (once),
        // and the error filters of both web.xml files.
        for (String page : List.of("/c/ear-council/sign-in", "/platform/sign-in")) {
            Api.Answer signIn = api.get(page, null, null);
            assertEquals(200, signIn.status(), page);
            String cookie = signIn.header("Set-Cookie");
            assertEquals(1, cookie.toLowerCase(java.util.Locale.ROOT).split("samesite=lax", -1).length - 1, page + ": " + cookie);
        }
        Api.Answer traversal = api.get("/platform/api/v1/..%2Ftenants", OPERATOR, OPERATOR_PASSWORD);
        assertEquals(404, traversal.status());
        assertEquals(404, traversal.json().getInt("status"));
        ErrorSurfaceIT.assertSecurityHeaders(traversal.raw(), "404 on Payara Server");
    }

    /** Every listener on 127.0.0.1 at the given ports; Hazelcast, the JMS broker and phone-home off. */
    static String loopbackOnly(String xml, int http, int https, int admin, int jmx) {
        int serverConfigEnd = xml.indexOf("</config>");
        String withoutBroker = xml.substring(0, serverConfigEnd)
                + "  <jms-service type=\"DISABLED\" default-jms-host=\"default_JMS_host\">"
                + "<jms-host name=\"default_JMS_host\" host=\"127.0.0.1\" lazy-init=\"true\"></jms-host></jms-service>\n        "
                + xml.substring(serverConfigEnd);
        return withoutBroker
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replace("<network-listener port=\"8080\"", "<network-listener address=\"127.0.0.1\" port=\"" + http + "\"")
                .replace("<network-listener port=\"8181\"", "<network-listener address=\"127.0.0.1\" port=\"" + https + "\"")
                .replace("<network-listener port=\"4848\"", "<network-listener address=\"127.0.0.1\" port=\"" + admin + "\"")
                .replace("port=\"8686\"", "port=\"" + jmx + "\"")
                .replace("<hazelcast-config-specific-configuration>", "<hazelcast-config-specific-configuration enabled=\"false\">")
                .replace("<hazelcast-runtime-configuration ", "<phone-home-runtime-configuration enabled=\"false\"></phone-home-runtime-configuration>\n    <hazelcast-runtime-configuration ");
    }

    private int asadmin(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(payara.resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        Path log = domainDir.getParent().resolve("asadmin-" + String.join("_", args).replaceAll("[^a-z]", "").substring(0, 12) + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AS_JAVA", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " timed out");
        }
        if (p.exitValue() != 0) {
            System.out.println(Files.readString(log, StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
