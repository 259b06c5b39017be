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
