package org.microcare.domain.model.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.microenterprise.LeaveReason;
import org.microcare.domain.model.reporting.JourneyFlow.Band;
import org.microcare.domain.model.reporting.JourneyFlow.Departures;
import org.microcare.domain.model.reporting.JourneyFlow.FirstListings;
import org.microcare.domain.shared.InvalidInputException;

/** The journey flow's arithmetic on hand-built grouped rows: days to listing, bands, leavers by reason, grants per ME, months. */
class JourneyFlowTest {

    private static final LocalDate FROM = day("2024-01-01");
    private static final LocalDate TO = day("2024-03-31");

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static FirstListings listing(String enquired, String listed, long count) {
        return new FirstListings(day(enquired), day(listed), count);
    }

    private static Departures departure(String on, LeaveReason reason, long count) {
        return new Departures(day(on), reason, count);
    }

    @Test
    void daysFromEnquiryToFirstListingWithMedianMeanAndBands() {
        // 20, 81, 106 and 244 days: two MEs enquired on the same day and listed on another count as one row of 2
        JourneyFlow f = JourneyFlow.of(FROM, TO, List.of(
                listing("2023-12-20", "2024-01-09", 1),
                listing("2023-06-01", "2024-01-31", 1),
                listing("2023-11-01", "2024-02-15", 2),
                listing("2024-01-10", "2024-03-31", 1)), List.of(), 0, null, 0);
        JourneyFlow.Listings l = f.firstListed();
        assertEquals(5, l.count());
        assertEquals(106.0, l.medianDays(), "20, 81, 106, 106, 244");
        assertEquals(new BigDecimal("111.4"), l.meanDays(), "557 / 5");
        assertEquals(20, l.shortestDays());
        assertEquals(244, l.longestDays());
        assertEquals(Map.of(Band.DAYS_0_TO_30, 1L, Band.DAYS_31_TO_60, 0L, Band.DAYS_61_TO_90, 1L, Band.DAYS_91_TO_180, 2L,
                Band.OVER_180_DAYS, 1L), l.bands());
        assertEquals(List.of(new JourneyFlow.Month(YearMonth.of(2024, 1), 2, 0), new JourneyFlow.Month(YearMonth.of(2024, 2), 2, 0),
                new JourneyFlow.Month(YearMonth.of(2024, 3), 1, 0)), f.months());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwoAndTheMeanRoundsHalfUp() {
        JourneyFlow f = JourneyFlow.of(FROM, TO, List.of(listing("2023-12-20", "2024-01-09", 1), listing("2023-06-01", "2024-01-31", 1),
                listing("2023-11-01", "2024-02-15", 1), listing("2024-01-10", "2024-03-31", 1)), List.of(), 0, null, 0);
        assertEquals(93.5, f.firstListed().medianDays(), "(81 + 106) / 2");
        assertEquals(new BigDecimal("112.8"), f.firstListed().meanDays(), "451 / 4 = 112.75");
    }

    @Test
    void bandEndsBelongToTheLowerBandAndAListingBeforeTheEnquiryIsZeroDays() {
        assertEquals(Band.DAYS_0_TO_30, Band.of(0));
        assertEquals(Band.DAYS_0_TO_30, Band.of(30));
        assertEquals(Band.DAYS_31_TO_60, Band.of(31));
        assertEquals(Band.DAYS_61_TO_90, Band.of(90));
        assertEquals(Band.DAYS_91_TO_180, Band.of(91));
        assertEquals(Band.DAYS_91_TO_180, Band.of(180));
        assertEquals(Band.OVER_180_DAYS, Band.of(181));
        JourneyFlow f = JourneyFlow.of(FROM, TO, List.of(listing("2024-02-10", "2024-02-01", 1)), List.of(), 0, null, 0);
        assertEquals(0, f.firstListed().shortestDays());
        assertEquals(1, f.firstListed().bands().get(Band.DAYS_0_TO_30));
    }

    @Test
    void leaversByEveryReasonAndByMonth() {
        JourneyFlow f = JourneyFlow.of(FROM, TO, List.of(), List.of(departure("2024-02-10", LeaveReason.RETIRED, 1),
                departure("2024-03-01", LeaveReason.ILL_HEALTH, 1), departure("2024-03-31", LeaveReason.FOUND_EMPLOYMENT, 1),
                departure("2024-03-31", LeaveReason.RETIRED, 2)), 0, null, 0);
        assertEquals(5, f.left().total());
        assertEquals(LeaveReason.values().length, f.left().byReason().size(), "every reason, none left out");
        assertEquals(3, f.left().byReason().get(LeaveReason.RETIRED));
        assertEquals(1, f.left().byReason().get(LeaveReason.ILL_HEALTH));
        assertEquals(0, f.left().byReason().get(LeaveReason.MOVED_AWAY));
        assertEquals(List.of(LeaveReason.values()), List.copyOf(f.left().byReason().keySet()), "in the reasons' order");
        assertEquals(List.of(0L, 1L, 4L), f.months().stream().map(JourneyFlow.Month::left).toList());
    }

    @Test
    void grantMoneyPerListedMeIsRoundedHalfUpAndNoneWithoutAnMe() {
        JourneyFlow f = JourneyFlow.of(FROM, TO, List.of(listing("2023-12-20", "2024-01-09", 4)), List.of(), 2, new BigDecimal("833.33"), 5);
        assertEquals(new BigDecimal("833.33"), f.grants().committed());
        assertEquals(new BigDecimal("166.67"), f.grants().committedPerListed(), "833.33 / 5 = 166.666");
        assertEquals(new BigDecimal("208.33"), f.grants().committedPerFirstListed(), "833.33 / 4 = 208.3325");
        assertEquals(2, f.grants().awards());

        JourneyFlow none = JourneyFlow.of(FROM, TO, List.of(), List.of(), 0, null, 0);
        assertEquals(new BigDecimal("0.00"), none.grants().committed());
        assertNull(none.grants().committedPerListed());
        assertNull(none.grants().committedPerFirstListed());
        assertEquals(0, none.firstListed().count());
        assertNull(none.firstListed().medianDays());
        assertNull(none.firstListed().meanDays());
        assertNull(none.firstListed().shortestDays());
        assertTrue(none.firstListed().bands().values().stream().allMatch(c -> c == 0));
        assertEquals(0, none.left().total());
    }

    @Test
    void monthsCoverEveryCalendarMonthThePeriodTouches() {
        JourneyFlow f = JourneyFlow.of(day("2023-12-15"), day("2024-02-10"), List.of(listing("2023-12-01", "2023-12-15", 1)),
                List.of(departure("2024-02-10", LeaveReason.OTHER, 1)), 0, null, 0);
        assertEquals(List.of(YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2)),
                f.months().stream().map(JourneyFlow.Month::month).toList());
        assertEquals(List.of(1L, 0L, 0L), f.months().stream().map(JourneyFlow.Month::firstListed).toList());
        assertEquals(1, JourneyFlow.of(day("2024-02-29"), day("2024-02-29"), List.of(), List.of(), 0, null, 0).months().size());
        assertThrows(IllegalArgumentException.class, () -> JourneyFlow.of(FROM, TO, List.of(listing("2024-01-01", "2024-04-01", 1)),
                List.of(), 0, null, 0), "a row outside the period is a bug in the query");
    }

    @Test
    void aBackwardPeriodOrOneOfFiveYearsOrMoreIsRefused() {
        assertEquals("to", assertThrows(InvalidInputException.class, () -> JourneyFlow.requirePeriod(TO, FROM)).violations().get(0).field());
        JourneyFlow.requirePeriod(day("2020-01-01"), day("2024-12-31"));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> JourneyFlow.requirePeriod(day("2020-01-01"), day("2025-01-01")));
        assertEquals("to", tooLong.violations().get(0).field());
        JourneyFlow.requirePeriod(TO, TO);
    }
}
