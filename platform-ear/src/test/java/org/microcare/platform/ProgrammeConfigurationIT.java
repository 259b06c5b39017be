package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A council admin configures the programme through the API: settings, services, localities, the
 * versioned framework, effective-dated rates and targets. Every rule is checked with bad input,
 * stale versions and the wrong role, and every change is looked for in the audit log.
 */
@ExtendWith(PlatformExtension.class)
class ProgrammeConfigurationIT {

    private CouncilFixture council;
    private CouncilFixture.Caller admin;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        council = CouncilFixture.onboard(platform, "cfg", "SCOTLAND");
        admin = council.asAdmin();
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
    }

    private List<String> auditActions(String action) {
        return admin.get("audit?action=" + action).array().stream().map(v -> v.asJsonObject().getString("detail")).toList();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void settingsChangeWithTheRightVersionOnlyAndAreAudited() {
        JsonObject p = admin.get("programme").json();
        assertEquals(30, p.getInt("evidenceWarningDays"), "default warning window");
        assertEquals(12, p.getInt("employmentRiskWeeks"));
        assertEquals("SCOTLAND", p.getString("nation"));
        long version = p.getJsonNumber("version").longValue();

        String change = json("{'programmeName':'CAyr','contactName':'Ayr Team','contactEmail':'cayr@south-ayrshire.gov.uk',"
                + "'contactPhone':'01292 612000','employmentRiskWeeks':26,'evidenceWarningDays':45,'version':" + version + "}");
        assertEquals(403, council.as("vic.viewer").put("programme", change).status());
        assertEquals(403, council.as("bea.broker").put("programme", change).status());
        Api.Answer saved = admin.put("programme", change);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("CAyr", saved.json().getString("programmeName"));
        assertEquals(45, admin.get("programme").json().getInt("evidenceWarningDays"));
        assertEquals("CAyr", council.api().get("/platform/api/v1/tenants/" + council.id(), RunningPlatform.OPERATOR,
                RunningPlatform.OPERATOR_PASSWORD).json().getString("programmeName"), "the operator console shows the new name");
        assertTrue(admin.get("programme").json().getJsonNumber("version").longValue() > version);

        Api.Answer stale = admin.put("programme", change.replace("CAyr", "Stale name"));
        assertEquals(409, stale.status(), "the version read before the change is stale");
        assertEquals("CAyr", admin.get("programme").json().getString("programmeName"), "nothing changed");

        long now = admin.get("programme").json().getJsonNumber("version").longValue();
        Api.Answer bad = admin.put("programme", json("{'programmeName':'','contactEmail':'not-an-email','contactPhone':'call me',"
                + "'employmentRiskWeeks':0,'evidenceWarningDays':400,'version':" + now + "}"));
        assertEquals(List.of("programmeName", "contactEmail", "contactPhone", "employmentRiskWeeks", "evidenceWarningDays"),
                admin.violatedFields(bad));
        assertEquals(400, admin.put("programme", "{\"programmeName\":\"X\",\"employmentRiskWeeks\":\"lots\"}").status());
        assertEquals(400, admin.put("programme", json("{'programmeName':'No version','employmentRiskWeeks':4,'evidenceWarningDays':30}")).status());

        String detail = auditActions("PROGRAMME_SETTINGS_CHANGED").get(0);
        assertTrue(detail.contains("evidence warning days: 30 -> 45"), detail);
        assertTrue(detail.contains("programme name: Programme " + council.id() + " -> CAyr"), detail);
        assertEquals(90, admin.get("programme").json().getInt("listingFreshnessDays"), "default freshness window, kept when left out");
    }

    @Test
    void theListingFreshnessWindowIsASettingKeptWhenLeftOut() {
        long version = admin.get("programme").json().getJsonNumber("version").longValue();
        String base = "{'programmeName':'CAyr','employmentRiskWeeks':12,'evidenceWarningDays':30,";
        assertEquals(List.of("listingFreshnessDays"), admin.violatedFields(admin.put("programme",
                json(base + "'listingFreshnessDays':0,'version':" + version + "}"))));
        Api.Answer saved = admin.put("programme", json(base + "'listingFreshnessDays':60,'version':" + version + "}"));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(60, saved.json().getInt("listingFreshnessDays"));
        long now = saved.json().getJsonNumber("version").longValue();
        assertEquals(200, admin.put("programme", json(base.replace("CAyr", "CAyr 2") + "'version':" + now + "}")).status());
        assertEquals(60, admin.get("programme").json().getInt("listingFreshnessDays"), "a client that does not send it keeps it");
        assertTrue(auditActions("PROGRAMME_SETTINGS_CHANGED").stream().anyMatch(d -> d.contains("listing freshness days: 90 -> 60")));
    }

    @Test
    void servicesAndLocalitiesAreAddedRenamedAndRetiredButNeverDeleted() {
        List<String> seeded = admin.get("services").array().stream().map(v -> v.asJsonObject().getString("code")).toList();
        assertTrue(seeded.containsAll(List.of("PERSONAL_CARE", "MEAL_PREPARATION", "GARDENING")), seeded.toString());
        assertEquals(0, admin.get("localities").array().size(), "localities are the council's own: none until it adds them");

        JsonObject troon = admin.create("localities", json("{'code':'troon','name':'Troon'}"));
        assertEquals("TROON", troon.getString("code"), "codes are upper-cased");
        assertFalse(troon.getBoolean("retired"));
        admin.create("localities", json("{'code':'AYR','name':'Ayr'}"));
        assertEquals(409, admin.post("localities", json("{'code':'TROON','name':'Troon again'}")).status());
        assertEquals(List.of("code", "name"), admin.violatedFields(admin.post("localities", json("{'code':'1 bad','name':''}"))));
        assertEquals(403, council.as("bea.broker").post("localities", json("{'code':'PRESTWICK','name':'Prestwick'}")).status());
        assertEquals(2, council.as("vic.viewer").get("localities").array().size(), "every role reads");

        String id = troon.getString("id");
        long version = troon.getJsonNumber("version").longValue();
        Api.Answer renamed = admin.put("localities/" + id, json("{'name':'Troon and Barassie','version':" + version + "}"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("TROON", renamed.json().getString("code"), "renaming keeps the code");
        assertEquals(409, admin.put("localities/" + id, json("{'name':'Stale','version':" + version + "}")).status());
        assertEquals("Troon and Barassie", admin.get("localities/" + id).json().getString("name"));

        Api.Answer retired = admin.post("localities/" + id + "/retire", null);
        assertEquals(200, retired.status());
        assertTrue(retired.json().getBoolean("retired"));
        assertEquals(2, admin.get("localities").array().size(), "retired, not deleted");
        assertEquals(405, admin.delete("localities/" + id).status(), "there is no delete");
        assertEquals(404, admin.get("localities/no-such-id").status());
        assertFalse(admin.post("localities/" + id + "/reinstate", null).json().getBoolean("retired"));

        String care = admin.get("services").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("code").equals("PERSONAL_CARE")).findFirst().orElseThrow().getString("id");
        long careVersion = admin.get("services/" + care).json().getJsonNumber("version").longValue();
        assertEquals("Personal care and support", admin.put("services/" + care,
                json("{'name':'Personal care and support','version':" + careVersion + "}")).json().getString("name"));
        admin.create("services", json("{'code':'PET_CARE','name':'Pet care'}"));

        List<String> audited = admin.get("audit?limit=50").array().stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(audited.containsAll(List.of("LOCALITY_ADDED", "LOCALITY_RENAMED", "LOCALITY_RETIRED", "LOCALITY_REINSTATED",
                "SERVICE_RENAMED", "SERVICE_ADDED")), audited.toString());
    }

    @Test
    void theRateInEffectOnADayFollowsTheRctChangeOnFirstApril2024() {
        JsonObject old = admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16.98','validFrom':'2023-04-01','validTo':'2024-03-31'}"));
        assertEquals("16.98", old.getString("hourlyRate"));
        JsonObject current = admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'18.64','validFrom':'2024-04-01'}"));
        assertTrue(current.isNull("validTo"), "open-ended");

        CouncilFixture.Caller viewer = council.as("vic.viewer");
        assertEquals("16.98", viewer.get("rates/effective?type=DIRECT_PAYMENT&on=2024-03-31").json().getString("hourlyRate"));
        assertEquals("18.64", viewer.get("rates/effective?type=DIRECT_PAYMENT&on=2024-04-01").json().getString("hourlyRate"));
        assertEquals("18.64", viewer.get("rates/effective?type=DIRECT_PAYMENT&on=2030-01-01").json().getString("hourlyRate"));
        assertEquals(404, viewer.get("rates/effective?type=DIRECT_PAYMENT&on=2023-03-31").status(), "before any rate");
        assertEquals(404, viewer.get("rates/effective?type=AGENCY_HOME_CARE&on=2024-04-01").status());
        assertEquals(400, viewer.get("rates/effective?type=DIRECT_PAYMENT&on=31/03/2024").status());
        assertEquals(400, viewer.get("rates/effective?type=BANANA&on=2024-04-01").status());
        assertEquals(400, viewer.get("rates/effective?type=DIRECT_PAYMENT").status());

        Api.Answer overlap = admin.post("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'19.00','validFrom':'2024-03-31','validTo':'2024-06-30'}"));
        assertEquals(409, overlap.status(), overlap.toString());
        assertTrue(overlap.json().getString("message").contains("overlaps"), overlap.toString());
        assertEquals(409, admin.post("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'19.00','validFrom':'2025-04-01'}")).status(),
                "the open-ended rate covers every later day");
        assertEquals(201, admin.post("rates", json("{'type':'AGENCY_HOME_CARE','hourlyRate':'28.50','validFrom':'2024-03-31'}")).status(),
                "other types do not clash");

        assertEquals(List.of("hourlyRate"), admin.violatedFields(admin.post("rates", json("{'type':'PERSONAL_ASSISTANT','hourlyRate':'16.985','validFrom':'2024-04-01'}"))));
        assertEquals(List.of("hourlyRate"), admin.violatedFields(admin.post("rates", json("{'type':'PERSONAL_ASSISTANT','hourlyRate':'-1.00','validFrom':'2024-04-01'}"))));
        assertEquals(List.of("validTo"), admin.violatedFields(admin.post("rates", json("{'type':'PERSONAL_ASSISTANT','hourlyRate':'15.00','validFrom':'2024-04-01','validTo':'2024-03-01'}"))));
        assertEquals(List.of("type", "validFrom"), admin.violatedFields(admin.post("rates", json("{'type':'TIPS','hourlyRate':15}"))));
        assertEquals(201, admin.post("rates", json("{'type':'PERSONAL_ASSISTANT','hourlyRate':15.5,'validFrom':'2024-04-01'}")).status(),
                "a JSON number is money too");
        assertEquals(403, council.as("bea.broker").post("rates", json("{'type':'ME_GUIDE_RATE','hourlyRate':'20.00','validFrom':'2024-04-01'}")).status());
        assertEquals(4, viewer.get("rates").array().size(), "nothing refused was stored");

        String id = current.getString("id");
        long version = current.getJsonNumber("version").longValue();
        Api.Answer closed = admin.put("rates/" + id, json("{'hourlyRate':'18.64','validFrom':'2024-04-01','validTo':'2025-03-31','version':" + version + "}"));
        assertEquals(200, closed.status(), closed.toString());
        assertEquals(LocalDate.of(2025, 3, 31).toString(), closed.json().getString("validTo"));
        assertEquals(409, admin.put("rates/" + id, json("{'hourlyRate':'99.00','validFrom':'2024-04-01','version':" + version + "}")).status(),
                "stale version");
        assertEquals(201, admin.post("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'19.20','validFrom':'2025-04-01'}")).status(),
                "after the old rate was ended, the next one fits");
        assertEquals("19.20", viewer.get("rates/effective?type=DIRECT_PAYMENT&on=2025-04-01").json().getString("hourlyRate"));

        List<JsonObject> audit = admin.get("audit?action=RATE_CHANGED").array().getValuesAs(JsonObject.class);
        assertEquals(1, audit.size());
        assertEquals("admin", audit.get(0).getString("actor"));
        assertTrue(audit.get(0).getString("detail").contains("DIRECT_PAYMENT 18.64 from 2024-04-01 (open-ended) -> DIRECT_PAYMENT 18.64 from 2024-04-01 to 2025-03-31"),
                audit.get(0).toString());
    }

    @Test
    void frameworkChangesAreVersionedWithEffectiveDates() {
        List<JsonObject> start = admin.get("framework/requirements").array().getValuesAs(JsonObject.class);
        JsonObject pvg = start.stream().filter(r -> r.getString("code").equals("PVG")).findFirst().orElseThrow();
        assertTrue(pvg.getBoolean("mandatory"));
        assertEquals(36, pvg.getInt("validityMonths"));
        JsonObject hmrc = start.stream().filter(r -> r.getString("code").equals("HMRC_SELF_EMPLOYED")).findFirst().orElseThrow();
        assertTrue(hmrc.isNull("validityMonths"), "does not expire");
        JsonObject food = start.stream().filter(r -> r.getString("code").equals("FOOD_HYGIENE")).findFirst().orElseThrow();
        assertEquals(List.of("MEAL_PREPARATION"), strings(food, "appliesToServices"));
        assertTrue(start.stream().anyMatch(r -> r.getString("code").equals("MEDICATION_TRAINING") && r.getBoolean("medicationOnly")));

        JsonObject firstAid = admin.create("framework/requirements", json("{'code':'FIRST_AID','name':'First aid','guidance':'A current certificate',"
                + "'mandatory':false,'validityMonths':36,'appliesToServices':['PERSONAL_CARE'],'effectiveFrom':'2024-01-01'}"));
        assertEquals(2, firstAid.getInt("frameworkVersion"));
        assertEquals(2, firstAid.getInt("version"), "a change sends back the framework version it saw");
        assertEquals(409, admin.post("framework/requirements", json("{'code':'FIRST_AID','name':'Again','mandatory':true}")).status());
        assertEquals(List.of("appliesToServices"), admin.violatedFields(admin.post("framework/requirements",
                json("{'code':'SWIMMING','name':'Swimming','mandatory':true,'appliesToServices':['SCUBA']}"))));
        assertEquals(List.of("code", "name", "mandatory", "validityMonths"), admin.violatedFields(admin.post("framework/requirements",
                json("{'code':'','validityMonths':0}"))));
        assertEquals(403, council.as("bea.broker").post("framework/requirements", json("{'code':'X_RAY','name':'X','mandatory':true}")).status());

        long version = firstAid.getJsonNumber("version").longValue();
        Api.Answer changed = admin.put("framework/requirements/FIRST_AID", json("{'name':'First aid','guidance':'A current certificate',"
                + "'mandatory':true,'validityMonths':24,'appliesToServices':[],'effectiveFrom':'2024-06-01','version':" + version + "}"));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(3, changed.json().getInt("frameworkVersion"));
        assertEquals(409, admin.put("framework/requirements/FIRST_AID", json("{'name':'Stale','mandatory':true,'version':" + version + "}")).status());
        long newVersion = changed.json().getJsonNumber("version").longValue();
        assertEquals(409, admin.put("framework/requirements/FIRST_AID", json("{'name':'First aid','mandatory':true,'effectiveFrom':'2024-05-01','version':"
                + newVersion + "}")).status(), "a change cannot take effect before the terms it replaces began");

        JsonObject before = requirementOn("FIRST_AID", "2024-05-31");
        assertFalse(before.getBoolean("mandatory"));
        assertEquals(36, before.getInt("validityMonths"));
        JsonObject after = requirementOn("FIRST_AID", "2024-06-01");
        assertTrue(after.getBoolean("mandatory"));
        assertEquals(24, after.getInt("validityMonths"));
        assertTrue(admin.get("framework/requirements?on=2023-12-31").array().stream()
                .noneMatch(r -> r.asJsonObject().getString("code").equals("FIRST_AID")), "not in force before it was added");
        assertEquals(400, admin.get("framework/requirements?on=yesterday").status());

        List<JsonObject> history = council.as("vic.viewer").get("framework/versions").array().getValuesAs(JsonObject.class);
        assertEquals(List.of("CHANGED", "ADDED", "STARTED"), history.stream().map(v -> v.getString("change")).toList());
        String changes = history.get(0).getString("changes");
        assertTrue(changes.contains("now mandatory") && changes.contains("validity 36 months -> 24 months")
                && changes.contains("applies to PERSONAL_CARE -> every ME"), changes);
        assertEquals("2024-06-01", history.get(0).getString("effectiveFrom"));
        assertEquals("admin", history.get(0).getString("changedBy"));

        Api.Answer retired = admin.post("framework/requirements/FIRST_AID/retire",
                json("{'effectiveFrom':'2025-01-01','version':" + newVersion + "}"));
        assertEquals(200, retired.status(), retired.toString());
        assertTrue(admin.get("framework/requirements?on=2025-01-01").array().stream()
                .noneMatch(r -> r.asJsonObject().getString("code").equals("FIRST_AID")));
        assertTrue(requirementOn("FIRST_AID", "2024-12-31").getBoolean("mandatory"), "history is kept");
        assertEquals(409, admin.put("framework/requirements/FIRST_AID", json("{'name':'Back','mandatory':true,'version':0}")).status());
        assertEquals(404, admin.get("framework/requirements/NO_SUCH").status());
        List<String> audited = admin.get("audit?limit=20").array().stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(audited.containsAll(List.of("FRAMEWORK_REQUIREMENT_ADDED", "FRAMEWORK_REQUIREMENT_CHANGED", "FRAMEWORK_REQUIREMENT_RETIRED")));
    }

    private JsonObject requirementOn(String code, String day) {
        return admin.get("framework/requirements?on=" + day).array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " not in force on " + day));
    }

    @Test
    void targetsHaveOnePeriodPerMetricAtATime() {
        JsonObject newMes = admin.create("targets", json("{'metric':'NEW_MICRO_ENTERPRISES','value':30,'periodStart':'2024-04-01','periodEnd':'2025-03-31'}"));
        admin.create("targets", json("{'metric':'WEEKLY_SUPPORT_HOURS','value':500,'periodStart':'2024-04-01','periodEnd':'2025-03-31'}"));
        assertEquals(409, admin.post("targets", json("{'metric':'NEW_MICRO_ENTERPRISES','value':40,'periodStart':'2025-01-01','periodEnd':'2025-12-31'}")).status());
        admin.create("targets", json("{'metric':'NEW_MICRO_ENTERPRISES','value':35,'periodStart':'2025-04-01','periodEnd':'2026-03-31'}"));
        assertEquals(List.of("metric", "value", "periodEnd"), admin.violatedFields(admin.post("targets",
                json("{'metric':'HAPPINESS','value':-3,'periodStart':'2024-04-01','periodEnd':'2024-03-01'}"))));
        assertEquals(400, admin.post("targets", "{\"metric\":\"CLIENTS_SUPPORTED\",\"value\":\"many\"}").status());
        assertEquals(403, council.as("bea.broker").post("targets", json("{'metric':'CLIENTS_SUPPORTED','value':10,'periodStart':'2024-04-01','periodEnd':'2025-03-31'}")).status());
        assertEquals(3, council.as("bea.broker").get("targets").array().size());

        String id = newMes.getString("id");
        long version = newMes.getJsonNumber("version").longValue();
        Api.Answer changed = admin.put("targets/" + id, json("{'value':32,'periodStart':'2024-04-01','periodEnd':'2025-03-31','version':" + version + "}"));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(32, changed.json().getInt("value"));
        assertEquals(409, admin.put("targets/" + id, json("{'value':33,'periodStart':'2024-04-01','periodEnd':'2025-03-31','version':" + version + "}")).status());
        assertEquals(409, admin.put("targets/" + id, json("{'value':33,'periodStart':'2024-04-01','periodEnd':'2025-06-30','version':"
                + changed.json().getJsonNumber("version").longValue() + "}")).status(), "would overlap the 2025/26 target");
        assertEquals(403, council.as("vic.viewer").delete("targets/" + id).status());
        assertEquals(204, admin.delete("targets/" + id).status());
        assertEquals(404, admin.get("targets/" + id).status());
        assertTrue(auditActions("TARGET_REMOVED").get(0).contains("NEW_MICRO_ENTERPRISES 32"));
    }
}
