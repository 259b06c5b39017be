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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * UK GDPR duties for the client record, over HTTP: subject access (admins export everything held about
 * one client, audited), erasure of a closed client's personal details on request (figures for reports
 * stay, the audit log holds no personal details to rewrite), the retention setting, and viewers seeing
 * no client data on any endpoint or page.
 */
@ExtendWith(PlatformExtension.class)
class ClientPrivacyIT {

    /** A client with every personal detail the record can hold. */
    static final String PERSON = json("{'reference':'SW-4242','name':'Morag Reid','phone':'01292 612000','email':'morag@example.org',"
            + "'postcode':'KA10 6EP','locality':'TROON','servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,"
            + "'fundingRoute':'DIRECT_PAYMENT','personalCareNeeded':true,'medicationNeeded':true,"
            + "'preferences':{'carerGender':'FEMALE','language':'cy','hasPets':true,'specialisms':['DEMENTIA']},"
            + "'preferredTimes':[{'day':'TUE','from':'10:00','to':'12:00'}],"
            + "'socialWorkerName':'Sam Social','socialWorkerContact':'sam@council.example','referredOn':'2024-02-20',"
            + "'referralSource':'GP','consentGivenOn':'2024-02-20'}");

    /** What must not be left anywhere once the person is erased. */
    private static final List<String> PERSONAL = List.of("SW-4242", "Morag", "01292 612000", "morag@example.org", "KA10 6EP",
            "Sam Social", "sam@council.example", "daughter Jane");

    private RunningPlatform platform;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private CouncilFixture.Caller viewer;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        this.platform = platform;
        council = CouncilFixture.onboard(platform, "privacy", "SCOTLAND");
        admin = council.asAdmin();
        admin.create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
        viewer = council.as("vic.viewer");
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void anAdminExportsTheRecordItsHistoryAndEveryAuditEntryAboutTheClientAndTheExportIsAudited() {
        String id = broker.create("clients", PERSON).getString("id");
        broker.get("clients/" + id);
        admin.get("clients/" + id);
        broker.create("concerns", json("{'kind':'COMPLAINT','clientId':'" + id + "','raisedBy':'Her daughter','source':'FAMILY',"
                + "'category':'MISSED_VISIT','description':'Nobody came on Tuesday'}"));
        broker.create("clients/" + id + "/reassessments", json("{'requestedBy':'Broker after joint visit','reason':'Needs more hours'}"));
        assertEquals(200, broker.post("clients/" + id + "/status", json("{'status':'CLOSED','reason':'Moved in with her daughter Jane'}"))
                .status());

        Api.Answer export = admin.get("clients/" + id + "/export");
        assertEquals(200, export.status(), export.toString());
        assertEquals("attachment; filename=\"client-" + id + ".json\"", export.header("Content-Disposition"));
        JsonObject body = export.json();
        assertEquals(CouncilFixture.ADMIN, body.getString("exportedBy"));
        JsonObject record = body.getJsonObject("client");
        assertEquals("SW-4242", record.getString("reference"));
        assertEquals("Morag Reid", record.getString("name"));
        assertEquals("KA10 6EP", record.getString("postcode"));
        assertEquals("Sam Social", record.getString("socialWorkerName"));
        assertEquals("Moved in with her daughter Jane", record.getString("closedReason"));
        assertEquals(List.of("DEMENTIA"), strings(record.getJsonObject("preferences"), "specialisms"));
        assertEquals("TUE", record.getJsonArray("preferredTimes").getJsonObject(0).getString("day"));

        List<JsonObject> history = body.getJsonArray("statusHistory").getValuesAs(JsonObject.class);
        assertEquals(List.of("WAITING", "WAITING -> CLOSED on " + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                + " (reason on the record)"), history.stream().map(h -> h.getString("change")).toList());
        assertEquals("bea.broker", history.get(1).getString("by"));

        List<String> viewers = body.getJsonArray("views").getValuesAs(JsonObject.class).stream().map(v -> v.getString("viewer")).toList();
        assertEquals(List.of(CouncilFixture.ADMIN, "bea.broker"), viewers, "who viewed the record, newest first");

        assertEquals(List.of(), body.getJsonArray("arrangements"), "no arrangement yet, but the section is there");
        assertEquals(List.of(), body.getJsonArray("hoursDelivered"));
        assertEquals(List.of(), body.getJsonArray("introductions"));
        assertEquals("Nobody came on Tuesday", body.getJsonArray("concerns").getJsonObject(0).getString("description"));
        assertEquals("Needs more hours", body.getJsonArray("reassessmentRequests").getJsonObject(0).getString("reason"));

        List<JsonObject> entries = body.getJsonArray("auditEntries").getValuesAs(JsonObject.class);
        assertEquals(List.of("CLIENT_CREATED", "CLIENT_VIEWED", "CLIENT_VIEWED", "CONCERN_RAISED", "REASSESSMENT_REQUESTED", "CLIENT_STATUS_CHANGED",
                "CLIENT_EXPORTED"), entries.stream().map(e -> e.getString("action")).toList(),
                "every entry about the client, oldest first, the export too");
        assertEquals("API GET /clients/{id}/export", entries.get(6).getString("detail"));

        assertEquals(403, broker.get("clients/" + id + "/export").status(), "subject access is for admins");
        assertEquals(403, viewer.get("clients/" + id + "/export").status());
        assertEquals(404, admin.get("clients/no-such-client/export").status());
        List<JsonObject> exports = admin.get("audit?action=CLIENT_EXPORTED&recordId=" + id).array().getValuesAs(JsonObject.class);
        assertEquals(1, exports.size(), "refused exports are not exports");
        assertEquals(CouncilFixture.ADMIN, exports.get(0).getString("actor"));
    }

    @Test
    void aClosedClientsPersonalDetailsAreErasedOnRequestAndTheFiguresStay() {
        String id = broker.create("clients", PERSON).getString("id");
        String reason = json("{'reason':'Erasure request ER-17 received by letter'}");

        Api.Answer open = admin.post("clients/" + id + "/erase", reason);
        assertEquals(409, open.status(), "refused while the case is open: " + open);
        assertTrue(open.body().contains("close it first"), open.body());
        assertEquals("Morag Reid", admin.get("clients/" + id).json().getString("name"), "nothing erased");

        assertEquals(200, broker.post("clients/" + id + "/status", json("{'status':'CLOSED','reason':'Moved in with her daughter Jane'}"))
                .status());
        assertEquals(List.of("reason"), admin.violatedFields(admin.post("clients/" + id + "/erase", json("{'reason':'  '}"))));
        assertEquals(List.of("reason"), admin.violatedFields(admin.post("clients/" + id + "/erase", "{}")));
        assertEquals(403, broker.post("clients/" + id + "/erase", reason).status(), "erasure is for admins");
        assertEquals(403, viewer.post("clients/" + id + "/erase", reason).status());
        assertEquals(0, admin.get("audit?action=CLIENT_ERASED&recordId=" + id).array().size());

        Api.Answer erased = admin.post("clients/" + id + "/erase", reason);
        assertEquals(200, erased.status(), erased.toString());
        JsonObject after = admin.get("clients/" + id).json();
        for (String field : List.of("name", "phone", "email", "postcode", "socialWorkerName", "socialWorkerContact", "closedReason")) {
            assertTrue(after.isNull(field), field + " is erased: " + after);
        }
        assertEquals("ERASED-" + id, after.getString("reference"));
        assertTrue(after.getJsonObject("preferences").isNull("carerGender"));
        assertTrue(after.getJsonObject("preferences").isNull("language"));
        assertFalse(after.getJsonObject("preferences").getBoolean("hasPets"));
        assertEquals(List.of(), strings(after.getJsonObject("preferences"), "specialisms"));
        assertEquals(0, after.getJsonArray("preferredTimes").size());
        assertEquals(CouncilFixture.ADMIN, after.getString("erasedBy"));
        assertFalse(after.isNull("erasedAt"));
        // what reports need survives
        assertEquals(7, after.getInt("hoursPerWeek"));
        assertEquals("DIRECT_PAYMENT", after.getString("fundingRoute"));
        assertEquals("TROON", after.getString("locality"));
        assertEquals(List.of("PERSONAL_CARE"), strings(after, "servicesNeeded"));
        assertEquals("CLOSED", after.getString("status"));
        assertEquals("2024-02-20", after.getString("referredOn"));
        assertFalse(after.isNull("closedOn"));
        assertEquals(1, broker.get("clients?status=CLOSED").array().size(), "still counted among closed cases");

        Api.Answer again = admin.post("clients/" + id + "/erase", reason);
        assertEquals(409, again.status(), "the first erasure stands: " + again);
        assertEquals(409, broker.post("clients/" + id + "/status", json("{'status':'WAITING'}")).status(), "not reopened");
        assertEquals(409, broker.put("clients/" + id, PERSON.substring(0, PERSON.length() - 1) + ",\"version\":"
                + after.getJsonNumber("version").longValue() + "}").status(), "not filled in again");

        List<JsonObject> erasures = admin.get("audit?action=CLIENT_ERASED&recordId=" + id).array().getValuesAs(JsonObject.class);
        assertEquals(1, erasures.size());
        assertEquals(CouncilFixture.ADMIN, erasures.get(0).getString("actor"));
        assertTrue(erasures.get(0).getString("detail").contains("ER-17"), "why: " + erasures.get(0));

        String everything = admin.get("clients/" + id + "/export").body() + admin.get("audit?recordId=" + id + "&limit=500").body();
        for (String personal : PERSONAL) {
            assertFalse(everything.contains(personal), personal + " is still held after erasure");
        }
    }

    /**
     * The free text held about the person outside their record goes with it (the reason an arrangement ended,
     * introduction notes, concerns and reassessment requests about them), and so does anything the audit log
     * says of their arrangements; the arrangement's dates, hours, rate, funding route and the hours delivered stay.
     */
    @Test
    void erasureTakesTheFreeTextAboutThePersonEverywhereAndLeavesTheArrangementFigures() {
        DirectoryFixture directory = DirectoryFixture.onboard(platform, "privacy-care", "SCOTLAND").locality("TROON", "Troon");
        CouncilFixture care = directory.council();
        CouncilFixture.Caller ada = care.asAdmin();
        care.addUser("bea.broker", "BROKER");
        CouncilFixture.Caller bea = care.as("bea.broker");
        java.time.LocalDate today = DirectoryFixture.TODAY;
        String me = directory.listed("Troon Care Co", b -> b.add("hourlyRate", "20.00").add("capacityHoursPerWeek", 30));
        for (JsonObject e : ada.get("micro-enterprises/" + me + "/evidence").array().getValuesAs(JsonObject.class)) {
            ada.create("micro-enterprises/" + me + "/evidence", json("{'requirement':'" + e.getString("requirement")
                    + "','checkedOn':'2024-03-01','expiresOn':'" + today.plusDays(400) + "'}"));
        }
        String id = bea.create("clients", PERSON).getString("id");
        java.time.LocalDate from = today.minusDays(30);
        String arrangement = bea.create("arrangements", json("{'clientId':'" + id + "','microEnterpriseId':'" + me + "','startsOn':'" + from
                + "','hoursPerWeek':7,'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}")).getString("id");
        String month = from.toString().substring(0, 7);
        assertEquals(200, bea.post("arrangements/" + arrangement + "/hours", json("{'month':'" + month + "','hours':'12.5'}")).status());
        assertEquals(200, bea.post("arrangements/" + arrangement + "/end", json("{'endsOn':'" + today
                + "','reason':'Morag moved in with her daughter Jane'}")).status());
        String introduction = bea.create("clients/" + id + "/introductions", json("{'microEnterpriseId':'" + me
                + "','note':'Morag prefers mornings'}")).getString("id");
        assertEquals(200, bea.post("introductions/" + introduction + "/outcome", json("{'outcome':'DECLINED','reason':'OTHER',"
                + "'note':'Morag said no'}")).status());
        String concern = bea.create("concerns", json("{'kind':'COMPLAINT','clientId':'" + id + "','microEnterpriseId':'" + me
                + "','raisedBy':'Her daughter Jane','source':'FAMILY','category':'MISSED_VISIT','description':'Nobody came to Morag on Tuesday'}"))
                .getString("id");
        bea.create("clients/" + id + "/reassessments", json("{'requestedBy':'Her daughter Jane','reason':'Morag needs more hours'}"));
        Api.Answer closed = bea.post("clients/" + id + "/status", json("{'status':'CLOSED','reason':'Moved in with her daughter Jane'}"));
        assertEquals(200, closed.status(), closed.toString());
        assertTrue(ada.get("clients/" + id + "/export").body().contains("Morag prefers mornings"), "held until erased");

        Api.Answer erased = ada.post("clients/" + id + "/erase", json("{'reason':'Erasure request ER-18'}"));
        assertEquals(200, erased.status(), erased.toString());

        String everything = ada.get("clients/" + id + "/export").body() + ada.get("audit?recordId=" + id + "&limit=500").body()
                + ada.get("audit?recordId=" + arrangement + "&limit=500").body() + ada.get("audit?recordId=" + me + "&limit=500").body()
                + bea.get("arrangements/" + arrangement).body() + bea.get("arrangements?clientId=" + id).body()
                + bea.get("clients/" + id + "/introductions").body() + ada.get("micro-enterprises/" + me + "/introductions").body()
                + bea.get("concerns/" + concern).body() + bea.get("concerns?microEnterpriseId=" + me).body()
                + bea.get("clients/" + id + "/reassessments").body();
        for (String personal : List.of("SW-4242", "Morag", "daughter Jane", "KA10 6EP", "prefers mornings", "said no")) {
            assertFalse(everything.contains(personal), personal + " is still held after erasure: " + everything);
        }
        // what reports need stays
        JsonObject a = bea.get("arrangements/" + arrangement).json();
        assertEquals(from.toString(), a.getString("startsOn"));
        assertEquals(today.toString(), a.getString("endsOn"));
        assertEquals(7, a.getInt("hoursPerWeek"));
        assertEquals("20.00", a.getString("hourlyRate"));
        assertEquals("DIRECT_PAYMENT", a.getString("funding"));
        assertTrue(a.getBoolean("endedEarly"), "still reads as ended early");
        assertEquals("ERASED-" + id, a.getString("clientReference"));
        JsonObject hours = bea.get("arrangements/" + arrangement + "/hours").array().getJsonObject(0);
        assertEquals(month, hours.getString("month"));
        assertEquals("12.50", hours.getString("hours"));
        assertEquals(1, bea.get("arrangements?activeOn=" + today).array().size(), "still counted on its days");
        JsonObject c = bea.get("concerns/" + concern).json();
        assertEquals("MISSED_VISIT", c.getString("category"));
        assertEquals("COMPLAINT", c.getString("kind"));
        assertEquals("DECLINED", bea.get("clients/" + id + "/introductions").array().getJsonObject(0).getString("status"));
    }

    @Test
    void theRetentionPeriodIsACouncilSettingFrom1To100Years() {
        JsonObject p = admin.get("programme").json();
        assertEquals(6, p.getInt("clientRetentionYears"), "six years after closure unless the council says otherwise");
        String base = "{'programmeName':'" + p.getString("programmeName") + "','employmentRiskWeeks':12,'evidenceWarningDays':30,";
        long version = p.getJsonNumber("version").longValue();
        for (String bad : List.of("0", "101", "-1", "2.5", "'ten'")) {
            assertEquals(List.of("clientRetentionYears"), admin.violatedFields(admin.put("programme",
                    json(base + "'clientRetentionYears':" + bad + ",'version':" + version + "}"))), bad);
        }
        assertEquals(403, broker.put("programme", json(base + "'clientRetentionYears':8,'version':" + version + "}")).status());
        Api.Answer saved = admin.put("programme", json(base + "'clientRetentionYears':8,'version':" + version + "}"));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(8, saved.json().getInt("clientRetentionYears"));
        Api.Answer left = admin.put("programme", json(base + "'version':" + saved.json().getJsonNumber("version").longValue() + "}"));
        assertEquals(8, left.json().getInt("clientRetentionYears"), "a client that does not send it keeps it");
        assertTrue(admin.get("audit?action=PROGRAMME_SETTINGS_CHANGED").body().contains("client retention years: 6 -> 8"));
    }

    @Test
    void viewersSeeNoClientDataOnAnyEndpointOrPage() throws Exception {
        String id = broker.create("clients", PERSON).getString("id");
        broker.post("clients/" + id + "/status", json("{'status':'CLOSED','reason':'Moved away'}"));
        for (String path : List.of("clients", "clients/" + id, "clients/" + id + "/views", "clients/" + id + "/export")) {
            Api.Answer a = viewer.get(path);
            assertEquals(403, a.status(), path + " -> " + a);
            assertFalse(a.body().contains("Morag") || a.body().contains("KA10"), path);
        }
        assertFalse(viewer.get("audit?recordId=" + id).body().contains("Morag"));

        Session vic = new Session("vic.viewer", CouncilFixture.USER_PASSWORD);
        for (String page : List.of("/clients", "/clients/view?id=" + id, "/clients/export?id=" + id, "/clients/export-json?id=" + id,
                "/clients/erase?id=" + id)) {
            HttpResponse<String> r = vic.get(page);
            assertEquals(403, r.statusCode(), page);
            assertFalse(r.body().contains("Morag") || r.body().contains("KA10"), page);
        }
        String home = vic.get("/").body() + vic.get("/dashboard").body();
        assertFalse(home.contains("Morag") || home.contains("SW-4242") || home.contains("KA10"), "nor on the viewer's home or dashboard");

        Session bea = new Session("bea.broker", CouncilFixture.USER_PASSWORD);
        for (String page : List.of("/clients/export?id=" + id, "/clients/export-json?id=" + id, "/clients/erase?id=" + id)) {
            assertEquals(403, bea.get(page).statusCode(), "brokers neither export nor erase: " + page);
        }
        Session ada = new Session(CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD);
        HttpResponse<String> download = ada.get("/clients/export-json?id=" + id);
        assertEquals(200, download.statusCode(), download.body());
        assertEquals("attachment; filename=\"client-" + id + ".json\"", download.headers().firstValue("Content-Disposition").orElse(""));
        JsonObject json = Json.createReader(new java.io.StringReader(download.body())).readObject();
        assertEquals("Morag Reid", json.getJsonObject("client").getString("name"));
        HttpResponse<String> printable = ada.get("/clients/export?id=" + id);
        assertEquals(200, printable.statusCode());
        assertTrue(printable.body().contains("client-print.css") && printable.body().contains("Morag Reid"));
        assertEquals(2, admin.get("audit?action=CLIENT_EXPORTED&recordId=" + id).array().size(), "both page exports are audited");
        assertEquals(404, ada.get("/clients/export-json?id=no-such-client").statusCode());
    }

    /** A signed-in browser session without a browser: the sign-in form posted with its view state. */
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
            return client.send(HttpRequest.newBuilder(uri(page)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String page) {
            return URI.create(platform.baseUrl() + "/c/" + council.id() + page);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
