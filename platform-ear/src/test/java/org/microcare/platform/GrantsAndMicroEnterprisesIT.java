package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The basic micro-enterprise record, grant schemes, applications and decisions, through the API. */
@ExtendWith(PlatformExtension.class)
class GrantsAndMicroEnterprisesIT {

    /** The example of API.md, word for word. */
    static final String API_MD_ME = json("{'tradingName':'Troon Home Help','ownerName':'Morag Reid','gender':'FEMALE','postcode':'KA10 6EP',"
            + "'localities':['TROON'],'services':['PERSONAL_CARE'],'hourlyRate':'20.00','capacityHoursPerWeek':30,'personalCare':true,"
            + "'medication':false,'petsOk':true,'languages':['en'],'specialisms':['DEMENTIA'],"
            + "'availability':[{'day':'MON','from':'09:00','to':'15:00'}],'referralSource':'JOB_CLUB','enquiryDate':'2024-03-04'}");

    private CouncilFixture council;
    private CouncilFixture.Caller admin;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        council = CouncilFixture.onboard(platform, "grant", "SCOTLAND");
        admin = council.asAdmin();
        admin.create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
    }

    private String newMicroEnterprise(String tradingName) {
        return admin.create("micro-enterprises", API_MD_ME.replace("Troon Home Help", tradingName)).getString("id");
    }

    @Test
    void aMicroEnterpriseIsRecordedWithEveryFieldOfTheContract() {
        Api.Answer created = council.as("bea.broker").post("micro-enterprises", API_MD_ME);
        assertEquals(201, created.status(), created.toString());
        JsonObject me = created.json();
        assertEquals("ENQUIRY", me.getString("stage"));
        assertTrue(created.header("Location").endsWith("/micro-enterprises/" + me.getString("id")));
        assertEquals("Troon Home Help", me.getString("tradingName"));
        assertEquals("Morag Reid", me.getString("ownerName"));
        assertEquals("FEMALE", me.getString("gender"));
        assertEquals("KA10 6EP", me.getString("postcode"));
        assertEquals("[\"TROON\"]", me.getJsonArray("localities").toString());
        assertEquals("[\"PERSONAL_CARE\"]", me.getJsonArray("services").toString());
        assertEquals("20.00", me.getString("hourlyRate"));
        assertEquals(30, me.getInt("capacityHoursPerWeek"));
        assertTrue(me.getBoolean("personalCare") && me.getBoolean("petsOk") && !me.getBoolean("medication"));
        assertEquals("[\"en\"]", me.getJsonArray("languages").toString());
        assertEquals("[\"DEMENTIA\"]", me.getJsonArray("specialisms").toString());
        assertEquals("{\"day\":\"MON\",\"from\":\"09:00\",\"to\":\"15:00\"}", me.getJsonArray("availability").getJsonObject(0).toString());
        assertEquals("JOB_CLUB", me.getString("referralSource"));
        assertEquals("2024-03-04", me.getString("enquiryDate"));

        JsonObject read = council.as("vic.viewer").get("micro-enterprises/" + me.getString("id")).json();
        assertEquals(me.getString("tradingName"), read.getString("tradingName"));
        assertEquals(1, council.as("vic.viewer").get("micro-enterprises").array().size());
        List<JsonObject> views = admin.get("audit?action=MICRO_ENTERPRISE_VIEWED").array().getValuesAs(JsonObject.class);
        assertEquals("vic.viewer", views.get(0).getString("actor"), "reading a person's record is audited");
        assertEquals(me.getString("id"), views.get(0).getString("recordId"));
        assertEquals("bea.broker", admin.get("audit?action=MICRO_ENTERPRISE_CREATED").array().getJsonObject(0).getString("actor"));
    }

    @Test
    void badMicroEnterprisesAreRefusedWithEveryReasonAndNothingIsStored() {
        Api.Answer bad = admin.post("micro-enterprises", json("{'tradingName':'','ownerName':'','gender':'WIZARD','postcode':'NOT A CODE',"
                + "'localities':['ATLANTIS'],'services':['TIME_TRAVEL'],'hourlyRate':'20.001','capacityHoursPerWeek':500,"
                + "'languages':['english'],'specialisms':['?'],'availability':[{'day':'FUNDAY','from':'15:00','to':'09:00'}],"
                + "'referralSource':'a b c !','enquiryDate':'2999-01-01'}"));
        assertEquals(List.of("tradingName", "ownerName", "gender", "postcode", "localities", "services", "hourlyRate",
                "capacityHoursPerWeek", "languages", "specialisms", "availability", "referralSource", "enquiryDate"),
                admin.violatedFields(bad).stream().distinct().toList());
        assertEquals(List.of("localities", "services"), admin.violatedFields(admin.post("micro-enterprises",
                API_MD_ME.replace("['TROON']".replace('\'', '"'), "[]").replace("['PERSONAL_CARE']".replace('\'', '"'), "[]"))));
        assertEquals(400, admin.post("micro-enterprises", "{\"tradingName\":\"X\",\"capacityHoursPerWeek\":\"lots\"}").status());
        assertEquals(400, admin.post("micro-enterprises", "[]").status());
        assertEquals(403, council.as("vic.viewer").post("micro-enterprises", API_MD_ME).status());
        assertEquals(0, admin.get("micro-enterprises").array().size());

        String troon = admin.get("localities").array().getJsonObject(0).getString("id");
        admin.post("localities/" + troon + "/retire", null);
        assertEquals(List.of("localities"), admin.violatedFields(admin.post("micro-enterprises", API_MD_ME)),
                "a retired locality is not offered for new records");
        assertEquals(404, admin.get("micro-enterprises/does-not-exist").status());
    }

    @Test
    void anotherCouncilsMicroEnterpriseIsNotFound(RunningPlatform platform) {
        String mine = newMicroEnterprise("Mine");
        CouncilFixture other = CouncilFixture.onboard(platform, "grant-b", "ENGLAND");
        assertEquals(404, other.asAdmin().get("micro-enterprises/" + mine).status());
        assertEquals(0, other.asAdmin().get("micro-enterprises").array().size());
    }

    @Test
    void grantDecisionsKeepWithinTheBudgetAndAreAudited() {
        String me = newMicroEnterprise("Ayr Gardening");
        JsonObject scheme = admin.create("grant-schemes", json("{'name':'Start-up fund','budget':'1000.00','maxAward':'600.00',"
                + "'opensOn':'2024-04-01','closesOn':'2025-03-31','eligibility':'New MEs in South Ayrshire'}"));
        assertEquals("1000.00", scheme.getString("remaining"));
        String schemeId = scheme.getString("id");
        assertEquals(409, admin.post("grant-schemes", json("{'name':'Start-up fund','budget':'10.00','maxAward':'5.00','opensOn':'2024-04-01'}")).status());
        assertEquals(List.of("budget", "maxAward", "closesOn"), admin.violatedFields(admin.post("grant-schemes",
                json("{'name':'Bad','budget':'100.001','maxAward':'-5','opensOn':'2024-04-01','closesOn':'2024-01-01'}"))));
        assertEquals(List.of("maxAward"), admin.violatedFields(admin.post("grant-schemes",
                json("{'name':'Bad','budget':'100.00','maxAward':'200.00','opensOn':'2024-04-01'}"))));
        assertEquals(403, council.as("bea.broker").post("grant-schemes", json("{'name':'B','budget':'1.00','maxAward':'1.00','opensOn':'2024-04-01'}")).status());

        String apps = "grant-schemes/" + schemeId + "/applications";
        assertEquals(List.of("microEnterpriseId", "amount", "appliedOn"), admin.violatedFields(admin.post(apps,
                json("{'microEnterpriseId':'nobody','amount':'700.00','appliedOn':'2025-04-01'}"))));
        JsonObject first = admin.create(apps, json("{'microEnterpriseId':'" + me + "','amount':'600.00','appliedOn':'2024-05-01'}"));
        assertEquals("PENDING", first.getString("status"));
        assertEquals(403, council.as("vic.viewer").post(apps, json("{'microEnterpriseId':'" + me + "','amount':'500.00','appliedOn':'2024-05-02'}")).status(),
                "a viewer does not apply");
        Api.Answer byBroker = council.as("bea.broker").post(apps, json("{'microEnterpriseId':'" + me + "','amount':'500.00','appliedOn':'2024-05-02'}"));
        assertEquals(201, byBroker.status(), "a broker applies for an ME, as on the ME page: " + byBroker);
        JsonObject second = byBroker.json();

        String decideFirst = "grant-applications/" + first.getString("id") + "/decision";
        assertEquals(List.of("decision", "decidedOn"), admin.violatedFields(admin.post(decideFirst, json("{'decision':'MAYBE','decidedOn':'someday'}"))));
        assertEquals(400, admin.post(decideFirst, json("{'decision':'APPROVED','decidedOn':'2024-04-30'}")).status(), "before it was applied for");
        assertEquals(403, council.as("bea.broker").post(decideFirst, json("{'decision':'APPROVED','decidedOn':'2024-05-10'}")).status());
        JsonObject approved = admin.post(decideFirst, json("{'decision':'APPROVED','decidedOn':'2024-05-10'}")).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("600.00", approved.getString("decidedAmount"), "without an amount, the sum applied for");
        assertEquals("admin", approved.getString("decidedBy"));
        assertEquals(409, admin.post(decideFirst, json("{'decision':'REJECTED','decidedOn':'2024-05-11'}")).status(), "decided once");

        Api.Answer over = admin.post("grant-applications/" + second.getString("id") + "/decision",
                json("{'decision':'APPROVED','amount':'500.00','decidedOn':'2024-05-12'}"));
        assertEquals(409, over.status(), over.toString());
        assertTrue(over.json().getString("message").contains("400.00"), "says what is left: " + over);
        JsonObject partly = admin.post("grant-applications/" + second.getString("id") + "/decision",
                json("{'decision':'APPROVED','amount':'400.00','decidedOn':'2024-05-12'}")).json();
        assertEquals("400.00", partly.getString("decidedAmount"));

        JsonObject ledger = council.as("vic.viewer").get("grant-schemes/" + schemeId).json();
        assertEquals("1000.00", ledger.getString("approved"));
        assertEquals("0.00", ledger.getString("remaining"));
        assertEquals(2, council.as("vic.viewer").get(apps).array().size());
        long version = ledger.getJsonNumber("version").longValue();
        assertEquals(409, admin.put("grant-schemes/" + schemeId, json("{'name':'Start-up fund','budget':'900.00','maxAward':'600.00',"
                + "'opensOn':'2024-04-01','closesOn':'2025-03-31','version':" + version + "}")).status(), "below what is approved");
        Api.Answer raised = admin.put("grant-schemes/" + schemeId, json("{'name':'Start-up fund','budget':'1500.00','maxAward':'600.00',"
                + "'opensOn':'2024-04-01','closesOn':'2025-03-31','version':" + version + "}"));
        assertEquals("500.00", raised.json().getString("remaining"), raised.toString());
        assertEquals(409, admin.put("grant-schemes/" + schemeId, json("{'name':'Start-up fund','budget':'2000.00','maxAward':'600.00',"
                + "'opensOn':'2024-04-01','version':" + version + "}")).status(), "stale version");

        Map<String, Long> actions = admin.get("audit?limit=50").array().stream()
                .map(v -> v.asJsonObject().getString("action")).filter(a -> a.startsWith("GRANT"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of("GRANT_SCHEME_ADDED", 1L, "GRANT_APPLICATION_ADDED", 2L, "GRANT_APPROVED", 2L, "GRANT_SCHEME_CHANGED", 1L), actions);
    }

    @Test
    void concurrentApprovalsNeverOverCommitTheBudget() throws Exception {
        String me = newMicroEnterprise("Busy ME");
        String schemeId = admin.create("grant-schemes", json("{'name':'Bursary','budget':'1000.00','maxAward':'200.00','opensOn':'2024-04-01'}"))
                .getString("id");
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            applications.add(admin.create("grant-schemes/" + schemeId + "/applications",
                    json("{'microEnterpriseId':'" + me + "','amount':'200.00','appliedOn':'2024-05-01'}")).getString("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String id : applications) {
                answers.add(pool.submit(() -> admin.post("grant-applications/" + id + "/decision",
                        json("{'decision':'APPROVED','decidedOn':'2024-05-10'}")).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        JsonObject ledger = admin.get("grant-schemes/" + schemeId).json();
        assertEquals("1000.00", ledger.getString("approved"));
        assertEquals("0.00", ledger.getString("remaining"));
        assertEquals(5, admin.get("grant-schemes/" + schemeId + "/applications").array().stream()
                .filter(a -> a.asJsonObject().getString("status").equals("APPROVED")).count());
    }
}
