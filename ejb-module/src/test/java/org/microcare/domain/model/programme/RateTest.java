package org.microcare.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RateTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);

    private final Rate old = new Rate(RateType.DIRECT_PAYMENT, new BigDecimal("16.98"), LocalDate.of(2023, 4, 1), MARCH_31);
    private final Rate current = new Rate(RateType.DIRECT_PAYMENT, new BigDecimal("18.64"), APRIL_1, null);

    @Test
    void aRateAppliesFromItsFirstToItsLastDayInclusive() {
        assertTrue(old.appliesOn(MARCH_31));
        assertFalse(old.appliesOn(APRIL_1));
        assertTrue(current.appliesOn(APRIL_1));
        assertTrue(current.appliesOn(LocalDate.of(2099, 1, 1)), "open-ended");
        assertFalse(old.appliesOn(LocalDate.of(2023, 3, 31)));
    }

    @Test
    void adjacentPeriodsDoNotOverlapButSharedDaysDo() {
        assertFalse(old.overlaps(APRIL_1, null));
        assertTrue(old.overlaps(MARCH_31, null), "shares 31 March");
        assertTrue(current.overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)), "inside an open-ended period");
        assertTrue(current.overlaps(LocalDate.of(2020, 1, 1), null), "two open-ended periods always meet");
        assertFalse(current.overlaps(LocalDate.of(2020, 1, 1), MARCH_31));
        assertTrue(old.overlaps(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1)), "surrounds it");
    }
}
