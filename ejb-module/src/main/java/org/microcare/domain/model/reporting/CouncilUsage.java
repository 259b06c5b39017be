package org.microcare.domain.model.reporting;

import org.microcare.domain.model.tenant.TenantStatus;

/**
 * A council as the operator's usage view shows it: who it is, its status, and its {@link CouncilCounts} when they
 * were read ({@code counts} null otherwise). Only these numbers leave the council's schema.
 */
public record CouncilUsage(String id, String name, TenantStatus status, Figures figures, CouncilCounts counts) {

    /** Whether the council's figures were read. */
    public enum Figures {
        /** Read from the council's schema. */
        COUNTED,
        /** Not read: the council is being set up or failed, so its schema may be partial or missing ({@link PlatformUsage#counts}). */
        NOT_COUNTED,
        /** Read, but the council's schema did not answer (a missing schema or table): the other councils are still counted. */
        UNAVAILABLE
    }

    public static CouncilUsage counted(String id, String name, TenantStatus status, CouncilCounts counts) {
        return new CouncilUsage(id, name, status, Figures.COUNTED, counts);
    }

    public static CouncilUsage notCounted(String id, String name, TenantStatus status) {
        return new CouncilUsage(id, name, status, Figures.NOT_COUNTED, null);
    }

    public static CouncilUsage unavailable(String id, String name, TenantStatus status) {
        return new CouncilUsage(id, name, status, Figures.UNAVAILABLE, null);
    }
}
