package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concerns, complaints and reassessment requests through the API: raised, listed, filtered, closed once, audited; viewers and other councils see nothing. */
@ExtendWith(PlatformExtension.class)
class ConcernsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private RunningPlatform platform;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private CouncilFixture.Caller viewer;
    private String meId;
    private String otherMeId;
    private String clientId;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        this.platform = platform;
        council = CouncilFixture.onboard(platform, "concerns", "SCOTLAND");
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

    private String concern(String about, String category, String extra) {
        return "{\"kind\":\"COMPLAINT\"," + about + ",\"raisedOn\":\"" + TODAY.minusDays(2) + "\",\"raisedBy\":\"client's daughter\","
                + "\"source\":\"FAMILY\",\"category\":\"" + category + "\",\"description\":\"Visits cut short\\nthree times\"" + extra + "}";
    }

    private String aboutBoth() {
        return "\"microEnterpriseId\":\"" + meId + "\",\"clientId\":\"" + clientId + "\"";
    }

    @Test
    void aBrokerRaisesListsFiltersAndClosesAConcernOnce() {
        JsonObject raised = broker.create("concerns", concern(aboutBoth(), "QUALITY_OF_CARE", ""));
        String id = raised.getString("id");
        assertEquals("OPEN", raised.getString("status"));
        assertEquals("client's daughter", raised.getString("raisedBy"));
        assertEquals("FAMILY", raised.getString("source"));
        assertFalse(raised.getBoolean("safeguarding"));
        JsonObject safeguarding = broker.create("concerns", concern("\"microEnterpriseId\":\"" + otherMeId + "\"", "SAFEGUARDING", ""));
        assertTrue(safeguarding.getBoolean("safeguarding"), "a safeguarding category is always flagged");
        admin.create("concerns", json("{'kind':'CONCERN','clientId':'" + clientId + "','raisedBy':'Social worker','source':'SOCIAL_WORKER',"
                + "'category':'MONEY','safeguarding':true,'description':'Cash asked for'}"));

        assertEquals(3, broker.get("concerns").array().size());
        List<JsonObject> ofMe = broker.get("concerns?microEnterpriseId=" + meId).array().getValuesAs(JsonObject.class);
        assertEquals(List.of(id), ofMe.stream().map(c -> c.getString("id")).toList());
        assertFalse(ofMe.get(0).containsKey("description"), "the list carries no description");
        assertEquals(2, broker.get("concerns?clientId=" + clientId).array().size());
        assertEquals(1, broker.get("concerns?clientId=" + clientId + "&microEnterpriseId=" + meId).array().size());
        assertEquals(400, broker.get("concerns?open=maybe").status());

        Api.Answer noOutcome = broker.post("concerns/" + id + "/close", json("{'outcomeNote':'Talked to both'}"));
        assertEquals(List.of("outcome"), broker.violatedFields(noOutcome));
        Api.Answer stale = broker.post("concerns/" + id + "/close", json("{'outcome':'UPHELD','version':99}"));
        assertEquals(409, stale.status(), stale.toString());
        Api.Answer future = broker.post("concerns/" + id + "/close", json("{'outcome':'UPHELD','closedOn':'" + TODAY.plusDays(1) + "'}"));
        assertEquals(List.of("closedOn"), broker.violatedFields(future));
        assertEquals("OPEN", broker.get("concerns/" + id).json().getString("status"), "nothing changed");

        long version = raised.getJsonNumber("version").longValue();
        Api.Answer closed = broker.post("concerns/" + id + "/close", json("{'outcome':'PARTLY_UPHELD','outcomeNote':'Rota changed',"
                + "'version':" + version + "}"));
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals("PARTLY_UPHELD", closed.json().getString("outcome"));
        assertEquals(TODAY.toString(), closed.json().getString("closedOn"));
        assertEquals("bea.broker", closed.json().getString("closedBy"));
        Api.Answer again = admin.post("concerns/" + id + "/close", json("{'outcome':'NOT_UPHELD'}"));
        assertEquals(409, again.status(), "closed once: " + again);
        assertEquals("PARTLY_UPHELD", broker.get("concerns/" + id).json().getString("outcome"));

        assertEquals(2, broker.get("concerns?open=true").array().size());
        assertEquals(List.of(id), broker.get("concerns?open=false").array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("id")).toList());
    }

    @Test
    void aConcernIsAboutSomeoneOfThisCouncilNotInTheFuture() {
        assertEquals(List.of("microEnterpriseId"), broker.violatedFields(broker.post("concerns", concern("\"arrangementId\":\"a-1\"",
                "OTHER", ""))));
        assertEquals(List.of("raisedOn"), broker.violatedFields(broker.post("concerns", concern(aboutBoth(), "OTHER", "")
                .replace(TODAY.minusDays(2).toString(), TODAY.plusDays(1).toString()))));
        assertEquals(List.of("category"), broker.violatedFields(broker.post("concerns", concern(aboutBoth(), "GOSSIP", ""))));
        assertEquals(List.of("microEnterpriseId"), broker.violatedFields(broker.post("concerns",
                concern("\"microEnterpriseId\":\"no-such-me\"", "OTHER", ""))));
        assertEquals(List.of("clientId"), broker.violatedFields(broker.post("concerns", concern("\"clientId\":\"no-such-client\"", "OTHER", ""))));
        assertEquals(0, broker.get("concerns").array().size(), "nothing was raised");
        assertEquals(0, admin.get("audit?action=CONCERN_RAISED").array().size());
    }

    @Test
    void everyChangeIsAuditedAgainstTheMeAndTheClientAndReadingOneIsAReadOfTheClient() {
        String id = broker.create("concerns", concern(aboutBoth(), "CONDUCT", "")).getString("id");
        List<JsonObject> aboutMe = admin.get("audit?action=CONCERN_RAISED&recordId=" + meId).array().getValuesAs(JsonObject.class);
        assertEquals(1, aboutMe.size());
        assertEquals("bea.broker", aboutMe.get(0).getString("actor"));
        assertTrue(aboutMe.get(0).getString("detail").contains(id), aboutMe.get(0).toString());
        assertFalse(aboutMe.get(0).getString("detail").contains("Visits cut short"), "the description stays out of the log");
        assertEquals(1, admin.get("audit?action=CONCERN_RAISED&recordId=" + clientId).array().size());

        int viewsBefore = admin.get("audit?action=CLIENT_VIEWED&recordId=" + clientId).array().size();
        broker.get("concerns/" + id);
        List<JsonObject> views = admin.get("audit?action=CLIENT_VIEWED&recordId=" + clientId).array().getValuesAs(JsonObject.class);
        assertEquals(viewsBefore + 1, views.size(), "reading a concern about a client is a read of the client's record");

        broker.post("concerns/" + id + "/close", json("{'outcome':'NOT_UPHELD'}"));
        assertEquals(1, admin.get("audit?action=CONCERN_CLOSED&recordId=" + meId).array().size());
        assertEquals(1, admin.get("audit?action=CONCERN_CLOSED&recordId=" + clientId).array().size());
    }

    @Test
    void reassessmentRequestsAreMadeForAClientAndClosedOnceWithANote() {
        JsonObject made = broker.create("clients/" + clientId + "/reassessments", json("{'requestedBy':'Broker after joint visit',"
                + "'reason':'Needs have grown:\\nnow needs help at night'}"));
        String id = made.getString("id");
        assertEquals("OPEN", made.getString("status"));
        Api.Answer created = broker.get("reassessments/" + id);
        assertEquals(200, created.status(), "the request can be read where it was created: " + created);
        assertEquals(clientId, created.json().getString("clientId"));
        assertEquals(TODAY.toString(), made.getString("requestedOn"));
        assertEquals(List.of(id), broker.get("clients/" + clientId + "/reassessments").array().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id")).toList());
        assertEquals(List.of("reason"), broker.violatedFields(broker.post("clients/" + clientId + "/reassessments",
                json("{'requestedBy':'Broker'}"))));
        assertEquals(List.of("requestedOn"), broker.violatedFields(broker.post("clients/" + clientId + "/reassessments",
                json("{'requestedBy':'Broker','reason':'x','requestedOn':'" + TODAY.plusDays(3) + "'}"))));
        assertEquals(404, broker.post("clients/no-such-client/reassessments", json("{'requestedBy':'Broker','reason':'x'}")).status());

        assertEquals(List.of("outcomeNote"), broker.violatedFields(broker.post("reassessments/" + id + "/close", json("{}"))));
        Api.Answer closed = admin.post("reassessments/" + id + "/close", json("{'outcomeNote':'Hours raised to 14'}"));
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(409, broker.post("reassessments/" + id + "/close", json("{'outcomeNote':'Again'}")).status());
        assertEquals(1, admin.get("audit?action=REASSESSMENT_REQUESTED&recordId=" + clientId).array().size());
        assertEquals(1, admin.get("audit?action=REASSESSMENT_CLOSED&recordId=" + clientId).array().size());
    }

    @Test
    void viewersSeeNoConcernsAndAnotherCouncilFindsNone() {
        String id = broker.create("concerns", concern(aboutBoth(), "MISSED_VISIT", "")).getString("id");
        String request = broker.create("clients/" + clientId + "/reassessments", json("{'requestedBy':'Broker','reason':'More hours'}"))
                .getString("id");
        assertEquals(403, viewer.get("concerns").status());
        assertEquals(403, viewer.get("concerns/" + id).status());
        assertEquals(403, viewer.post("concerns", concern(aboutBoth(), "OTHER", "")).status());
        assertEquals(403, viewer.post("concerns/" + id + "/close", json("{'outcome':'UPHELD'}")).status());
        assertEquals(403, viewer.get("clients/" + clientId + "/reassessments").status());
        assertEquals(403, viewer.post("clients/" + clientId + "/reassessments", json("{'requestedBy':'V','reason':'x'}")).status());
        assertEquals(403, viewer.post("reassessments/" + request + "/close", json("{'outcomeNote':'x'}")).status());

        CouncilFixture neighbour = CouncilFixture.onboard(platform, "neighbour", "SCOTLAND");
        CouncilFixture.Caller theirs = neighbour.asAdmin();
        assertEquals(404, theirs.get("concerns/" + id).status());
        assertEquals(404, theirs.post("concerns/" + id + "/close", json("{'outcome':'UPHELD'}")).status());
        assertEquals(0, theirs.get("concerns").array().size());
        assertEquals(0, theirs.get("concerns?microEnterpriseId=" + meId).array().size());
        assertEquals(404, theirs.get("clients/" + clientId + "/reassessments").status());
        assertEquals(404, theirs.get("reassessments/" + request).status());
        assertEquals(403, viewer.get("reassessments/" + request).status());
        assertEquals(404, theirs.post("reassessments/" + request + "/close", json("{'outcomeNote':'x'}")).status());
        assertEquals(List.of("microEnterpriseId"), theirs.violatedFields(theirs.post("concerns", concern("\"microEnterpriseId\":\"" + meId + "\"",
                "OTHER", ""))));
        assertEquals("OPEN", broker.get("concerns/" + id).json().getString("status"), "nothing changed");
    }
}
