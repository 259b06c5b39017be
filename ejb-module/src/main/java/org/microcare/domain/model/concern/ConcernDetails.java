package org.microcare.domain.model.concern;

import java.time.LocalDate;

/**
 * A concern as raised, read into typed values (the form of each value is checked where it was sent;
 * whether it is allowed is {@link Concern}'s rule). {@code microEnterpriseId} and {@code clientId} are
 * ids of this council's records (the service checks they exist); at least one is given.
 */
public record ConcernDetails(ConcernKind kind, String microEnterpriseId, String clientId, String arrangementId, LocalDate raisedOn,
                             String raisedBy, ConcernSource source, ConcernCategory category, boolean safeguarding, String description) {
}
