package org.microcare.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldsTest {

    private static List<Violation> violationsOf(Violations v) {
        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfAny);
        return e.violations();
    }

    @Test
    void moneyAcceptsPoundsAndPenceAsStringsOrNumbers() {
        Violations v = new Violations();
        assertEquals(new BigDecimal("16.98"), Fields.money("16.98", "r", "Rate", true, v));
        assertEquals(new BigDecimal("20.00"), Fields.money("20", "r", "Rate", true, v));
        assertEquals(new BigDecimal("18.60"), Fields.money(new BigDecimal("18.6"), "r", "Rate", true, v));
        assertEquals(new BigDecimal("1000.00"), Fields.money("£1,000", "r", "Rate", true, v));
        assertEquals(new BigDecimal("16.90"), Fields.money("16.900", "r", "Rate", true, v), "trailing zeros are not pence");
        assertNull(Fields.money("", "r", "Rate", false, v));
        assertTrue(v.isEmpty());
        assertEquals("16.98", Fields.money(new BigDecimal("16.98")));
    }

    @Test
    void moneyRefusesFractionsOfPenceNegativesAndWords() {
        for (Object bad : Arrays.asList("16.985", "-1.00", "ten", "1e3", "12.", new BigDecimal("0.001"), "99999999.00")) {
            Violations v = new Violations();
            assertNull(Fields.money(bad, "hourlyRate", "Hourly rate", true, v), String.valueOf(bad));
            List<Violation> found = violationsOf(v);
            assertEquals("hourlyRate", found.get(0).field());
        }
        Violations missing = new Violations();
        Fields.money(null, "budget", "Budget", true, missing);
        assertEquals("Budget is required", violationsOf(missing).get(0).message());
    }

    @Test
    void datesAreIsoCalendarDays() {
        Violations v = new Violations();
        assertEquals(LocalDate.of(2024, 4, 1), Fields.date(" 2024-04-01 ", "d", "Date", true, v));
        assertNull(Fields.date(null, "d", "Date", false, v));
        assertTrue(v.isEmpty());
        for (String bad : List.of("2024-02-30", "01/04/2024", "tomorrow")) {
            Violations w = new Violations();
            assertNull(Fields.date(bad, "validFrom", "Valid from", true, w));
            assertTrue(violationsOf(w).get(0).message().contains("yyyy-MM-dd"));
        }
    }

    @Test
    void aCommaIsOnlyEverAThousandsSeparator() {
        Violations v = new Violations();
        assertEquals(new BigDecimal("12345.60"), Fields.money("12,345.60", "r", "Rate", true, v));
        assertEquals(new BigDecimal("1000000.00"), Fields.money("£1,000,000", "r", "Rate", true, v));
        assertTrue(v.isEmpty());
        for (String bad : List.of("20,50", "16,98", "10,00", "1,0000", ",100", "1,00,000", "12,345,6")) {
            Violations w = new Violations();
            assertNull(Fields.money(bad, "hourlyRate", "Hourly rate", true, w), bad);
            assertEquals("invalid", Fields.moneyProblem(bad), bad);
            assertEquals("hourlyRate", violationsOf(w).get(0).field());
        }
    }

    @Test
    void datesLieBetween1900And2999AndHaveFourDigitYears() {
        for (String bad : List.of("0000-01-01", "1899-12-31", "3000-01-01", "+10000-01-01", "2024-4-01", "2024-02-29x")) {
            Violations w = new Violations();
            assertNull(Fields.date(bad, "on", "The day", true, w), bad);
            assertEquals("on", violationsOf(w).get(0).field(), bad);
        }
        Violations v = new Violations();
        assertEquals(LocalDate.of(1900, 1, 1), Fields.date("1900-01-01", "on", "The day", true, v));
        assertEquals(LocalDate.of(2999, 12, 31), Fields.date("2999-12-31", "on", "The day", true, v));
        assertEquals(LocalDate.of(2024, 2, 29), Fields.date("2024-02-29", "on", "The day", true, v));
        assertTrue(v.isEmpty());
    }

    @Test
    void textHoldsNoControlCharactersAndLineBreaksOnlyWhenMultiline() {
        assertNull(Fields.textProblem("Gofal Cymru – ŵyr 😀", false));
        assertEquals("control", Fields.textProblem("a\u0000b", false));
        assertEquals("control", Fields.textProblem("a\u0085b", false));
        assertEquals("control", Fields.textProblem("two\nlines", false));
        assertNull(Fields.textProblem("two\r\nlines\tand a tab", true));
        assertEquals("control", Fields.textProblem("bell\u0007", true));
        assertEquals("control", Fields.textProblem("half \ud83d pair", true));
        Violations v = new Violations().requireText("Ayr\u0000", "name", "Name", 200);
        assertEquals("name", violationsOf(v).get(0).field());
        Violations notes = new Violations();
        Fields.optionalText("line one\nline two", "notes", "Notes", 2000, true, notes);
        Fields.optionalText("one\nline", "contactName", "Contact name", 200, notes);
        assertEquals("contactName", violationsOf(notes).get(0).field());
    }

    @Test
    void fixedFieldsMayBeRepeatedButNotChanged() {
        Fields.unchanged(null, "DIRECT_PAYMENT", "type", "The type");
        Fields.unchanged("direct_payment", "DIRECT_PAYMENT", "type", "The type");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Fields.unchanged("AGENCY_HOME_CARE", "DIRECT_PAYMENT", "type", "The type"));
        assertEquals("type", e.violations().get(0).field());
    }

    @Test
    void periodsMustNotEndBeforeTheyStart() {
        Violations v = new Violations();
        Fields.period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 31), "validTo", "Valid to", "Valid from", v);
        assertEquals("validTo", violationsOf(v).get(0).field());
        Violations same = new Violations();
        Fields.period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1), "validTo", "Valid to", "Valid from", same);
        assertTrue(same.isEmpty());
    }

    @Test
    void codesAreNormalisedAndChecked() {
        Violations v = new Violations();
        assertEquals("PERSONAL_CARE", Fields.code(" personal care ", "code", "Code", v));
        assertEquals(List.of("TROON", "AYR"), Fields.codes(List.of("troon", "AYR", "Troon"), "l", "Locality", v));
        assertTrue(v.isEmpty());
        Violations w = new Violations();
        assertNull(Fields.code("1ST", "code", "Code", w));
        assertFalse(w.isEmpty());
    }

    @Test
    void aStaleVersionIsAConflict() {
        Fields.requireVersion(3L, 3, "This rate");
        ConflictException e = assertThrows(ConflictException.class, () -> Fields.requireVersion(2L, 3, "This rate"));
        assertTrue(e.getMessage().startsWith("This rate was changed by someone else"));
    }
}
