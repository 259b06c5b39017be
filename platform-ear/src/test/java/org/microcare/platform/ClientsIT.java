package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Clients through the API: brokers write, admins read and see who read, viewers see nothing; reads of a record are audited. */
@ExtendWith(PlatformExtension.class)
class ClientsIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    /** API.md's example, with the optional extras a council may keep. */
    static final String API_MD_CLIENT = json("{'reference':'SW-1001','postcode':'KA10 6EP','locality':'TROON',"
            + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT',"
            + "'preferences':{'carerGender':'FEMALE','language':'cy','hasPets':true,'specialisms':['DEMENTIA']},"
            + "'referredOn':'2024-02-20','consentGivenOn':'2024-02-20'}");

    private RunningPlatform platform;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private CouncilFixture.Caller viewer;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        this.platform = platform;
        council = CouncilFixture.onboard(platform, "clients", "SCOTLAND");
        admin = council.asAdmin();
        admin.create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
        viewer = council.as("vic.viewer");
    }

    private static String with(String body, String field, String value) {
        return body.substring(0, body.length() - 1) + ",\"" + field + "\":" + value + "}";
    }

    @Test
    void aBrokerRecordsAClientAsApiMdSaysAndChangesItWithTheVersionRead() {
        JsonObject created = broker.create("clients", with(API_MD_CLIENT, "name", "\"Morag Reid\""));
        String id = created.getString("id");
        assertEquals("SW-1001", created.getString("reference"));
        assertEquals("WAITING", created.getString("status"));
        assertEquals(List.of("PERSONAL_CARE"), created.getJsonArray("servicesNeeded").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(7, created.getInt("hoursPerWeek"));
        assertEquals("FEMALE", created.getJsonObject("preferences").getString("carerGender"));
        assertEquals("cy", created.getJsonObject("preferences").getString("language"));
        assertEquals("2024-02-20", created.getString("consentGivenOn"));

        JsonObject read = broker.get("clients/" + id).json();
        assertEquals("Morag Reid", read.getString("name"));
        assertEquals("KA10 6EP", read.getString("postcode"));

        List<JsonObject> list = broker.get("clients").array().getValuesAs(JsonObject.class);
        assertEquals(1, list.size());
        assertEquals("SW-1001", list.get(0).getString("reference"));
        assertFalse(list.get(0).containsKey("name"), "the list carries no personal details");
        assertFalse(list.get(0).containsKey("postcode"));

        long version = read.getJsonNumber("version").longValue();
        String changed = with(API_MD_CLIENT.replace("\"hoursPerWeek\":7", "\"hoursPerWeek\":10"), "version", String.valueOf(version));
        Api.Answer ok = broker.put("clients/" + id, changed);
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(10, ok.json().getInt("hoursPerWeek"));
        assertTrue(ok.json().isNull("name"), "the name was left out of the change, so it is no longer held");

        Api.Answer stale = broker.put("clients/" + id, changed.replace("\"hoursPerWeek\":10", "\"hoursPerWeek\":12"));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(10, broker.get("clients/" + id).json().getInt("hoursPerWeek"), "nothing changed");

        List<JsonObject> changes = admin.get("audit?action=CLIENT_CHANGED&recordId=" + id).array().getValuesAs(JsonObject.class);
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).getString("detail").contains("7h/wk") && changes.get(0).getString("detail").contains("10h/wk"),
                "before and after: " + changes.get(0));
        assertFalse(changes.get(0).getString("detail").contains("Morag"), "the audit detail names no one");

        for (String publicPath : List.of("/directory", "/openreferral/services", "/openreferral/")) {
            Api.Answer page = council.api().get("/c/" + council.id() + publicPath, null, null);
            assertEquals(200, page.status(), publicPath + " -> " + page);
            assertFalse(page.body().contains("SW-1001") || page.body().contains("KA10 6EP") || page.body().contains(id),
                    "the public " + publicPath + " never shows a client");
        }
    }

    @Test
    void aReferenceIsTheClientsOwnEvenWhenTwoBrokersSaveAtOnce() throws Exception {
        broker.create("clients", API_MD_CLIENT);
        Api.Answer again = broker.post("clients", API_MD_CLIENT);
        assertEquals(409, again.status(), again.toString());

        council.addUser("ben.broker", "BROKER");
        CouncilFixture.Caller other = council.as("ben.broker");
        String body = API_MD_CLIENT.replace("SW-1001", "SW-RACE");
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                CouncilFixture.Caller who = i % 2 == 0 ? broker : other;
                answers.add(pool.submit(() -> {
                    start.await();
                    return who.post("clients", body);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Api.Answer> f : answers) {
                Api.Answer a = f.get(60, TimeUnit.SECONDS);
                assertTrue(a.status() == 201 || a.status() == 409, a.toString());
                created += a.status() == 201 ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, broker.get("clients").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("reference").equals("SW-RACE")).count());
    }

    @Test
    void unknownCodesAndBadValuesAreRefusedNamingTheFieldAndNothingIsRecorded() {
        assertEquals(List.of("locality"), broker.violatedFields(broker.post("clients", API_MD_CLIENT.replace("TROON", "ATLANTIS"))));
        assertEquals(List.of("servicesNeeded"), broker.violatedFields(broker.post("clients",
                API_MD_CLIENT.replace("\"PERSONAL_CARE\"", "\"SPACE_TRAVEL\""))));
        assertEquals(List.of("hoursPerWeek"), broker.violatedFields(broker.post("clients",
                API_MD_CLIENT.replace("\"hoursPerWeek\":7", "\"hoursPerWeek\":169"))));
        assertEquals(List.of("hoursPerWeek"), broker.violatedFields(broker.post("clients",
                API_MD_CLIENT.replace("\"hoursPerWeek\":7", "\"hoursPerWeek\":7.5"))));
        assertEquals(List.of("fundingRoute"), broker.violatedFields(broker.post("clients",
                API_MD_CLIENT.replace("DIRECT_PAYMENT", "LOTTERY"))));
        assertEquals(List.of("consentGivenOn"), broker.violatedFields(broker.post("clients",
                API_MD_CLIENT.replace("\"consentGivenOn\":\"2024-02-20\"", "\"consentGivenOn\":\"" + TODAY.plusDays(1) + "\""))));
        assertEquals(List.of("preferences.carerGender"), broker.violatedFields(broker.post("clients",
                API_MD_CLIENT.replace("\"FEMALE\"", "\"ROBOT\""))));
        assertEquals(List.of("status"), broker.violatedFields(broker.get("clients?status=SLEEPING")));
        assertEquals(0, broker.get("clients").array().size());
        assertEquals(0, admin.get("audit?action=CLIENT_CREATED").array().size());
    }

    @Test
    void viewersSeeNoClientAndOnlyBrokersWrite() {
        String id = broker.create("clients", API_MD_CLIENT).getString("id");
        assertEquals(403, viewer.get("clients").status());
        assertEquals(403, viewer.get("clients/" + id).status());
        assertEquals(403, viewer.post("clients", API_MD_CLIENT.replace("SW-1001", "SW-2")).status());
        assertEquals(403, viewer.get("clients/" + id + "/views").status());
        assertEquals(403, admin.post("clients", API_MD_CLIENT.replace("SW-1001", "SW-3")).status(), "API.md: clients are written by brokers");
        assertEquals(200, admin.get("clients/" + id).status(), "admins read");
        assertEquals(403, broker.get("clients/" + id + "/views").status(), "who viewed a client is for admins");
        assertEquals(1, broker.get("clients").array().size());
    }

    @Test
    void anotherCouncilsClientIsNotFound() {
        String id = broker.create("clients", API_MD_CLIENT).getString("id");
        CouncilFixture neighbour = CouncilFixture.onboard(platform, "neighbour", "SCOTLAND");
        neighbour.addUser("nia.broker", "BROKER");
        CouncilFixture.Caller theirs = neighbour.as("nia.broker");
        assertEquals(404, theirs.get("clients/" + id).status());
        assertEquals(404, theirs.put("clients/" + id, with(API_MD_CLIENT, "version", "0")).status());
        assertEquals(404, theirs.post("clients/" + id + "/status", json("{'status':'CLOSED','reason':'x'}")).status());
        assertEquals(404, neighbour.asAdmin().get("clients/" + id + "/views").status());
        assertEquals(0, theirs.get("clients").array().size());
        assertEquals(404, broker.get("clients/no-such-client").status());
    }

    @Test
    void everyReadOfARecordIsAuditedAndAdminsSeeWhoReadIt() {
        String id = broker.create("clients", API_MD_CLIENT).getString("id");
        broker.get("clients");
        assertEquals(0, admin.get("audit?action=CLIENT_VIEWED&recordId=" + id).array().size(), "the list is not a read of the record");

        broker.get("clients/" + id);
        admin.get("clients/" + id);
        List<JsonObject> views = admin.get("clients/" + id + "/views").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(CouncilFixture.ADMIN, "bea.broker"), views.stream().map(v -> v.getString("viewer")).toList(), "newest first");
        assertEquals("API GET /clients/{id}", views.get(0).getString("via"));
        assertFalse(views.get(0).isNull("at"));
        assertEquals(2, admin.get("audit?action=CLIENT_VIEWED&recordId=" + id).array().size());
    }

    @Test
    void theCaseMovesByItsRulesAndTheListFiltersAndPagesByStatus() {
        String waiting = broker.create("clients", API_MD_CLIENT.replace("\"consentGivenOn\":\"2024-02-20\"", "\"consentGivenOn\":null"))
                .getString("id");
        String id = broker.create("clients", API_MD_CLIENT.replace("SW-1001", "SW-1002")).getString("id");
        for (int n = 3; n <= 7; n++) {
            broker.create("clients", API_MD_CLIENT.replace("SW-1001", "SW-100" + n));
        }
        assertEquals(409, broker.post("clients/" + waiting + "/status", json("{'status':'MATCHED'}")).status(), "no consent, no match");
        assertEquals(List.of("reason"), broker.violatedFields(broker.post("clients/" + id + "/status", json("{'status':'CLOSED'}"))));
        assertEquals(List.of("on"), broker.violatedFields(broker.post("clients/" + id + "/status",
                json("{'status':'MATCHED','on':'" + TODAY.plusDays(1) + "'}"))));
        assertEquals(403, admin.post("clients/" + id + "/status", json("{'status':'MATCHED'}")).status());

        Api.Answer matched = broker.post("clients/" + id + "/status", json("{'status':'MATCHED'}"));
        assertEquals(200, matched.status(), matched.toString());
        assertEquals("MATCHED", matched.json().getString("status"));
        assertEquals(TODAY.toString(), matched.json().getString("statusSince"));
        assertEquals(409, broker.post("clients/" + id + "/status", json("{'status':'SUPPORTED','version':0}")).status(), "stale version");
        Api.Answer closed = broker.post("clients/" + id + "/status", json("{'status':'CLOSED','reason':'Moved to family in Leeds'}"));
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("Moved to family in Leeds", closed.json().getString("closedReason"));
        assertEquals(TODAY.toString(), closed.json().getString("closedOn"));
        assertEquals(409, broker.post("clients/" + id + "/status", json("{'status':'SUPPORTED'}")).status(), "a closed case reopens first");
        assertEquals(2, admin.get("audit?action=CLIENT_STATUS_CHANGED&recordId=" + id).array().size());

        Api.Answer closedOnes = broker.get("clients?status=CLOSED");
        assertEquals(List.of("SW-1002"), closedOnes.array().getValuesAs(JsonObject.class).stream().map(c -> c.getString("reference")).toList());
        assertEquals("1", closedOnes.header("X-Total-Count"));
        Api.Answer page2 = broker.get("clients?status=WAITING&page=2&size=4");
        assertEquals(List.of("SW-1006", "SW-1007"), page2.array().getValuesAs(JsonObject.class).stream().map(c -> c.getString("reference")).toList());
        assertEquals("6", page2.header("X-Total-Count"));
        assertEquals(List.of("size"), broker.violatedFields(broker.get("clients?size=501")));
        assertEquals(List.of("page"), broker.violatedFields(broker.get("clients?page=0")));
    }
}
