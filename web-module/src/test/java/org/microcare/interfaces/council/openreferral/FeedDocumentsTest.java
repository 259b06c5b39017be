package org.microcare.interfaces.council.openreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.directory.Listing;
import org.microcare.domain.model.directory.Offer;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.programme.CareService;
import org.microcare.domain.model.programme.Locality;

class FeedDocumentsTest {

    private static final String ME = "5f0c3c0e-8d7e-4f55-9a55-0b7a0c6f7d11";

    private final FeedCouncil council = FeedCouncil.of("south-ayrshire", "South Ayrshire Council", "CAyr",
            List.of(new CareService("PERSONAL_CARE", "Personal care"), new CareService("GARDENING", "Gardening")),
            List.of(new Locality("TROON", "Troon"), new Locality("AYR", "Ayr")));
    private final FeedDocuments documents = new FeedDocuments(council);

    private static Listing listing(String description, String email, String website, String phone, BigDecimal rate, LocalDate confirmed) {
        return new Listing(ME, "Troon Home Help", description, "Dementia Friends", rate, true, false, true, false, false, false, true,
                phone, email, website, confirmed, List.of("GARDENING", "PERSONAL_CARE"), List.of("AYR", "TROON"), List.of("cy", "en"),
                List.of("DEMENTIA"), List.of(slot(Weekday.MON, "09:00", "15:00"), slot(Weekday.TUE, "09:00", "15:00"),
                slot(Weekday.SAT, "10:00", "12:30")));
    }

    private static AvailabilitySlot slot(Weekday day, String from, String to) {
        return new AvailabilitySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Listing full() {
        return listing("Personal care in Troon.", "morag@example.co.uk", "https://troonhomehelp.example/about", "01292 612000",
                new BigDecimal("20.00"), LocalDate.of(2026, 11, 2));
    }

    @Test
    void aServiceIsOneOfferOfTheMeWithItsAreasHoursCostLanguagesAndTerm() {
        JsonObject s = documents.service(new Offer(full(), "PERSONAL_CARE"));

        assertEquals(FeedIds.service(ME, "PERSONAL_CARE").toString(), s.getString("id"));
        assertEquals(ME, s.getString("organization_id"));
        assertEquals("Troon Home Help: Personal care", s.getString("name"));
        assertEquals("Personal care in Troon.\n\nTraining and experience: Dementia Friends", s.getString("description"));
        assertEquals("active", s.getString("status"));
        assertEquals("2026-11-02", s.getString("assured_date"));
        assertEquals("https://troonhomehelp.example/about", s.getString("url"));
        assertEquals("morag@example.co.uk", s.getString("email"));

        List<JsonObject> schedules = s.getJsonArray("schedules").getValuesAs(JsonObject.class);
        assertEquals(2, schedules.size(), "windows with the same hours share a schedule");
        assertEquals("MO,TU", schedules.get(0).getString("byday"));
        assertEquals("09:00", schedules.get(0).getString("opens_at"));
        assertEquals("15:00", schedules.get(0).getString("closes_at"));
        assertEquals("WEEKLY", schedules.get(0).getString("freq"));
        assertEquals("SA", schedules.get(1).getString("byday"));
        assertEquals("12:30", schedules.get(1).getString("closes_at"));

        assertEquals(List.of("Ayr", "Troon"), strings(s.getJsonArray("service_areas"), "name"));
        assertEquals(List.of("cy", "en"), strings(s.getJsonArray("languages"), "code"));
        assertEquals(List.of("Welsh", "English"), strings(s.getJsonArray("languages"), "name"));
        JsonObject cost = s.getJsonArray("cost_options").getJsonObject(0);
        assertEquals(new BigDecimal("20.00"), cost.getJsonNumber("amount").bigDecimalValue());
        assertEquals("GBP", cost.getString("currency"));

        JsonObject attribute = s.getJsonArray("attributes").getJsonObject(0);
        assertEquals(FeedIds.term("south-ayrshire", "PERSONAL_CARE").toString(), attribute.getString("taxonomy_term_id"));
        assertEquals("Personal care", attribute.getJsonObject("taxonomy_term").getString("name"));
        assertEquals(council.taxonomyId().toString(), attribute.getJsonObject("taxonomy_term").getString("taxonomy_id"));

        JsonObject organization = s.getJsonObject("organization");
        assertEquals("Troon Home Help", organization.getString("name"));
        assertEquals("01292 612000", organization.getJsonArray("phones").getJsonObject(0).getString("number"));
        assertNoNulls(s);
    }

    @Test
    void idsAreTheSameEachTimeAndDifferForEveryPart() {
        JsonObject once = documents.service(new Offer(full(), "PERSONAL_CARE"));
        JsonObject again = new FeedDocuments(council).service(new Offer(full(), "PERSONAL_CARE"));
        assertEquals(once, again);
        List<String> ids = new ArrayList<>();
        collectIds(once, ids);
        collectIds(documents.service(new Offer(full(), "GARDENING")), ids);
        assertEquals(ids.size(), ids.stream().distinct().count() + 2, "only the organization and its phone are in both services: " + ids);
        assertNotEquals(FeedIds.service(ME, "GARDENING"), FeedIds.service(ME, "PERSONAL_CARE"));
        assertNotEquals(FeedIds.term("a", "bc"), FeedIds.term("ab", "c"));
        assertNotEquals(FeedIds.taxonomy("south-ayrshire"), FeedIds.taxonomy("east-ayrshire"));
    }

    @Test
    void whatTheMeLeftOutIsLeftOutNotNull() {
        Listing bare = listing(null, null, null, null, null, null);
        JsonObject s = documents.service(new Offer(bare, "GARDENING"));
        assertFalse(s.containsKey("email"));
        assertFalse(s.containsKey("url"));
        assertFalse(s.containsKey("assured_date"));
        assertEquals("Training and experience: Dementia Friends", s.getString("description"));
        assertTrue(s.getJsonArray("cost_options").isEmpty());
        JsonObject organization = s.getJsonObject("organization");
        assertEquals("A care micro-enterprise in the CAyr directory of South Ayrshire Council.", organization.getString("description"),
                "the schema requires a description");
        assertTrue(organization.getJsonArray("phones").isEmpty());
        assertNoNulls(s);
    }

    @Test
    void anEmailOrWebAddressTheSchemaWouldRefuseIsLeftOut() {
        Listing odd = listing("x", "morag..reid@example.co.uk", "https://example.com/{page}", null, null, null);
        JsonObject s = documents.service(new Offer(odd, "GARDENING"));
        assertFalse(s.containsKey("email"));
        assertFalse(s.containsKey("url"));
        assertFalse(s.getJsonObject("organization").containsKey("website"));
        assertEquals("a.b+care@mail.example.org", FeedDocuments.email("a.b+care@mail.example.org"));
        assertEquals(null, FeedDocuments.webAddress("javascript:alert(1)"));
        assertEquals(null, FeedDocuments.webAddress("https://café.example"));
        assertEquals("http://example.com/a?b=c", FeedDocuments.webAddress("http://example.com/a?b=c"));
    }

    @Test
    void theCatalogueIsOneTaxonomyWithATermPerService() {
        JsonObject taxonomy = documents.taxonomy(true);
        assertEquals(council.taxonomyId().toString(), taxonomy.getString("id"));
        assertEquals("CAyr services", taxonomy.getString("name"));
        assertEquals(List.of("Gardening", "Personal care"), strings(taxonomy.getJsonArray("taxonomy_terms"), "name"));
        assertEquals(List.of("GARDENING", "PERSONAL_CARE"), strings(taxonomy.getJsonArray("taxonomy_terms"), "code"));
        assertFalse(documents.taxonomy(false).containsKey("taxonomy_terms"));
        UUID gardening = FeedIds.term("south-ayrshire", "GARDENING");
        assertEquals("GARDENING", council.term(gardening).orElseThrow().code());
        assertTrue(council.term(UUID.randomUUID()).isEmpty());
    }

    private static List<String> strings(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }

    private static void collectIds(JsonValue value, List<String> ids) {
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> {
                if (k.equals("id") && v instanceof JsonString text) {
                    ids.add(text.getString());
                }
                collectIds(v, ids);
            });
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> collectIds(v, ids));
        }
    }

    static void assertNoNulls(JsonValue value) {
        assertNotEquals(JsonValue.ValueType.NULL, value.getValueType());
        if (value instanceof JsonObject o) {
            o.values().forEach(FeedDocumentsTest::assertNoNulls);
        } else if (value instanceof JsonArray a) {
            a.forEach(FeedDocumentsTest::assertNoNulls);
        }
    }
}
