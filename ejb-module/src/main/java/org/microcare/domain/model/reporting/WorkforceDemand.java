package org.microcare.domain.model.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The workforce and demand report for a day: the MEs listed that day (by the stage timeline) against
 * what the clients waiting that day asked for, and the clients waiting by locality and service.
 * <ul>
 * <li>A client is <em>waiting</em> on a day when referred on or before it, not closed on or before it, with
 * no introduction agreed on or before it and no arrangement starting on or before it.</li>
 * <li>{@link #supplyAndDemand}: one line per dimension and value: MEs listed with it, waiting clients asking
 * for it. Gender: the owner's gender against the carer gender asked for; age band: MEs only; language and
 * specialism: the ME's codes against the client's language and specialisms; availability: {@code EVENINGS}
 * (the ME's evenings flag or a weekly window ending after 18:00; a client's preferred time ending after
 * 18:00) and {@code WEEKENDS} (weekends flag or a Saturday or Sunday window; a Saturday or Sunday
 * preferred time). An ME or client with several codes counts once under each; one without a value is
 * counted under {@code NOT_GIVEN} for gender and age band (MEs only) and not at all for the others.</li>
 * <li>{@link #waiting}: by locality and service needed (a client needing two services counts under both):
 * how many, the median and longest days waited (the day less the referral date).</li>
 * </ul>
 * The ME's gender, age band, codes and availability are as recorded now; listing and waiting follow the dates.
 */
public record WorkforceDemand(LocalDate on, long listed, long waitingClients, List<Line> supplyAndDemand, List<Waiting> waiting) {

    /** The dimensions compared, in the report's order. */
    public enum Dimension {
        GENDER, AGE_BAND, LANGUAGE, SPECIALISM, AVAILABILITY
    }

    /** MEs listed with a value, and waiting clients asking for it (null where clients do not state it: age band). */
    public record Line(Dimension dimension, String value, long microEnterprises, Long waitingClients) {
    }

    /** Clients waiting in a locality for a service: how many, median and longest days waited. */
    public record Waiting(String locality, String service, long clients, double medianDays, long longestDays) {
    }

    /** One dimension's lines from the MEs' and the clients' counts by value (clients null: not asked), values in order. */
    public static List<Line> lines(Dimension dimension, Map<String, Long> microEnterprises, Map<String, Long> clients) {
        TreeSet<String> values = new TreeSet<>(microEnterprises.keySet());
        if (clients != null) {
            values.addAll(clients.keySet());
        }
        List<Line> out = new ArrayList<>();
        for (String value : values) {
            out.add(new Line(dimension, value, microEnterprises.getOrDefault(value, 0L), clients == null ? null : clients.getOrDefault(value, 0L)));
        }
        return out;
    }

    /**
     * The waiting line of a locality and service from how many of its clients have waited each number of days
     * ({@code counts} in ascending order of days, as the database grouped them).
     */
    public static Waiting waiting(String locality, String service, List<long[]> daysAndCounts) {
        long total = daysAndCounts.stream().mapToLong(d -> d[1]).sum();
        if (total == 0) {
            return new Waiting(locality, service, 0, 0, 0);
        }
        double median = (nth(daysAndCounts, (total - 1) / 2) + nth(daysAndCounts, total / 2)) / 2.0;
        return new Waiting(locality, service, total, median, daysAndCounts.get(daysAndCounts.size() - 1)[0]);
    }

    /** The days of the {@code index}th client (0-based) in ascending order of days. */
    private static long nth(List<long[]> daysAndCounts, long index) {
        long seen = 0;
        for (long[] d : daysAndCounts) {
            seen += d[1];
            if (index < seen) {
                return d[0];
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen);
    }
}
