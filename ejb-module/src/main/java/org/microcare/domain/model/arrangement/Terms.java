package org.microcare.domain.model.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.microcare.domain.model.client.FundingRoute;

/**
 * What is agreed, read at the boundary: from {@code startsOn} to {@code endsOn} inclusive (null:
 * open-ended), {@code hoursPerWeek}, the ME's {@code hourlyRate} and the {@code funding} route.
 */
public record Terms(LocalDate startsOn, LocalDate endsOn, int hoursPerWeek, BigDecimal hourlyRate, FundingRoute funding) {
}
