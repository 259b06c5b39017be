package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.shared.InvalidInputException;

/**
 * The cost avoided over a period by care bought from micro-enterprises instead of commissioned agency
 * home care (Cambridgeshire's business case). Hours are recorded per month, so:
 * <ul>
 * <li>a month belongs to the period when its first day lies in it (a period of 2024-03-01 to 2024-03-31 holds
 * March; 2024-03-15 to 2024-04-30 holds April only);</li>
 * <li>each hour recorded for the month saves the {@code AGENCY_HOME_CARE} rate minus the {@code DIRECT_PAYMENT}
 * rate, both as in effect on the month's first day (a rate that changes on the 1st applies to that whole month);</li>
 * <li>a month with hours but without one of the two rates saves nothing and is named in {@code missingRates};</li>
 * <li>{@code saving} is the sum of the months' savings, {@code annualisedSaving} = saving × 365 / days in the
 * period (both days counted), each rounded to the penny, half up.</li>
 * </ul>
 * A period is at most {@link #MAX_DAYS} days long.
 */
public record CostAvoidance(LocalDate from, LocalDate to, long days, BigDecimal hours, BigDecimal saving, BigDecimal annualisedSaving,
                            List<MonthSaving> months, List<YearMonth> missingRates) {

    /** Ten years and a bit: a longer period is a typing mistake. */
    public static final long MAX_DAYS = 3660;

    /** One month: its hours, the two rates used (null when none was in effect on the 1st), and what it saved (null without both rates). */
    public record MonthSaving(YearMonth month, BigDecimal hours, BigDecimal agencyRate, BigDecimal directPaymentRate, BigDecimal saving) {

        public boolean missingRate() {
            return hours.signum() > 0 && saving == null;
        }
    }

    /**
     * Works the saving out. {@code hours}: recorded hours by the month's first day; {@code rateOn}: the hourly
     * rate of a type in effect on a day, if any.
     */
    public static CostAvoidance over(LocalDate from, LocalDate to, Map<LocalDate, BigDecimal> hours,
                                     BiFunction<RateType, LocalDate, Optional<BigDecimal>> rateOn) {
        requirePeriod(from, to);
        List<MonthSaving> months = new ArrayList<>();
        List<YearMonth> missing = new ArrayList<>();
        BigDecimal totalHours = BigDecimal.ZERO;
        BigDecimal saving = BigDecimal.ZERO;
        YearMonth first = YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
        for (YearMonth m = first; !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate day = m.atDay(1);
            BigDecimal h = hours.getOrDefault(day, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            BigDecimal agency = rateOn.apply(RateType.AGENCY_HOME_CARE, day).orElse(null);
            BigDecimal dp = rateOn.apply(RateType.DIRECT_PAYMENT, day).orElse(null);
            BigDecimal monthSaving = agency == null || dp == null ? null : h.multiply(agency.subtract(dp)).setScale(2, RoundingMode.HALF_UP);
            MonthSaving row = new MonthSaving(m, h, agency, dp, monthSaving);
            months.add(row);
            if (row.missingRate()) {
                missing.add(m);
            }
            totalHours = totalHours.add(h);
            saving = saving.add(monthSaving == null ? BigDecimal.ZERO : monthSaving);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal annualised = saving.multiply(BigDecimal.valueOf(365)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        return new CostAvoidance(from, to, days, totalHours.setScale(2), saving.setScale(2), annualised, List.copyOf(months), List.copyOf(missing));
    }

    /** Refuses (400) a period that ends before it starts or is longer than {@link #MAX_DAYS} days. */
    public static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day (" + to + ") must not be before the first day (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "A period can be at most " + MAX_DAYS + " days (ten years) long");
        }
    }
}
