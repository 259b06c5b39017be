package org.microcare.domain.model.reporting;

import java.math.BigDecimal;

/**
 * One council's figures for the operator's capacity planning: counts and hours only, never a record. Each is the
 * council reports' own figure (same query, {@link ReportQueries}) for a month:
 * <ul>
 * <li>{@code listedMicroEnterprises}: MEs {@code LISTED} on the day counted ({@link PlatformUsage#listedOn}), by the stage
 * timeline, as the monthly measure {@code totalOnDirectory};</li>
 * <li>{@code clientsSupported}: distinct clients with an arrangement active on at least one day of the month, as the
 * monthly measure of that name;</li>
 * <li>{@code hoursDelivered}: hours recorded for the month over all arrangements, as {@code clientHours};</li>
 * <li>{@code microEnterprises}: MEs on record, at any stage;</li>
 * <li>{@code waitingClients}: clients waiting on the day counted, as the workforce report's {@code waitingClients}.</li>
 * </ul>
 */
public record CouncilCounts(long listedMicroEnterprises, long clientsSupported, BigDecimal hoursDelivered, long microEnterprises,
                            long waitingClients) {

    /** Nothing counted yet: the start of a total. */
    public static final CouncilCounts NONE = new CouncilCounts(0, 0, BigDecimal.ZERO.setScale(2), 0, 0);

    public CouncilCounts {
        hoursDelivered = (hoursDelivered == null ? BigDecimal.ZERO : hoursDelivered).setScale(2);
    }

    /** These figures and {@code other}'s added together. */
    public CouncilCounts plus(CouncilCounts other) {
        return new CouncilCounts(listedMicroEnterprises + other.listedMicroEnterprises, clientsSupported + other.clientsSupported,
                hoursDelivered.add(other.hoursDelivered), microEnterprises + other.microEnterprises, waitingClients + other.waitingClients);
    }
}
