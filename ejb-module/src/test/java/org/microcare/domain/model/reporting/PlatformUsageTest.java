package org.microcare.domain.model.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.tenant.TenantStatus;

/** The operator's usage view: which councils are counted, the day listed MEs are counted on, totals of counted councils only. */
class PlatformUsageTest {

    @Test
    void activeAndSuspendedCouncilsAreCountedOthersNot() {
        assertTrue(PlatformUsage.counts(TenantStatus.ACTIVE));
        assertTrue(PlatformUsage.counts(TenantStatus.SUSPENDED));
        assertFalse(PlatformUsage.counts(TenantStatus.PROVISIONING));
        assertFalse(PlatformUsage.counts(TenantStatus.FAILED));
    }

    @Test
    void listedMicroEnterprisesAreCountedTodayInThisMonthAndOnTheLastDayOfAPastOne() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertEquals(today, PlatformUsage.listedOn(YearMonth.of(2026, 11), today));
        assertEquals(LocalDate.of(2026, 10, 31), PlatformUsage.listedOn(YearMonth.of(2026, 10), today));
        assertEquals(LocalDate.of(2024, 2, 29), PlatformUsage.listedOn(YearMonth.of(2024, 2), today));
        assertEquals(today, PlatformUsage.listedOn(YearMonth.of(2027, 1), today), "no one is listed in the future yet");
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertEquals(first, PlatformUsage.listedOn(YearMonth.of(2026, 12), first));
    }

    @Test
    void totalsAddTheCountedCouncilsOnly() {
        PlatformUsage usage = new PlatformUsage(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 30), List.of(
                CouncilUsage.counted("a", "A", TenantStatus.ACTIVE, new CouncilCounts(2, 3, new BigDecimal("7.5"), 4, 1)),
                CouncilUsage.counted("b", "B", TenantStatus.SUSPENDED, new CouncilCounts(1, 0, new BigDecimal("12.25"), 6, 2)),
                CouncilUsage.unavailable("c", "C", TenantStatus.ACTIVE),
                CouncilUsage.notCounted("d", "D", TenantStatus.FAILED)));
        assertEquals(new CouncilCounts(3, 3, new BigDecimal("19.75"), 10, 3), usage.totals());
        assertEquals("19.75", usage.totals().hoursDelivered().toPlainString());
        assertEquals(2, usage.councilsWith(CouncilUsage.Figures.COUNTED));
        assertEquals(1, usage.councilsWith(CouncilUsage.Figures.UNAVAILABLE));
        assertEquals(1, usage.councilsWith(CouncilUsage.Figures.NOT_COUNTED));
        assertEquals("7.50", usage.councils().get(0).counts().hoursDelivered().toPlainString());
    }

    @Test
    void withNoCouncilsTheTotalsAreZero() {
        PlatformUsage none = new PlatformUsage(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 30), List.of());
        assertEquals(CouncilCounts.NONE, none.totals());
        assertEquals("0.00", none.totals().hoursDelivered().toPlainString());
    }
}
