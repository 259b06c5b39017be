package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cover for an ME's absence through the API: the clients affected (arrangements active on a day of the
 * absence), their cover candidates (matching over the days to cover: the absent ME, MEs away themselves
 * and MEs short of capacity on any of the days left out, ranked as matching ranks), assigning cover (a
 * temporary arrangement ending with the absence) and its refusals, cancelling the absence ending the
 * cover, who may read and write, and the audited reads of the affected clients.
 */
@ExtendWith(PlatformExtension.class)
class CoverIT {

    private static final LocalDate TODAY = DirectoryFixture.TODAY;
    private static final LocalDate AWAY_FROM = TODAY.plusDays(5);
    private static final LocalDate AWAY_TO = TODAY.plusDays(15);

    private DirectoryFixture directory;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private int clients;

    private String away;
    private String zed;
    private String ceri;
    private String busy;
    private String alsoAway;
    private String enquiry;
    private String longClient;
    private String lateClient;
    private String earlyClient;
    private String absence;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        directory = DirectoryFixture.onboard(platform, "cover", "SCOTLAND").locality("TROON", "Troon");
        council = directory.council();
        admin = council.asAdmin();
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");

        away = me("Away Care", 30, "20.00");
        zed = me("Zed Cover", 30, "21.50");
        ceri = me("Ceri Cover", 30, "19.00");
        busy = me("Busy Bee", 10, "18.00");
        alsoAway = me("Also Away", 30, "18.00");
        enquiry = directory.enquiry("Not Yet Ltd", b -> b.add("hourlyRate", "20.00").add("capacityHoursPerWeek", 30));

        longClient = client("SW-LONG", TODAY.minusDays(40));
        lateClient = client("SW-LATE", TODAY.minusDays(40));
        earlyClient = client("SW-EARLY", TODAY.minusDays(40));
        arrange(longClient, away, TODAY.minusDays(5), null, 7);
        arrange(lateClient, away, TODAY.plusDays(12), null, 4);
        arrange(earlyClient, away, TODAY.plusDays(1), TODAY.plusDays(3), 7);
        // Ceri already supports one client (ranks below Zed); Busy Bee is 7 of its 10 hours busy from day 8 of the absence
        arrange(client("SW-CERI", TODAY.minusDays(40)), ceri, TODAY.minusDays(5), null, 2);
        arrange(client("SW-BUSY", TODAY.minusDays(40)), busy, TODAY.plusDays(8), null, 7);
        broker.create("micro-enterprises/" + alsoAway + "/absences", json("{'startsOn':'" + AWAY_TO.minusDays(1) + "','endsOn':'"
                + AWAY_TO.plusDays(5) + "','planned':true}"));
        absence = broker.create("micro-enterprises/" + away + "/absences", json("{'startsOn':'" + AWAY_FROM + "','endsOn':'" + AWAY_TO
                + "','planned':false,'note':'Broken wrist'}")).getString("id");
    }

    private String me(String name, int capacity, String rate) {
        return directory.listed(name, b -> b.add("hourlyRate", rate).add("capacityHoursPerWeek", capacity));
    }

    private String client(String reference, LocalDate consent) {
        clients++;
        return broker.create("clients", clientBody(reference, consent, null)).getString("id");
    }

    private static String clientBody(String reference, LocalDate consent, Long version) {
        return json("{'reference':'" + reference + "','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20'"
                + (consent == null ? "" : ",'consentGivenOn':'" + consent + "'") + (version == null ? "" : ",'version':" + version) + "}");
    }

    private String arrange(String client, String me, LocalDate from, LocalDate to, int hours) {
        return broker.create("arrangements", json("{'clientId':'" + client + "','microEnterpriseId':'" + me + "','startsOn':'" + from + "',"
                + (to == null ? "" : "'endsOn':'" + to + "',") + "'hoursPerWeek':" + hours + ",'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}"))
                .getString("id");
    }

    private String coverPath() {
        return "micro-enterprises/" + away + "/absences/" + absence + "/cover";
    }

    private static String assignment(String client, String me) {
        return json("{'clientId':'" + client + "','microEnterpriseId':'" + me + "'}");
    }

    private void refused(int status, Api.Answer a, String says) {
        assertEquals(status, a.status(), a.toString());
        assertTrue(a.json().getString("message").contains(says), a.toString());
    }

    private int count() {
        return broker.get("arrangements?size=500").array().size();
    }

    private static List<String> ids(JsonObject affected) {
        return affected.getJsonArray("candidates").getValuesAs(JsonObject.class).stream().map(m -> m.getString("microEnterpriseId")).toList();
    }

    @Test
    void theAffectedClientsAndTheirCandidatesOverTheDaysToCover() {
        JsonObject plan = broker.get(coverPath()).json();
        assertEquals("Away Care", plan.getString("tradingName"));
        assertEquals(AWAY_FROM.toString(), plan.getString("startsOn"));
        List<JsonObject> affected = plan.getJsonArray("affected").getValuesAs(JsonObject.class);
        assertEquals(List.of("SW-LONG", "SW-LATE"), affected.stream().map(a -> a.getString("clientReference")).toList(),
                "the arrangement ended before the absence is not affected: " + affected);

        JsonObject whole = affected.get(0);
        assertEquals(7, whole.getInt("hoursPerWeek"));
        assertEquals(AWAY_FROM.toString(), whole.getString("coverFrom"));
        assertEquals(AWAY_TO.toString(), whole.getString("coverTo"));
        assertFalse(whole.getBoolean("covered"));
        // not the absent ME, not the one away too, not the one short of hours from day 8, not the enquiry; Zed (no clients) before Ceri (one)
        assertEquals(List.of(zed, ceri), ids(whole), whole.toString());
        List<JsonObject> ranked = whole.getJsonArray("candidates").getValuesAs(JsonObject.class);
        assertEquals(List.of(100, 99), ranked.stream().map(m -> m.getInt("score")).toList());
        assertTrue(ranked.get(1).getJsonArray("reasons").toString().contains("28 hours a week spare"), ranked.toString());

        JsonObject late = affected.get(1);
        assertEquals(TODAY.plusDays(12).toString(), late.getString("coverFrom"), "cover from the later of the absence's and the arrangement's start");
        assertEquals(4, late.getInt("hoursPerWeek"));
        assertEquals(List.of(zed, ceri), ids(late));

        // the same client matched on the absence's first day alone: Busy Bee still has the hours and Also Away is not away yet that
        // day; Away Care is away
        List<String> oneDay = broker.get("clients/" + longClient + "/matches?on=" + AWAY_FROM).array().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("microEnterpriseId")).toList();
        assertTrue(oneDay.containsAll(List.of(zed, ceri, busy, alsoAway)) && !oneDay.contains(away), oneDay.toString());
    }

    @Test
    void assigningCoverMakesAnArrangementThatEndsWithTheAbsence() {
        int before = count();
        Api.Answer made = broker.post(coverPath(), assignment(longClient, ceri));
        assertEquals(201, made.status(), made.toString());
        JsonObject cover = made.json();
        assertTrue(made.header("Location").endsWith("/arrangements/" + cover.getString("id")), made.toString());
        assertEquals(longClient, cover.getString("clientId"));
        assertEquals(ceri, cover.getString("microEnterpriseId"));
        assertEquals(AWAY_FROM.toString(), cover.getString("startsOn"));
        assertEquals(AWAY_TO.toString(), cover.getString("endsOn"));
        assertEquals(7, cover.getInt("hoursPerWeek"));
        assertEquals("19.00", cover.getString("hourlyRate"), "the cover ME's own rate");
        assertEquals("DIRECT_PAYMENT", cover.getString("funding"));
        JsonObject coverFor = cover.getJsonObject("coverFor");
        assertEquals(absence, coverFor.getString("absenceId"));
        assertEquals("Away Care", coverFor.getString("tradingName"));
        assertEquals(before + 1, count());
        assertEquals(1, admin.get("audit?action=ARRANGEMENT_MADE&recordId=" + cover.getString("id")).array().size());
        assertTrue(admin.get("audit?action=ARRANGEMENT_MADE&recordId=" + cover.getString("id")).array().getJsonObject(0).getString("detail")
                .contains("cover for Away Care"));

        JsonObject whole = broker.get(coverPath()).json().getJsonArray("affected").getJsonObject(0);
        assertTrue(whole.getBoolean("covered"));
        assertEquals(cover.getString("id"), whole.getJsonArray("covers").getJsonObject(0).getString("id"));
        refused(409, broker.post(coverPath(), assignment(longClient, zed)), "already arranged");

        // with a rate given, and the late client's cover from its arrangement's first day
        Api.Answer late = broker.post(coverPath(), json("{'clientId':'" + lateClient + "','microEnterpriseId':'" + zed + "','hourlyRate':'20.00'}"));
        assertEquals(201, late.status(), late.toString());
        assertEquals(TODAY.plusDays(12).toString(), late.json().getString("startsOn"));
        assertEquals("20.00", late.json().getString("hourlyRate"));

        // cancelling the absence ends its covers (not begun yet: on their first day), audited
        Api.Answer cancelled = broker.post("micro-enterprises/" + away + "/absences/" + absence + "/cancel", json("{'reason':'Wrist healed'}"));
        assertEquals(200, cancelled.status(), cancelled.toString());
        JsonObject ended = broker.get("arrangements/" + cover.getString("id")).json();
        assertTrue(ended.getBoolean("endedEarly"), ended.toString());
        assertEquals(AWAY_FROM.toString(), ended.getString("endsOn"));
        assertTrue(ended.getString("endedReason").contains("Wrist healed"), ended.toString());
        assertTrue(ended.getJsonObject("coverFor").getBoolean("absenceCancelled"));
        assertEquals(1, admin.get("audit?action=ARRANGEMENT_ENDED&recordId=" + cover.getString("id")).array().size());
        refused(409, broker.post(coverPath(), assignment(longClient, zed)), "was cancelled");
    }

    @Test
    void everyRefusalSaysWhyAndChangesNothing() {
        int before = count();
        refused(409, broker.post(coverPath(), assignment(longClient, enquiry)), "not on the directory on " + AWAY_FROM);
        refused(409, broker.post(coverPath(), assignment(longClient, alsoAway)), "away itself");
        refused(409, broker.post(coverPath(), assignment(longClient, busy)), "no spare capacity");
        refused(409, broker.post(coverPath(), assignment(longClient, away)), "is the micro-enterprise that is away");
        refused(409, broker.post(coverPath(), assignment(earlyClient, zed)), "no arrangement with Away Care during the absence");
        assertEquals(List.of("clientId"), broker.violatedFields(broker.post(coverPath(), assignment("nobody", zed))));
        assertEquals(List.of("microEnterpriseId"), broker.violatedFields(broker.post(coverPath(), assignment(longClient, "nobody"))));
        assertEquals(List.of("clientId"), broker.violatedFields(broker.post(coverPath(), json("{'microEnterpriseId':'" + zed + "'}"))));
        assertEquals(List.of("hourlyRate"), broker.violatedFields(broker.post(coverPath(),
                json("{'clientId':'" + longClient + "','microEnterpriseId':'" + zed + "','hourlyRate':'0.00'}"))));
        assertEquals(404, broker.post("micro-enterprises/" + away + "/absences/nothing/cover", assignment(longClient, zed)).status());
        assertEquals(404, broker.post("micro-enterprises/" + zed + "/absences/" + absence + "/cover", assignment(longClient, zed)).status());

        // consent withdrawn since the arrangement was made
        JsonObject record = broker.get("clients/" + longClient).json();
        Api.Answer withdrawn = broker.put("clients/" + longClient, clientBody("SW-LONG", null, record.getJsonNumber("version").longValue()));
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        refused(409, broker.post(coverPath(), assignment(longClient, zed)), "has not consented");
        assertEquals(before, count(), "nothing made");
        assertEquals(0, admin.get("audit?action=ARRANGEMENT_MADE").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("detail").contains("cover for")).count());
    }

    @Test
    void brokersAssignAdminsReadViewersSeeNothingAndEveryAffectedClientsReadIsAudited(RunningPlatform platform) {
        assertEquals(200, admin.get(coverPath()).status());
        assertEquals(403, admin.post(coverPath(), assignment(longClient, zed)).status());
        CouncilFixture.Caller viewer = council.as("vic.viewer");
        assertEquals(403, viewer.get(coverPath()).status());
        assertEquals(403, viewer.post(coverPath(), assignment(longClient, zed)).status());
        assertEquals(404, broker.get("micro-enterprises/" + away + "/absences/nothing/cover").status());
        assertEquals(404, broker.get("micro-enterprises/nobody/absences/" + absence + "/cover").status());

        broker.get(coverPath());
        for (String client : List.of(longClient, lateClient)) {
            List<JsonObject> views = admin.get("clients/" + client + "/views").array().getValuesAs(JsonObject.class);
            assertTrue(views.stream().anyMatch(v -> v.getString("viewer").equals("bea.broker") && v.getString("via").contains("/cover")),
                    views.toString());
        }
        assertTrue(admin.get("clients/" + earlyClient + "/views").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> v.getString("via").contains("/cover")), "an unaffected client's record is not read");

        CouncilFixture elsewhere = CouncilFixture.onboard(platform, "cover-other", "WALES");
        elsewhere.addUser("other.broker", "BROKER");
        CouncilFixture.Caller stranger = elsewhere.as("other.broker");
        assertEquals(404, stranger.get(coverPath()).status());
        assertEquals(404, stranger.post(coverPath(), assignment(longClient, zed)).status());
    }
}
