package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator API of API.md through real HTTP against the started runnable. */
@ExtendWith(PlatformExtension.class)
class OperatorApiIT {

    private RunningPlatform platform;
    private Api api;

    @BeforeEach
    void connect(RunningPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform.baseUrl());
    }

    private Api.Answer onboard(String json) {
        return api.post("/platform/api/v1/tenants", json, OPERATOR, OPERATOR_PASSWORD);
    }

    @Test
    void onboardsACouncilIntoItsOwnMigratedSchema() throws Exception {
        Api.Answer created = onboard(Api.onboardJson("south-ayrshire", "South Ayrshire Council", "SCOTLAND", "CAyr",
                "ayr.admin", "ayr-admin-password"));
        assertEquals(201, created.status(), created.toString());
        JsonObject t = created.json();
        assertEquals("south-ayrshire", t.getString("id"));
        assertEquals("South Ayrshire Council", t.getString("name"));
        assertEquals("SCOTLAND", t.getString("nation"));
        assertEquals("CAyr", t.getString("programmeName"));
        assertEquals("ACTIVE", t.getString("status"));
        assertEquals(RunningPlatform.LATEST_TENANT_SCHEMA, t.getString("schemaVersion"));
        assertTrue(created.header("Location").endsWith("/platform/api/v1/tenants/south-ayrshire"));

        Api.Answer one = api.get("/platform/api/v1/tenants/south-ayrshire", OPERATOR, OPERATOR_PASSWORD);
        assertEquals(200, one.status());
        assertEquals("ACTIVE", one.json().getString("status"));
        Set<String> ids = api.get("/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD).array().stream()
                .map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet());
        assertTrue(ids.contains("south-ayrshire"));

        Api.Answer programme = api.get("/c/south-ayrshire/api/v1/programme", "ayr.admin", "ayr-admin-password");
        assertEquals(200, programme.status(), programme.toString());
        assertEquals("CAyr", programme.json().getString("programmeName"));
        assertEquals("south-ayrshire", programme.json().getString("tenant"));
        assertEquals("South Ayrshire Council", programme.json().getString("name"));
        assertEquals("SCOTLAND", programme.json().getString("nation"));
    }

    @Test
    void aDuplicateIdIsAConflictAndChangesNothing() {
        assertEquals(201, onboard(Api.onboardJson("dup-council", "First", "ENGLAND", "One", "first.admin", "first-admin-password")).status());
        Api.Answer again = onboard(Api.onboardJson("dup-council", "Second", "WALES", "Two", "second.admin", "second-admin-password"));
        assertEquals(409, again.status(), again.toString());
        assertEquals("Conflict", again.json().getString("error"));
        JsonObject kept = api.get("/platform/api/v1/tenants/dup-council", OPERATOR, OPERATOR_PASSWORD).json();
        assertEquals("First", kept.getString("name"));
        assertEquals(401, api.get("/c/dup-council/api/v1/programme", "second.admin", "second-admin-password").status());
        assertEquals(200, api.get("/c/dup-council/api/v1/programme", "first.admin", "first-admin-password").status());
    }

    @Test
    void invalidInputIsA400WithEveryViolationAndCreatesNothing() throws Exception {
        Api.Answer bad = onboard("{\"id\":\"Bad_Id\",\"name\":\"\",\"nation\":\"MARS\",\"programmeName\":\"P\","
                + "\"admin\":{\"username\":\"a\",\"password\":\"short\"}}");
        assertEquals(400, bad.status(), bad.toString());
        Set<String> fields = bad.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("id", "name", "nation", "admin.username", "admin.password"), fields);
        assertEquals(404, api.get("/platform/api/v1/tenants/Bad_Id", OPERATOR, OPERATOR_PASSWORD).status());
        try (var c = platform.connect(); var rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE LOWER(schema_name) LIKE '" + platform.platformSchema() + "_t_bad_id%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void missingAdminOrMalformedJsonIsA400() {
        Api.Answer noAdmin = onboard("{\"id\":\"no-admin\",\"name\":\"N\",\"nation\":\"ENGLAND\",\"programmeName\":\"P\"}");
        assertEquals(400, noAdmin.status());
        assertTrue(noAdmin.body().contains("admin.username"));
        Api.Answer malformed = onboard("{\"id\": \"x\", ");
        assertEquals(400, malformed.status(), malformed.toString());
        Api.Answer wrongType = onboard("{\"id\": [1,2], \"admin\": \"yes\"}");
        assertEquals(400, wrongType.status(), wrongType.toString());
        Api.Answer empty = api.post("/platform/api/v1/tenants", "", OPERATOR, OPERATOR_PASSWORD);
        assertTrue(empty.status() == 400 || empty.status() == 415, empty.toString());
        assertEquals(404, api.get("/platform/api/v1/tenants/no-admin", OPERATOR, OPERATOR_PASSWORD).status());
    }

    @Test
    void unknownCouncilsAre404() {
        Api.Answer missing = api.get("/platform/api/v1/tenants/nowhere", OPERATOR, OPERATOR_PASSWORD);
        assertEquals(404, missing.status());
        assertEquals("Not Found", missing.json().getString("error"));
        assertEquals(404, api.post("/platform/api/v1/tenants/nowhere/suspend", null, OPERATOR, OPERATOR_PASSWORD).status());
        assertEquals(404, api.post("/platform/api/v1/tenants/nowhere/provision", null, OPERATOR, OPERATOR_PASSWORD).status());
    }

    @Test
    void theOperatorApiWantsOperatorCredentials() {
        assertEquals(201, onboard(Api.onboardJson("cred-check", "Cred", "ENGLAND", "P", "cred.admin", "cred-admin-password")).status());
        Api.Answer none = api.get("/platform/api/v1/tenants", null, null);
        assertEquals(401, none.status());
        assertNotNull(none.header("WWW-Authenticate"));
        assertEquals(401, api.get("/platform/api/v1/tenants", OPERATOR, "wrong-password").status());
        // council credentials never open the operator API
        assertEquals(401, api.get("/platform/api/v1/tenants", "cred.admin", "cred-admin-password").status());
        assertEquals(401, api.post("/platform/api/v1/tenants",
                Api.onboardJson("sneaky", "S", "ENGLAND", "P", "s.admin", "sneaky-admin-password"), null, null).status());
        assertEquals(404, api.get("/platform/api/v1/tenants/sneaky", OPERATOR, OPERATOR_PASSWORD).status());
    }

    /** A client referred three days ago (waiting until care is arranged); its reference, name and postcode go to {@code personal}. */
    private static String client(CouncilFixture.Caller broker, String reference, List<String> personal) {
        String name = "Clientname " + reference;
        String postcode = "KA10 " + (personal.size() % 9 + 1) + "UZ";
        personal.addAll(List.of(reference, name, postcode));
        return broker.create("clients", json("{'reference':'" + reference + "','name':'" + name + "','postcode':'" + postcode
                + "','locality':'TROON','servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':5,'fundingRoute':'DIRECT_PAYMENT','referredOn':'"
                + DirectoryFixture.TODAY.minusDays(3) + "','consentGivenOn':'" + DirectoryFixture.TODAY.minusDays(3) + "'}")).getString("id");
    }

    /** Care for the client with the ME from today, and {@code hours} delivered this month. */
    private static void care(CouncilFixture.Caller broker, String client, String me, String hours) {
        String id = broker.create("arrangements", json("{'clientId':'" + client + "','microEnterpriseId':'" + me + "','startsOn':'"
                + DirectoryFixture.TODAY + "','hoursPerWeek':5,'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}")).getString("id");
        Api.Answer a = broker.post("arrangements/" + id + "/hours", json("{'month':'" + YearMonth.from(DirectoryFixture.TODAY) + "','hours':'" + hours + "'}"));
        assertEquals(200, a.status(), a.toString());
    }

    private static JsonObject councilIn(JsonObject usage, String id) {
        return usage.getJsonArray("councils").getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no council " + id + " in " + usage));
    }

    /** A council's figures, in the order listed, microEnterprises, waiting, clients, hours. */
    private static void assertCounts(JsonObject council, long listed, long microEnterprises, long waiting, long clients, String hours) {
        assertEquals("COUNTED", council.getString("figures"), council.toString());
        assertEquals(listed, council.getJsonNumber("listedMicroEnterprises").longValue(), council.toString());
        assertEquals(microEnterprises, council.getJsonNumber("microEnterprises").longValue(), council.toString());
        assertEquals(waiting, council.getJsonNumber("waitingClients").longValue(), council.toString());
        assertEquals(clients, council.getJsonNumber("clientsSupported").longValue(), council.toString());
        assertEquals(hours, council.getString("hoursDelivered"), council.toString());
    }

    @Test
    void theUsageViewCountsEachCouncilInItsOwnSchemaAndOnlyNumbersLeaveIt() throws Exception {
        List<String> personal = new ArrayList<>();
        DirectoryFixture ayr = DirectoryFixture.onboard(platform, "usage-ayr", "SCOTLAND").locality("TROON", "Troon");
        ayr.council().addUser("usage.broker", "BROKER");
        CouncilFixture.Caller ayrBroker = ayr.council().as("usage.broker");
        String alpha = ayr.listed("Usage Alpha Care", b -> { });
        String bravo = ayr.listed("Usage Bravo Help", b -> { });
        ayr.enquiry("Usage Charlie Home", b -> { });
        care(ayrBroker, client(ayrBroker, "SW-USE1", personal), alpha, "7.5");
        care(ayrBroker, client(ayrBroker, "SW-USE2", personal), bravo, "3.25");
        client(ayrBroker, "SW-USE3", personal); // waiting: no arrangement
        personal.addAll(ayr.privateDetails());
        personal.addAll(List.of("Usage Alpha Care", "Usage Bravo Help", "Usage Charlie Home"));

        DirectoryFixture fife = DirectoryFixture.onboard(platform, "usage-fife", "SCOTLAND").locality("TROON", "Troon");
        fife.council().addUser("fife.broker", "BROKER");
        CouncilFixture.Caller fifeBroker = fife.council().as("fife.broker");
        String delta = fife.listed("Usage Delta Support", b -> { });
        fife.enquiry("Usage Echo Carers", b -> { });
        care(fifeBroker, client(fifeBroker, "SW-USE4", personal), delta, "4");
        personal.addAll(fife.privateDetails());
        personal.addAll(List.of("Usage Delta Support", "Usage Echo Carers"));

        // a council whose schema has gone: listed as unavailable, the others still counted
        CouncilFixture broken = CouncilFixture.onboard(platform, "usage-gone", "ENGLAND");
        String brokenSchema = api.get("/platform/api/v1/tenants/" + broken.id(), OPERATOR, OPERATOR_PASSWORD).json().getString("schemaName");
        try (var c = platform.connect(); var s = c.createStatement()) {
            s.execute("DROP DATABASE `" + brokenSchema + "`");
        }

        int councils = api.get("/platform/api/v1/tenants", OPERATOR, OPERATOR_PASSWORD).array().size();
        // this month by default: the month of the day the platform answered on (a run may cross midnight)
        LocalDate before = LocalDate.now(ZoneId.of("Europe/London"));
        Api.Answer byDefault = api.get("/platform/api/v1/usage", OPERATOR, OPERATOR_PASSWORD);
        LocalDate after = LocalDate.now(ZoneId.of("Europe/London"));
        assertEquals(200, byDefault.status(), byDefault.toString());
        assertTrue(List.of(YearMonth.from(before).toString(), YearMonth.from(after).toString()).contains(byDefault.json().getString("month")),
                "this month by default: " + byDefault);

        // the month of the records made above, asked for by name
        YearMonth month = YearMonth.from(DirectoryFixture.TODAY);
        before = LocalDate.now(ZoneId.of("Europe/London"));
        Api.Answer answer = api.get("/platform/api/v1/usage?month=" + month, OPERATOR, OPERATOR_PASSWORD);
        after = LocalDate.now(ZoneId.of("Europe/London"));
        assertEquals(200, answer.status(), answer.toString());
        JsonObject usage = answer.json();
        assertEquals(month.toString(), usage.getString("month"));
        assertTrue(List.of(before.toString(), after.toString(), month.atEndOfMonth().toString()).contains(usage.getString("listedOn")),
                "listed on today, or on the month's last day once it is over: " + usage.getString("listedOn"));
        assertEquals(councils, usage.getJsonArray("councils").size(), "every council in the tenant store");

        JsonObject a = councilIn(usage, ayr.id());
        assertEquals("Council " + ayr.id(), a.getString("name"));
        assertEquals("ACTIVE", a.getString("status"));
        assertCounts(a, 2, 3, 1, 2, "10.75");
        assertCounts(councilIn(usage, fife.id()), 1, 2, 0, 1, "4.00");
        JsonObject gone = councilIn(usage, broken.id());
        assertEquals("UNAVAILABLE", gone.getString("figures"));
        assertEquals("ACTIVE", gone.getString("status"));
        for (String figure : List.of("listedMicroEnterprises", "clientsSupported", "hoursDelivered", "microEnterprises", "waitingClients")) {
            assertEquals(JsonValue.NULL, gone.get(figure), figure);
        }

        // totals: the counted councils added up (other tests' councils are on this platform too)
        List<JsonObject> counted = usage.getJsonArray("councils").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("figures").equals("COUNTED")).toList();
        JsonObject totals = usage.getJsonObject("totals");
        assertEquals(councils, totals.getInt("councils"));
        assertEquals(counted.size(), totals.getInt("councilsCounted"));
        assertTrue(totals.getInt("councilsUnavailable") >= 1);
        assertEquals(councils, totals.getInt("councilsCounted") + totals.getInt("councilsNotCounted") + totals.getInt("councilsUnavailable"));
        for (String figure : List.of("listedMicroEnterprises", "clientsSupported", "microEnterprises", "waitingClients")) {
            assertEquals(counted.stream().mapToLong(c -> c.getJsonNumber(figure).longValue()).sum(), totals.getJsonNumber(figure).longValue(), figure);
        }
        assertTrue(totals.getJsonNumber("listedMicroEnterprises").longValue() >= 3);
        assertEquals(counted.stream().map(c -> new BigDecimal(c.getString("hoursDelivered"))).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2)
                .toPlainString(), totals.getString("hoursDelivered"));

        // only numbers: the fields are these, and no name, reference or postcode of an ME, owner or client is anywhere
        assertEquals(Set.of("month", "listedOn", "councils", "totals"), usage.keySet());
        assertEquals(Set.of("id", "name", "status", "figures", "listedMicroEnterprises", "clientsSupported", "hoursDelivered", "microEnterprises",
                "waitingClients"), a.keySet());
        for (String detail : personal) {
            assertFalse(answer.body().contains(detail), detail + " in " + answer.body());
        }

        // a past month: listed on its last day, its clients and hours; MEs on record whatever the month
        JsonObject march = api.get("/platform/api/v1/usage?month=2024-03", OPERATOR, OPERATOR_PASSWORD).json();
        assertEquals("2024-03", march.getString("month"));
        assertEquals("2024-03-31", march.getString("listedOn"));
        assertCounts(councilIn(march, ayr.id()), 0, 3, 0, 0, "0.00");

        // a suspended council keeps its data and is still counted
        assertEquals(200, api.post("/platform/api/v1/tenants/" + fife.id() + "/suspend", null, OPERATOR, OPERATOR_PASSWORD).status());
        JsonObject suspended = councilIn(api.get("/platform/api/v1/usage?month=" + YearMonth.from(DirectoryFixture.TODAY), OPERATOR,
                OPERATOR_PASSWORD).json(), fife.id());
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertCounts(suspended, 1, 2, 0, 1, "4.00");
        assertEquals(200, api.post("/platform/api/v1/tenants/" + fife.id() + "/resume", null, OPERATOR, OPERATOR_PASSWORD).status());

        for (String bad : List.of("2024-13", "march", "2024-3", "24-03")) {
            Api.Answer refused = api.get("/platform/api/v1/usage?month=" + bad, OPERATOR, OPERATOR_PASSWORD);
            assertEquals(400, refused.status(), bad + ": " + refused);
            assertEquals("month", refused.json().getJsonArray("violations").getJsonObject(0).getString("field"), bad);
        }
        Api.Answer none = api.get("/platform/api/v1/usage", null, null);
        assertEquals(401, none.status());
        assertNotNull(none.header("WWW-Authenticate"));
        assertEquals(401, api.get("/platform/api/v1/usage", OPERATOR, "wrong-password").status());
        assertEquals(401, api.get("/platform/api/v1/usage", CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD).status(), "council credentials");
        assertEquals(404, ayr.council().asAdmin().get("usage").status(), "no usage in the council API");
    }

    @Test
    void provisioningAnActiveCouncilAgainChangesNothing() {
        assertEquals(201, onboard(Api.onboardJson("idem-council", "Idem", "NORTHERN_IRELAND", "P", "idem.admin", "idem-admin-password")).status());
        Api.Answer again = api.post("/platform/api/v1/tenants/idem-council/provision", null, OPERATOR, OPERATOR_PASSWORD);
        assertEquals(200, again.status(), again.toString());
        assertEquals("ACTIVE", again.json().getString("status"));
        assertEquals(200, api.get("/c/idem-council/api/v1/programme", "idem.admin", "idem-admin-password").status());
    }

    @Test
    void healthAndOpenApiAnswer() {
        Api.Answer ready = api.get("/health/ready", null, null);
        assertEquals(200, ready.status());
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(200, api.get("/health/live", null, null).status());
        Api.Answer openapi = api.get("/openapi", null, null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("tenants"), "operator module documented: " + openapi.body());
        assertTrue(openapi.body().contains("programme"), "council module documented: " + openapi.body());
        assertFalse(ready.body().contains("DOWN"));
    }
}
