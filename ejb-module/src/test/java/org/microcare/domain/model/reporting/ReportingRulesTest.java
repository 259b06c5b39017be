package org.microcare.domain.model.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.model.programme.Target;
import org.microcare.domain.model.programme.TargetMetric;
import org.microcare.domain.shared.InvalidInputException;

/** The arithmetic of the reports: status thresholds, trajectories of counts and levels, cost avoidance by month. */
class ReportingRulesTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void statusIsOnTrackAtTheTargetAtRiskFromNinetyPercentOffTrackBelow() {
        assertEquals(TargetStatus.ON_TRACK, TargetStatus.of(40, 40));
        assertEquals(TargetStatus.ON_TRACK, TargetStatus.of(41, 40));
        assertEquals(TargetStatus.AT_RISK, TargetStatus.of(36, 40));
        assertEquals(TargetStatus.AT_RISK, TargetStatus.of(39, 40));
        assertEquals(TargetStatus.OFF_TRACK, TargetStatus.of(35, 40));
        assertEquals(TargetStatus.OFF_TRACK, TargetStatus.of(0, 1));
    }

    @Test
    void aCountProjectsItsPaceAndALevelItsChangeSinceTheBaseline() {
        Target year = new Target(TargetMetric.NEW_MICRO_ENTERPRISES, 12, day("2024-01-01"), day("2024-12-31"));
        TargetProgress count = TargetProgress.of(year, day("2024-03-31"), 6, null);
        assertEquals(24, count.projected(), "6 in 91 of 366 days");
        assertEquals(TargetStatus.ON_TRACK, count.status());
        assertEquals(200, count.projectedPercent());

        Target listed = new Target(TargetMetric.LISTED_MICRO_ENTERPRISES, 20, day("2024-01-01"), day("2024-12-31"));
        TargetProgress level = TargetProgress.of(listed, day("2024-03-31"), 12, 10L);
        assertEquals(18, level.projected(), "10 + 2 x 366 / 91 = 18.04");
        assertEquals(TargetStatus.AT_RISK, level.status());
        assertEquals(0, TargetProgress.of(listed, day("2024-01-01"), 0, 10L).projected(), "a falling level never projects below 0");
        assertEquals(12, TargetProgress.of(listed, day("2024-12-31"), 12, 10L).projected(), "on the last day the projection is the actual");
        assertThrows(IllegalArgumentException.class, () -> TargetProgress.of(listed, day("2025-01-01"), 1, 0L));
    }

    @Test
    void eachMonthSavesAtTheRatesOnItsFirstAndAMissingRateIsNamed() {
        Map<LocalDate, BigDecimal> hours = Map.of(day("2024-03-01"), new BigDecimal("45.00"), day("2024-04-01"), new BigDecimal("64.00"),
                day("2024-05-01"), new BigDecimal("20.00"));
        CostAvoidance c = CostAvoidance.over(day("2024-03-01"), day("2024-05-31"), hours, (type, on) -> {
            boolean april = !on.isBefore(day("2024-04-01"));
            if (type == RateType.AGENCY_HOME_CARE) {
                return on.isAfter(day("2024-04-30")) ? Optional.empty() : Optional.of(new BigDecimal(april ? "25.50" : "24.00"));
            }
            return Optional.of(new BigDecimal(april ? "18.64" : "16.98"));
        });
        assertEquals(List.of(YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5)), c.months().stream().map(CostAvoidance.MonthSaving::month).toList());
        assertEquals(new BigDecimal("315.90"), c.months().get(0).saving());
        assertEquals(new BigDecimal("439.04"), c.months().get(1).saving());
        assertNull(c.months().get(2).saving());
        assertEquals(List.of(YearMonth.of(2024, 5)), c.missingRates());
        assertEquals(new BigDecimal("129.00"), c.hours());
        assertEquals(new BigDecimal("754.94"), c.saving());
        assertEquals(92, c.days());
        assertEquals(new BigDecimal("2995.14"), c.annualisedSaving(), "754.94 x 365 / 92 = 2995.1384");
    }

    @Test
    void aPeriodHoldsTheMonthsWhoseFirstDayItContains() {
        CostAvoidance c = CostAvoidance.over(day("2024-03-15"), day("2024-04-30"), Map.of(day("2024-03-01"), BigDecimal.TEN),
                (type, on) -> Optional.of(BigDecimal.ONE));
        assertEquals(List.of(YearMonth.of(2024, 4)), c.months().stream().map(CostAvoidance.MonthSaving::month).toList());
        assertEquals(List.of(), CostAvoidance.over(day("2024-03-02"), day("2024-03-31"), Map.of(), (t, o) -> Optional.empty()).months());
    }

    @Test
    void aBackwardOrTooLongPeriodIsRefused() {
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> CostAvoidance.requirePeriod(day("2024-03-31"), day("2024-03-01"))).violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> CostAvoidance.requirePeriod(day("2014-01-01"), day("2024-12-31")));
        CostAvoidance.requirePeriod(day("2024-01-01"), day("2033-12-31"));
    }

    @Test
    void waitingMedianAndLongestComeFromCountsGroupedByDaysWaited() {
        // 10, 25, 39, 40 days: an even count's median is the mean of the middle two
        WorkforceDemand.Waiting even = WorkforceDemand.waiting("TROON", "DOMESTIC_SUPPORT",
                List.of(new long[] {10, 1}, new long[] {25, 1}, new long[] {39, 1}, new long[] {40, 1}));
        assertEquals(4, even.clients());
        assertEquals(32.0, even.medianDays());
        assertEquals(40, even.longestDays());
        // 5 (three clients referred the same day), 8, 100: the middle one
        WorkforceDemand.Waiting odd = WorkforceDemand.waiting("AYR", "PERSONAL_CARE",
                List.of(new long[] {5, 3}, new long[] {8, 1}, new long[] {100, 1}));
        assertEquals(5, odd.clients());
        assertEquals(5.0, odd.medianDays());
        assertEquals(100, odd.longestDays());
    }

    @Test
    void workforceLinesJoinBothSidesValuesAndLeaveClientsOutWhereTheyAreNotAsked() {
        assertEquals(List.of(new WorkforceDemand.Line(WorkforceDemand.Dimension.LANGUAGE, "cy", 0, 2L),
                        new WorkforceDemand.Line(WorkforceDemand.Dimension.LANGUAGE, "en", 3, 0L)),
                WorkforceDemand.lines(WorkforceDemand.Dimension.LANGUAGE, Map.of("en", 3L), Map.of("cy", 2L)));
        assertNull(WorkforceDemand.lines(WorkforceDemand.Dimension.AGE_BAND, Map.of("UNDER_25", 1L), null).get(0).waitingClients());
    }

    @Test
    void aViewersDrillDownKeepsTheCountButNoClient() {
        List<MeasureRecord> clients = List.of(new MeasureRecord(null, null, null, "c1", "SW-1", day("2024-03-01"), null));
        MeasureDrillDown forViewer = MeasureDrillDown.of(YearMonth.of(2024, 3), "clientsSupported", clients, false);
        assertEquals(1, forViewer.count());
        assertEquals(List.of(), forViewer.records());
        List<MeasureRecord> hours = List.of(new MeasureRecord("m1", "Alpha", null, "c1", "SW-1", day("2024-03-01"), new BigDecimal("2.5")));
        MeasureDrillDown hoursForViewer = MeasureDrillDown.of(YearMonth.of(2024, 3), "clientHours", hours, false);
        assertNull(hoursForViewer.records().get(0).clientReference());
        assertEquals(new BigDecimal("2.50"), hoursForViewer.totalHours());
    }
}
