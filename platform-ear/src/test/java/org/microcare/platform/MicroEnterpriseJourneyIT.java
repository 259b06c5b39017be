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

/** The journey from enquiry to listed and beyond, compliance evidence and business support, through the API. */
@ExtendWith(PlatformExtension.class)
class MicroEnterpriseJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private String me;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        council = CouncilFixture.onboard(platform, "journey", "SCOTLAND");
        admin = council.asAdmin();
        admin.create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
        me = broker.create("micro-enterprises", GrantsAndMicroEnterprisesIT.API_MD_ME).getString("id");
    }

    private String path(String rest) {
        return "micro-enterprises/" + me + rest;
    }

    private Api.Answer move(String stage, String extra) {
        return broker.post(path("/stage"), json("{'stage':'" + stage + "'" + extra + "}"));
    }

    /** The mandatory requirements of the framework in force today that apply to the ME (no medication: not medication-only ones). */
    private List<JsonObject> mandatory() {
        return admin.get("framework/requirements").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getBoolean("mandatory") && !r.getBoolean("medicationOnly"))
                .filter(r -> r.getJsonArray("appliesToServices").isEmpty()
                        || r.getJsonArray("appliesToServices").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(s -> s.getString().equals("PERSONAL_CARE")))
                .toList();
    }

    private void evidenceForEveryMandatoryRequirement() {
        for (JsonObject r : mandatory()) {
            broker.create(path("/evidence"), json("{'requirement':'" + r.getString("code") + "','checkedOn':'" + TODAY.minusDays(10) + "'}"));
        }
    }

    @Test
    void anEnquiryBecomesAListingOnlyWithEvidenceForEveryMandatoryRequirement() {
        assertEquals("ENQUIRY", broker.get(path("")).json().getString("stage"));
        List<JsonObject> timeline = broker.get(path("/timeline")).array().getValuesAs(JsonObject.class);
        assertEquals(1, timeline.size());
        assertEquals("ENQUIRY", timeline.get(0).getString("stage"));

        assertEquals(409, move("PAUSED", "").status(), "PAUSED is not a move from ENQUIRY");
        assertEquals(409, move("LISTED", "").status(), "an enquiry is not listed without the checks");
        assertEquals(List.of("stage"), broker.violatedFields(move("SOMEWHERE", "")));
        assertEquals(List.of("on"), broker.violatedFields(move("DEVELOPING", ",'on':'" + TODAY.plusDays(1) + "'")));
        assertEquals(List.of("on"), broker.violatedFields(move("DEVELOPING", ",'on':'2024-03-01'")), "before the enquiry");
        assertEquals(403, council.as("vic.viewer").post(path("/stage"), json("{'stage':'DEVELOPING'}")).status());

        Api.Answer developing = move("DEVELOPING", ",'on':'2024-03-10'");
        assertEquals(200, developing.status(), developing.toString());
        assertEquals("DEVELOPING", developing.json().getString("stage"));
        assertEquals("2024-03-10", developing.json().getString("stageSince"));

        Api.Answer refused = move("LISTED", "");
        assertEquals(409, refused.status(), refused.toString());
        List<JsonObject> mandatory = mandatory();
        assertFalse(mandatory.isEmpty());
        for (JsonObject r : mandatory) {
            assertTrue(refused.json().getString("message").contains(r.getString("code")), "names " + r.getString("code") + ": " + refused);
        }
        assertEquals("DEVELOPING", broker.get(path("")).json().getString("stage"), "nothing changed");
        JsonObject compliance = broker.get(path("/compliance")).json();
        assertFalse(compliance.getBoolean("compliant"));
        assertEquals(TODAY.toString(), compliance.getString("on"));

        evidenceForEveryMandatoryRequirement();
        assertTrue(broker.get(path("/compliance")).json().getBoolean("compliant"));
        Api.Answer listed = move("LISTED", "");
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(TODAY.toString(), listed.json().getString("lastConfirmedOn"));

        assertEquals(200, move("PAUSED", ",'note':'On holiday for August'").status());
        assertEquals(200, move("LISTED", "").status());
        assertEquals(List.of("reason"), broker.violatedFields(move("LEFT", "")));
        assertEquals(List.of("reason"), broker.violatedFields(move("LEFT", ",'reason':'BORED'")));
        assertEquals(List.of("note"), broker.violatedFields(move("LEFT", ",'reason':'OTHER'")));
        assertEquals(200, move("LEFT", ",'reason':'FOUND_EMPLOYMENT','note':'Full-time post at the hospital'").status());
        assertEquals(409, move("LISTED", "").status(), "LEFT comes back through ENQUIRY");
        assertEquals(200, move("ENQUIRY", "").status());

        timeline = broker.get(path("/timeline")).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("ENQUIRY", "DEVELOPING", "LISTED", "PAUSED", "LISTED", "LEFT", "ENQUIRY"),
                timeline.stream().map(t -> t.getString("stage")).toList());
        JsonObject left = timeline.get(5);
        assertEquals("FOUND_EMPLOYMENT", left.getString("reason"));
        assertEquals("Full-time post at the hospital", left.getString("note"));
        assertEquals("bea.broker", left.getString("by"));
        assertEquals("LISTED", left.getString("from"));
        assertEquals(6, admin.get("audit?action=MICRO_ENTERPRISE_STAGE_CHANGED&recordId=" + me).array().size());
    }

    @Test
    void evidenceExpiresAsTheDocumentSaysOrByTheRequirementsValidityAndIsCorrectedNotDeleted() {
        JsonObject withValidity = mandatory().stream().filter(r -> !r.isNull("validityMonths")).findFirst().orElseThrow();
        String code = withValidity.getString("code");
        int months = withValidity.getInt("validityMonths");

        assertEquals(List.of("requirement"), broker.violatedFields(broker.post(path("/evidence"),
                json("{'requirement':'NO_SUCH_THING','checkedOn':'2024-03-01'}"))));
        assertEquals(List.of("checkedOn"), broker.violatedFields(broker.post(path("/evidence"),
                json("{'requirement':'" + code + "','checkedOn':'" + TODAY.plusDays(1) + "'}"))));
        assertEquals(List.of("expiresOn"), broker.violatedFields(broker.post(path("/evidence"),
                json("{'requirement':'" + code + "','checkedOn':'2024-03-01','expiresOn':'2024-02-01'}"))));
        assertEquals(0, broker.get(path("/evidence")).array().size(), "nothing recorded");

        JsonObject byValidity = broker.create(path("/evidence"), json("{'requirement':'" + code + "','checkedOn':'2024-03-01'}"));
        assertEquals(LocalDate.of(2024, 3, 1).plusMonths(months).toString(), byValidity.getString("expiresOn"));
        JsonObject byDocument = broker.create(path("/evidence"),
                json("{'requirement':'" + code + "','checkedOn':'" + TODAY.minusDays(1) + "','expiresOn':'" + TODAY.plusDays(5) + "'}"));
        assertEquals(TODAY.plusDays(5).toString(), byDocument.getString("expiresOn"));

        JsonObject status = status(code, null);
        assertEquals("EXPIRING_SOON", status.getString("status"), "within the council's 30-day warning window");
        assertEquals("EXPIRED", status(code, TODAY.plusDays(5)).getString("status"), "not valid on the day it expires");
        assertEquals("MISSING", status(code, LocalDate.of(2024, 2, 1)).getString("status"), "not yet checked then");
        assertEquals("VALID", status(code, LocalDate.of(2024, 4, 1)).getString("status"));

        assertEquals(List.of("reason"), broker.violatedFields(broker.post(path("/evidence"),
                json("{'requirement':'" + code + "','checkedOn':'" + TODAY.minusDays(1) + "','correcting':'" + byDocument.getString("id") + "'}"))));
        JsonObject corrected = broker.create(path("/evidence"), json("{'requirement':'" + code + "','checkedOn':'" + TODAY.minusDays(1)
                + "','expiresOn':'" + TODAY.plusYears(1) + "','correcting':'" + byDocument.getString("id") + "','reason':'Typed the wrong year'}"));
        assertEquals("VALID", status(code, null).getString("status"));
        assertEquals(corrected.getString("id"), status(code, null).getString("evidenceId"));
        List<JsonObject> all = broker.get(path("/evidence")).array().getValuesAs(JsonObject.class);
        assertEquals(3, all.size(), "corrected evidence is kept");
        JsonObject old = all.stream().filter(e -> e.getString("id").equals(byDocument.getString("id"))).findFirst().orElseThrow();
        assertEquals(corrected.getString("id"), old.getString("supersededBy"));
        assertEquals("Typed the wrong year", old.getString("supersededReason"));
        assertEquals(409, broker.post(path("/evidence"), json("{'requirement':'" + code + "','checkedOn':'" + TODAY.minusDays(1)
                + "','correcting':'" + byDocument.getString("id") + "','reason':'again'}")).status(), "a superseded record is not corrected twice");
    }

    private JsonObject status(String code, LocalDate on) {
        JsonObject report = broker.get(path("/compliance" + (on == null ? "" : "?on=" + on))).json();
        return report.getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("requirement").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void businessSupportSessionsAreLogged() {
        JsonObject s = broker.create(path("/support-sessions"),
                json("{'on':'2024-03-12','provider':'GrowBiz','category':'FINANCIAL_MANAGEMENT','minutes':60,'note':'Cash flow'}"));
        assertEquals("FINANCIAL_MANAGEMENT", s.getString("category"));
        assertEquals(List.of("on", "provider", "category", "minutes"), broker.violatedFields(broker.post(path("/support-sessions"),
                json("{'on':'" + TODAY.plusDays(2) + "','provider':'','category':'GOSSIP','minutes':0}"))));
        assertEquals(400, broker.post(path("/support-sessions"), json("{'on':'2024-03-12','provider':'GrowBiz','category':'FINANCIAL_MANAGEMENT',"
                + "'minutes':1.5}")).status());
        assertEquals(1, broker.get(path("/support-sessions")).array().size());
        assertEquals(404, broker.get("micro-enterprises/nobody/support-sessions").status());
    }

    @Test
    void theListIsFilteredAndPagedByTheDatabase() {
        for (String name : List.of("Ayr Gardening", "Prestwick Pals", "Troon Companions")) {
            broker.create("micro-enterprises", GrantsAndMicroEnterprisesIT.API_MD_ME.replace("Troon Home Help", name));
        }
        Api.Answer first = broker.get("micro-enterprises?size=2");
        assertEquals(List.of("Ayr Gardening", "Prestwick Pals"), names(first));
        assertEquals("4", first.raw().headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(List.of("Troon Companions", "Troon Home Help"), names(broker.get("micro-enterprises?size=2&page=2")));
        assertEquals(List.of(), names(broker.get("micro-enterprises?size=2&page=3")));
        assertEquals(List.of("Troon Companions", "Troon Home Help"), names(broker.get("micro-enterprises?name=troon")));
        assertEquals(4, names(broker.get("micro-enterprises?name=morag")).size(), "the owner's name is searched too");
        assertEquals(List.of(), names(broker.get("micro-enterprises?name=100%25")), "% is a character, not a wildcard");
        assertEquals(200, move("DEVELOPING", "").status());
        assertEquals(List.of("Troon Home Help"), names(broker.get("micro-enterprises?stage=DEVELOPING")));
        assertEquals(List.of("stage", "page", "size"), broker.violatedFields(broker.get("micro-enterprises?stage=DONE&page=x&size=y")));
        assertEquals(List.of("size"), broker.violatedFields(broker.get("micro-enterprises?size=501")));
        assertEquals(List.of("page"), broker.violatedFields(broker.get("micro-enterprises?page=0")));
    }

    private static List<String> names(Api.Answer answer) {
        assertEquals(200, answer.status(), answer.toString());
        return answer.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("tradingName")).toList();
    }

    @Test
    void absencesNeverOverlapAreCancelledNotDeletedAndAreAudited() throws Exception {
        JsonObject holiday = broker.create(path("/absences"),
                json("{'startsOn':'2024-06-03','endsOn':'2024-06-14','planned':true,'note':'Holiday'}"));
        assertTrue(holiday.getBoolean("planned"));
        assertFalse(holiday.getBoolean("cancelled"));

        Api.Answer clash = broker.post(path("/absences"), json("{'startsOn':'2024-06-14','endsOn':'2024-06-20','planned':false}"));
        assertEquals(409, clash.status(), clash.toString());
        assertTrue(clash.json().getString("message").contains("2024-06-03"), "names the absence it overlaps: " + clash);
        assertEquals(List.of("endsOn"), broker.violatedFields(broker.post(path("/absences"),
                json("{'startsOn':'2024-07-10','endsOn':'2024-07-01','planned':true}"))));
        assertEquals(List.of("startsOn", "planned"), broker.violatedFields(broker.post(path("/absences"),
                json("{'startsOn':'soon','endsOn':'2024-07-01'}"))));
        assertEquals(403, council.as("vic.viewer").post(path("/absences"),
                json("{'startsOn':'2024-08-01','endsOn':'2024-08-02','planned':true}")).status());
        assertEquals(1, broker.get(path("/absences")).array().size(), "nothing refused was kept");

        // two overlapping absences recorded at the same moment: one stands
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Api.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int day = i;
                answers.add(pool.submit(() -> broker.post(path("/absences"),
                        json("{'startsOn':'2024-09-0" + (1 + day) + "','endsOn':'2024-09-10','planned':false}"))));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Api.Answer> a : answers) {
                statuses.add(a.get().status());
            }
            assertEquals(1, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(st -> st == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }

        String cancel = path("/absences/" + holiday.getString("id") + "/cancel");
        assertEquals(List.of("reason"), broker.violatedFields(broker.post(cancel, json("{'reason':' '}"))));
        JsonObject cancelled = broker.post(cancel, json("{'reason':'Holiday called off'}")).json();
        assertTrue(cancelled.getBoolean("cancelled"));
        assertEquals(409, broker.post(cancel, json("{'reason':'again'}")).status(), "cancelled once");
        assertEquals(201, broker.post(path("/absences"), json("{'startsOn':'2024-06-05','endsOn':'2024-06-06','planned':true}")).status(),
                "a cancelled absence no longer blocks the days");
        assertEquals(3, broker.get(path("/absences")).array().size(), "the cancelled absence is kept");
        assertEquals(404, broker.post(path("/absences/nobody/cancel"), json("{'reason':'x'}")).status());
        assertEquals(404, broker.get("micro-enterprises/nobody/absences").status());
        assertEquals(3, admin.get("audit?action=ABSENCE_RECORDED").array().size());
        assertEquals(1, admin.get("audit?action=ABSENCE_CANCELLED").array().size());
    }

    private static jakarta.json.JsonObjectBuilder contractExample() {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(GrantsAndMicroEnterprisesIT.API_MD_ME))) {
            return jakarta.json.Json.createObjectBuilder(reader.readObject());
        }
    }

    @Test
    void theRecordIsChangedWithItsVersionAndThePublicProfile() {
        JsonObject before = broker.get(path("")).json();
        JsonObject changed = contractExample().add("publicPhone", "01292 612000").add("publicEmail", "morag@example.co.uk")
                .add("website", "https://troonhomehelp.example").add("publicDescription", "Personal care in Troon.\nEvenings too.")
                .add("experience", "Dementia Friends; mental health first aid").add("evenings", true).add("weekends", false)
                .add("lastMinute", true).add("ageBand", "FROM_50_TO_64").add("languages", jakarta.json.Json.createArrayBuilder().add("en").add("gd"))
                .add("version", before.getInt("version")).build();
        Api.Answer put = broker.put(path(""), changed.toString());
        assertEquals(200, put.status(), put.toString());
        JsonObject after = put.json();
        assertEquals("01292 612000", after.getString("publicPhone"));
        assertEquals("Personal care in Troon.\nEvenings too.", after.getString("publicDescription"));
        assertTrue(after.getBoolean("evenings"));
        assertFalse(after.getBoolean("weekends"));
        assertEquals("FROM_50_TO_64", after.getString("ageBand"));
        assertEquals(List.of("en", "gd"), after.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals("KA10 6EP", after.getString("postcode"));

        assertEquals(409, broker.put(path(""), changed.toString()).status(), "the version read is stale now");
        JsonObject unsafe = jakarta.json.Json.createObjectBuilder(changed).add("website", "javascript:alert(1)")
                .add("version", after.getInt("version")).build();
        assertEquals(List.of("website"), broker.violatedFields(broker.put(path(""), unsafe.toString())));
        assertEquals(List.of("version"), broker.violatedFields(broker.post("micro-enterprises", contractExample().add("version", 0).build().toString())));
        assertEquals(List.of("version"), broker.violatedFields(broker.put(path(""), contractExample().build().toString())));
        assertEquals(1, admin.get("audit?action=MICRO_ENTERPRISE_CHANGED&recordId=" + me).array().size());
        assertEquals(404, broker.put("micro-enterprises/nobody", changed.toString()).status());
    }
}
