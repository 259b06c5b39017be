package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Risk flags through the API, with hand-built MEs where each flag is known to be on or off: a single
 * client for longer than the council's (lowered) threshold, a rate above the Direct Payment rate, a
 * capacity lowered below the hours arranged, evidence expiring within the warning window while caring
 * (and not while not caring); the day asked for; viewers refused.
 */
@ExtendWith(PlatformExtension.class)
class RiskFlagsIT {

    private static final LocalDate TODAY = DirectoryFixture.TODAY;

    private DirectoryFixture directory;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private int clients;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        directory = DirectoryFixture.onboard(platform, "risk", "SCOTLAND").locality("TROON", "Troon");
        council = directory.council();
        admin = council.asAdmin();
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
    }

    /** A listed ME whose only evidence (each requirement corrected) was checked in 2024 and expires on {@code expires}. */
    private String me(String name, int capacity, LocalDate expires) {
        String id = directory.listed(name, b -> b.add("hourlyRate", "20.00").add("capacityHoursPerWeek", capacity));
        for (JsonObject e : admin.get("micro-enterprises/" + id + "/evidence").array().getValuesAs(JsonObject.class)) {
            admin.create("micro-enterprises/" + id + "/evidence", json("{'requirement':'" + e.getString("requirement")
                    + "','checkedOn':'2024-03-01','expiresOn':'" + expires + "','correcting':'" + e.getString("id")
                    + "','reason':'The certificate seen in 2024'}"));
        }
        return id;
    }

    private String client() {
        clients++;
        return broker.create("clients", json("{'reference':'SW-R" + clients + "','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20',"
                + "'consentGivenOn':'2024-02-20'}")).getString("id");
    }

    private void arrange(String meId, LocalDate from, String rate) {
        broker.create("arrangements", json("{'clientId':'" + client() + "','microEnterpriseId':'" + meId + "','startsOn':'" + from
                + "','hoursPerWeek':7,'hourlyRate':'" + rate + "','funding':'DIRECT_PAYMENT'}"));
    }

    private static List<String> flags(JsonObject o) {
        return o.getJsonArray("flags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private Map<String, List<String>> flagged(LocalDate on) {
        Api.Answer a = broker.get("risk-flags?on=" + on);
        assertEquals(200, a.status(), a.toString());
        return a.array().getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(o -> o.getString("tradingName"), RiskFlagsIT::flags,
                (x, y) -> x, java.util.LinkedHashMap::new));
    }

    @Test
    void eachFlagOnWhenItsRuleHoldsAndOffOtherwise() {
        JsonObject programme = admin.get("programme").json();
        Api.Answer put = admin.put("programme", json("{'programmeName':'Risk programme','contactName':'Risk Team',"
                + "'contactEmail':'risk@council.example','contactPhone':'01292 612000','employmentRiskWeeks':2,'evidenceWarningDays':30,"
                + "'clientRetentionYears':6,'version':" + programme.getInt("version") + "}"));
        assertEquals(200, put.status(), put.toString());
        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'18.00','validFrom':'2023-04-01'}"));

        LocalDate later = TODAY.plusDays(400);
        String alpha = me("Alpha Care", 30, later);       // one client for 30 days, above the DP rate
        arrange(alpha, TODAY.minusDays(30), "20.00");
        String bravo = me("Bravo Care", 30, later);       // two clients at the DP rate; capacity then lowered to 10
        arrange(bravo, TODAY.minusDays(30), "18.00");
        arrange(bravo, TODAY.minusDays(30), "18.00");
        JsonObject record = directory.recordOf("Bravo Care");
        Api.Answer lowered = broker.put("micro-enterprises/" + bravo, Json.createObjectBuilder(record).add("capacityHoursPerWeek", 10)
                .add("version", admin.get("micro-enterprises/" + bravo).json().getInt("version")).build().toString());
        assertEquals(200, lowered.status(), lowered.toString());
        String charlie = me("Charlie Care", 30, TODAY.plusDays(10)); // one client for a week only; evidence expiring in 10 days
        arrange(charlie, TODAY.minusDays(7), "18.00");
        String delta = me("Delta Care", 30, later);       // one client for a week, below the DP rate: nothing
        arrange(delta, TODAY.minusDays(7), "17.00");
        me("Echo Care", 30, TODAY.plusDays(10));          // evidence expiring, but no care arranged: nothing

        Map<String, List<String>> today = flagged(TODAY);
        assertEquals(Map.of("Alpha Care", List.of("SINGLE_CLIENT", "TOP_UP"), "Bravo Care", List.of("OVER_CAPACITY"),
                "Charlie Care", List.of("EVIDENCE_EXPIRING")), today);
        assertEquals(List.of("Alpha Care", "Bravo Care", "Charlie Care"), List.copyOf(today.keySet()), "by trading name");

        // 20 days ago: Alpha's client had been with it 10 days (not longer than 2 weeks); Charlie's, Delta's not yet begun;
        // (Charlie has no active care then, so its expiring evidence is no flag)
        assertEquals(Map.of("Alpha Care", List.of("TOP_UP"), "Bravo Care", List.of("OVER_CAPACITY")), flagged(TODAY.minusDays(20)));

        JsonObject one = broker.get("micro-enterprises/" + alpha + "/risk-flags?on=" + TODAY).json();
        assertEquals(alpha, one.getString("microEnterpriseId"));
        assertEquals("Alpha Care", one.getString("tradingName"));
        assertEquals(List.of("SINGLE_CLIENT", "TOP_UP"), flags(one));
        assertEquals(List.of(), flags(admin.get("micro-enterprises/" + delta + "/risk-flags").json()), "today by default");
        assertEquals(List.of("EVIDENCE_EXPIRING"), flags(admin.get("micro-enterprises/" + charlie + "/risk-flags").json()));
        assertEquals(404, broker.get("micro-enterprises/nobody/risk-flags").status());
        assertEquals(400, broker.get("risk-flags?on=2024-13-01").status());
        assertEquals(400, broker.get("micro-enterprises/" + alpha + "/risk-flags?on=soon").status());
    }

    @Test
    void viewersMayNotSeeRiskFlags() {
        String me = me("Alpha Care", 30, TODAY.plusDays(400));
        CouncilFixture.Caller viewer = council.as("vic.viewer");
        assertEquals(403, viewer.get("risk-flags").status());
        assertEquals(403, viewer.get("micro-enterprises/" + me + "/risk-flags").status());
        assertEquals(200, admin.get("risk-flags").status());
        assertEquals(List.of(), broker.get("risk-flags").array().getValuesAs(JsonObject.class), "no care arranged, no flags");
    }
}
