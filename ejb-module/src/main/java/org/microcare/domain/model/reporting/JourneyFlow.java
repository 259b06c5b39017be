package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.microcare.domain.model.microenterprise.LeaveReason;
import org.microcare.domain.shared.InvalidInputException;

/**
 * How MEs move through the programme over a period ({@code from} to {@code to}, both days counted):
 * <ul>
 * <li>{@link #firstListed}: MEs whose <em>first</em> move to {@code LISTED} in the stage timeline falls in the period
 * (a return from a pause, or a second listing after leaving and enquiring again, is not a first listing), with the days
 * from the ME's enquiry date to that listing: median (mean of the two middle ones for an even count), mean (one decimal,
 * half up), shortest, longest, and how many in each {@link Band}. A listing dated before the enquiry date (an enquiry
 * date corrected later) counts as 0 days.</li>
 * <li>{@link #left}: MEs that moved to {@code LEFT} in the period, by the reason given; an ME that left more than once
 * in the period counts once, under the reason (and in the month) of its last move to {@code LEFT} in it. Every reason
 * is present (zero when none).</li>
 * <li>{@link #grants}: grant awards approved with a decision date in the period (how many, their total), the MEs
 * listed on the period's last day (by the stage timeline), and the total per listed ME and per ME first listed in the
 * period (two decimals, half up; none when there is no such ME).</li>
 * <li>{@link #months}: every calendar month the period touches (only its days in the period), with its first listings
 * and leavers as above: the months add up to the period's figures.</li>
 * </ul>
 */
public record JourneyFlow(LocalDate from, LocalDate to, Listings firstListed, Leavers left, Grants grants, List<Month> months) {

    /** The longest period the report covers: five years. */
    public static final int MAX_YEARS = 5;

    /** Days from enquiry to first listing, in bands (both ends counted; the last band has no end). */
    public enum Band {
        DAYS_0_TO_30(0, 30L), DAYS_31_TO_60(31, 60L), DAYS_61_TO_90(61, 90L), DAYS_91_TO_180(91, 180L), OVER_180_DAYS(181, null);

        private final long fromDays;
        private final Long toDays;

        Band(long fromDays, Long toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        public long fromDays() {
            return fromDays;
        }

        /** The band's last day count; null for the last band. */
        public Long toDays() {
            return toDays;
        }

        /** The band holding a number of days (0 or more). */
        public static Band of(long days) {
            for (Band b : values()) {
                if (b.toDays == null || days <= b.toDays) {
                    return b;
                }
            }
            throw new IllegalStateException();
        }
    }

    /** MEs first listed in the period and their days from enquiry (median, mean, shortest, longest null when none). */
    public record Listings(long count, Double medianDays, BigDecimal meanDays, Long shortestDays, Long longestDays, Map<Band, Long> bands) {
    }

    /** MEs that left in the period, in all and by reason (every reason, in the order of {@link LeaveReason}). */
    public record Leavers(long total, Map<LeaveReason, Long> byReason) {
    }

    /** Grant money committed in the period, and per ME (null when there is no ME to share it). */
    public record Grants(long awards, BigDecimal committed, long listedAtEnd, BigDecimal committedPerListed, BigDecimal committedPerFirstListed) {
    }

    /** A calendar month of the period: its first listings and leavers. */
    public record Month(YearMonth month, long firstListed, long left) {
    }

    /** How many MEs enquired on one day and were first listed on another (as the database grouped them). */
    public record FirstListings(LocalDate enquiredOn, LocalDate listedOn, long microEnterprises) {
    }

    /** How many MEs left on a day for a reason (their last move to {@code LEFT} in the period, as the database grouped them). */
    public record Departures(LocalDate leftOn, LeaveReason reason, long microEnterprises) {
    }

    /**
     * Works the report out from the grouped rows of the period ({@code listings} and {@code departures} dated in it), the
     * approved awards decided in it ({@code awards}, {@code committed}) and the MEs listed on its last day.
     */
    public static JourneyFlow of(LocalDate from, LocalDate to, List<FirstListings> listings, List<Departures> departures, long awards,
                                 BigDecimal committed, long listedAtEnd) {
        requirePeriod(from, to);
        TreeMap<Long, Long> days = new TreeMap<>();
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            byMonth.put(m, new long[2]);
        }
        for (FirstListings l : listings) {
            requireIn(from, to, l.listedOn());
            days.merge(Math.max(0, ChronoUnit.DAYS.between(l.enquiredOn(), l.listedOn())), l.microEnterprises(), Long::sum);
            byMonth.get(YearMonth.from(l.listedOn()))[0] += l.microEnterprises();
        }
        Map<LeaveReason, Long> reasons = new EnumMap<>(LeaveReason.class);
        for (LeaveReason r : LeaveReason.values()) {
            reasons.put(r, 0L);
        }
        long leavers = 0;
        for (Departures d : departures) {
            requireIn(from, to, d.leftOn());
            reasons.merge(d.reason(), d.microEnterprises(), Long::sum);
            byMonth.get(YearMonth.from(d.leftOn()))[1] += d.microEnterprises();
            leavers += d.microEnterprises();
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((m, counts) -> months.add(new Month(m, counts[0], counts[1])));
        Listings firstListed = listings(days);
        BigDecimal total = (committed == null ? BigDecimal.ZERO : committed).setScale(2, RoundingMode.HALF_UP);
        Grants grants = new Grants(awards, total, listedAtEnd, per(total, listedAtEnd), per(total, firstListed.count()));
        return new JourneyFlow(from, to, firstListed, new Leavers(leavers, reasons), grants, List.copyOf(months));
    }

    /** The listing figures from how many MEs took each number of days. */
    static Listings listings(TreeMap<Long, Long> days) {
        Map<Band, Long> bands = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            bands.put(b, 0L);
        }
        long count = 0;
        long sum = 0;
        for (Map.Entry<Long, Long> d : days.entrySet()) {
            count += d.getValue();
            sum += d.getKey() * d.getValue();
            bands.merge(Band.of(d.getKey()), d.getValue(), Long::sum);
        }
        if (count == 0) {
            return new Listings(0, null, null, null, null, bands);
        }
        double median = (nth(days, (count - 1) / 2) + nth(days, count / 2)) / 2.0;
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        return new Listings(count, median, mean, days.firstKey(), days.lastKey(), bands);
    }

    /** The days of the {@code index}th ME (0-based) in ascending order of days. */
    private static long nth(TreeMap<Long, Long> days, long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> d : days.entrySet()) {
            seen += d.getValue();
            if (index < seen) {
                return d.getKey();
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen);
    }

    private static BigDecimal per(BigDecimal total, long microEnterprises) {
        return microEnterprises == 0 ? null : total.divide(BigDecimal.valueOf(microEnterprises), 2, RoundingMode.HALF_UP);
    }

    private static void requireIn(LocalDate from, LocalDate to, LocalDate day) {
        if (day.isBefore(from) || day.isAfter(to)) {
            throw new IllegalArgumentException(day + " is outside " + from + " to " + to);
        }
    }

    /** Refuses (400, field {@code to}) a period that ends before it starts or is longer than {@link #MAX_YEARS} years. */
    public static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day (" + to + ") must not be before the first day (" + from + ")");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("to", "A period can be at most " + MAX_YEARS + " years long (the last day before "
                    + from.plusYears(MAX_YEARS) + ")");
        }
    }
}
