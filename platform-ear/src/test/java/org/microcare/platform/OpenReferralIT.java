package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Open Referral UK 3.0 feed of a council with several listed micro-enterprises and four that must
 * not appear, read without credentials as the ORUK validator reads it: every answer is checked
 * against the published JSON Schemas, and against what the council recorded through its API.
 */
@ExtendWith(PlatformExtension.class)
class OpenReferralIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Pattern UUID_TEXT = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final String SCRIPT = "<script>alert(1)</script>";

    /** Visible MEs by trading name, with the services each offers. */
    private static final Map<String, List<String>> VISIBLE = new LinkedHashMap<>();
    /** Every ME's home postcode and owner: neither may reach the feed. */
    private static final List<String> PRIVATE = new ArrayList<>();
    private static final Map<String, String> HIDDEN = new LinkedHashMap<>();

    private static OpenReferralSchemas schemas;
    private static CouncilFixture council;
    private static Api api;
    private static String feed;
    private static String troonHomeHelp;

    @BeforeAll
    static void aCouncilWithListedAndUnlistedMicroEnterprises(RunningPlatform platform) {
        schemas = OpenReferralSchemas.load();
        council = CouncilFixture.onboard(platform, "oruk", "SCOTLAND");
        api = council.api();
        feed = "/c/" + council.id() + "/openreferral";
        council.addUser("bea.broker", "BROKER");
        CouncilFixture.Caller admin = council.asAdmin();
        for (String[] l : new String[][] {{"TROON", "Troon"}, {"AYR", "Ayr"}, {"PRESTWICK", "Prestwick"}, {"GIRVAN", "Girvan"}}) {
            admin.create("localities", json("{'code':'" + l[0] + "','name':'" + l[1] + "'}"));
        }
        admin.create("services", json("{'code':'NIGHT_SITTING','name':'Night sitting'}"));

        troonHomeHelp = listed("Troon Home Help", "KA10 6EP", List.of("PERSONAL_CARE", "RESPITE"), List.of("TROON", "AYR"), "20.00",
                List.of("en", "gd"), "[{'day':'MON','from':'09:00','to':'15:00'},{'day':'TUE','from':'09:00','to':'15:00'}]",
                ",'publicPhone':'01292 612000','publicEmail':'morag@example.co.uk','website':'https://troonhomehelp.example',"
                        + "'publicDescription':'Personal care and respite in Troon and Ayr.'");
        listed("Ayr Garden Friends", "KA7 1QT", List.of("GARDENING", "COMPANIONSHIP", "DOMESTIC_SUPPORT"), List.of("AYR"), "16.50",
                List.of("en"), "[{'day':'SAT','from':'10:00','to':'16:00'}]",
                ",'publicDescription':'Gardening and a blether, with bagpipes on request.'");
        listed("Prestwick Companions", "KA9 1AB", List.of("COMPANIONSHIP"), List.of("PRESTWICK"), "18.00", List.of("en"),
                "[{'day':'WED','from':'13:00','to':'17:00'}]", "");
        listed("Gofal Siân", "KA26 9AA", List.of("PERSONAL_CARE", "COMMUNITY_ACCESS"), List.of("GIRVAN"), "19.25", List.of("cy", "en"),
                "[]", ",'publicDescription':'Gofal personol – yn Gymraeg hefyd.'");
        listed(SCRIPT, "KA8 0AA", List.of("GARDENING"), List.of("AYR"), "15.00", List.of("en"), "[]",
                ",'publicDescription':'<b>bold</b> & \\\"quoted\\\"'");
        listed("Girvan Meals", "KA26 0AB", List.of("MEAL_PREPARATION", "COMPANIONSHIP"), List.of("GIRVAN"), "17.00", List.of("en"),
                "[{'day':'MON','from':'11:00','to':'14:00'},{'day':'THU','from':'11:00','to':'14:00'}]", "");
        listed("Coast Respite", "KA10 7AA", List.of("RESPITE", "PERSONAL_CARE", "GARDENING"), List.of("TROON", "PRESTWICK"), "21.00",
                List.of("en"), "[{'day':'SUN','from':'08:00','to':'20:00'}]", ",'website':'http://coastrespite.example/care'");

        String enquiry = created("Hidden Enquiry Care", "KA1 1AA", List.of("PERSONAL_CARE"), List.of("AYR"), "20.00", List.of("en"), "[]", "");
        HIDDEN.put("Hidden Enquiry Care", enquiry);

        String developing = created("Hidden Developing Care", "KA1 2AA", List.of("PERSONAL_CARE"), List.of("AYR"), "20.00", List.of("en"),
                "[]", "");
        move(developing, "DEVELOPING");
        evidence(developing, List.of("PERSONAL_CARE"));
        HIDDEN.put("Hidden Developing Care", developing);

        String unchecked = listed("Hidden Unchecked Nights", "KA1 3AA", List.of("NIGHT_SITTING", "GARDENING"), List.of("AYR"), "22.00",
                List.of("en"), "[]", "");
        admin.create("framework/requirements", json("{'code':'NIGHT_CHECK','name':'Night sitting competence','mandatory':true,"
                + "'validityMonths':12,'appliesToServices':['NIGHT_SITTING'],'effectiveFrom':'" + TODAY + "'}"));
        HIDDEN.put("Hidden Unchecked Nights", unchecked);

        String lapsed = listed("Hidden Lapsed Care", "KA1 4AA", List.of("PERSONAL_CARE"), List.of("AYR"), "20.00", List.of("en"), "[]", "");
        JsonObject liability = council.as("bea.broker").get("micro-enterprises/" + lapsed + "/evidence").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("requirement").equals("PUBLIC_LIABILITY")).findFirst().orElseThrow();
        council.as("bea.broker").create("micro-enterprises/" + lapsed + "/evidence", json("{'requirement':'PUBLIC_LIABILITY','checkedOn':'"
                + TODAY.minusYears(1) + "','expiresOn':'" + TODAY + "','correcting':'" + liability.getString("id")
                + "','reason':'The policy was not renewed'}"));
        HIDDEN.put("Hidden Lapsed Care", lapsed);

        // each hidden ME is hidden for its own reason, not by accident
        CouncilFixture.Caller broker = council.as("bea.broker");
        assertEquals("ENQUIRY", broker.get("micro-enterprises/" + enquiry).json().getString("stage"));
        assertEquals("DEVELOPING", broker.get("micro-enterprises/" + developing).json().getString("stage"));
        assertTrue(broker.get("micro-enterprises/" + developing + "/compliance").json().getBoolean("compliant"));
        for (String id : List.of(unchecked, lapsed)) {
            assertEquals("LISTED", broker.get("micro-enterprises/" + id).json().getString("stage"));
            assertFalse(broker.get("micro-enterprises/" + id + "/compliance").json().getBoolean("compliant"), id);
        }
    }

    private static String created(String name, String postcode, List<String> services, List<String> localities, String rate,
                                  List<String> languages, String availability, String profile) {
        String owner = "Owner" + (PRIVATE.size() / 2) + " Privatesurname";
        PRIVATE.add(postcode);
        PRIVATE.add(owner);
        return council.as("bea.broker").create("micro-enterprises", record(name, owner, postcode, services, localities, rate, languages,
                availability, profile)).getString("id");
    }

    /** An ME's record as the API takes it, to create or (with {@code ,'version':n} in {@code profile}) to change it. */
    private static String record(String name, String owner, String postcode, List<String> services, List<String> localities, String rate,
                                 List<String> languages, String availability, String profile) {
        String body = Json.createObjectBuilder().add("tradingName", name).build().toString();
        return body.substring(0, body.length() - 1) + json(",'ownerName':'" + owner + "','gender':'FEMALE','postcode':'" + postcode
                + "','localities':" + array(localities) + ",'services':" + array(services) + ",'hourlyRate':'" + rate
                + "','capacityHoursPerWeek':20,'personalCare':true,'medication':false,'petsOk':true,'languages':" + array(languages)
                + ",'specialisms':['DEMENTIA'],'availability':" + availability + ",'referralSource':'JOB_CLUB','enquiryDate':'2024-03-04'"
                + profile + "}");
    }

    private static String array(List<String> codes) {
        return "['" + String.join("','", codes) + "']";
    }

    private static String listed(String name, String postcode, List<String> services, List<String> localities, String rate,
                                 List<String> languages, String availability, String profile) {
        String id = created(name, postcode, services, localities, rate, languages, availability, profile);
        move(id, "DEVELOPING");
        evidence(id, services);
        move(id, "LISTED");
        if (!name.startsWith("Hidden")) {
            VISIBLE.put(name, services);
        }
        return id;
    }

    private static void move(String id, String stage) {
        Api.Answer a = council.as("bea.broker").post("micro-enterprises/" + id + "/stage",
                json("{'stage':'" + stage + "','on':'" + TODAY + "'}"));
        assertEquals(200, a.status(), a.toString());
    }

    /** Evidence, checked ten days ago, for every mandatory requirement in force that applies to an ME offering these services. */
    private static void evidence(String id, List<String> services) {
        for (JsonObject r : council.asAdmin().get("framework/requirements").array().getValuesAs(JsonObject.class)) {
            List<String> applies = r.getJsonArray("appliesToServices").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            if (r.getBoolean("mandatory") && !r.getBoolean("medicationOnly") && (applies.isEmpty() || applies.stream().anyMatch(services::contains))) {
                council.as("bea.broker").create("micro-enterprises/" + id + "/evidence",
                        json("{'requirement':'" + r.getString("code") + "','checkedOn':'" + TODAY.minusDays(10) + "'}"));
            }
        }
    }

    // ---- reading the feed as the public does: no credentials

    private static Api.Answer get(String path) {
        Api.Answer a = api.get(feed + path, null, null);
        assertTrue(a.status() < 500, path + " -> " + a);
        assertEquals("*", a.header("Access-Control-Allow-Origin"), "CORS on " + path + " (" + a.status() + ")");
        assertTrue(String.valueOf(a.header("Content-Type")).startsWith("application/json"), path + ": " + a.header("Content-Type"));
        return a;
    }

    /** 200, valid against the schema, no null anywhere, every id a UUID. */
    private JsonObject valid(String path, String schema) {
        Api.Answer a = get(path);
        assertEquals(200, a.status(), path + " -> " + a);
        assertEquals(Set.of(), schemas.problems(schema, a.body()), path + " against " + schema);
        JsonObject body = a.json();
        assertNoNulls(path, body);
        assertIdsAreUuids(path, body);
        return body;
    }

    private JsonObject validServicePage(String query) {
        JsonObject page = valid("/services" + query, "service_list.json");
        for (JsonObject s : page.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            assertEquals(Set.of(), schemas.problems("service.json", s.toString()), "list item " + s.getString("name"));
            phonesValid(s.getJsonObject("organization"));
        }
        return page;
    }

    private void phonesValid(JsonObject organization) {
        for (JsonObject phone : organization.getJsonArray("phones").getValuesAs(JsonObject.class)) {
            assertEquals(Set.of(), schemas.problems("phone.json", phone.toString()), "phone of " + organization.getString("name"));
        }
    }

    private static void assertNoNulls(String where, JsonValue value) {
        assertNotEquals(JsonValue.ValueType.NULL, value.getValueType(), "a null in " + where);
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> assertNoNulls(where + "." + k, v));
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> assertNoNulls(where + "[]", v));
        }
    }

    private static void assertIdsAreUuids(String where, JsonValue value) {
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> {
                if (k.equals("id") || k.endsWith("_id")) {
                    assertTrue(v instanceof JsonString s && UUID_TEXT.matcher(s.getString()).matches(), where + "." + k + " = " + v);
                }
                assertIdsAreUuids(where + "." + k, v);
            });
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> assertIdsAreUuids(where + "[]", v));
        }
    }

    /** Every service of the feed, page by page (5 a page), each page checked. */
    private List<JsonObject> allServices() {
        List<JsonObject> all = new ArrayList<>();
        JsonObject first = validServicePage("?per_page=5");
        int pages = first.getInt("total_pages");
        all.addAll(first.getJsonArray("contents").getValuesAs(JsonObject.class));
        for (int p = 2; p <= pages; p++) {
            all.addAll(validServicePage("?per_page=5&page=" + p).getJsonArray("contents").getValuesAs(JsonObject.class));
        }
        return all;
    }

    /** What the ORUK validator reads, and every record it links to: each answer's body. */
    private List<String> crawl() {
        List<String> bodies = new ArrayList<>();
        bodies.add(valid("/", "api_details.json").toString());
        for (JsonObject s : allServices()) {
            bodies.add(s.toString());
            JsonObject one = valid("/services/" + s.getString("id"), "service.json");
            phonesValid(one.getJsonObject("organization"));
            bodies.add(one.toString());
        }
        JsonObject organizations = valid("/organizations?per_page=100", "organization_list.json");
        bodies.add(organizations.toString());
        for (JsonObject o : organizations.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            assertEquals(Set.of(), schemas.problems("organization.json", o.toString()), o.getString("name"));
            JsonObject one = valid("/organizations/" + o.getString("id"), "organization.json");
            phonesValid(one);
            bodies.add(one.toString());
        }
        JsonObject taxonomies = valid("/taxonomies", "taxonomy_list.json");
        bodies.add(taxonomies.toString());
        for (JsonObject t : taxonomies.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            bodies.add(valid("/taxonomies/" + t.getString("id"), "taxonomy.json").toString());
        }
        JsonObject terms = valid("/taxonomy_terms?per_page=100", "taxonomy_term_list.json");
        bodies.add(terms.toString());
        for (JsonObject t : terms.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            bodies.add(valid("/taxonomy_terms/" + t.getString("id"), "taxonomy_term.json").toString());
        }
        return bodies;
    }

    private static Set<String> names(List<JsonObject> services) {
        return services.stream().map(s -> s.getString("name")).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expectedNames(Map<String, String> serviceNames, java.util.function.Predicate<String> serviceCode) {
        Set<String> out = new TreeSet<>();
        VISIBLE.forEach((me, codes) -> codes.stream().filter(serviceCode).forEach(c -> out.add(me + ": " + serviceNames.get(c))));
        return out;
    }

    private static Map<String, String> serviceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        council.asAdmin().get("services").array().getValuesAs(JsonObject.class).forEach(s -> names.put(s.getString("code"), s.getString("name")));
        return names;
    }

    // ---- the tests

    @Test
    void everyAnswerTheValidatorReadsMatchesThePublishedSchemas() {
        JsonObject root = valid("/", "api_details.json");
        assertEquals("3.0", root.getString("version"));
        assertEquals(root, valid("", "api_details.json"), "with or without the trailing slash");
        assertFalse(crawl().isEmpty());
    }

    @Test
    void servicesArePagedOverEveryVisibleServiceExactlyOnce() {
        int expected = VISIBLE.values().stream().mapToInt(List::size).sum();
        JsonObject first = validServicePage("?page=1&per_page=5");
        int pages = first.getInt("total_pages");
        assertEquals(expected, first.getInt("total_items"));
        assertEquals((expected + 4) / 5, pages);
        assertTrue(pages >= 3, "a first, a middle and a last page");
        assertTrue(first.getBoolean("first_page"));
        assertFalse(first.getBoolean("last_page"));
        assertEquals(5, first.getInt("size"));
        assertEquals(5, first.getJsonArray("contents").size());

        JsonObject middle = validServicePage("?page=" + (pages / 2 + 1) + "&per_page=5");
        assertFalse(middle.getBoolean("first_page"));
        assertFalse(middle.getBoolean("empty"));
        JsonObject last = validServicePage("?page=" + pages + "&per_page=5");
        assertTrue(last.getBoolean("last_page"));
        assertEquals(expected - 5 * (pages - 1), last.getJsonArray("contents").size());
        JsonObject beyond = validServicePage("?page=" + (pages + 1) + "&per_page=5");
        assertTrue(beyond.getBoolean("empty"));
        assertEquals(0, beyond.getJsonArray("contents").size());

        List<JsonObject> all = allServices();
        assertEquals(expected, all.size());
        assertEquals(expected, all.stream().map(s -> s.getString("id")).distinct().count(), "no service on two pages");
        assertEquals(expectedNames(serviceNames(), code -> true), names(all));
        assertEquals(all, validServicePage("?per_page=100").getJsonArray("contents").getValuesAs(JsonObject.class), "the same order in one page");
    }

    @Test
    void idsAreUuidsThatStayTheSameFromOneRequestToTheNext() {
        List<String> once = crawl();
        assertEquals(once, crawl());
        JsonObject service = allServices().get(0);
        assertEquals(service, valid("/services/" + service.getString("id"), "service.json"), "the list and the record agree");
    }

    /** A service's id is found by one look-up, and only while its ME is in the directory and offers it. */
    @Test
    void aServiceIsFoundByItsIdOnlyWhileItsMicroEnterpriseIsInTheDirectory() {
        String respite = serviceId(troonHomeHelp, "RESPITE");
        assertTrue(allServices().stream().anyMatch(s -> s.getString("id").equals(respite)), "the list has the derived id");
        assertEquals(respite, valid("/services/" + respite, "service.json").getString("id"));
        assertEquals(404, get("/services/" + serviceId(troonHomeHelp, "GARDENING")).status(), "a service the ME does not offer");
        Map<String, String> offered = Map.of("Hidden Enquiry Care", "PERSONAL_CARE", "Hidden Developing Care", "PERSONAL_CARE",
                "Hidden Unchecked Nights", "GARDENING", "Hidden Lapsed Care", "PERSONAL_CARE");
        for (Map.Entry<String, String> hidden : HIDDEN.entrySet()) {
            Api.Answer a = get("/services/" + serviceId(hidden.getValue(), offered.get(hidden.getKey())));
            assertEquals(404, a.status(), hidden.getKey() + " -> " + a);
        }
    }

    /** The feed's service id, as its documentation defines it: a name-based UUID of the ME's id and the service code. */
    private static String serviceId(String meId, String code) {
        return UUID.nameUUIDFromBytes(("microcare:openreferral:service\u0000" + meId + "\u0000" + code).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @Test
    void onlyMicroEnterprisesInTheDirectoryTodayAppear() {
        List<String> bodies = crawl();
        for (String body : bodies) {
            assertFalse(body.contains("Hidden"), body);
        }
        Set<String> organizations = new HashSet<>();
        valid("/organizations?per_page=100", "organization_list.json").getJsonArray("contents").getValuesAs(JsonObject.class)
                .forEach(o -> organizations.add(o.getString("name")));
        assertEquals(VISIBLE.keySet(), organizations);
        for (Map.Entry<String, String> hidden : HIDDEN.entrySet()) {
            assertEquals(404, get("/organizations/" + hidden.getValue()).status(), hidden.getKey());
        }
        assertEquals(0, validServicePage("?search=Hidden").getInt("total_items"));
    }

    /**
     * The directory and the feed page through rows derived from the ME's stage, name and services (V18): each
     * change is seen on the next request, in the order shown, and a paused ME leaves both. Ends paused, so the
     * other tests see the same directory as before.
     */
    @Test
    void aChangeOfStageNameOrServicesIsSeenByTheNextSearchInItsPlace() {
        Map<String, String> catalogue = serviceNames();
        Map<String, String> terms = new HashMap<>();
        valid("/taxonomy_terms?per_page=100", "taxonomy_term_list.json").getJsonArray("contents").getValuesAs(JsonObject.class)
                .forEach(t -> terms.put(t.getString("code"), t.getString("id")));
        String name = "Zephyr Gardens";
        String id = listed(name, "KA10 9ZZ", List.of("GARDENING"), List.of("TROON"), "18.00", List.of("en"), "[]", "");
        VISIBLE.remove(name);
        try {
            assertEquals(name + ": " + catalogue.get("GARDENING"), lastService(terms.get("GARDENING")), "last by name among the gardeners");
            assertTrue(directoryPage("?service=GARDENING").contains(name));
            assertFalse(directoryPage("?service=RESPITE").contains(name));

            CouncilFixture.Caller broker = council.as("bea.broker");
            String renamed = "Aardvark Gardens";
            Api.Answer changed = broker.put("micro-enterprises/" + id, record(renamed, "Owner Zephyr", "KA10 9ZZ", List.of("RESPITE", "GARDENING"),
                    List.of("TROON"), "18.00", List.of("en"), "[]", ",'version':" + broker.get("micro-enterprises/" + id).json().getInt("version")));
            assertEquals(200, changed.status(), changed.toString());
            assertEquals(renamed + ": " + catalogue.get("RESPITE"), validServicePage("?taxonomy_term_id=" + terms.get("RESPITE") + "&per_page=1")
                    .getJsonArray("contents").getJsonObject(0).getString("name"), "first by its new name, under the service it added");
            String all = directoryPage("");
            assertTrue(all.contains(renamed) && !all.contains(name), "the new name only");
            assertTrue(all.indexOf(renamed) < all.indexOf("Ayr Garden Friends"), "sorted by the new name");

            changed = broker.put("micro-enterprises/" + id, record(renamed, "Owner Zephyr", "KA10 9ZZ", List.of("RESPITE"), List.of("TROON"),
                    "18.00", List.of("en"), "[]", ",'version':" + broker.get("micro-enterprises/" + id).json().getInt("version")));
            assertEquals(200, changed.status(), changed.toString());
            assertFalse(directoryPage("?service=GARDENING").contains(renamed), "a service no longer offered");
            assertEquals(404, get("/services/" + serviceId(id, "GARDENING")).status());
            assertEquals(200, get("/services/" + serviceId(id, "RESPITE")).status());
        } finally {
            move(id, "PAUSED");
        }
        assertFalse(directoryPage("").contains("Aardvark"), "paused: out of the directory");
        assertFalse(directoryPage("?service=RESPITE").contains("Aardvark"));
        assertEquals(0, validServicePage("?search=Aardvark").getInt("total_items"), "and out of the feed");
        assertEquals(404, get("/services/" + serviceId(id, "RESPITE")).status());
        assertEquals(404, api.get("/c/" + council.id() + "/directory/" + id, null, null).status());
    }

    /** The name of the last service of a taxonomy term's pages (5 a page). */
    private String lastService(String term) {
        JsonObject first = validServicePage("?taxonomy_term_id=" + term + "&per_page=5");
        JsonArray last = validServicePage("?taxonomy_term_id=" + term + "&per_page=5&page=" + first.getInt("total_pages"))
                .getJsonArray("contents");
        return last.getJsonObject(last.size() - 1).getString("name");
    }

    /** The directory's first page (HTML) for a query. */
    private static String directoryPage(String query) {
        Api.Answer page = api.get("/c/" + council.id() + "/directory" + query, null, null);
        assertEquals(200, page.status(), page.toString());
        return page.body();
    }

    @Test
    void noHomePostcodeOwnerOrOtherPrivateDetailIsPublished() {
        List<String> bodies = crawl();
        for (String body : bodies) {
            for (String secret : PRIVATE) {
                assertFalse(body.contains(secret), secret + " in " + body);
                assertFalse(body.replace(" ", "").contains(secret.replace(" ", "")), secret + " in " + body);
            }
            assertFalse(body.contains("FEMALE"), "gender in " + body);
            assertFalse(body.contains("JOB_CLUB"), "referral source in " + body);
            assertFalse(body.contains("DEMENTIA"), "the feed carries no specialism codes: " + body);
        }
    }

    @Test
    void aMicroEnterpriseIsItsServicesWithAreasHoursCostLanguagesAndTerm() {
        List<JsonObject> mine = allServices().stream().filter(s -> s.getString("organization_id").equals(troonHomeHelp)).toList();
        assertEquals(Set.of("Troon Home Help: Personal care", "Troon Home Help: Respite and short breaks"), names(mine));
        JsonObject care = mine.stream().filter(s -> s.getString("name").endsWith("Personal care")).findFirst().orElseThrow();
        assertEquals("active", care.getString("status"));
        assertEquals("Personal care and respite in Troon and Ayr.", care.getString("description"));
        assertEquals("https://troonhomehelp.example", care.getString("url"));
        assertEquals("morag@example.co.uk", care.getString("email"));
        assertEquals(TODAY.toString(), care.getString("assured_date"), "the day the council last confirmed the listing");
        assertEquals(List.of("Ayr", "Troon"), care.getJsonArray("service_areas").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).sorted().toList());
        JsonObject cost = care.getJsonArray("cost_options").getJsonObject(0);
        assertEquals(new BigDecimal("20.00"), cost.getJsonNumber("amount").bigDecimalValue());
        assertEquals("GBP", cost.getString("currency"));
        List<JsonObject> schedules = care.getJsonArray("schedules").getValuesAs(JsonObject.class);
        assertEquals(1, schedules.size());
        assertEquals("WEEKLY", schedules.get(0).getString("freq"));
        assertEquals("MO,TU", schedules.get(0).getString("byday"));
        assertEquals("09:00", schedules.get(0).getString("opens_at"));
        assertEquals("15:00", schedules.get(0).getString("closes_at"));
        assertEquals(List.of("en", "gd"), care.getJsonArray("languages").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("code")).toList());
        JsonObject organization = care.getJsonObject("organization");
        assertEquals(troonHomeHelp, organization.getString("id"));
        assertEquals("Troon Home Help", organization.getString("name"));
        assertEquals("01292 612000", organization.getJsonArray("phones").getJsonObject(0).getString("number"));

        JsonObject term = care.getJsonArray("attributes").getJsonObject(0).getJsonObject("taxonomy_term");
        assertEquals("Personal care", term.getString("name"));
        JsonObject taxonomy = valid("/taxonomies", "taxonomy_list.json").getJsonArray("contents").getJsonObject(0);
        assertEquals(taxonomy.getString("id"), term.getString("taxonomy_id"));
        assertEquals(term, valid("/taxonomy_terms/" + term.getString("id"), "taxonomy_term.json"));

        JsonObject withServices = valid("/organizations/" + troonHomeHelp, "organization.json");
        assertEquals(mine.stream().map(s -> s.getString("id")).sorted().toList(), withServices.getJsonArray("services")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).sorted().toList());
    }

    @Test
    void theCouncilsServiceCatalogueIsTheTaxonomyAndItsTermsFilterServices() {
        Map<String, String> catalogue = serviceNames();
        JsonObject taxonomies = valid("/taxonomies", "taxonomy_list.json");
        assertEquals(1, taxonomies.getInt("total_items"));
        String taxonomyId = taxonomies.getJsonArray("contents").getJsonObject(0).getString("id");
        JsonObject taxonomy = valid("/taxonomies/" + taxonomyId, "taxonomy.json");
        assertEquals(new TreeSet<>(catalogue.values()), taxonomy.getJsonArray("taxonomy_terms").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("name")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));

        JsonObject terms = valid("/taxonomy_terms?per_page=100", "taxonomy_term_list.json");
        assertEquals(catalogue.size(), terms.getInt("total_items"));
        JsonObject gardening = terms.getJsonArray("contents").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("Gardening")).findFirst().orElseThrow();
        assertEquals(taxonomyId, gardening.getString("taxonomy_id"));

        JsonObject filtered = validServicePage("?taxonomy_term_id=" + gardening.getString("id") + "&per_page=2");
        List<JsonObject> gardeners = new ArrayList<>(filtered.getJsonArray("contents").getValuesAs(JsonObject.class));
        for (int p = 2; p <= filtered.getInt("total_pages"); p++) {
            gardeners.addAll(validServicePage("?taxonomy_term_id=" + gardening.getString("id") + "&per_page=2&page=" + p)
                    .getJsonArray("contents").getValuesAs(JsonObject.class));
        }
        assertEquals(expectedNames(catalogue, "GARDENING"::equals), names(gardeners));
        for (JsonObject s : gardeners) {
            assertEquals(gardening.getString("id"), s.getJsonArray("attributes").getJsonObject(0).getString("taxonomy_term_id"));
        }
        assertEquals(expectedNames(catalogue, "GARDENING"::equals).size(), filtered.getInt("total_items"));

        assertEquals(0, validServicePage("?taxonomy_term_id=" + UUID.randomUUID()).getInt("total_items"), "a term of no taxonomy here");
        assertEquals(400, get("/services?taxonomy_term_id=gardening").status());
        assertEquals(expectedNames(catalogue, code -> true).size(),
                validServicePage("?taxonomy_id=" + taxonomyId + "&per_page=100").getInt("total_items"));
        assertEquals(0, validServicePage("?taxonomy_id=" + UUID.randomUUID()).getInt("total_items"));
        assertEquals(1, valid("/taxonomy_terms?search=garden", "taxonomy_term_list.json").getInt("total_items"));
    }

    @Test
    void searchWordsMatchTheMicroEnterprisesOwnWords() {
        Map<String, String> catalogue = serviceNames();
        JsonObject found = validServicePage("?search=bagpipes");
        assertEquals(expectedNames(catalogue, c -> true).stream().filter(n -> n.startsWith("Ayr Garden Friends: ")).toList(),
                List.copyOf(names(found.getJsonArray("contents").getValuesAs(JsonObject.class))));
        assertEquals(3, validServicePage("?search=BAGPIPES%20blether").getInt("total_items"), "every word, case aside");
        assertEquals(0, validServicePage("?search=bagpipes%20harp").getInt("total_items"));
        assertEquals(2, validServicePage("?search=troon").getInt("total_items"), "Troon Home Help's two services");
        assertEquals(1, valid("/organizations?search=troon", "organization_list.json").getInt("total_items"));
        assertEquals(0, validServicePage("?search=%25").getInt("total_items"), "a LIKE wildcard is a plain character");
    }

    @Test
    void unknownIdsAre404AndBadPagesAre400AlwaysAsJsonWithCors() {
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("/services/" + unknown, "/services/not-a-uuid", "/services/" + troonHomeHelp,
                "/organizations/" + unknown, "/organizations/%3Cscript%3E", "/taxonomies/" + unknown, "/taxonomies/1",
                "/taxonomy_terms/" + unknown, "/taxonomy_terms/x", "/nothing-here", "/services/" + unknown + "/more")) {
            Api.Answer a = get(path);
            assertEquals(404, a.status(), path + " -> " + a);
            assertEquals(404, a.json().getInt("status"), path);
            assertTrue(a.json().containsKey("message"), path);
        }
        for (String query : List.of("page=0", "page=-1", "page=abc", "per_page=0", "per_page=1.5", "page=", "page=99999999999")) {
            Api.Answer a = get("/services?" + query);
            assertEquals(400, a.status(), query + " -> " + a);
            assertEquals("Bad Request", a.json().getString("error"));
            assertFalse(a.json().getJsonArray("violations").isEmpty(), query);
        }
        assertEquals(400, get("/taxonomy_terms?per_page=x").status());
        assertEquals(400, get("/organizations?page=x").status());
        assertEquals(100, validServicePage("?per_page=1000").getInt("size"), "capped, not refused");

        Api.Answer noCouncil = api.get("/c/no-such-council-x/openreferral/services", null, null);
        assertEquals(404, noCouncil.status());
        assertEquals("*", noCouncil.header("Access-Control-Allow-Origin"));
        assertEquals(404, noCouncil.json().getInt("status"));
    }

    @Test
    void aSuspendedCouncilsFeedSaysSoAsJsonWithCors(RunningPlatform platform) {
        CouncilFixture other = CouncilFixture.onboard(platform, "oruk-susp", "WALES");
        String otherFeed = "/c/" + other.id() + "/openreferral/services";
        assertEquals(200, api.get(otherFeed, null, null).status());
        assertEquals(200, api.post("/platform/api/v1/tenants/" + other.id() + "/suspend", null, RunningPlatform.OPERATOR,
                RunningPlatform.OPERATOR_PASSWORD).status());
        Api.Answer suspended = api.get(otherFeed, null, null);
        assertEquals(503, suspended.status());
        assertEquals("*", suspended.header("Access-Control-Allow-Origin"));
        assertEquals(503, suspended.json().getInt("status"));
        assertEquals(VISIBLE.values().stream().mapToInt(List::size).sum(), validServicePage("").getInt("total_items"),
                "other councils' feeds carry on");
    }

    @Test
    void aTradingNameWithMarkupComesBackAsJsonText() {
        List<JsonObject> scripted = allServices().stream().filter(s -> s.getJsonObject("organization").getString("name").equals(SCRIPT)).toList();
        assertEquals(1, scripted.size());
        assertEquals(SCRIPT + ": Gardening", scripted.get(0).getString("name"));
        assertEquals("<b>bold</b> & \"quoted\"", scripted.get(0).getString("description"));
        Api.Answer raw = get("/services/" + scripted.get(0).getString("id"));
        assertTrue(raw.header("Content-Type").startsWith("application/json"));
        assertEquals("nosniff", raw.header("X-Content-Type-Options"));
        assertFalse(raw.body().contains("&lt;"), "JSON, not HTML-escaped text");
        assertTrue(raw.body().contains("\\\"quoted\\\""), "quotes escaped as JSON");
        JsonObject welsh = allServices().stream().filter(s -> s.getString("name").startsWith("Gofal Siân")).findFirst().orElseThrow();
        assertEquals("Gofal personol – yn Gymraeg hefyd.", welsh.getString("description"), "UTF-8 both ways");
    }

    @Test
    void feedPathsNeverReachTheCouncilApi() {
        String c = "/c/" + council.id();
        for (String path : List.of(c + "/openreferral/../api/v1/micro-enterprises", c + "/openreferral/%2e%2e/api/v1/micro-enterprises",
                c + "/openreferral/..;/api/v1/micro-enterprises", c + "/openreferral;x/../api/v1/micro-enterprises",
                c + "/openreferral/%2E%2E%2Fapi/v1/micro-enterprises", c + "/openreferral/..%2Fapi/v1/micro-enterprises",
                c + "/openreferral%2F..%2Fapi/v1/micro-enterprises", c + "/openreferral/../api/v1/programme",
                c + "/openreferralx/../api/v1/users")) {
            Api.Answer a = api.get(path, null, null);
            assertTrue(a.status() == 400 || a.status() == 401 || a.status() == 404, path + " -> " + a);
            assertFalse(a.body().contains("Troon Home Help") || a.body().contains("KA10") || a.body().contains("programmeName")
                    || a.body().contains("bea.broker"), path + " -> " + a);
        }
        Api.Answer options = api.options(feed + "/services");
        assertEquals(200, options.status(), "JAX-RS answers OPTIONS on the feed: " + options);
        assertEquals("*", options.header("Access-Control-Allow-Origin"));
        assertEquals(401, api.options(c + "/api/v1/programme").status(), "but not on the council API without credentials");
    }
}
