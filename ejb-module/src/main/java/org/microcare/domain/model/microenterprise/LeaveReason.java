package org.microcare.domain.model.microenterprise;

/** Why an ME left the programme (required when the stage becomes {@link Stage#LEFT}). */
public enum LeaveReason {
    RETIRED, FOUND_EMPLOYMENT, MOVED_AWAY, ILL_HEALTH, CARING_RESPONSIBILITIES, NOT_VIABLE, REMOVED_BY_COUNCIL, OTHER
}
