package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private RunningPlatform platform;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        this.platform = platform;
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

    /** Care for a new client; the client's id. */
    private String arrange(String meId, LocalDate from, String rate) {
        String client = client();
        broker.create("arrangements", json("{'clientId':'" + client + "','microEnterpriseId':'" + meId + "','startsOn':'" + from
                + "','hoursPerWeek':7,'hourlyRate':'" + rate + "','funding':'DIRECT_PAYMENT'}"));
        return client;
    }

    private static List<String> flags(JsonObject o) {
        return o.getJsonArray("flags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> names(Api.Answer a) {
        return a.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("tradingName")).toList();
    }

    private Map<String, List<String>> flagged(LocalDate on) {
        Api.Answer a = broker.get("risk-flags?on=" + on);
        assertEquals(200, a.status(), a.toString());
        return a.array().getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(o -> o.getString("tradingName"), RiskFlagsIT::flags,
                (x, y) -> x, java.util.LinkedHashMap::new));
    }

    @Test
    void eachFlagOnWhenItsRuleHoldsAndOffOtherwise() throws Exception {
        JsonObject programme = admin.get("programme").json();
        Api.Answer put = admin.put("programme", json("{'programmeName':'Risk programme','contactName':'Risk Team',"
                + "'contactEmail':'risk@council.example','contactPhone':'01292 612000','employmentRiskWeeks':2,'evidenceWarningDays':30,"
                + "'clientRetentionYears':6,'version':" + programme.getInt("version") + "}"));
        assertEquals(200, put.status(), put.toString());
        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'18.00','validFrom':'2023-04-01'}"));

        LocalDate later = TODAY.plusDays(400);
        String alpha = me("Alpha Care", 30, later);       // one client for 30 days, above the DP rate
        String alphaClient = arrange(alpha, TODAY.minusDays(30), "20.00");
        String bravo = me("Bravo Care", 30, later);       // two clients at the DP rate; capacity then lowered to 10
        arrange(bravo, TODAY.minusDays(30), "18.00");
        arrange(bravo, TODAY.minusDays(30), "18.00");
        JsonObject record = directory.recordOf("Bravo Care");
        Api.Answer lowered = broker.put("micro-enterprises/" + bravo, Json.createObjectBuilder(record).add("capacityHoursPerWeek", 10)
                .add("version", admin.get("micro-enterprises/" + bravo).json().getInt("version")).build().toString());
        assertEquals(200, lowered.status(), lowered.toString());
        String charlie = me("Charlie Care", 30, TODAY.plusDays(10)); // one client for a week only; evidence expiring in 10 days
        String charlieClient = arrange(charlie, TODAY.minusDays(7), "18.00");
        String delta = me("Delta Care", 30, later);       // one client for a week, below the DP rate: nothing
        arrange(delta, TODAY.minusDays(7), "17.00");
        me("Echo Care", 30, TODAY.plusDays(10));          // evidence expiring, but no care arranged: nothing

        Map<String, List<String>> today = flagged(TODAY);
        assertEquals(Map.of("Alpha Care", List.of("SINGLE_CLIENT", "TOP_UP"), "Bravo Care", List.of("OVER_CAPACITY"),
                "Charlie Care", List.of("EVIDENCE_EXPIRING")), today);
        assertEquals(List.of("Alpha Care", "Bravo Care", "Charlie Care"), List.copyOf(today.keySet()), "by trading name");

        // a page at a time, the total in X-Total-Count; bad paging refused
        Api.Answer first = broker.get("risk-flags?on=" + TODAY + "&size=2");
        assertEquals(200, first.status(), first.toString());
        assertEquals("3", first.header("X-Total-Count"));
        assertEquals(List.of("Alpha Care", "Bravo Care"), names(first));
        Api.Answer second = broker.get("risk-flags?on=" + TODAY + "&page=2&size=2");
        assertEquals(List.of("Charlie Care"), names(second));
        assertEquals("3", second.header("X-Total-Count"));
        assertEquals("2", second.header("X-Page"));
        assertEquals(List.of(), names(broker.get("risk-flags?on=" + TODAY + "&page=3&size=2")));
        assertEquals("3", broker.get("risk-flags").header("X-Total-Count"), "today, page 1 of 100 by default");
        for (String bad : List.of("page=0", "page=-1", "page=two", "size=0", "size=501", "size=1.5")) {
            Api.Answer refused = broker.get("risk-flags?" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused);
            assertEquals(List.of(bad.substring(0, bad.indexOf('='))), broker.violatedFields(refused), bad);
        }

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

        // the pages: the dashboard's Risks section, the ME's tags, the client's TOP_UP tag by the arrangement
        Session bea = new Session("bea.broker", CouncilFixture.USER_PASSWORD);
        String dashboard = bea.get("/dashboard").body();
        assertTrue(dashboard.contains("id=\"risks-heading\""), dashboard);
        String risks = dashboard.substring(dashboard.indexOf("id=\"risks-heading\""), dashboard.indexOf("id=\"stages-heading\""));
        assertTrue(risks.contains("3 micro-enterprises have a risk flag today"), risks);
        for (String shown : List.of("Alpha Care", "Bravo Care", "Charlie Care", "Single client", "Top-up", "Over capacity", "Evidence expiring",
                "more than 2 weeks ago", "within 30 days")) {
            assertTrue(risks.contains(shown), shown + " in " + risks);
        }
        assertFalse(risks.contains("Delta Care") || risks.contains("Echo Care"), risks);
        String alphaPage = bea.get("/micro-enterprises/view?id=" + alpha).body();
        assertTrue(alphaPage.contains("id=\"risk-flags\"") && alphaPage.contains("Single client") && alphaPage.contains("Top-up"), alphaPage);
        assertFalse(bea.get("/micro-enterprises/view?id=" + delta).body().contains("id=\"risk-flags\""));
        String topUp = "<strong class=\"govuk-tag govuk-tag--orange\">Top-up</strong>";
        assertTrue(bea.get("/clients/view?id=" + alphaClient).body().contains(topUp), "Alpha charges above the DP rate");
        assertFalse(bea.get("/clients/view?id=" + charlieClient).body().contains(topUp), "Charlie charges the DP rate");
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

    /** A signed-in browser session without a browser (as in ClientPrivacyIT): the sign-in form posted with its view state. */
    private final class Session {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Session(String username, String password) throws Exception {
            HttpResponse<String> form = get("/sign-in");
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
            assertTrue(state.find(), "the sign-in form has a view state");
            Map<String, String> fields = Map.of("sign-in", "sign-in", "username", username, "password", password,
                    "sign-in-button", "Sign in", "jakarta.faces.ViewState", state.group(1));
            String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, signedIn.statusCode(), "signed in as " + username + ": " + signedIn.body());
        }

        HttpResponse<String> get(String page) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri(page)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), page + ": " + r.body());
            return r;
        }

        private URI uri(String page) {
            return URI.create(platform.baseUrl() + "/c/" + council.id() + page);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
