package org.microcare.interfaces.shared.rest.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;

class StrictJsonTest {

    record Slot(@Text(max = 3) String day, @Text(max = 5) String from) {
    }

    record Sample(String name, @Text(max = 2000, multiline = true) String notes, @Money String rate, @Whole(min = 1, max = 240) Integer months,
                  @Whole(max = Long.MAX_VALUE) Long version, Boolean flag, String on, @Text(max = 40) List<String> codes,
                  @Items(max = 2) List<Slot> slots, Slot main) {
    }

    private static Sample read(String json) {
        return StrictJson.read(json.getBytes(StandardCharsets.UTF_8), Sample.class);
    }

    private static List<Violation> refused(String json) {
        return assertThrows(InvalidInputException.class, () -> read(json)).violations();
    }

    private static void refusedNaming(String field, String json) {
        List<Violation> violations = refused(json);
        assertTrue(violations.stream().anyMatch(v -> v.field().equals(field)), field + " not named in " + violations);
    }

    @Test
    void aWellTypedBodyIsReadAsSent() {
        Sample s = read("""
                {"name":"Ayr","notes":"line one\\nline two","rate":"16.98","months":36,"version":0,"flag":true,"on":"2024-04-01",
                 "codes":["TROON","AYR"],"slots":[{"day":"MON","from":"09:00"}],"main":{"day":"TUE"}}""");
        assertEquals("Ayr", s.name());
        assertEquals("line one\nline two", s.notes());
        assertEquals("16.98", s.rate());
        assertEquals(36, s.months());
        assertEquals(0L, s.version());
        assertEquals(Boolean.TRUE, s.flag());
        assertEquals("2024-04-01", s.on());
        assertEquals(List.of("TROON", "AYR"), s.codes());
        assertEquals(new Slot("MON", "09:00"), s.slots().get(0));
        assertEquals(new Slot("TUE", null), s.main());
    }

    @Test
    void absentAndNullFieldsAreNotGiven() {
        Sample s = read("{\"name\":null}");
        assertNull(s.name());
        assertNull(s.flag());
        assertNull(s.codes());
    }

    @Test
    void moneyMayBeAJsonNumberWrittenPlainly() {
        assertEquals("20.5", read("{\"rate\":20.5}").rate());
        assertEquals("20", read("{\"rate\":20}").rate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"20,50\"", "\"16,98\"", "\"10,00\"", "\"1e3\"", "1e308", "\"£5\"", "\"abc\"", "true", "[]", "{}", "\"\"", "\"1 000\""})
    void moneyThatIsNotPlainPoundsAndPenceIsRefused(String value) {
        refusedNaming("rate", "{\"rate\":" + value + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "1", "0", "\"true\"", "[\"true\"]", "{}"})
    void flagsAreJsonBooleansOnly(String value) {
        refusedNaming("flag", "{\"flag\":" + value + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.9", "37.0", "1e308", "1E2", "0", "241", "-1", "2147483648", "\"30\"", "true", "[]"})
    void wholeNumbersAreIntegralAndInRange(String value) {
        refusedNaming("months", "{\"months\":" + value + "}");
    }

    @Test
    void wholeNumberRangeIsInclusive() {
        assertEquals(1, read("{\"months\":1}").months());
        assertEquals(240, read("{\"months\":240}").months());
        refusedNaming("version", "{\"version\":-1}");
        refusedNaming("version", "{\"version\":99999999999999999999}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "true", "[\"x\",\"y\"]", "{\"a\":1}", "\"a\\u0000b\"", "\"a\\u0007b\"", "\"a\\u001bb\"", "\"tab\\there\"",
            "\"two\\nlines\"", "\"\\ud800\""})
    void textIsOneStringWithoutControlCharacters(String value) {
        refusedNaming("name", "{\"name\":" + value + "}");
    }

    @Test
    void textIsBoundedAndMultilineTextMayBreakLines() {
        refusedNaming("name", "{\"name\":\"" + "x".repeat(201) + "\"}");
        assertEquals(200, read("{\"name\":\"" + "x".repeat(200) + "\"}").name().length());
        refusedNaming("notes", "{\"notes\":\"" + "x".repeat(100_000) + "\"}");
        refusedNaming("notes", "{\"notes\":\"bell\\u0007\"}");
        assertEquals("a\tb\r\nc", read("{\"notes\":\"a\\tb\\r\\nc\"}").notes());
    }

    @Test
    void emojiAndWelshAreText() {
        assertEquals("Gofal ŵyr 😀", read("{\"name\":\"Gofal ŵyr 😀\"}").name());
    }

    @Test
    void datesAreStringsWhoseCalendarRulesAreTheDomains() {
        assertEquals("2024-02-30", read("{\"on\":\"2024-02-30\"}").on(), "Fields.date refuses it, with the pages' words");
        refusedNaming("on", "{\"on\":20240101}");
        refusedNaming("on", "{\"on\":true}");
    }

    @Test
    void wholeNumbersWithoutAStatedRangeFitTheirType() {
        refusedNaming("count", "{\"count\":2147483648}");
        assertEquals(-5, StrictJson.read("{\"count\":-5}".getBytes(StandardCharsets.UTF_8), Counted.class).count());
    }

    record Counted(Integer count) {
    }

    @Test
    void listsAreArraysOfTheirItemType() {
        refusedNaming("codes", "{\"codes\":\"TROON\"}");
        refusedNaming("codes", "{\"codes\":{\"a\":1}}");
        refusedNaming("codes[1]", "{\"codes\":[\"A\",1]}");
        refusedNaming("codes[0]", "{\"codes\":[[\"A\"]]}");
        refusedNaming("codes[0]", "{\"codes\":[null]}");
        refusedNaming("slots", "{\"slots\":[{},{},{}]}");
        refusedNaming("slots[1].from", "{\"slots\":[{\"day\":\"MON\"},{\"from\":9}]}");
        refusedNaming("slots[0]", "{\"slots\":[\"MON\"]}");
        refusedNaming("main.day", "{\"main\":{\"day\":\"MONDAY\"}}");
        refusedNaming("main", "{\"main\":\"MON\"}");
    }

    @Test
    void unknownFieldsAreNamedAndRefused() {
        refusedNaming("nmae", "{\"nmae\":\"Ayr\"}");
        refusedNaming("main.night", "{\"main\":{\"night\":true}}");
    }

    @Test
    void everyBadFieldIsReportedAtOnceInTheRecordsOrder() {
        List<Violation> violations = refused("{\"name\":1,\"flag\":\"yes\",\"months\":1.5}");
        assertEquals(List.of("name", "months", "flag"), violations.stream().map(Violation::field).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "[]", "[{\"name\":\"x\"}]", "\"x\"", "12", "{\"name\":", "{\"name\":\"a\",\"name\":\"b\"}", "{name:1}",
            "{\"name\":\"a\"}{}", "{\"name\":\"a\"} x", "{\"name\":\"a\"}[]"})
    void aBodyThatIsNotOneJsonObjectIsRefused(String body) {
        refusedNaming("body", body);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.read(body, Sample.class));
        assertEquals("body", e.violations().get(0).field());
    }

    record NotARecordHolder(java.util.Map<String, String> map) {
    }

    @Test
    void aRecordWithAnUnsupportedComponentFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> StrictJson.read("{\"map\":{}}".getBytes(StandardCharsets.UTF_8), NotARecordHolder.class));
    }
}
