package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Matching on hand-built MEs whose order and reasons are known: the hard filters (directory visibility,
 * services, locality, capacity, personal care, absences), the ranking, the words, and why one ME is left out.
 */
@ExtendWith(PlatformExtension.class)
public class MatchingIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private CouncilFixture.Caller broker;
    private String client;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        council = CouncilFixture.onboard(platform, "matching", "SCOTLAND");
        admin = council.asAdmin();
        admin.create("localities", json("{'code':'TROON','name':'Troon'}"));
        admin.create("localities", json("{'code':'AYR','name':'Ayr'}"));
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
        client = broker.create("clients", json("{'reference':'SW-2001','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','personalCareNeeded':true,"
                + "'preferences':{'carerGender':'FEMALE','language':'cy','hasPets':true,'specialisms':['DEMENTIA']},"
                + "'preferredTimes':[{'day':'TUE','from':'09:00','to':'12:00'},{'day':'THU','from':'09:00','to':'12:00'}],"
                + "'referredOn':'2024-02-20','consentGivenOn':'2024-02-20'}")).getString("id");
    }

    /** An ME in the directory today (listed, with valid evidence for every mandatory requirement that applies). */
    private String listed(String name, String gender, String locality, int capacity, boolean personalCare, boolean pets, String languages,
                          String specialisms, String availability) {
        return list(admin, broker, enquiry(name, gender, locality, capacity, personalCare, pets, languages, specialisms, availability));
    }

    /**
     * Takes an enquiry to the directory through the API, as a broker does: evidence checked 30 days ago for every
     * mandatory requirement not limited to medication, developing 20 days ago, listed 10 days ago.
     */
    public static String list(CouncilFixture.Caller admin, CouncilFixture.Caller broker, String id) {
        for (JsonObject r : admin.get("framework/requirements").array().getValuesAs(JsonObject.class)) {
            if (r.getBoolean("mandatory") && !r.getBoolean("medicationOnly")) {
                broker.create("micro-enterprises/" + id + "/evidence",
                        json("{'requirement':'" + r.getString("code") + "','checkedOn':'" + TODAY.minusDays(30) + "'}"));
            }
        }
        Api.Answer developing = broker.post("micro-enterprises/" + id + "/stage", json("{'stage':'DEVELOPING','on':'" + TODAY.minusDays(20) + "'}"));
        assertEquals(200, developing.status(), developing.toString());
        Api.Answer listed = broker.post("micro-enterprises/" + id + "/stage", json("{'stage':'LISTED','on':'" + TODAY.minusDays(10) + "'}"));
        assertEquals(200, listed.status(), listed.toString());
        return id;
    }

    private String enquiry(String name, String gender, String locality, int capacity, boolean personalCare, boolean pets, String languages,
                           String specialisms, String availability) {
        return broker.create("micro-enterprises", json("{'tradingName':'" + name + "','ownerName':'Owner of " + name + "','gender':'" + gender
                + "','postcode':'KA10 6EP','localities':['" + locality + "'],'services':['PERSONAL_CARE'],'hourlyRate':'20.00',"
                + "'capacityHoursPerWeek':" + capacity + ",'personalCare':" + personalCare + ",'medication':false,'petsOk':" + pets
                + ",'languages':[" + languages + "],'specialisms':[" + specialisms + "],'availability':[" + availability + "],"
                + "'enquiryDate':'" + TODAY.minusDays(60) + "'}")).getString("id");
    }

    private static final String MORNINGS = "{'day':'TUE','from':'08:00','to':'13:00'},{'day':'THU','from':'09:00','to':'12:00'}";
    private static final String TUESDAY = "{'day':'TUE','from':'09:00','to':'12:00'}";

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void onlyMesPassingEveryHardFilterAreRankedWithTheirReasons() {
        String ceri = listed("Ceri Cares", "FEMALE", "TROON", 20, true, true, "'cy','en'", "'DEMENTIA'", MORNINGS);
        String bob = listed("Bobs Help", "MALE", "TROON", 10, true, false, "'en'", "", TUESDAY);
        String anna = listed("Anna Cares", "FEMALE", "TROON", 7, true, true, "'en'", "'DEMENTIA'", MORNINGS);
        String ayr = listed("Ayr Only", "FEMALE", "AYR", 20, true, true, "'cy'", "'DEMENTIA'", MORNINGS);
        String small = listed("Two Hours", "FEMALE", "TROON", 2, true, true, "'cy'", "'DEMENTIA'", MORNINGS);
        String noCare = listed("No Personal Care", "FEMALE", "TROON", 20, false, true, "'cy'", "'DEMENTIA'", MORNINGS);
        String away = listed("Away Anne", "FEMALE", "TROON", 20, true, true, "'cy'", "'DEMENTIA'", MORNINGS);
        String enquiry = enquiry("Still Enquiring", "FEMALE", "TROON", 20, true, true, "'cy'", "'DEMENTIA'", MORNINGS);
        broker.create("micro-enterprises/" + away + "/absences",
                json("{'startsOn':'" + TODAY.minusDays(1) + "','endsOn':'" + TODAY.plusDays(5) + "','planned':true}"));

        List<JsonObject> matches = broker.get("clients/" + client + "/matches").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(ceri, anna, bob), matches.stream().map(m -> m.getString("microEnterpriseId")).toList(), matches.toString());
        assertEquals(List.of(100, 85, 25), matches.stream().map(m -> m.getInt("score")).toList());
        assertEquals(List.of("Free Tuesday 09:00–12:00, Thursday 09:00–12:00", "A woman, as preferred", "Speaks Welsh",
                "Happy to work where there are pets", "Experience: Dementia", "No other clients yet", "20 hours a week spare"),
                strings(matches.get(0), "reasons"));
        assertEquals(List.of(), strings(matches.get(0), "unmet"));
        assertEquals(List.of("Does not speak Welsh"), strings(matches.get(1), "unmet"));
        assertEquals(List.of("Not free Thursday 09:00–12:00", "Not a woman (preferred)", "Does not speak Welsh",
                "Not happy to work where there are pets", "No experience: Dementia"), strings(matches.get(2), "unmet"));
        assertEquals("Bobs Help", matches.get(2).getString("tradingName"));

        assertEquals(List.of("Does not work in Troon"), why(ayr), "the council's name for the locality");
        assertEquals(List.of("No spare capacity from " + TODAY + ": 2 hours a week spare, 7 needed"), why(small));
        assertEquals(List.of("Does not give personal care"), why(noCare));
        assertEquals(List.of("Away from " + TODAY.minusDays(1) + " to " + TODAY.plusDays(5)), why(away));
        assertEquals(List.of("Not in the directory on " + TODAY), why(enquiry));
        JsonObject candidate = broker.get("clients/" + client + "/matches/" + ceri).json();
        assertTrue(candidate.getBoolean("candidate"));
        assertEquals(List.of(), strings(candidate, "reasons"));

        // after the absence, Away Anne is back; before any evidence was checked, nobody was in the directory
        List<String> later = broker.get("clients/" + client + "/matches?on=" + TODAY.plusDays(6)).array().getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("tradingName")).toList();
        assertEquals(List.of("Away Anne", "Ceri Cares", "Anna Cares", "Bobs Help"), later);
        assertEquals(0, broker.get("clients/" + client + "/matches?on=" + TODAY.minusDays(40)).array().size());
    }

    private List<String> why(String me) {
        JsonObject answer = broker.get("clients/" + client + "/matches/" + me).json();
        assertFalse(answer.getBoolean("candidate"), answer.toString());
        return strings(answer, "reasons");
    }

    @Test
    void aClientWithSeveralOfEachNeedIsMatchedOnEachOnce() {
        // two specialisms and three preferred times: read with the client in one statement (one row per combination),
        // each still counts once
        String many = broker.create("clients", json("{'reference':'SW-2002','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':4,'fundingRoute':'DIRECT_PAYMENT','personalCareNeeded':true,"
                + "'preferences':{'carerGender':'FEMALE','language':'cy','hasPets':true,'specialisms':['DEMENTIA','STROKE']},"
                + "'preferredTimes':[{'day':'TUE','from':'09:00','to':'12:00'},{'day':'THU','from':'09:00','to':'12:00'},"
                + "{'day':'FRI','from':'14:00','to':'16:00'}],'referredOn':'2024-02-20','consentGivenOn':'2024-02-20'}")).getString("id");
        listed("Ceri Cares", "FEMALE", "TROON", 20, true, true, "'cy'", "'DEMENTIA'", MORNINGS);

        List<JsonObject> matches = broker.get("clients/" + many + "/matches").array().getValuesAs(JsonObject.class);
        assertEquals(1, matches.size(), matches.toString());
        assertEquals(List.of("Free Tuesday 09:00–12:00, Thursday 09:00–12:00", "A woman, as preferred", "Speaks Welsh",
                "Happy to work where there are pets", "Experience: Dementia", "No other clients yet", "20 hours a week spare"),
                strings(matches.get(0), "reasons"));
        assertEquals(List.of("Not free Friday 14:00–16:00", "No experience: Recovery after a stroke"), strings(matches.get(0), "unmet"));
        JsonObject read = broker.get("clients/" + many).json();
        assertEquals(3, read.getJsonArray("preferredTimes").size(), read.toString());
        assertEquals(List.of("DEMENTIA", "STROKE"), read.getJsonObject("preferences").getJsonArray("specialisms")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList());
    }

    @Test
    void whatAClientDoesNotAskAboutIsNotReadAndWhatItDoesIsReadForEveryItem() {
        // no language: the specialisms alone are read, each one the ME holds found; neither: only the windows; and the
        // hours and distinct clients of the ME's arrangements active today
        String specialist = broker.create("clients", json("{'reference':'SW-2003','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':4,'fundingRoute':'DIRECT_PAYMENT','personalCareNeeded':true,"
                + "'preferences':{'hasPets':false,'specialisms':['STROKE','DEMENTIA']},'preferredTimes':[" + TUESDAY + "],"
                + "'referredOn':'2024-02-20','consentGivenOn':'2024-02-20'}")).getString("id");
        String plain = broker.create("clients", json("{'reference':'SW-2004','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':4,'fundingRoute':'DIRECT_PAYMENT','personalCareNeeded':true,"
                + "'preferences':{'hasPets':false,'specialisms':[]},'preferredTimes':[" + TUESDAY + "],"
                + "'referredOn':'2024-02-20','consentGivenOn':'2024-02-20'}")).getString("id");
        String both = listed("Both Kinds", "MALE", "TROON", 12, true, false, "'cy'", "'DEMENTIA','STROKE'", TUESDAY);
        String one = listed("One Kind", "FEMALE", "TROON", 9, true, false, "'en'", "'STROKE'", "{'day':'MON','from':'09:00','to':'12:00'}");
        // Both Kinds already supports two other people, 3 and 2 hours a week
        for (String[] other : new String[][] {{client, "3"}, {plain, "2"}}) {
            broker.create("arrangements", json("{'clientId':'" + other[0] + "','microEnterpriseId':'" + both + "','startsOn':'" + TODAY.minusDays(2)
                    + "','hoursPerWeek':" + other[1] + ",'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}"));
        }

        List<JsonObject> matches = broker.get("clients/" + specialist + "/matches").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(both, one), matches.stream().map(m -> m.getString("microEnterpriseId")).toList(), matches.toString());
        assertEquals(List.of(98, 53), matches.stream().map(m -> m.getInt("score")).toList());
        assertEquals(List.of("Free Tuesday 09:00–12:00", "Experience: Dementia, Recovery after a stroke", "Already supports 2 clients",
                "7 hours a week spare"), strings(matches.get(0), "reasons"));
        assertEquals(List.of("Experience: Recovery after a stroke", "No other clients yet", "9 hours a week spare"),
                strings(matches.get(1), "reasons"));
        assertEquals(List.of("Not free Tuesday 09:00–12:00", "No experience: Dementia"), strings(matches.get(1), "unmet"));

        List<JsonObject> plainMatches = broker.get("clients/" + plain + "/matches").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(both, one), plainMatches.stream().map(m -> m.getString("microEnterpriseId")).toList());
        assertEquals(List.of(98, 60), plainMatches.stream().map(m -> m.getInt("score")).toList());
        assertEquals(List.of("Free Tuesday 09:00–12:00", "Already supports 2 clients", "7 hours a week spare"), strings(plainMatches.get(0), "reasons"));
        assertEquals(List.of("Not free Tuesday 09:00–12:00"), strings(plainMatches.get(1), "unmet"));
    }

    @Test
    void matchingIsAnAuditedReadForBrokersAndAdminsOnlyAndBadInputIsA4xx() {
        assertEquals(200, broker.get("clients/" + client + "/matches").status());
        assertEquals(200, admin.get("clients/" + client + "/matches").status());
        assertEquals(403, council.as("vic.viewer").get("clients/" + client + "/matches").status());
        List<JsonObject> views = admin.get("clients/" + client + "/views").array().getValuesAs(JsonObject.class);
        assertTrue(views.stream().anyMatch(v -> v.getString("viewer").equals("bea.broker") && v.getString("via").contains("matches")), views.toString());
        assertEquals(List.of("on"), broker.violatedFields(broker.get("clients/" + client + "/matches?on=tomorrow")));
        assertEquals(404, broker.get("clients/nobody/matches").status());
        assertEquals(404, broker.get("clients/" + client + "/matches/nobody").status());
    }
}
