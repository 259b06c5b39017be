package org.microcare.domain.model.microenterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.OverlapException;

class AbsenceTest {

    private static final MicroEnterprise ME = new MicroEnterprise(new MicroEnterpriseDetails("Troon Care Co", "Morag Smith", null, "KA10 6EP",
            List.of("TROON"), List.of("PERSONAL_CARE"), new BigDecimal("20.00"), 30, true, false, false, List.of("en"), List.of(), List.of(),
            null, LocalDate.of(2024, 3, 4), MicroEnterpriseDetails.PublicProfile.NONE), Instant.EPOCH);

    private static Absence away(String from, String to, List<Absence> recorded) {
        return ME.recordAbsence(LocalDate.parse(from), LocalDate.parse(to), true, null, recorded, "broker", Instant.EPOCH);
    }

    @Test
    void anAbsenceCoversItsFirstAndLastDay() {
        Absence holiday = away("2024-06-03", "2024-06-14", List.of());
        assertFalse(holiday.covers(LocalDate.of(2024, 6, 2)));
        assertTrue(holiday.covers(LocalDate.of(2024, 6, 3)));
        assertTrue(holiday.covers(LocalDate.of(2024, 6, 14)));
        assertFalse(holiday.covers(LocalDate.of(2024, 6, 15)));
        assertTrue(away("2024-06-20", "2024-06-20", List.of()).covers(LocalDate.of(2024, 6, 20)), "one day");
    }

    @Test
    void absencesOfOneMeNeverOverlapButMayTouch() {
        Absence holiday = away("2024-06-03", "2024-06-14", List.of());
        OverlapException clash = assertThrows(OverlapException.class, () -> away("2024-06-14", "2024-06-20", List.of(holiday)));
        assertSame(holiday, clash.existing(Absence.class));
        assertThrows(OverlapException.class, () -> away("2024-05-01", "2024-07-01", List.of(holiday)), "around it");
        assertThrows(OverlapException.class, () -> away("2024-06-05", "2024-06-06", List.of(holiday)), "inside it");
        away("2024-06-15", "2024-06-20", List.of(holiday));
        away("2024-05-20", "2024-06-02", List.of(holiday));
    }

    @Test
    void aCancelledAbsenceNoLongerCountsAndIsCancelledOnce() {
        Absence holiday = away("2024-06-03", "2024-06-14", List.of());
        assertThrows(InvalidInputException.class, () -> holiday.cancel(" ", "broker", Instant.EPOCH));
        holiday.cancel("Holiday called off", "broker", Instant.EPOCH);
        assertFalse(holiday.covers(LocalDate.of(2024, 6, 5)));
        assertEquals("Holiday called off", holiday.getCancelReason());
        away("2024-06-05", "2024-06-06", List.of(holiday));
        assertThrows(ConflictException.class, () -> holiday.cancel("again", "broker", Instant.EPOCH));
    }

    @Test
    void anAbsenceEndsOnOrAfterItStartsAndLastsAYearAtMost() {
        assertEquals("endsOn", assertThrows(InvalidInputException.class, () -> away("2024-06-14", "2024-06-03", List.of())).violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> away("2024-01-01", "2025-01-01", List.of()));
        away("2024-01-01", "2024-12-31", List.of());
    }
}
