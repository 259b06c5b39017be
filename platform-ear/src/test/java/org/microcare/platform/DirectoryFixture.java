package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

/**
 * A council with micro-enterprises on its public directory, made through the council API only:
 * listed ones with evidence for every mandatory requirement that applies to them, and ones that must
 * not show (an enquiry; a listed ME whose evidence was corrected to an expired document). Each ME has
 * an owner's name and home postcode of its own, which the directory must never show.
 */
public final class DirectoryFixture {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final CouncilFixture council;
    private final CouncilFixture.Caller admin;
    private final List<JsonObject> requirements;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, JsonObject> records = new LinkedHashMap<>();
    private int made;

    private DirectoryFixture(CouncilFixture council) {
        this.council = council;
        this.admin = council.asAdmin();
        this.requirements = admin.get("framework/requirements").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getBoolean("mandatory")).toList();
    }

    public static DirectoryFixture onboard(RunningPlatform platform, String prefix, String nation) {
        return new DirectoryFixture(CouncilFixture.onboard(platform, prefix, nation));
    }

    public String id() {
        return council.id();
    }

    public CouncilFixture council() {
        return council;
    }

    /** The programme's contact, as the directory shows it. */
    public DirectoryFixture contact(String name, String email, String phone) {
        JsonObject programme = admin.get("programme").json();
        Api.Answer a = admin.put("programme", Json.createObjectBuilder().add("programmeName", programme.getString("programmeName"))
                .add("contactName", name).add("contactEmail", email).add("contactPhone", phone)
                .add("employmentRiskWeeks", programme.getInt("employmentRiskWeeks")).add("evidenceWarningDays", programme.getInt("evidenceWarningDays"))
                .add("version", programme.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, a.status(), a.toString());
        return this;
    }

    public DirectoryFixture locality(String code, String name) {
        admin.create("localities", json("{'code':'" + code + "','name':'" + name + "'}"));
        return this;
    }

    /** The id of the ME with this trading name. */
    /** The body the ME was recorded with (for a PUT that changes one field). */
    public JsonObject recordOf(String tradingName) {
        return records.get(tradingName);
    }

    public String idOf(String tradingName) {
        return ids.get(tradingName);
    }

    /** Every owner's name and home postcode recorded, which no public page may show. */
    public List<String> privateDetails() {
        List<String> out = new ArrayList<>();
        records.values().forEach(r -> {
            out.add(r.getString("ownerName"));
            out.add(r.getString("postcode"));
            out.add(r.getString("postcode").replace(" ", ""));
        });
        return out;
    }

    /** A complete ME body: home help in Troon on Wednesday mornings; {@code change} adjusts it. */
    private JsonObject body(String tradingName, Consumer<JsonObjectBuilder> change) {
        made++;
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("tradingName", tradingName).add("ownerName", "Ownername Zq" + (char) ('a' + made % 26) + made)
                .add("gender", "FEMALE").add("postcode", "KA" + (made % 9 + 1) + " " + (made % 9 + 1) + "QZ")
                .add("localities", list("TROON")).add("services", list("DOMESTIC_SUPPORT")).add("hourlyRate", "18.50")
                .add("capacityHoursPerWeek", 10).add("personalCare", false).add("medication", false).add("petsOk", false)
                .add("languages", list("en")).add("specialisms", list())
                .add("availability", slots(slot("WED", "10:00", "12:00")))
                .add("referralSource", "JOB_CLUB").add("enquiryDate", "2024-03-04")
                .add("publicDescription", "Help around the home.").add("experience", "Five years of home help.")
                .add("publicPhone", "01292 600000").add("publicEmail", "hello@example.org").add("website", "https://example.org/care")
                .add("evenings", false).add("weekends", false).add("lastMinute", false);
        change.accept(b);
        return b.build();
    }

    public static JsonArrayBuilder list(String... values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    /** Weekly windows, for {@code availability}. */
    public static JsonArrayBuilder slots(JsonObjectBuilder... windows) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (JsonObjectBuilder w : windows) {
            a.add(w);
        }
        return a;
    }

    public static JsonObjectBuilder slot(String day, String from, String to) {
        return Json.createObjectBuilder().add("day", day).add("from", from).add("to", to);
    }

    /** An ME left at the enquiry stage. */
    public String enquiry(String tradingName, Consumer<JsonObjectBuilder> change) {
        JsonObject body = body(tradingName, change);
        String id = admin.create("micro-enterprises", body.toString()).getString("id");
        ids.put(tradingName, id);
        records.put(tradingName, body);
        return id;
    }

    /** An ME taken to LISTED with evidence, checked ten days ago, for every mandatory requirement that applies to it. */
    public String listed(String tradingName, Consumer<JsonObjectBuilder> change) {
        String id = enquiry(tradingName, change);
        JsonObject me = records.get(tradingName);
        move(id, "DEVELOPING");
        for (JsonObject r : applying(me)) {
            admin.create("micro-enterprises/" + id + "/evidence",
                    json("{'requirement':'" + r.getString("code") + "','checkedOn':'" + TODAY.minusDays(10) + "'}"));
        }
        move(id, "LISTED");
        return id;
    }

    /** An ME listed, then its first requirement's evidence corrected to a document that expired years ago: still LISTED, not visible. */
    public String lapsed(String tradingName, Consumer<JsonObjectBuilder> change) {
        String id = listed(tradingName, change);
        JsonObject evidence = admin.get("micro-enterprises/" + id + "/evidence").array().getValuesAs(JsonObject.class).get(0);
        admin.create("micro-enterprises/" + id + "/evidence", json("{'requirement':'" + evidence.getString("requirement")
                + "','checkedOn':'2020-01-06','expiresOn':'2021-01-06','correcting':'" + evidence.getString("id")
                + "','reason':'The certificate seen was an old one'}"));
        assertEquals("LISTED", admin.get("micro-enterprises/" + id).json().getString("stage"));
        return id;
    }

    private void move(String id, String stage) {
        Api.Answer a = admin.post("micro-enterprises/" + id + "/stage", json("{'stage':'" + stage + "'}"));
        assertEquals(200, a.status(), stage + ": " + a);
    }

    /** The mandatory requirements in force that apply to the ME: for every ME, or for its services, or (medication only) if it gives medication. */
    private List<JsonObject> applying(JsonObject me) {
        List<String> services = me.getJsonArray("services").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        return requirements.stream()
                .filter(r -> !r.getBoolean("medicationOnly", false) || me.getBoolean("medication"))
                .filter(r -> r.getJsonArray("appliesToServices").isEmpty() || r.getJsonArray("appliesToServices")
                        .getValuesAs(JsonString.class).stream().anyMatch(s -> services.contains(s.getString())))
                .toList();
    }

    /** The names of the requirements the directory should show as checked for the ME. */
    public List<String> checkedRequirements(String tradingName) {
        return applying(records.get(tradingName)).stream().map(r -> r.getString("name")).sorted().toList();
    }
}
