package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Introductions through the API: shortlisted, introduced only with consent, agreed or declined once; history on client and ME; audited. */
@ExtendWith(PlatformExtension.class)
class IntroductionsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private RunningPlatform platform;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private CouncilFixture.Caller viewer;
    private String meId;
    private String otherMeId;
    private String clientId;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        this.platform = platform;
        CouncilFixture council = CouncilFixture.onboard(platform, "intros", "SCOTLAND");
        admin = council.asAdmin();
        admin.create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
        viewer = council.as("vic.viewer");
        meId = admin.create("micro-enterprises", BadInputIT.ME_BODY).getString("id");
        otherMeId = admin.create("micro-enterprises", BadInputIT.ME_BODY.replace("Troon Home Help", "Prestwick Care")).getString("id");
        clientId = broker.create("clients", ClientsIT.API_MD_CLIENT).getString("id");
    }

    private String shortlist(String client, String me) {
        return broker.create("clients/" + client + "/introductions", "{\"microEnterpriseId\":\"" + me + "\",\"note\":\"Speaks Welsh\"}")
                .getString("id");
    }

    @Test
    void aBrokerShortlistsIntroducesAndAgreesOnceWithHistoryOnBothSides() {
        String id = shortlist(clientId, meId);
        JsonObject shortlisted = broker.get("clients/" + clientId + "/introductions").array().getJsonObject(0);
        assertEquals("SHORTLISTED", shortlisted.getString("status"));
        assertEquals("Speaks Welsh", shortlisted.getString("note"));
        Api.Answer twice = broker.post("clients/" + clientId + "/introductions", "{\"microEnterpriseId\":\"" + meId + "\"}");
        assertEquals(409, twice.status(), "one open introduction per client and ME: " + twice);

        assertEquals(409, broker.post("introductions/" + id + "/outcome", json("{'outcome':'AGREED'}")).status(),
                "agreed only after an introduction");
        assertEquals(List.of("on"), broker.violatedFields(broker.post("introductions/" + id + "/introduce",
                json("{'on':'" + TODAY.plusDays(1) + "'}"))));
        assertEquals(409, broker.post("introductions/" + id + "/introduce", json("{'version':99}")).status(), "stale version");
        Api.Answer introduced = broker.post("introductions/" + id + "/introduce", json("{'on':'" + TODAY.minusDays(3) + "'}"));
        assertEquals(200, introduced.status(), introduced.toString());
        assertEquals("INTRODUCED", introduced.json().getString("status"));
        assertEquals(TODAY.minusDays(3).toString(), introduced.json().getString("introducedOn"));
        assertEquals(409, broker.post("introductions/" + id + "/introduce", json("{}")).status(), "introduced once");

        assertEquals(List.of("outcome"), broker.violatedFields(broker.post("introductions/" + id + "/outcome", json("{'outcome':'MAYBE'}"))));
        assertEquals(List.of("on"), broker.violatedFields(broker.post("introductions/" + id + "/outcome",
                json("{'outcome':'AGREED','on':'" + TODAY.minusDays(5) + "'}"))));
        long version = introduced.json().getJsonNumber("version").longValue();
        Api.Answer agreed = broker.post("introductions/" + id + "/outcome", json("{'outcome':'AGREED','version':" + version + "}"));
        assertEquals(200, agreed.status(), agreed.toString());
        assertEquals("AGREED", agreed.json().getString("status"));
        assertEquals(TODAY.toString(), agreed.json().getString("decidedOn"));
        assertEquals(409, broker.post("introductions/" + id + "/outcome", json("{'outcome':'DECLINED','reason':'OTHER'}")).status(),
                "decided once");

        String again = shortlist(clientId, meId);
        // both recorded within the same second here: their order is the time recorded, then the id, so compare as sets
        assertEquals(java.util.Set.of(again, id), broker.get("clients/" + clientId + "/introductions").array().getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("id")).collect(java.util.stream.Collectors.toSet()), "once decided, the ME can be shortlisted again");
        assertEquals(java.util.Set.of(again, id), admin.get("micro-enterprises/" + meId + "/introductions").array().getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("id")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(0, broker.get("micro-enterprises/" + otherMeId + "/introductions").array().size());
    }

    @Test
    void declinedNeedsAReasonAndAShortlistedOneMayBeDeclined() {
        String id = shortlist(clientId, meId);
        assertEquals(List.of("reason"), broker.violatedFields(broker.post("introductions/" + id + "/outcome",
                json("{'outcome':'DECLINED'}"))));
        assertEquals(List.of("reason"), broker.violatedFields(broker.post("introductions/" + id + "/outcome",
                json("{'outcome':'DECLINED','reason':'BORED'}"))));
        Api.Answer declined = broker.post("introductions/" + id + "/outcome", json("{'outcome':'DECLINED','reason':'NOT_AVAILABLE',"
                + "'note':'No Tuesdays'}"));
        assertEquals(200, declined.status(), declined.toString());
        assertEquals("DECLINED", declined.json().getString("status"));
        assertEquals("NOT_AVAILABLE", declined.json().getString("declinedReason"));
        assertEquals("No Tuesdays", declined.json().getString("outcomeNote"));
    }

    @Test
    void aClientWithoutConsentIsNeverIntroduced() {
        String noConsent = broker.create("clients", ClientsIT.API_MD_CLIENT.replace("SW-1001", "SW-1002").replace(",'consentGivenOn':'2024-02-20'", "")
                .replace(",\"consentGivenOn\":\"2024-02-20\"", "")).getString("id");
        JsonObject client = broker.get("clients/" + noConsent).json();
        assertTrue(!client.containsKey("consentGivenOn") || client.isNull("consentGivenOn"), "the fixture has no consent: " + client);
        String id = shortlist(noConsent, meId);
        Api.Answer refused = broker.post("introductions/" + id + "/introduce", json("{}"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.toString().contains("consent"), refused.toString());
        assertEquals("SHORTLISTED", broker.get("clients/" + noConsent + "/introductions").array().getJsonObject(0).getString("status"));
        assertEquals(0, admin.get("audit?action=INTRODUCTION_INTRODUCED&recordId=" + noConsent).array().size());
    }

    @Test
    void unknownOrForeignMesAreRefusedViewersAreForbiddenAndEverythingIsAudited() {
        assertEquals(List.of("microEnterpriseId"), broker.violatedFields(broker.post("clients/" + clientId + "/introductions",
                json("{'microEnterpriseId':'no-such-me'}"))));
        assertEquals(List.of("microEnterpriseId"), broker.violatedFields(broker.post("clients/" + clientId + "/introductions", json("{}"))));
        String id = shortlist(clientId, meId);
        assertEquals(403, viewer.get("clients/" + clientId + "/introductions").status());
        assertEquals(403, viewer.post("clients/" + clientId + "/introductions", "{\"microEnterpriseId\":\"" + otherMeId + "\"}").status());
        assertEquals(403, viewer.post("introductions/" + id + "/introduce", json("{}")).status());
        assertEquals(403, viewer.post("introductions/" + id + "/outcome", json("{'outcome':'AGREED'}")).status());
        assertEquals(403, viewer.get("micro-enterprises/" + meId + "/introductions").status());
        assertEquals(403, admin.post("introductions/" + id + "/introduce", json("{}")).status(), "brokers write");
        assertEquals(200, admin.get("clients/" + clientId + "/introductions").status(), "admins read");

        CouncilFixture neighbour = CouncilFixture.onboard(platform, "neighbour", "SCOTLAND");
        CouncilFixture.Caller theirs = neighbour.asAdmin();
        theirs.create("localities", json("{'code':'TROON','name':'Troon'}"));
        neighbour.addUser("nia.broker", "BROKER");
        CouncilFixture.Caller theirBroker = neighbour.as("nia.broker");
        String theirClient = theirBroker.create("clients", ClientsIT.API_MD_CLIENT).getString("id");
        assertEquals(List.of("microEnterpriseId"), theirBroker.violatedFields(theirBroker.post("clients/" + theirClient + "/introductions",
                "{\"microEnterpriseId\":\"" + meId + "\"}")), "another council's ME");
        assertEquals(404, theirBroker.post("introductions/" + id + "/introduce", json("{}")).status());
        assertEquals(404, theirs.get("clients/" + clientId + "/introductions").status());

        int viewsBefore = admin.get("audit?action=CLIENT_VIEWED&recordId=" + clientId).array().size();
        broker.get("clients/" + clientId + "/introductions");
        assertEquals(viewsBefore + 1, admin.get("audit?action=CLIENT_VIEWED&recordId=" + clientId).array().size(),
                "reading a client's introductions is a read of the client's record");
        broker.post("introductions/" + id + "/introduce", json("{}"));
        broker.post("introductions/" + id + "/outcome", json("{'outcome':'DECLINED','reason':'CLIENT_DECLINED'}"));
        for (String action : List.of("INTRODUCTION_SHORTLISTED", "INTRODUCTION_INTRODUCED", "INTRODUCTION_DECLINED")) {
            List<JsonObject> rows = admin.get("audit?action=" + action + "&recordId=" + clientId).array().getValuesAs(JsonObject.class);
            assertEquals(1, rows.size(), action);
            assertEquals("bea.broker", rows.get(0).getString("actor"));
            assertTrue(rows.get(0).getString("detail").contains(id), rows.get(0).toString());
            assertEquals(1, admin.get("audit?action=" + action + "&recordId=" + meId).array().size(), action);
        }
    }

    /**
     * Eight "shortlist"s of the same ME for the same client sent at the same moment: one 201, seven 409 in the
     * JSON error shape (the database's unique key on the open pair, where the application's check could not see the
     * others), never a 5xx, and one open introduction. A few rounds, each with a fresh ME, so the requests really meet.
     */
    @Test
    void concurrentIntroductionsOfOneClientToOneMeOpenOnlyOne() throws Exception {
        int parallel = 8;
        for (int round = 0; round < 8; round++) {
            String me = admin.create("micro-enterprises", BadInputIT.ME_BODY.replace("Troon Home Help", "Race Care " + round)).getString("id");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(parallel);
            List<Api.Answer> answers = new java.util.ArrayList<>();
            try {
                List<java.util.concurrent.Future<Api.Answer>> futures = new java.util.ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    futures.add(pool.submit(() -> {
                        start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        return broker.post("clients/" + clientId + "/introductions", "{\"microEnterpriseId\":\"" + me + "\"}");
                    }));
                }
                for (java.util.concurrent.Future<Api.Answer> f : futures) {
                    answers.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            List<Integer> statuses = answers.stream().map(Api.Answer::status).toList();
            assertEquals(1, statuses.stream().filter(st -> st == 201).count(), "one introduction made: " + answers);
            assertEquals(parallel - 1, statuses.stream().filter(st -> st == 409).count(), "the others refused, none a 5xx: " + answers);
            for (Api.Answer a : answers) {
                if (a.status() == 409) {
                    assertEquals("Conflict", a.json().getString("error"), a.toString());
                    assertTrue(a.json().getString("message").contains("already has an open introduction to this micro-enterprise"), a.toString());
                }
            }
            assertEquals(1, admin.get("micro-enterprises/" + me + "/introductions").array().size(), "one open introduction, round " + round);
            assertEquals(1, admin.get("audit?action=INTRODUCTION_SHORTLISTED&recordId=" + me).array().size(), "audited once");
        }
    }
}
