package org.microcare.domain.model.reporting;

/**
 * Where a target is heading, from its trajectory (the figure the current pace reaches by the period's
 * end): {@code ON_TRACK} at 100% of the target or more, {@code AT_RISK} from 90% up to 100%,
 * {@code OFF_TRACK} below 90%.
 */
public enum TargetStatus {
    ON_TRACK, AT_RISK, OFF_TRACK;

    /** Percent of the target the trajectory must reach to be at risk rather than off track. */
    public static final int AT_RISK_FROM_PERCENT = 90;

    public static TargetStatus of(long projected, long target) {
        if (projected >= target) {
            return ON_TRACK;
        }
        return projected * 100 >= (long) AT_RISK_FROM_PERCENT * target ? AT_RISK : OFF_TRACK;
    }
}
