package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports on hand-built records whose every figure is known: six MEs moved through their stages on
 * dates in early 2024 (one listed on the last day of March, one on 1 April, one paused mid-March),
 * support sessions either side of month ends, grants approved on a month's last and next month's first
 * day, arrangements ending mid-March or starting on 31 March and 1 April, hours for February to May,
 * rates that change on 1 April and an agency rate missing for May. Monthly measures for January to April,
 * cost avoidance with its annualisation, targets with trajectory and status, the month CSV equal to the
 * JSON, every figure drilled down to exactly the records it counts (clients by reference, none for a viewer), a
 * viewer reading everything, bad parameters refused, and another council's records never counted.
 */
@ExtendWith(PlatformExtension.class)
class ReportsIT {

    /** API.md's measures, in the order of South Ayrshire's table (and of the CSV). */
    private static final List<String> MEASURES = List.of("totalOnDirectory", "newReferrals", "engagedAndSupported", "newlyListed", "inProcess",
            "accessingGrant", "businessSupportSessions", "clientsSupported", "clientHours", "clientsSds", "clientsPrivate");

    private DirectoryFixture directory;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private CouncilFixture.Caller viewer;
    private final List<String> clientDetails = new ArrayList<>();
    private int clients;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        directory = DirectoryFixture.onboard(platform, "reports", "SCOTLAND").locality("TROON", "Troon");
        council = directory.council();
        admin = council.asAdmin();
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
        viewer = council.as("vic.viewer");
    }

    /** The day the evidence of the MEs made by {@link #me} was checked. */
    private String evidenceCheckedOn = "2024-01-02";

    /**
     * An ME whose enquiry was on {@code enquiry}, with evidence checked on {@link #evidenceCheckedOn} for every mandatory requirement,
     * moved as {@code moves} say ({@code "STAGE yyyy-MM-dd"}, a move to {@code LEFT} followed by its reason).
     */
    private String me(CouncilFixture.Caller as, DirectoryFixture in, String name, String enquiry, String... moves) {
        return me(as, in, name, b -> { }, enquiry, moves);
    }

    /** As {@link #me(CouncilFixture.Caller, DirectoryFixture, String, String, String...)}, with the ME's record changed by {@code change}. */
    private String me(CouncilFixture.Caller as, DirectoryFixture in, String name, Consumer<JsonObjectBuilder> change, String enquiry, String... moves) {
        String id = in.enquiry(name, b -> change.accept(b.add("enquiryDate", enquiry).add("capacityHoursPerWeek", 40)));
        for (JsonObject r : as.get("framework/requirements").array().getValuesAs(JsonObject.class)) {
            boolean applies = r.getBoolean("mandatory") && !r.getBoolean("medicationOnly", false) && (r.getJsonArray("appliesToServices").isEmpty()
                    || r.getJsonArray("appliesToServices").getValuesAs(JsonString.class).stream().anyMatch(s -> s.getString().equals("DOMESTIC_SUPPORT")));
            if (applies) {
                as.create("micro-enterprises/" + id + "/evidence", json("{'requirement':'" + r.getString("code")
                        + "','checkedOn':'" + evidenceCheckedOn + "','expiresOn':'2030-01-01'}"));
            }
        }
        for (String move : moves) {
            String[] m = move.split(" ");
            Api.Answer a = as.post("micro-enterprises/" + id + "/stage", json("{'stage':'" + m[0] + "','on':'" + m[1] + "'"
                    + (m[0].equals("PAUSED") ? ",'note':'Away for a while'" : "") + (m.length > 2 ? ",'reason':'" + m[2] + "'" : "") + "}"));
            assertEquals(200, a.status(), name + " " + move + ": " + a);
        }
        return id;
    }

    private void session(CouncilFixture.Caller as, String me, String on) {
        as.create("micro-enterprises/" + me + "/support-sessions", json("{'on':'" + on + "','provider':'GrowBiz','category':'FINANCIAL_MANAGEMENT','minutes':60}"));
    }

    private void grant(String scheme, String me, String appliedOn, String decision, String decidedOn) {
        grant(scheme, me, "500.00", appliedOn, decision, decidedOn);
    }

    private void grant(String scheme, String me, String amount, String appliedOn, String decision, String decidedOn) {
        String id = admin.create("grant-schemes/" + scheme + "/applications", json("{'microEnterpriseId':'" + me + "','amount':'" + amount
                + "','appliedOn':'" + appliedOn + "'}")).getString("id");
        Api.Answer a = admin.post("grant-applications/" + id + "/decision", json("{'decision':'" + decision + "','amount':'" + amount
                + "','decidedOn':'" + decidedOn + "'}"));
        assertEquals(200, a.status(), a.toString());
    }

    /** A client of this funding route in an arrangement with {@code me}; answers the arrangement's id. */
    private String arrangement(String me, String funding, String from, String to, int hours) {
        clients++;
        String reference = "SW-REP" + clients;
        String postcode = "KA10 " + clients + "RP";
        clientDetails.add(reference);
        clientDetails.add(postcode);
        String client = broker.create("clients", json("{'reference':'" + reference + "','postcode':'" + postcode + "','locality':'TROON',"
                + "'servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':" + hours + ",'fundingRoute':'" + funding + "','referredOn':'2024-01-10',"
                + "'consentGivenOn':'2024-01-10'}")).getString("id");
        return broker.create("arrangements", json("{'clientId':'" + client + "','microEnterpriseId':'" + me + "','startsOn':'" + from + "',"
                + (to == null ? "" : "'endsOn':'" + to + "',") + "'hoursPerWeek':" + hours + ",'hourlyRate':'20.00','funding':'" + funding + "'}"))
                .getString("id");
    }

    private void hours(String arrangement, String month, String hours) {
        Api.Answer a = broker.post("arrangements/" + arrangement + "/hours", json("{'month':'" + month + "','hours':'" + hours + "'}"));
        assertEquals(200, a.status(), a.toString());
    }

    /** The records every figure below is worked out from. */
    private void history() {
        String alpha = me(admin, directory, "Alpha Care", "2024-01-05", "DEVELOPING 2024-01-20", "LISTED 2024-02-10");
        String bravo = me(admin, directory, "Bravo Help", "2024-02-01", "DEVELOPING 2024-02-15", "LISTED 2024-03-31");
        String charlie = me(admin, directory, "Charlie Home", "2024-03-04", "DEVELOPING 2024-03-10");
        String delta = me(admin, directory, "Delta Support", "2024-03-20");
        String echo = me(admin, directory, "Echo Carers", "2024-01-10", "DEVELOPING 2024-01-15", "LISTED 2024-02-01", "PAUSED 2024-03-15");
        String foxtrot = me(admin, directory, "Foxtrot Aid", "2024-02-20", "DEVELOPING 2024-03-01", "LISTED 2024-04-01");

        session(broker, alpha, "2024-02-29");
        session(broker, charlie, "2024-03-12");
        session(broker, charlie, "2024-03-31");
        session(broker, delta, "2024-03-25");
        session(broker, bravo, "2024-04-01");

        String scheme = admin.create("grant-schemes", json("{'name':'Start-up fund','budget':'10000.00','maxAward':'500.00','opensOn':'2024-01-01'}"))
                .getString("id");
        grant(scheme, echo, "2024-01-20", "APPROVED", "2024-02-05");
        grant(scheme, alpha, "2024-02-01", "APPROVED", "2024-03-31");
        grant(scheme, bravo, "2024-03-01", "APPROVED", "2024-04-01");
        grant(scheme, charlie, "2024-03-11", "REJECTED", "2024-03-20");

        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16.98','validFrom':'2023-04-01','validTo':'2024-03-31'}"));
        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'18.64','validFrom':'2024-04-01'}"));
        admin.create("rates", json("{'type':'AGENCY_HOME_CARE','hourlyRate':'24.00','validFrom':'2023-04-01','validTo':'2024-03-31'}"));
        admin.create("rates", json("{'type':'AGENCY_HOME_CARE','hourlyRate':'25.50','validFrom':'2024-04-01','validTo':'2024-04-30'}"));

        String a1 = arrangement(alpha, "DIRECT_PAYMENT", "2024-02-12", "2024-03-15", 10);
        String a2 = arrangement(alpha, "SDS_OPTION_2", "2024-03-01", null, 5);
        String a3 = arrangement(bravo, "PRIVATE", "2024-03-31", null, 4);
        String a4 = arrangement(foxtrot, "SDS_OPTION_1", "2024-04-01", null, 6);
        String a5 = arrangement(alpha, "PRIVATE", "2024-02-12", "2024-02-29", 3);
        hours(a1, "2024-02", "20.5");
        hours(a5, "2024-02", "12");
        hours(a1, "2024-03", "22.25");
        hours(a2, "2024-03", "21.75");
        hours(a3, "2024-03", "1");
        hours(a2, "2024-04", "21.5");
        hours(a3, "2024-04", "17");
        hours(a4, "2024-04", "25.5");
        hours(a2, "2024-05", "20");

        admin.create("targets", json("{'metric':'NEW_MICRO_ENTERPRISES','value':12,'periodStart':'2024-01-01','periodEnd':'2024-12-31'}"));
        admin.create("targets", json("{'metric':'LISTED_MICRO_ENTERPRISES','value':20,'periodStart':'2024-01-01','periodEnd':'2024-12-31'}"));
        admin.create("targets", json("{'metric':'WEEKLY_SUPPORT_HOURS','value':40,'periodStart':'2024-01-01','periodEnd':'2024-12-31'}"));
        admin.create("targets", json("{'metric':'CLIENTS_SUPPORTED','value':5,'periodStart':'2024-01-01','periodEnd':'2024-12-31'}"));
        admin.create("targets", json("{'metric':'SDS_OPTION_2_CLIENTS','value':10,'periodStart':'2024-01-01','periodEnd':'2024-12-31'}"));
        admin.create("targets", json("{'metric':'NEW_MICRO_ENTERPRISES','value':30,'periodStart':'2025-01-01','periodEnd':'2025-12-31'}"));
    }

    /** Another council's records in the same months, which must never show in this council's figures. */
    private void anotherCouncil(RunningPlatform platform) {
        DirectoryFixture other = DirectoryFixture.onboard(platform, "elsewhere", "SCOTLAND").locality("TROON", "Troon");
        CouncilFixture.Caller otherAdmin = other.council().asAdmin();
        String me = me(otherAdmin, other, "Elsewhere Care", "2024-03-05", "DEVELOPING 2024-03-06", "LISTED 2024-03-07");
        session(otherAdmin, me, "2024-03-08");
        otherAdmin.create("targets", json("{'metric':'NEW_MICRO_ENTERPRISES','value':1,'periodStart':'2024-01-01','periodEnd':'2024-12-31'}"));
        assertEquals(1, otherAdmin.get("reports/monthly-measures?month=2024-03").json().getInt("totalOnDirectory"), "counted in its own council");
        other.council().addUser("ella.elsewhere", "VIEWER");
        assertEquals(200, other.council().as("ella.elsewhere").get("reports/targets?on=2024-03-31").status());
        assertEquals(401, other.council().api().get("/c/" + council.id() + "/api/v1/reports/monthly-measures?month=2024-03",
                "ella.elsewhere", CouncilFixture.USER_PASSWORD).status(), "its users cannot read this council's reports");
    }

    private static Map<String, Object> measures(String month, long onDirectory, long referrals, long engaged, long newlyListed, long inProcess,
                                                long grant, long sessions, long clientsSupported, String hours, long sds, long privately) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", month);
        m.put("totalOnDirectory", onDirectory);
        m.put("newReferrals", referrals);
        m.put("engagedAndSupported", engaged);
        m.put("newlyListed", newlyListed);
        m.put("inProcess", inProcess);
        m.put("accessingGrant", grant);
        m.put("businessSupportSessions", sessions);
        m.put("clientsSupported", clientsSupported);
        m.put("clientHours", hours);
        m.put("clientsSds", sds);
        m.put("clientsPrivate", privately);
        return m;
    }

    private static Map<String, Object> plain(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        o.forEach((k, v) -> m.put(k, v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? (Object) n.longValue() : v.toString()));
        return m;
    }

    private void noClientDetails(Api.Answer a) {
        noClientDetails(a.body());
    }

    private void noClientDetails(String body) {
        for (String detail : clientDetails) {
            assertFalse(body.contains(detail), "a report shows no client's details: " + detail + " in " + body);
        }
    }

    @Test
    void everyMeasureOnHandBuiltRecordsAcrossMonthBoundariesAndNeverAnotherCouncils(RunningPlatform platform) {
        anotherCouncil(platform);
        history();

        // January: two enquiries, both developing; nothing listed, no clients
        assertEquals(measures("2024-01", 0, 2, 0, 0, 2, 0, 0, 0, "0.00", 0, 0), plain(viewer.get("reports/monthly-measures?month=2024-01").json()));
        // February: Alpha (10th) and Echo (1st) listed; Bravo and Foxtrot enquired; Bravo developing (Foxtrot only from 1 March);
        // Echo's grant decided on the 5th; Alpha's session on the 29th; Alpha's two clients (one private)
        assertEquals(measures("2024-02", 2, 2, 1, 2, 1, 1, 1, 2, "32.50", 0, 1), plain(viewer.get("reports/monthly-measures?month=2024-02").json()));
        // March: Alpha and Bravo (listed on the 31st) on the directory, Echo paused on the 15th, Foxtrot only from 1 April;
        // Charlie and Delta enquired; Charlie and Foxtrot developing; Alpha's grant decided on the 31st counts, Bravo's on 1 April does not;
        // three sessions of two MEs; the DP client ending on the 15th, the SDS option 2 client and the private client starting on the 31st
        Api.Answer march = viewer.get("reports/monthly-measures?month=2024-03");
        assertEquals(200, march.status(), march.toString());
        assertEquals(measures("2024-03", 2, 2, 2, 1, 2, 2, 3, 3, "45.00", 1, 1), plain(march.json()));
        noClientDetails(march);
        // April: Foxtrot listed on the 1st; Charlie still developing; Bravo's grant and session on the 1st; the DP client gone
        assertEquals(measures("2024-04", 3, 0, 1, 1, 1, 3, 1, 3, "64.00", 2, 1), plain(broker.get("reports/monthly-measures?month=2024-04").json()));
    }

    @Test
    void costAvoidanceUsesEachMonthsRatesOnItsFirstDayAndAnnualises(RunningPlatform platform) {
        anotherCouncil(platform);
        history();

        Api.Answer march = viewer.get("reports/cost-avoidance?from=2024-03-01&to=2024-03-31");
        assertEquals(200, march.status(), march.toString());
        JsonObject m = march.json();
        assertEquals("45.00", m.getString("hours"));
        assertEquals("315.90", m.getString("saving"), "45 hours x (24.00 - 16.98)");
        assertEquals("3719.47", m.getString("annualisedSaving"), "315.90 x 365 / 31");
        assertEquals("FIRST_OF_MONTH", m.getString("rateDay"));
        assertEquals(0, m.getJsonArray("missingRates").size());

        JsonObject spring = admin.get("reports/cost-avoidance?from=2024-02-01&to=2024-05-31").json();
        assertEquals("161.50", spring.getString("hours"));
        assertEquals("983.09", spring.getString("saving"), "228.15 + 315.90 + 439.04, May saving nothing for want of an agency rate");
        assertEquals("2965.52", spring.getString("annualisedSaving"), "983.09 x 365 / 121 (2024 is a leap year)");
        assertEquals(121, spring.getInt("days"));
        assertEquals(List.of("2024-05"), spring.getJsonArray("missingRates").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        List<JsonObject> months = spring.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(List.of("2024-02", "2024-03", "2024-04", "2024-05"), months.stream().map(o -> o.getString("month")).toList());
        JsonObject april = months.get(2);
        assertEquals("25.50", april.getString("agencyRate"), "the rates that change on 1 April apply to all of April");
        assertEquals("18.64", april.getString("directPaymentRate"));
        assertEquals("439.04", april.getString("saving"));
        assertEquals("16.98", months.get(1).getString("directPaymentRate"));
        JsonObject may = months.get(3);
        assertTrue(may.getBoolean("missingRate"), may.toString());
        assertFalse(may.containsKey("agencyRate") && may.get("agencyRate").getValueType() == JsonValue.ValueType.STRING, may.toString());

        // a period starting mid-month holds the months whose first day it contains
        JsonObject midMarch = admin.get("reports/cost-avoidance?from=2024-03-15&to=2024-04-30").json();
        assertEquals("64.00", midMarch.getString("hours"));
        assertEquals("439.04", midMarch.getString("saving"));
    }

    @Test
    void targetsShowActualTrajectoryAndStatus() {
        history();
        Api.Answer a = viewer.get("reports/targets?on=2024-03-31");
        assertEquals(200, a.status(), a.toString());
        List<JsonObject> targets = a.array().getValuesAs(JsonObject.class);
        assertEquals(List.of("NEW_MICRO_ENTERPRISES", "LISTED_MICRO_ENTERPRISES", "WEEKLY_SUPPORT_HOURS", "CLIENTS_SUPPORTED", "SDS_OPTION_2_CLIENTS"),
                targets.stream().map(t -> t.getString("metric")).toList(), "only the targets whose period holds the day");
        // 91 of the year's 366 days gone: 6 enquiries project to 24 of 12
        assertTarget(targets.get(0), 12, 6, 24, "ON_TRACK");
        // 2 listed on 31 March, from none before the year: 8 of 20
        assertTarget(targets.get(1), 20, 2, 8, "OFF_TRACK");
        // 5 + 4 hours a week active on 31 March (the 10-hour arrangement ended on the 15th): 36 of 40 is exactly 90%
        assertTarget(targets.get(2), 40, 9, 36, "AT_RISK");
        assertTarget(targets.get(3), 5, 2, 8, "ON_TRACK");
        assertTarget(targets.get(4), 10, 1, 4, "OFF_TRACK");
        assertEquals("2024-01-01", targets.get(0).getString("periodStart"));
        assertEquals("2024-12-31", targets.get(0).getString("periodEnd"));
        assertEquals(0, admin.get("reports/targets?on=2023-06-01").array().size());
    }

    private static void assertTarget(JsonObject t, int target, long actual, long projected, String status) {
        assertEquals(target, t.getInt("target"), t.toString());
        assertEquals(actual, t.getJsonNumber("actual").longValue(), t.toString());
        assertEquals(projected, t.getJsonNumber("projected").longValue(), t.toString());
        assertEquals(status, t.getString("status"), t.toString());
    }

    @Test
    void theMonthCsvHoldsExactlyTheFiguresOfTheJson() {
        history();
        Api.Answer csv = viewer.get("reports/month.csv?month=2024-03");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains("report-2024-03.csv"));
        noClientDetails(csv);

        List<String> expected = new ArrayList<>();
        expected.add("section,period,measure,value");
        for (String month : List.of("2024-03", "2024-02", "2024-01")) {
            JsonObject measures = viewer.get("reports/monthly-measures?month=" + month).json();
            assertEquals(MEASURES.size() + 1, measures.size(), measures.toString());
            for (String name : MEASURES) {
                expected.add("monthlyMeasures," + month + "," + name + "," + text(measures.get(name)));
            }
        }
        for (JsonObject t : viewer.get("reports/targets?on=2024-03-31").array().getValuesAs(JsonObject.class)) {
            String period = t.getString("periodStart") + "/" + t.getString("periodEnd");
            for (String field : List.of("target", "actual", "projected", "status")) {
                expected.add("targets," + period + "," + t.getString("metric") + "." + field + "," + text(t.get(field)));
            }
        }
        JsonObject cost = viewer.get("reports/cost-avoidance?from=2024-03-01&to=2024-03-31").json();
        for (String field : List.of("hours", "saving", "annualisedSaving")) {
            expected.add("costAvoidance,2024-03-01/2024-03-31," + field + "," + text(cost.get(field)));
        }
        for (JsonObject month : cost.getJsonArray("months").getValuesAs(JsonObject.class)) {
            for (String field : List.of("agencyRate", "directPaymentRate", "saving")) {
                expected.add("costAvoidance," + month.getString("month") + "," + field + "," + text(month.get(field)));
            }
        }
        assertEquals(expected, csv.body().lines().toList());
    }

    private static String text(JsonValue v) {
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? "" : v instanceof JsonString s ? s.getString() : v.toString();
    }

    /** The text of the element with this id in a page, tags inside it left out. */
    private static String byId(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page has an element " + id);
        return m.group(2).replaceAll("<[^>]+>", "").trim();
    }

    /** An amount as the page writes it ("£1,234.50", "No rate in effect") reduced to the API's way ("1234.50", ""). */
    private static String amount(String shown) {
        return shown.replaceAll("&[#\\w]+;", "").replaceAll("[^0-9.]", "");
    }

    /** The figures of a measures-table row of a page, in the order of its months. */
    private static List<String> row(String html, String measure) {
        String tr = byRow(html, "measure-" + measure);
        List<String> cells = new ArrayList<>();
        Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr);
        while (td.find()) {
            cells.add(td.group(1).replaceAll("<[^>]+>", "").trim());
        }
        return cells.subList(0, cells.size() - 1);
    }

    private static String byRow(String html, String id) {
        Matcher m = Pattern.compile("<tr[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page has a row " + id);
        return m.group(1);
    }

    @Test
    void theBoardPackHoldsTheFiguresOfTheApiForItsMonthAndAViewerReadsItWithoutAnyClient(RunningPlatform platform) throws Exception {
        history();
        PageSession vic = new PageSession(platform, council.id(), "vic.viewer", CouncilFixture.USER_PASSWORD);
        java.net.http.HttpResponse<String> page = vic.get("/reports/board-pack?month=2024-04");
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        noClientDetails(html);
        assertEquals("April 2024", byId(html, "board-month"));
        assertTrue(html.contains("href=\"/assets/board-pack-print.css\" media=\"print\""), "the print layout");

        Map<String, JsonObject> measures = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            String month = java.time.YearMonth.of(2023, 5).plusMonths(i).toString();
            measures.put(month, viewer.get("reports/monthly-measures?month=" + month).json());
        }
        // the measures of April and the two months before it are the API's, every one
        for (String measure : MEASURES) {
            assertEquals(List.of("2024-04", "2024-03", "2024-02").stream().map(m -> text(measures.get(m).get(measure))).toList(), row(html, measure),
                    measure);
        }
        // twelve months of trend (May 2023 to April 2024), each month's figures the API's for that month
        List<String> trend = new ArrayList<>();
        for (String month : measures.keySet()) {
            JsonObject api = measures.get(month);
            for (String measure : List.of("totalOnDirectory", "clientsSupported", "clientHours")) {
                assertEquals(text(api.get(measure)), byId(html, "trend-" + month + "-" + measure), measure + " " + month);
            }
            trend.add(byId(html, "trend-" + month + "-totalOnDirectory") + " " + byId(html, "trend-" + month + "-clientsSupported") + " "
                    + byId(html, "trend-" + month + "-clientHours"));
        }
        assertEquals(List.of("0 0 0.00", "0 0 0.00", "0 0 0.00", "0 0 0.00", "0 0 0.00", "0 0 0.00", "0 0 0.00", "0 0 0.00", "0 0 0.00",
                "2 2 32.50", "2 3 45.00", "3 3 64.00"), trend);
        assertTrue(byRow(html, "trend-2023-05").contains("May 2023"));
        assertFalse(html.contains("id=\"trend-2023-04\"") || html.contains("id=\"trend-2024-05\""), "twelve months, April last");
        assertEquals(1, Pattern.compile("id=\"trend-counts-chart\"[^>]*role=\"img\"|role=\"img\"[^>]*id=\"trend-counts-chart\"").matcher(html).results().count());
        // the reports page of the month draws the same trend
        String reportsPage = vic.get("/reports?month=2024-04").body();
        assertEquals(byRow(html, "trend-2024-03"), byRow(reportsPage, "trend-2024-03"));
        assertTrue(reportsPage.contains("id=\"progress-chart\""));
        assertTrue(reportsPage.contains("href=\"/c/" + council.id() + "/reports/board-pack?month=2024-04\""), "the reports page links to the pack");

        // targets on 30 April: the API's figures and status
        List<JsonObject> targets = viewer.get("reports/targets?on=2024-04-30").array().getValuesAs(JsonObject.class);
        assertEquals(5, targets.size());
        for (JsonObject t : targets) {
            String id = "target-" + t.getString("metric");
            assertEquals(String.valueOf(t.getInt("target")), byId(html, id + "-target"));
            assertEquals(t.getJsonNumber("actual").toString(), byId(html, id + "-actual"));
            assertEquals(t.getJsonNumber("projected").toString(), byId(html, id + "-projected"));
            assertTrue(html.contains("id=\"" + id + "-status\" data-status=\"" + t.getString("status") + "\""), id);
        }
        assertTrue(html.contains("id=\"progress-chart\""));

        // cost avoidance: April as the API gives it, and the twelve months with each month's rates
        JsonObject april = viewer.get("reports/cost-avoidance?from=2024-04-01&to=2024-04-30").json();
        assertEquals(april.getString("hours"), byId(html, "cost-hours"));
        assertEquals(april.getString("saving"), amount(byId(html, "cost-saving")));
        assertEquals("439.04", amount(byId(html, "cost-saving")), "64 hours x (25.50 - 18.64)");
        assertEquals(april.getString("annualisedSaving"), amount(byId(html, "cost-annualised")));
        JsonObject year = viewer.get("reports/cost-avoidance?from=2023-05-01&to=2024-04-30").json();
        assertEquals("983.09", year.getString("saving"), "228.15 + 315.90 + 439.04");
        assertEquals(year.getString("hours"), byId(html, "year-cost-hours"));
        assertEquals(year.getString("saving"), amount(byId(html, "year-cost-saving")));
        assertEquals("980.40", year.getString("annualisedSaving"), "983.09 x 365 / 366");
        assertTrue(amount(byId(html, "year-cost-annualised-text")).startsWith("980.40"), byId(html, "year-cost-annualised-text"));
        List<JsonObject> costMonths = year.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(12, costMonths.size());
        for (JsonObject m : costMonths) {
            String id = "cost-" + m.getString("month");
            assertEquals(m.getString("hours"), byId(html, id + "-hours"), id);
            assertEquals(text(m.get("agencyRate")), amount(byId(html, id + "-agencyRate")), id);
            assertEquals(text(m.get("directPaymentRate")), amount(byId(html, id + "-directPaymentRate")), id);
            assertEquals(text(m.get("saving")), amount(byId(html, id + "-saving")), id);
        }
        assertEquals("16.98", amount(byId(html, "cost-2024-03-directPaymentRate")));
        assertEquals("18.64", amount(byId(html, "cost-2024-04-directPaymentRate")), "the rate that changes on 1 April applies to all of April");

        // the month's funding mix is the API's last month
        List<JsonObject> mix = viewer.get("reports/funding-mix?to=2024-04").json().getJsonArray("months").getValuesAs(JsonObject.class);
        JsonObject last = mix.get(mix.size() - 1);
        assertEquals("2024-04", last.getString("month"));
        assertEquals(String.valueOf(last.getInt("totalClients")), byId(html, "funding-total-clients"));
        assertEquals(String.valueOf(last.getInt("sdsOption2Clients")), byId(html, "funding-sds2"));
        assertEquals(last.getString("totalHours"), byId(html, "funding-total-hours"));
        for (JsonObject r : last.getJsonArray("byRoute").getValuesAs(JsonObject.class)) {
            assertEquals(String.valueOf(r.getInt("clients")), byId(html, "funding-" + r.getString("funding") + "-clients"));
            assertEquals(r.getString("hours"), byId(html, "funding-" + r.getString("funding") + "-hours"));
        }
        assertEquals("25.50", byId(html, "funding-SDS_OPTION_1-hours"));

        // a month that is not one: 400 with the error summary, no figures
        for (String bad : List.of("2024-13", "April")) {
            java.net.http.HttpResponse<String> refused = vic.get("/reports/board-pack?month=" + bad);
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(refused.body().contains("Enter a real month written year-month, for example 2024-03"), refused.body());
            assertFalse(refused.body().contains("id=\"measures-table\""));
        }
    }

    @Test
    void everyFigureDrillsDownToTheRecordsItCountsAndAViewerSeesNoClient(RunningPlatform platform) {
        anotherCouncil(platform);
        history();
        for (String month : List.of("2024-01", "2024-02", "2024-03", "2024-04")) {
            JsonObject figures = broker.get("reports/monthly-measures?month=" + month).json();
            for (String measure : MEASURES) {
                Api.Answer a = broker.get("reports/monthly-measures/" + measure + "?month=" + month);
                assertEquals(200, a.status(), measure + " " + month + ": " + a);
                JsonObject d = a.json();
                List<JsonObject> records = d.getJsonArray("records").getValuesAs(JsonObject.class);
                assertEquals(text(figures.get(measure)), text(d.get("figure")), measure + " " + month);
                assertEquals(records.size(), d.getInt("count"), measure + " " + month);
                if (measure.equals("clientHours")) {
                    assertEquals(figures.getString(measure), records.stream().map(r -> new java.math.BigDecimal(r.getString("hours")))
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).setScale(2).toPlainString(), month);
                } else {
                    assertEquals(figures.getJsonNumber(measure).longValue(), records.size(), measure + " " + month + ": " + d);
                }
                assertFalse(a.body().contains("Elsewhere Care"), "never another council's records: " + a.body());
                assertTrue(d.getBoolean("clientDetailsShown"));
            }
        }
        // March: Bravo listed on its last day; Foxtrot (1 April) not; Echo paused on the 15th is off the directory
        assertEquals(List.of("Bravo Help 2024-03-31"), named(broker.get("reports/monthly-measures/newlyListed?month=2024-03")));
        assertEquals(List.of("Alpha Care 2024-02-10", "Bravo Help 2024-03-31"), named(broker.get("reports/monthly-measures/totalOnDirectory?month=2024-03")));
        assertEquals(List.of("Foxtrot Aid 2024-03-01", "Charlie Home 2024-03-10"), named(broker.get("reports/monthly-measures/inProcess?month=2024-03")));
        assertEquals(List.of("Echo Carers 2024-02-05", "Alpha Care 2024-03-31"), named(broker.get("reports/monthly-measures/accessingGrant?month=2024-03")));
        assertEquals(List.of("Charlie Home 2024-03-12", "Delta Support 2024-03-25"),
                named(broker.get("reports/monthly-measures/engagedAndSupported?month=2024-03")));
        List<JsonObject> sessions = broker.get("reports/monthly-measures/businessSupportSessions?month=2024-03").json().getJsonArray("records")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("Charlie Home 2024-03-12", "Delta Support 2024-03-25", "Charlie Home 2024-03-31"),
                sessions.stream().map(r -> r.getString("tradingName") + " " + r.getString("on")).toList());
        assertTrue(sessions.stream().allMatch(r -> r.containsKey("sessionId") && r.containsKey("microEnterpriseId")), sessions.toString());
        // the clients by reference (the DP client ending on the 15th, the SDS option 2 client, the private client from the 31st), never a postcode
        Api.Answer clients = admin.get("reports/monthly-measures/clientsSupported?month=2024-03");
        assertEquals(List.of("SW-REP1", "SW-REP2", "SW-REP3"), clients.json().getJsonArray("records").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("clientReference")).toList());
        assertFalse(clients.body().contains("KA10"), clients.body());
        assertEquals(List.of("SW-REP2"), broker.get("reports/monthly-measures/clientsSds?month=2024-03").json().getJsonArray("records")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("clientReference")).toList());

        // a viewer: the count of clients, no reference or id; the hours with their ME but not their client
        for (String measure : MEASURES) {
            Api.Answer a = viewer.get("reports/monthly-measures/" + measure + "?month=2024-03");
            assertEquals(200, a.status(), a.toString());
            noClientDetails(a);
            assertTrue(a.json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                    .allMatch(r -> absent(r, "clientId") && absent(r, "clientReference")), a.body());
            assertFalse(a.json().getBoolean("clientDetailsShown"));
        }
        JsonObject viewed = viewer.get("reports/monthly-measures/clientsSupported?month=2024-03").json();
        assertEquals(3, viewed.getInt("count"));
        assertEquals(0, viewed.getJsonArray("records").size());
        JsonObject hours = viewer.get("reports/monthly-measures/clientHours?month=2024-03").json();
        assertEquals("45.00", hours.getString("figure"));
        assertEquals(3, hours.getJsonArray("records").size());
        assertTrue(hours.getJsonArray("records").getValuesAs(JsonObject.class).stream().allMatch(r -> r.containsKey("tradingName")));

        // bad parameters
        assertEquals(List.of("measure"), viewer.violatedFields(viewer.get("reports/monthly-measures/everything?month=2024-03")));
        assertEquals(List.of("month"), viewer.violatedFields(viewer.get("reports/monthly-measures/newlyListed?month=2024-13")));
        assertEquals(List.of("month"), viewer.violatedFields(viewer.get("reports/monthly-measures/newlyListed")));
        assertEquals(List.of("measure", "month"), viewer.violatedFields(viewer.get("reports/monthly-measures/NEWLYLISTED?month=March")));
    }

    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private static List<String> named(Api.Answer a) {
        assertEquals(200, a.status(), a.toString());
        return a.json().getJsonArray("records").getValuesAs(JsonObject.class).stream().map(r -> r.getString("tradingName") + " " + r.getString("on"))
                .toList();
    }

    /** A client referred on {@code referred} in {@code locality} needing {@code services}, with {@code more} fields (single-quoted JSON, may be empty). */
    private String waitingClient(String reference, String locality, String referred, String services, String more) {
        clientDetails.add(reference);
        return broker.create("clients", json("{'reference':'" + reference + "','postcode':'KA7 1WF','locality':'" + locality + "',"
                + "'servicesNeeded':" + services + ",'hoursPerWeek':5,'fundingRoute':'DIRECT_PAYMENT','referredOn':'" + referred + "',"
                + "'consentGivenOn':'" + referred + "'" + more + "}")).getString("id");
    }

    /**
     * MEs listed on 31 March 2024: Gwen (female, 50 to 64, English and Welsh, dementia, evenings flag) and Hamish (male, under 25,
     * English, a Saturday window, listed that very day); Iona (dementia and stroke, a Monday window to 19:00) only from 1 April;
     * Jura still developing. Clients waiting that day: C1 (Troon, domestic support, male carer, Welsh, dementia, a Saturday time,
     * 30 days), C2 (Troon, domestic support and personal care, female carer, English, a Tuesday time to 19:00, 60 days), C3 (Troon,
     * domestic support, no preferences, 10 days, closed only today), C6 (Ayr, personal care, male carer, 15 days); not waiting: C4 (an
     * arrangement from 15 March), C5 (referred 1 April), C7 (an introduction agreed on 12 March).
     */
    private void workforceHistory() {
        directory.locality("AYR", "Ayr");
        String gwen = me(admin, directory, "Gwen Care", b -> b.add("gender", "FEMALE").add("ageBand", "FROM_50_TO_64")
                .add("languages", DirectoryFixture.list("en", "cy")).add("specialisms", DirectoryFixture.list("DEMENTIA")).add("evenings", true),
                "2024-01-05", "DEVELOPING 2024-01-10", "LISTED 2024-02-01");
        me(admin, directory, "Hamish Help", b -> b.add("gender", "MALE").add("ageBand", "UNDER_25")
                .add("availability", DirectoryFixture.slots(DirectoryFixture.slot("SAT", "09:00", "12:00"))),
                "2024-01-05", "DEVELOPING 2024-01-10", "LISTED 2024-03-31");
        me(admin, directory, "Iona Aid", b -> b.add("specialisms", DirectoryFixture.list("DEMENTIA", "STROKE"))
                .add("availability", DirectoryFixture.slots(DirectoryFixture.slot("MON", "17:00", "19:00"))),
                "2024-01-05", "DEVELOPING 2024-01-10", "LISTED 2024-04-01");
        me(admin, directory, "Jura Home", "2024-01-05", "DEVELOPING 2024-01-10");

        String domestic = "['DOMESTIC_SUPPORT']";
        waitingClient("SW-W1", "TROON", "2024-03-01", domestic, ",'preferences':{'carerGender':'MALE','language':'cy','specialisms':['DEMENTIA']},"
                + "'preferredTimes':[{'day':'SAT','from':'10:00','to':'12:00'}]");
        waitingClient("SW-W2", "TROON", "2024-01-31", "['DOMESTIC_SUPPORT','PERSONAL_CARE']", ",'preferences':{'carerGender':'FEMALE','language':'en'},"
                + "'preferredTimes':[{'day':'TUE','from':'17:00','to':'19:00'}]");
        String c3 = waitingClient("SW-W3", "TROON", "2024-03-21", domestic, "");
        Api.Answer closed = broker.post("clients/" + c3 + "/status", json("{'status':'CLOSED','reason':'Moved away'}"));
        assertEquals(200, closed.status(), closed.toString());
        String c4 = waitingClient("SW-W4", "TROON", "2024-02-01", domestic, "");
        broker.create("arrangements", json("{'clientId':'" + c4 + "','microEnterpriseId':'" + gwen + "','startsOn':'2024-03-15',"
                + "'hoursPerWeek':5,'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}"));
        waitingClient("SW-W5", "TROON", "2024-04-01", domestic, "");
        waitingClient("SW-W6", "AYR", "2024-03-16", "['PERSONAL_CARE']", ",'preferences':{'carerGender':'MALE'}");
        String c7 = waitingClient("SW-W7", "TROON", "2024-02-15", domestic, "");
        String intro = broker.create("clients/" + c7 + "/introductions", json("{'microEnterpriseId':'" + gwen + "'}")).getString("id");
        Api.Answer introduced = broker.post("introductions/" + intro + "/introduce", json("{'on':'2024-03-10'}"));
        assertEquals(200, introduced.status(), introduced.toString());
        Api.Answer agreed = broker.post("introductions/" + intro + "/outcome", json("{'outcome':'AGREED','on':'2024-03-12'}"));
        assertEquals(200, agreed.status(), agreed.toString());
    }

    private static List<String> lines(JsonObject workforce) {
        return workforce.getJsonArray("supplyAndDemand").getValuesAs(JsonObject.class).stream().map(l -> l.getString("dimension") + " "
                + l.getString("value") + " " + l.getJsonNumber("microEnterprises").longValue() + " "
                + (absent(l, "waitingClients") ? "-" : String.valueOf(l.getJsonNumber("waitingClients").longValue()))).toList();
    }

    private static List<String> waiting(JsonObject workforce) {
        return workforce.getJsonArray("waiting").getValuesAs(JsonObject.class).stream().map(w -> w.getString("locality") + "/" + w.getString("service")
                + " " + w.getInt("clients") + " " + w.getString("medianDays") + " " + w.getInt("longestDays")).toList();
    }

    @Test
    void workforceAgainstWhatWaitingClientsAskedForAndHowLongTheyHaveWaited(RunningPlatform platform) {
        anotherCouncil(platform);
        workforceHistory();

        Api.Answer march = viewer.get("reports/workforce?on=2024-03-31");
        assertEquals(200, march.status(), march.toString());
        noClientDetails(march);
        JsonObject w = march.json();
        assertEquals(2, w.getInt("listed"), "Gwen and Hamish (listed that day), not Iona (1 April) nor Jura, nor another council's ME");
        assertEquals(4, w.getInt("waitingClients"), "C1, C2, C3 (closed only later) and C6");
        assertEquals(List.of("GENDER FEMALE 1 1", "GENDER MALE 1 2", "AGE_BAND FROM_50_TO_64 1 -", "AGE_BAND UNDER_25 1 -",
                "LANGUAGE cy 1 1", "LANGUAGE en 2 1", "SPECIALISM DEMENTIA 1 1", "AVAILABILITY EVENINGS 1 1", "AVAILABILITY WEEKENDS 1 1"), lines(w));
        assertEquals(List.of("AYR/PERSONAL_CARE 1 15.0 15", "TROON/DOMESTIC_SUPPORT 3 30.0 60", "TROON/PERSONAL_CARE 1 60.0 60"), waiting(w));

        // 11 March: only Gwen listed; C7 still waiting (agreed on the 12th), C4 too (arrangement from the 15th): an even count's median
        JsonObject eleventh = broker.get("reports/workforce?on=2024-03-11").json();
        assertEquals(1, eleventh.getInt("listed"));
        assertEquals(4, eleventh.getInt("waitingClients"), "C1, C2, C4, C7");
        assertEquals(List.of("TROON/DOMESTIC_SUPPORT 4 32.0 40", "TROON/PERSONAL_CARE 1 40.0 40"), waiting(eleventh), "10, 25, 39 and 40 days");
        // today C3 is closed and C5 waits too
        assertEquals(4, broker.get("reports/workforce?on=" + DirectoryFixture.TODAY).json().getInt("waitingClients"), "C1, C2, C5, C6");

        // the CSV holds exactly the JSON's figures
        Api.Answer csv = viewer.get("reports/workforce.csv?on=2024-03-31");
        assertEquals(200, csv.status(), csv.toString());
        noClientDetails(csv);
        List<String> expected = new ArrayList<>(List.of("section,value,measure,figure", "totals,2024-03-31,listed,2", "totals,2024-03-31,waitingClients,4"));
        for (JsonObject l : w.getJsonArray("supplyAndDemand").getValuesAs(JsonObject.class)) {
            String key = l.getString("dimension") + "," + l.getString("value");
            expected.add(key + ",microEnterprises," + l.getJsonNumber("microEnterprises"));
            if (!absent(l, "waitingClients")) {
                expected.add(key + ",waitingClients," + l.getJsonNumber("waitingClients"));
            }
        }
        for (JsonObject g : w.getJsonArray("waiting").getValuesAs(JsonObject.class)) {
            String key = "waiting," + g.getString("locality") + "/" + g.getString("service");
            expected.add(key + ",clients," + g.getInt("clients"));
            expected.add(key + ",medianDays," + g.getString("medianDays"));
            expected.add(key + ",longestDays," + g.getInt("longestDays"));
        }
        assertEquals(expected, csv.body().lines().toList());

        assertEquals(List.of("on"), viewer.violatedFields(viewer.get("reports/workforce?on=2024-02-30")));
        assertEquals(List.of("on"), viewer.violatedFields(viewer.get("reports/workforce")));
        assertEquals(List.of("on"), viewer.violatedFields(viewer.get("reports/workforce.csv?on=soon")));
    }

    /** A month of the funding mix as "month total sds2 hours | ROUTE clients hours …" for the routes with any. */
    private static String mixMonth(JsonObject m) {
        StringBuilder b = new StringBuilder(m.getString("month") + " " + m.getInt("totalClients") + " " + m.getInt("sdsOption2Clients") + " "
                + m.getString("totalHours") + " |");
        for (JsonObject r : m.getJsonArray("byRoute").getValuesAs(JsonObject.class)) {
            if (r.getInt("clients") > 0 || !r.getString("hours").equals("0.00")) {
                b.append(" ").append(r.getString("funding")).append(" ").append(r.getInt("clients")).append(" ").append(r.getString("hours"));
            }
        }
        return b.toString();
    }

    @Test
    void fundingMixOverTwelveMonthsAcrossMonthBoundaries(RunningPlatform platform) {
        anotherCouncil(platform);
        history();
        Api.Answer a = viewer.get("reports/funding-mix?to=2024-03");
        assertEquals(200, a.status(), a.toString());
        noClientDetails(a);
        JsonObject mix = a.json();
        assertEquals("2023-04", mix.getString("from"));
        assertEquals("2024-03", mix.getString("to"));
        List<JsonObject> months = mix.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(12, months.size());
        assertEquals("2023-04 0 0 0.00 |", mixMonth(months.get(0)));
        assertEquals(7, months.get(0).getJsonArray("byRoute").size(), "every route, every month");
        // February: the DP client and the private client whose arrangement ends on the 29th
        assertEquals("2024-02 2 0 32.50 | DIRECT_PAYMENT 1 20.50 PRIVATE 1 12.00", mixMonth(months.get(10)));
        // March: the DP client (to the 15th), the SDS option 2 client, the private client from the 31st; not the one from 1 April
        assertEquals("2024-03 3 1 45.00 | DIRECT_PAYMENT 1 22.25 SDS_OPTION_2 1 21.75 PRIVATE 1 1.00", mixMonth(months.get(11)));
        JsonObject april = admin.get("reports/funding-mix?to=2024-04").json();
        List<JsonObject> toApril = april.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals("2023-05", toApril.get(0).getString("month"));
        assertEquals("2024-04 3 1 64.00 | SDS_OPTION_1 1 25.50 SDS_OPTION_2 1 21.50 PRIVATE 1 17.00", mixMonth(toApril.get(11)));
        // the same totals as the monthly measures
        for (JsonObject m : toApril.subList(9, 12)) {
            JsonObject measures = viewer.get("reports/monthly-measures?month=" + m.getString("month")).json();
            assertEquals(measures.getInt("clientsSupported"), m.getInt("totalClients"));
            assertEquals(measures.getString("clientHours"), m.getString("totalHours"));
        }

        Api.Answer csv = viewer.get("reports/funding-mix.csv?to=2024-03");
        assertEquals(200, csv.status(), csv.toString());
        List<String> expected = new ArrayList<>(List.of("section,period,measure,value"));
        for (JsonObject m : months) {
            String p = "fundingMix," + m.getString("month") + ",";
            expected.add(p + "totalClients," + m.getInt("totalClients"));
            expected.add(p + "sdsOption2Clients," + m.getInt("sdsOption2Clients"));
            expected.add(p + "totalHours," + m.getString("totalHours"));
            for (JsonObject r : m.getJsonArray("byRoute").getValuesAs(JsonObject.class)) {
                expected.add(p + "clients." + r.getString("funding") + "," + r.getInt("clients"));
                expected.add(p + "hours." + r.getString("funding") + "," + r.getString("hours"));
            }
        }
        assertEquals(expected, csv.body().lines().toList());

        assertEquals(List.of("to"), viewer.violatedFields(viewer.get("reports/funding-mix?to=2024-13")));
        assertEquals(List.of("to"), viewer.violatedFields(viewer.get("reports/funding-mix")));
        assertEquals(List.of("to"), viewer.violatedFields(viewer.get("reports/funding-mix.csv?to=2024-3")));
    }

    /**
     * The first quarter of 2024: Ash (20 days from enquiry), Juniper (244), Birch (106) and Cedar (81, listed on 31 March) listed
     * for the first time; Damson listed only on 1 April; Elder, listed in 2023, back from a pause on 1 February (not a first
     * listing). Fir left (retired) on 10 February, Gorse (found employment) on 31 March, Ivy left twice (not viable on 10
     * January, then ill health on 1 March: counted once, under ill health); Hazel left on 1 April. Grants approved for Ash (500.00,
     * 15 January) and Birch (333.33, 31 March) count; Elder's (31 December 2023) and Cedar's (1 April) do not, nor Damson's refusal.
     */
    private void journeyHistory() {
        evidenceCheckedOn = "2023-01-02";
        String ash = me(admin, directory, "Ash Care", "2023-12-20", "DEVELOPING 2024-01-05", "LISTED 2024-01-09");
        me(admin, directory, "Juniper Aid", "2023-06-01", "DEVELOPING 2023-06-05", "LISTED 2024-01-31");
        String birch = me(admin, directory, "Birch Help", "2023-11-01", "DEVELOPING 2023-11-15", "LISTED 2024-02-15");
        String cedar = me(admin, directory, "Cedar Home", "2024-01-10", "DEVELOPING 2024-01-20", "LISTED 2024-03-31");
        String damson = me(admin, directory, "Damson Aid", "2024-01-15", "DEVELOPING 2024-01-20", "LISTED 2024-04-01");
        String elder = me(admin, directory, "Elder Carers", "2023-06-01", "DEVELOPING 2023-06-10", "LISTED 2023-07-01", "PAUSED 2024-01-20",
                "LISTED 2024-02-01");
        me(admin, directory, "Fir Support", "2023-09-01", "DEVELOPING 2023-09-10", "LISTED 2023-10-01", "LEFT 2024-02-10 RETIRED");
        me(admin, directory, "Gorse Help", "2024-01-03", "LEFT 2024-03-31 FOUND_EMPLOYMENT");
        me(admin, directory, "Hazel Home", "2024-01-04", "DEVELOPING 2024-01-06", "LEFT 2024-04-01 MOVED_AWAY");
        me(admin, directory, "Ivy Aid", "2023-12-01", "LEFT 2024-01-10 NOT_VIABLE", "ENQUIRY 2024-01-20", "LEFT 2024-03-01 ILL_HEALTH");

        String scheme = admin.create("grant-schemes", json("{'name':'Start-up fund','budget':'10000.00','maxAward':'500.00','opensOn':'2023-01-01'}"))
                .getString("id");
        grant(scheme, ash, "500.00", "2024-01-10", "APPROVED", "2024-01-15");
        grant(scheme, birch, "333.33", "2024-02-01", "APPROVED", "2024-03-31");
        grant(scheme, elder, "250.00", "2023-12-01", "APPROVED", "2023-12-31");
        grant(scheme, cedar, "400.00", "2024-03-01", "APPROVED", "2024-04-01");
        grant(scheme, damson, "500.00", "2024-01-20", "REJECTED", "2024-02-01");
    }

    /** The reasons with any leavers, as "REASON n", and the months as "month listed left". */
    private static List<String> leavers(JsonObject flow) {
        return flow.getJsonObject("left").getJsonArray("byReason").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("microEnterprises") > 0).map(r -> r.getString("reason") + " " + r.getInt("microEnterprises")).toList();
    }

    private static List<String> journeyMonths(JsonObject flow) {
        return flow.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("month") + " " + m.getInt("firstListed") + " " + m.getInt("left")).toList();
    }

    private static List<Integer> bands(JsonObject flow) {
        return flow.getJsonObject("firstListed").getJsonArray("bands").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getInt("microEnterprises")).toList();
    }

    @Test
    void journeyFlowFromEnquiryToFirstListingLeaversByReasonAndGrantMoneyPerListedMe() {
        journeyHistory();

        Api.Answer a = viewer.get("reports/journey-flow?from=2024-01-01&to=2024-03-31");
        assertEquals(200, a.status(), a.toString());
        JsonObject q1 = a.json();
        assertEquals("2024-01-01", q1.getString("from"));
        assertEquals("2024-03-31", q1.getString("to"));
        JsonObject listed = q1.getJsonObject("firstListed");
        assertEquals(4, listed.getInt("count"), "Ash, Juniper, Birch and Cedar (31 March); not Damson (1 April) nor Elder (back from a pause)");
        assertEquals("93.5", listed.getString("medianDays"), "20, 81, 106, 244: (81 + 106) / 2");
        assertEquals("112.8", listed.getString("meanDays"), "451 / 4 = 112.75");
        assertEquals(20, listed.getInt("shortestDays"));
        assertEquals(244, listed.getInt("longestDays"));
        assertEquals(List.of(1, 0, 1, 1, 1), bands(q1), "0-30, 31-60, 61-90, 91-180, over 180");
        JsonObject firstBand = listed.getJsonArray("bands").getJsonObject(0);
        assertEquals("DAYS_0_TO_30", firstBand.getString("band"));
        assertEquals(30, firstBand.getInt("toDays"));
        assertTrue(absent(listed.getJsonArray("bands").getJsonObject(4), "toDays"), "the last band has no end");
        assertEquals(3, q1.getJsonObject("left").getInt("total"), "Fir, Gorse (31 March), Ivy once; not Hazel (1 April)");
        assertEquals(List.of("RETIRED 1", "ILL_HEALTH 1", "FOUND_EMPLOYMENT 1").stream().sorted().toList(), leavers(q1).stream().sorted().toList());
        assertEquals(8, q1.getJsonObject("left").getJsonArray("byReason").size(), "every reason");
        JsonObject grants = q1.getJsonObject("grants");
        assertEquals(2, grants.getInt("awards"), "Ash's and Birch's (31 March); not Elder's (31 December), Cedar's (1 April) nor a refusal");
        assertEquals("833.33", grants.getString("committed"));
        assertEquals(5, grants.getInt("listedAtEnd"), "Ash, Juniper, Birch, Cedar and Elder on 31 March");
        assertEquals("166.67", grants.getString("committedPerListed"), "833.33 / 5");
        assertEquals("208.33", grants.getString("committedPerFirstListed"), "833.33 / 4");
        assertEquals(List.of("2024-01 2 0", "2024-02 1 1", "2024-03 1 2"), journeyMonths(q1));

        // the day after: Damson (77 days) listed, Hazel left, Cedar's grant; six listed to share it
        JsonObject april = admin.get("reports/journey-flow?from=2024-04-01&to=2024-04-01").json();
        assertEquals(1, april.getJsonObject("firstListed").getInt("count"));
        assertEquals("77.0", april.getJsonObject("firstListed").getString("medianDays"));
        assertEquals(List.of(0, 0, 1, 0, 0), bands(april));
        assertEquals(List.of("MOVED_AWAY 1"), leavers(april));
        assertEquals("400.00", april.getJsonObject("grants").getString("committed"));
        assertEquals("66.67", april.getJsonObject("grants").getString("committedPerListed"), "400.00 / 6");
        assertEquals("400.00", april.getJsonObject("grants").getString("committedPerFirstListed"));
        assertEquals(List.of("2024-04 1 1"), journeyMonths(april));

        // a year when nothing happened: no figures of days, nothing per ME
        JsonObject quiet = broker.get("reports/journey-flow?from=2022-01-01&to=2022-12-31").json();
        JsonObject none = quiet.getJsonObject("firstListed");
        assertEquals(0, none.getInt("count"));
        assertTrue(absent(none, "medianDays") && absent(none, "meanDays") && absent(none, "shortestDays") && absent(none, "longestDays"), none.toString());
        assertEquals(0, quiet.getJsonObject("left").getInt("total"));
        assertEquals("0.00", quiet.getJsonObject("grants").getString("committed"));
        assertTrue(absent(quiet.getJsonObject("grants"), "committedPerListed"), quiet.toString());
        assertEquals(12, quiet.getJsonArray("months").size());

        // the CSV holds exactly the JSON's figures
        Api.Answer csv = viewer.get("reports/journey-flow.csv?from=2024-01-01&to=2024-03-31");
        assertEquals(200, csv.status(), csv.toString());
        assertEquals("attachment; filename=\"journey-flow-2024-01-01-to-2024-03-31.csv\"", csv.header("Content-Disposition"));
        String p = "2024-01-01/2024-03-31";
        List<String> expected = new ArrayList<>(List.of("section,period,measure,value", "firstListed," + p + ",count,4",
                "firstListed," + p + ",medianDays," + listed.getString("medianDays"), "firstListed," + p + ",meanDays," + listed.getString("meanDays"),
                "firstListed," + p + ",shortestDays," + listed.getInt("shortestDays"), "firstListed," + p + ",longestDays," + listed.getInt("longestDays")));
        for (JsonObject b : listed.getJsonArray("bands").getValuesAs(JsonObject.class)) {
            expected.add("firstListed," + p + ",band." + b.getString("band") + "," + b.getInt("microEnterprises"));
        }
        expected.add("left," + p + ",total," + q1.getJsonObject("left").getInt("total"));
        for (JsonObject r : q1.getJsonObject("left").getJsonArray("byReason").getValuesAs(JsonObject.class)) {
            expected.add("left," + p + ",reason." + r.getString("reason") + "," + r.getInt("microEnterprises"));
        }
        expected.add("grants," + p + ",awards," + grants.getInt("awards"));
        expected.add("grants," + p + ",committed," + grants.getString("committed"));
        expected.add("grants,2024-03-31,listedAtEnd," + grants.getInt("listedAtEnd"));
        expected.add("grants," + p + ",committedPerListed," + grants.getString("committedPerListed"));
        expected.add("grants," + p + ",committedPerFirstListed," + grants.getString("committedPerFirstListed"));
        for (JsonObject m : q1.getJsonArray("months").getValuesAs(JsonObject.class)) {
            expected.add("months," + m.getString("month") + ",firstListed," + m.getInt("firstListed"));
            expected.add("months," + m.getString("month") + ",left," + m.getInt("left"));
        }
        assertEquals(expected, csv.body().lines().toList());
        assertTrue(viewer.get("reports/journey-flow.csv?from=2022-01-01&to=2022-12-31").body().lines().toList()
                .containsAll(List.of("firstListed,2022-01-01/2022-12-31,medianDays,", "grants,2022-01-01/2022-12-31,committedPerListed,")), "none is empty");

        // bad periods
        assertEquals(List.of("from", "to"), viewer.violatedFields(viewer.get("reports/journey-flow?from=2024-02-30&to=someday")));
        assertEquals(List.of("from", "to"), viewer.violatedFields(viewer.get("reports/journey-flow")));
        assertEquals(List.of("to"), viewer.violatedFields(viewer.get("reports/journey-flow?from=2024-03-31&to=2024-03-30")));
        assertEquals(List.of("to"), viewer.violatedFields(viewer.get("reports/journey-flow?from=2020-01-01&to=2025-01-01")), "five years or more");
        assertEquals(200, viewer.get("reports/journey-flow?from=2020-01-01&to=2024-12-31").status(), "five years exactly");
        assertEquals(List.of("to"), viewer.violatedFields(viewer.get("reports/journey-flow.csv?from=2024-01-01&to=2024-13-01")));
    }

    @Test
    void badParametersAreRefusedWithTheFieldNamed() {
        for (String month : List.of("2024-13", "2024-3", "March", "", "0999-01")) {
            assertEquals(List.of("month"), viewer.violatedFields(viewer.get("reports/monthly-measures?month=" + month)), month);
        }
        assertEquals(List.of("month"), viewer.violatedFields(viewer.get("reports/monthly-measures")));
        assertEquals(List.of("month"), viewer.violatedFields(viewer.get("reports/month.csv?month=2024-00")));
        assertEquals(List.of("from", "to"), viewer.violatedFields(viewer.get("reports/cost-avoidance?from=2024-02-30&to=someday")));
        assertEquals(List.of("to"), viewer.violatedFields(viewer.get("reports/cost-avoidance?from=2024-03-31&to=2024-03-01")));
        Api.Answer absurd = viewer.get("reports/cost-avoidance?from=1900-01-01&to=2999-12-31");
        assertEquals(List.of("to"), viewer.violatedFields(absurd));
        assertTrue(absurd.json().getString("message").contains("at most"), absurd.toString());
        assertEquals(List.of("from", "to"), viewer.violatedFields(viewer.get("reports/cost-avoidance")));
        assertEquals(List.of("on"), viewer.violatedFields(viewer.get("reports/targets?on=31/03/2024")));
        assertEquals(List.of("on"), viewer.violatedFields(viewer.get("reports/targets")));
        assertEquals(401, council.api().get("/c/" + council.id() + "/api/v1/reports/targets?on=2024-03-31", "vic.viewer", "wrong-password").status());
    }
}
