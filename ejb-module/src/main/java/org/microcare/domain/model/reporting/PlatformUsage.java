package org.microcare.domain.model.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.microcare.domain.model.tenant.TenantStatus;

/**
 * Every council's figures for a month, for the platform operator's capacity planning, and their totals.
 * <p>Which councils are counted: {@code ACTIVE} and {@code SUSPENDED} ones (a suspended council keeps its data and its
 * schema is migrated at every start like an active one's; it may resume). {@code PROVISIONING} and {@code FAILED} councils
 * are listed with their status and no figures: their schema may be half made or missing. A council whose schema does not
 * answer is listed as {@link CouncilUsage.Figures#UNAVAILABLE}. Totals add up the counted councils only.
 * <p>The day MEs are counted as listed ({@link #listedOn}): today in the current month, the month's last day for a
 * month that has ended, and today for a month still to come (no one is listed in the future yet).
 */
public record PlatformUsage(YearMonth month, LocalDate listedOn, List<CouncilUsage> councils) {

    public PlatformUsage {
        councils = List.copyOf(councils);
    }

    /** Whether a council of this status has its figures read. */
    public static boolean counts(TenantStatus status) {
        return status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED;
    }

    /** The day listed MEs are counted on for {@code month}, when it is {@code today}: the earlier of today and the month's last day. */
    public static LocalDate listedOn(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return end.isBefore(today) ? end : today;
    }

    /** The counted councils' figures added together. */
    public CouncilCounts totals() {
        return councils.stream().filter(c -> c.figures() == CouncilUsage.Figures.COUNTED).map(CouncilUsage::counts)
                .reduce(CouncilCounts.NONE, CouncilCounts::plus);
    }

    /** How many councils are listed with this state of their figures. */
    public long councilsWith(CouncilUsage.Figures figures) {
        return councils.stream().filter(c -> c.figures() == figures).count();
    }
}
