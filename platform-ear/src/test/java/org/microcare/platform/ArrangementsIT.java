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

/**
 * Arrangements through the API: every refusal (ME not on the directory on the first day, no consent,
 * closed client, over capacity at the peak, bad dates), capacity held under concurrent arrangements,
 * RCT's top-up on both sides of 1 April 2024, hours replacing the month's figure (audited), early end,
 * who may read and write, and another council's arrangement unseen.
 */
@ExtendWith(PlatformExtension.class)
class ArrangementsIT {

    private static final LocalDate TODAY = DirectoryFixture.TODAY;

    private DirectoryFixture directory;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private int clients;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        directory = DirectoryFixture.onboard(platform, "arrange", "SCOTLAND").locality("TROON", "Troon");
        council = directory.council();
        admin = council.asAdmin();
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
    }

    /** A listed ME charging £20.00 with {@code capacity} hours a week, whose evidence also covered March 2024 onwards. */
    private String me(String name, int capacity) {
        String id = directory.listed(name, b -> b.add("hourlyRate", "20.00").add("capacityHoursPerWeek", capacity));
        for (JsonObject e : admin.get("micro-enterprises/" + id + "/evidence").array().getValuesAs(JsonObject.class)) {
            admin.create("micro-enterprises/" + id + "/evidence", json("{'requirement':'" + e.getString("requirement")
                    + "','checkedOn':'2024-03-01','expiresOn':'" + TODAY.minusDays(20) + "'}"));
        }
        return id;
    }

    private String client(String consent) {
        clients++;
        return broker.create("clients", json("{'reference':'SW-A" + clients + "','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20'"
                + (consent == null ? "" : ",'consentGivenOn':'" + consent + "'") + "}")).getString("id");
    }

    private static String body(String clientId, String meId, Object from, Object to, int hours) {
        return json("{'clientId':'" + clientId + "','microEnterpriseId':'" + meId + "','startsOn':'" + from + "',"
                + (to == null ? "" : "'endsOn':'" + to + "',") + "'hoursPerWeek':" + hours + ",'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}");
    }

    private void refused(int status, Api.Answer a, String says) {
        assertEquals(status, a.status(), a.toString());
        assertTrue(a.json().getString("message").contains(says), a.toString());
    }

    private int count() {
        return broker.get("arrangements").array().size();
    }

    @Test
    void rctTopUpOnBothSidesOfFirstAprilAndHoursReplacingTheMonthsFigure() {
        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16.98','validFrom':'2023-04-01','validTo':'2024-03-31'}"));
        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'18.64','validFrom':'2024-04-01','validTo':'2025-03-31'}"));
        String me = me("Troon Care Co", 30);
        JsonObject made = broker.create("arrangements", body(client("2024-02-20"), me, "2024-03-04", null, 7));
        String id = made.getString("id");
        assertEquals("20.00", made.getString("hourlyRate"));
        assertEquals("Troon Care Co", made.getString("tradingName"));
        assertEquals("ACTIVE", made.getString("status"));

        JsonObject march = broker.get("arrangements/" + id + "/top-up?on=2024-03-15").json();
        assertEquals("20.00", march.getString("hourlyRate"));
        assertEquals("16.98", march.getString("dpRate"));
        assertEquals("3.02", march.getString("topUpPerHour"));
        assertEquals("21.14", march.getString("topUpPerWeek"));
        JsonObject april = broker.get("arrangements/" + id + "/top-up?on=2024-04-01").json();
        assertEquals("18.64", april.getString("dpRate"));
        assertEquals("1.36", april.getString("topUpPerHour"));
        assertEquals("9.52", april.getString("topUpPerWeek"));
        refused(400, broker.get("arrangements/" + id + "/top-up?on=2024-03-03"), "outside the arrangement");
        refused(404, broker.get("arrangements/" + id + "/top-up?on=2025-04-01"), "No DIRECT_PAYMENT rate");
        assertEquals(400, broker.get("arrangements/" + id + "/top-up?on=2024-13-01").status());

        assertEquals(200, broker.post("arrangements/" + id + "/hours", json("{'month':'2024-03','hours':'30.5'}")).status());
        Api.Answer again = broker.post("arrangements/" + id + "/hours", json("{'month':'2024-03','hours':'31'}"));
        assertEquals(200, again.status(), again.toString());
        assertEquals("31.00", again.json().getString("hours"));
        List<JsonObject> hours = broker.get("arrangements/" + id + "/hours").array().getValuesAs(JsonObject.class);
        assertEquals(1, hours.size(), "the month's figure was replaced: " + hours);
        assertEquals("2024-03", hours.get(0).getString("month"));
        List<JsonObject> audit = admin.get("audit?action=ARRANGEMENT_HOURS_RECORDED&recordId=" + id).array().getValuesAs(JsonObject.class);
        assertEquals(2, audit.size());
        assertTrue(audit.stream().anyMatch(e -> e.getString("detail").contains("30.50 -> 31.00")), audit.toString());

        refused(400, broker.post("arrangements/" + id + "/hours", json("{'month':'2024-02','hours':'10'}")), "outside the arrangement");
        refused(400, broker.post("arrangements/" + id + "/hours", json("{'month':'2024-03','hours':'672.01'}")), "At most 672");
        assertEquals(400, broker.post("arrangements/" + id + "/hours", json("{'month':'2024-03','hours':'-1'}")).status());
        assertEquals(400, broker.post("arrangements/" + id + "/hours", json("{'month':'2024-03','hours':'1.005'}")).status());
        assertEquals("31.00", broker.get("arrangements/" + id + "/hours").array().getJsonObject(0).getString("hours"), "nothing changed");

    }

    @Test
    void endingEarlyKeepsTheHoursWithinTheDates() {
        String me = me("Ayr Home Help", 30);
        String id = broker.create("arrangements", body(client("2024-02-20"), me, "2024-03-04", null, 7)).getString("id");
        broker.post("arrangements/" + id + "/hours", json("{'month':'2024-05','hours':'28'}"));
        refused(409, broker.post("arrangements/" + id + "/end", json("{'endsOn':'2024-04-30','reason':'Moved away'}")), "2024-05");
        refused(400, broker.post("arrangements/" + id + "/end", json("{'endsOn':'2024-03-03','reason':'Moved away'}")), "not be before");
        assertEquals(400, broker.post("arrangements/" + id + "/end", json("{'endsOn':'2024-05-31'}")).status());
        Api.Answer ended = broker.post("arrangements/" + id + "/end", json("{'endsOn':'2024-05-31','reason':'Moved to her daughter'}"));
        assertEquals(200, ended.status(), ended.toString());
        assertEquals("2024-05-31", ended.json().getString("endsOn"));
        assertEquals("ENDED", ended.json().getString("status"));
        refused(409, broker.post("arrangements/" + id + "/end", json("{'endsOn':'2024-05-30','reason':'Again'}")), "ended already");
        assertEquals(1, admin.get("audit?action=ARRANGEMENT_ENDED&recordId=" + id).array().size());
    }

    @Test
    void everyRefusalSaysWhyAndChangesNothing() {
        String listed = me("Troon Care Co", 20);
        String enquiry = directory.enquiry("Not Yet Ltd", b -> b.add("hourlyRate", "20.00").add("capacityHoursPerWeek", 20));
        String withConsent = client("2024-02-20");
        LocalDate from = TODAY.plusDays(7);

        refused(409, broker.post("arrangements", body(withConsent, enquiry, from, null, 7)), "not on the directory on " + from);
        refused(409, broker.post("arrangements", body(client(null), listed, from, null, 7)), "has not consented");
        refused(409, broker.post("arrangements", body(client("2024-02-20"), listed,
                "2024-02-19", null, 7)), "consent given on 2024-02-20");
        String closed = client("2024-02-20");
        assertEquals(200, broker.post("clients/" + closed + "/status", json("{'status':'CLOSED','reason':'Moved away'}")).status());
        refused(409, broker.post("arrangements", body(closed, listed, from, null, 7)), "closed");
        Api.Answer backwards = broker.post("arrangements", body(withConsent, listed, from, from.minusDays(1), 7));
        assertEquals(400, backwards.status(), backwards.toString());
        assertEquals(List.of("endsOn"), broker.violatedFields(backwards));
        assertEquals(List.of("clientId"), broker.violatedFields(broker.post("arrangements", body("no-such-client", listed, from, null, 7))));
        assertEquals(List.of("hourlyRate"), broker.violatedFields(broker.post("arrangements",
                body(withConsent, listed, from, null, 7).replace("\"20.00\"", "\"20.001\""))));
        assertEquals(List.of("hourlyRate"), broker.violatedFields(broker.post("arrangements",
                body(withConsent, listed, from, null, 7).replace("\"20.00\"", "\"0.00\""))));
        assertEquals(0, count(), "nothing made");

        // capacity at the peak: 10 h from day 30 on, so 12 h open-ended from day 0 does not fit, but 12 h for days 0-10 does
        broker.create("arrangements", body(client("2024-02-20"), listed, from.plusDays(30), null, 10));
        refused(409, broker.post("arrangements", body(withConsent, listed, from, null, 12)), "from " + from.plusDays(30));
        broker.create("arrangements", body(withConsent, listed, from, from.plusDays(10), 10));
        refused(409, broker.post("arrangements", body(client("2024-02-20"), listed, from.plusDays(5), from.plusDays(6), 11)), "no spare capacity");
        assertEquals(2, count());
    }

    @Test
    void arrangementsMadeAtOnceForOneMeNeverOverbookIt() throws Exception {
        String me = me("Troon Care Co", 20);
        LocalDate from = TODAY.plusDays(1);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(client("2024-02-20"));
        }
        council.addUser("ben.broker", "BROKER");
        CouncilFixture.Caller other = council.as("ben.broker");
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                CouncilFixture.Caller who = i % 2 == 0 ? broker : other;
                String b = body(people.get(i), me, from, null, 7);
                answers.add(pool.submit(() -> {
                    start.await();
                    return who.post("arrangements", b);
                }));
            }
            start.countDown();
            int made = 0;
            for (Future<Api.Answer> f : answers) {
                Api.Answer a = f.get(60, TimeUnit.SECONDS);
                assertTrue(a.status() == 201 || a.status() == 409, a.toString());
                made += a.status() == 201 ? 1 : 0;
            }
            assertEquals(2, made, "7 + 7 of 20 hours fit, a third 7 does not");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, broker.get("arrangements?microEnterpriseId=" + me + "&activeOn=" + from).array().size());
        assertEquals(0, broker.get("arrangements?microEnterpriseId=" + me + "&activeOn=" + TODAY).array().size());

    }

    @Test
    void brokersWriteAdminsReadViewersAndOtherCouncilsSeeNothing(RunningPlatform platform) {
        String me = me("Troon Care Co", 20);
        String id = broker.create("arrangements", body(client("2024-02-20"), me, TODAY.plusDays(1), null, 7)).getString("id");
        assertEquals(200, admin.get("arrangements/" + id).status());
        assertEquals(200, admin.get("arrangements?clientId=" + broker.get("arrangements/" + id).json().getString("clientId")).status());
        assertEquals(403, admin.post("arrangements", body(client("2024-02-20"), me, TODAY.plusDays(1), null, 7)).status());
        assertEquals(403, admin.post("arrangements/" + id + "/hours", json("{'month':'" + TODAY.plusDays(1).toString().substring(0, 7)
                + "','hours':'1'}")).status());
        CouncilFixture.Caller viewer = council.as("vic.viewer");
        assertEquals(403, viewer.get("arrangements").status());
        assertEquals(403, viewer.get("arrangements/" + id).status());
        assertEquals(403, viewer.get("arrangements/" + id + "/top-up").status());

        CouncilFixture elsewhere = CouncilFixture.onboard(platform, "arrange-other", "WALES");
        elsewhere.addUser("other.broker", "BROKER");
        CouncilFixture.Caller stranger = elsewhere.as("other.broker");
        assertEquals(404, stranger.get("arrangements/" + id).status());
        assertEquals(404, stranger.get("arrangements/" + id + "/top-up").status());
        assertEquals(404, stranger.post("arrangements/" + id + "/hours", json("{'month':'2024-03','hours':'1'}")).status());
        assertEquals(404, stranger.post("arrangements/" + id + "/end", json("{'endsOn':'" + TODAY.plusDays(2) + "','reason':'x'}")).status());
        assertEquals(0, stranger.get("arrangements").array().size());
    }

    /** The page or endpoint of each read of the client's record, newest first, from the admin's "who viewed this client" list. */
    private List<String> viewedVia(String clientId) {
        return admin.get("clients/" + clientId + "/views").array().getValuesAs(JsonObject.class).stream().map(v -> v.getString("via")).toList();
    }

    @Test
    void everyReadOfAnArrangementIsAnAuditedReadOfTheClientsRecordAndViewersSeeNone(RunningPlatform platform) throws Exception {
        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16.98','validFrom':'2023-04-01'}"));
        String me = me("Troon Care Co", 30);
        String client = client("2024-02-20");
        String other = client("2024-02-20");
        String id = broker.create("arrangements", body(client, me, "2024-03-04", null, 7)).getString("id");
        broker.create("arrangements", body(other, me, "2024-03-04", null, 7));
        assertEquals(List.of(), viewedVia(client), "making an arrangement is a change, audited as such, not a read");

        assertEquals(200, broker.get("arrangements/" + id).status());
        assertEquals(200, broker.get("arrangements/" + id + "/top-up?on=2024-03-15").status());
        assertEquals(200, broker.get("arrangements/" + id + "/hours").status());
        assertEquals(200, admin.get("arrangements?clientId=" + client).status());
        assertEquals(List.of("API GET /arrangements", "API GET /arrangements/{id}/hours", "API GET /arrangements/{id}/top-up",
                "API GET /arrangements/{id}"), viewedVia(client), "newest first");
        List<JsonObject> views = admin.get("clients/" + client + "/views").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(CouncilFixture.ADMIN, "bea.broker", "bea.broker", "bea.broker"), views.stream().map(v -> v.getString("viewer")).toList());
        assertTrue(views.stream().allMatch(v -> !v.isNull("remoteAddress") && !v.isNull("at")), views.toString());
        assertEquals(List.of(), viewedVia(other), "only the client whose arrangements were shown");

        assertEquals(200, broker.get("arrangements").status());
        assertEquals(List.of("API GET /arrangements"), viewedVia(other), "a list shows each client's arrangements: a read of each");
        assertEquals(5, viewedVia(client).size(), "once each");
        assertEquals(404, broker.get("arrangements/no-such-arrangement").status());
        assertEquals(400, broker.get("arrangements/" + id + "/top-up?on=2024-03-03").status());

        int before = viewedVia(client).size();
        PageSession bea = new PageSession(platform, council.id(), "bea.broker", CouncilFixture.USER_PASSWORD);
        java.net.http.HttpResponse<String> page = bea.get("/arrangements/view?id=" + id);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("SW-A1"), "the page names the client");
        assertEquals(before + 1, viewedVia(client).size(), "the page is one audited read");
        assertEquals("page /arrangements/view", viewedVia(client).get(0));

        CouncilFixture.Caller viewer = council.as("vic.viewer");
        for (String path : List.of("arrangements", "arrangements/" + id, "arrangements/" + id + "/top-up", "arrangements/" + id + "/hours",
                "arrangements?clientId=" + client)) {
            Api.Answer a = viewer.get(path);
            assertEquals(403, a.status(), path + " -> " + a);
            assertFalse(a.body().contains("SW-A1"), path);
        }
        PageSession vic = new PageSession(platform, council.id(), "vic.viewer", CouncilFixture.USER_PASSWORD);
        java.net.http.HttpResponse<String> refused = vic.get("/arrangements/view?id=" + id);
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("SW-A1"));
        assertFalse(vic.get("/micro-enterprises/view?id=" + me).body().contains("SW-A1"), "nor on the ME's page");
        assertEquals(before + 1, viewedVia(client).size(), "refused reads read nothing");
    }

    @Test
    void aClientIsNotClosedWhileCareIsArrangedAndThePageSaysWhich(RunningPlatform platform) throws Exception {
        String me = me("Troon Care Co", 30);
        String client = client("2024-02-20");
        String current = broker.create("arrangements", body(client, me, TODAY.minusDays(10), TODAY.plusDays(20), 7)).getString("id");
        String future = broker.create("arrangements", body(client, me, TODAY.plusDays(30), null, 7)).getString("id");
        String close = json("{'status':'CLOSED','reason':'Moved away'}");

        Api.Answer refused = broker.post("clients/" + client + "/status", close);
        assertEquals(409, refused.status(), refused.toString());
        String message = refused.json().getString("message");
        assertTrue(message.contains(current) && message.contains(future) && message.contains("Troon Care Co") && message.contains("End the"),
                message);
        assertEquals("WAITING", broker.get("clients/" + client).json().getString("status"), "nothing changed");
        assertEquals(0, admin.get("audit?action=CLIENT_STATUS_CHANGED&recordId=" + client).array().size());

        // the page: the same refusal in the error summary, naming the arrangements, nothing changed
        PageSession bea = new PageSession(platform, council.id(), "bea.broker", CouncilFixture.USER_PASSWORD);
        String shown = bea.get("/clients/view?id=" + client).body();
        java.net.http.HttpResponse<String> answer = bea.post("/clients/view?id=" + client, shown, java.util.Map.of("status-form", "status-form",
                "status", "CLOSED", "on", TODAY.toString(), "reason", "Moved away", "move", "Move"));
        assertEquals(200, answer.statusCode(), answer.body());
        String page = answer.body();
        assertTrue(page.contains("govuk-error-summary"), page);
        String summary = page.substring(page.indexOf("govuk-error-summary"), page.indexOf("</div>", page.indexOf("govuk-error-summary__body")));
        assertTrue(summary.contains("cannot be closed") && summary.contains("Troon Care Co") && summary.contains("no end date"), summary);
        assertEquals("WAITING", broker.get("clients/" + client).json().getString("status"), "nothing changed by the page");

        // care that has ended by the closing day does not stand in the way
        String second = client("2024-02-20");
        String ending = broker.create("arrangements", body(second, me, TODAY.minusDays(10), null, 7)).getString("id");
        assertEquals(409, broker.post("clients/" + second + "/status", close).status(), "open-ended care runs after today");
        assertEquals(200, broker.post("arrangements/" + ending + "/end", json("{'endsOn':'" + TODAY + "','reason':'Moved away'}")).status());
        Api.Answer closed = broker.post("clients/" + second + "/status", close);
        assertEquals(200, closed.status(), "closed on the last day of care: " + closed);
        assertEquals("CLOSED", closed.json().getString("status"));
    }
}
