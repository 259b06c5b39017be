package org.microcare.domain.model.tenant;

import java.util.Optional;

/**
 * A council's row of the tenant store, read without a persistence context to route each council request
 * (every page, API call, directory page and feed request starts here; a JPA transaction for it cost an
 * EclipseLink client session per request, docs/benchmarks.md). Changes to the store go through
 * {@link TenantRepository} in a transaction.
 */
public interface TenantReads {

    /** The council with this id as stored; empty when there is none. The id must already be a valid {@link TenantId}. */
    Optional<Tenant> stored(TenantId id);
}
