package org.microcare.domain.model.arrangement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The person's top-up over the Direct Payment rate: RCT's figures on both sides of 1 April 2024. */
class TopUpTest {

    @Test
    void rctBeforeAprilTwentyTwentyFour() {
        TopUp t = TopUp.of(new BigDecimal("20.00"), new BigDecimal("16.98"), 7);
        assertEquals("20.00", t.hourlyRate().toPlainString());
        assertEquals("16.98", t.dpRate().toPlainString());
        assertEquals("3.02", t.topUpPerHour().toPlainString());
        assertEquals("21.14", t.topUpPerWeek().toPlainString());
        assertTrue(t.inPlace());
    }

    @Test
    void rctFromFirstAprilTwentyTwentyFour() {
        TopUp t = TopUp.of(new BigDecimal("20.00"), new BigDecimal("18.64"), 7);
        assertEquals("1.36", t.topUpPerHour().toPlainString());
        assertEquals("9.52", t.topUpPerWeek().toPlainString());
    }

    @Test
    void anMeChargingAtOrBelowTheDpRateMeansNoTopUpNeverANegativeOne() {
        TopUp below = TopUp.of(new BigDecimal("15.00"), new BigDecimal("16.98"), 7);
        assertEquals("0.00", below.topUpPerHour().toPlainString());
        assertEquals("0.00", below.topUpPerWeek().toPlainString());
        assertFalse(below.inPlace());
        assertEquals("0.00", TopUp.of(new BigDecimal("16.98"), new BigDecimal("16.98"), 20).topUpPerWeek().toPlainString());
    }
}
