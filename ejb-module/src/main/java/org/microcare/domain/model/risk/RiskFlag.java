package org.microcare.domain.model.risk;

/**
 * A risk on a day. "Active" means an arrangement whose first day is on or before the day and whose last
 * day (if any) is on or after it.
 */
public enum RiskFlag {

    /**
     * Employment-status risk: the ME has exactly one distinct client with an active arrangement, and that
     * client's active arrangement with the ME has run longer than the council's threshold
     * ({@code employmentRiskWeeks}): it started before the day less that many weeks.
     */
    SINGLE_CLIENT,

    /**
     * Top-up in place: an active arrangement's agreed hourly rate is above the DIRECT_PAYMENT rate in
     * effect that day (no flag when no Direct Payment rate is in effect).
     */
    TOP_UP,

    /** Capacity exceeded: the hours a week of the ME's active arrangements add up to more than its capacity. */
    OVER_CAPACITY,

    /**
     * Evidence expiring while caring: the ME has an active arrangement, and its best valid evidence for a
     * mandatory requirement that applies to it (the compliance rule) expires after the day and no later
     * than the day plus the council's warning window ({@code evidenceWarningDays}).
     */
    EVIDENCE_EXPIRING
}
