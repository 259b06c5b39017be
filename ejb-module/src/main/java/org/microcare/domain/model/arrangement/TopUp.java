package org.microcare.domain.model.arrangement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the person pays on top of their Direct Payment: the ME's hourly rate less the DP rate in effect
 * that day, per hour and per week (per hour × hours a week). Never negative: an ME charging at or below
 * the DP rate means no top-up (0.00). RCT: £20.00 against £16.98 is £3.02 an hour, £21.14 a week for 7
 * hours; against £18.64 (from 1 April 2024) £1.36 an hour.
 */
public record TopUp(BigDecimal hourlyRate, BigDecimal dpRate, BigDecimal topUpPerHour, BigDecimal topUpPerWeek) {

    public static TopUp of(BigDecimal hourlyRate, BigDecimal dpRate, int hoursPerWeek) {
        BigDecimal perHour = hourlyRate.subtract(dpRate).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        BigDecimal perWeek = perHour.multiply(BigDecimal.valueOf(hoursPerWeek)).setScale(2, RoundingMode.HALF_UP);
        return new TopUp(hourlyRate.setScale(2, RoundingMode.HALF_UP), dpRate.setScale(2, RoundingMode.HALF_UP), perHour, perWeek);
    }

    /** Whether the person pays anything on top. */
    public boolean inPlace() {
        return topUpPerHour.signum() > 0;
    }
}
