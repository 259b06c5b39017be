package org.microcare.domain.model.user;

import java.util.Optional;

/**
 * The current council's user as stored, read for the check of a request's credentials without a
 * persistence context (the check runs before every council request; an EclipseLink session for it
 * cost a second session per request, docs/benchmarks.md). Whatever must be counted or recorded
 * (a wrong password, a lock-out) goes through {@link CouncilUserRepository} in a transaction.
 */
public interface CouncilUserReads {

    /** The user of the current council with this username, as stored; empty when there is none. */
    Optional<CouncilUser> stored(String username);
}
