package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.microcare.domain.model.programme.Target;
import org.microcare.domain.model.programme.TargetMetric;

/**
 * A target's progress on a day {@code on} within its period. What "actual" means per metric:
 * <ul>
 * <li>{@code NEW_MICRO_ENTERPRISES} (a count over the period): MEs whose enquiry date lies from the period's
 * start to {@code on};</li>
 * <li>{@code LISTED_MICRO_ENTERPRISES} (a level): MEs {@code LISTED} on {@code on}, by the stage timeline;</li>
 * <li>{@code WEEKLY_SUPPORT_HOURS} (a level): hours a week of the arrangements active on {@code on};</li>
 * <li>{@code CLIENTS_SUPPORTED} (a level): distinct clients with an arrangement active on {@code on};</li>
 * <li>{@code SDS_OPTION_2_CLIENTS} (a level): distinct clients with an arrangement funded {@code SDS_OPTION_2} active on {@code on}.</li>
 * </ul>
 * The trajectory carries the pace so far to the period's end, with {@code elapsed} = days from the start to
 * {@code on} and {@code length} = days in the period (both counted): a count projects to
 * {@code actual × length / elapsed}; a level starts from its {@code baseline} (its value the day before the
 * period) and projects to {@code baseline + (actual − baseline) × length / elapsed}, never below 0. Rounded
 * half up to a whole number; the status follows from it ({@link TargetStatus}).
 */
public record TargetProgress(TargetMetric metric, int target, long actual, Long baseline, long projected, LocalDate periodStart,
                             LocalDate periodEnd, LocalDate on, TargetStatus status) {

    /** Whether the metric counts what happened over the period (rather than a level on a day). */
    public static boolean counted(TargetMetric metric) {
        return metric == TargetMetric.NEW_MICRO_ENTERPRISES;
    }

    /** The progress of {@code t} on {@code on} (within its period); {@code baseline} is null for a counted metric. */
    public static TargetProgress of(Target t, LocalDate on, long actual, Long baseline) {
        if (!t.covers(on)) {
            throw new IllegalArgumentException(t.describe() + " does not cover " + on);
        }
        long elapsed = ChronoUnit.DAYS.between(t.getPeriodStart(), on) + 1;
        long length = ChronoUnit.DAYS.between(t.getPeriodStart(), t.getPeriodEnd()) + 1;
        long from = baseline == null ? 0 : baseline;
        BigDecimal projected = BigDecimal.valueOf(actual - from).multiply(BigDecimal.valueOf(length))
                .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP).add(BigDecimal.valueOf(from));
        long p = Math.max(0, projected.longValueExact());
        return new TargetProgress(t.getMetric(), t.getValue(), actual, baseline, p, t.getPeriodStart(), t.getPeriodEnd(), on,
                TargetStatus.of(p, t.getValue()));
    }

    /** The trajectory as a whole percentage of the target (rounded down). */
    public long projectedPercent() {
        return projected * 100 / target;
    }
}
