package org.microcare.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantId;
import org.microcare.domain.model.tenant.TenantReads;

/**
 * Resolves the council named in a path against the tenant store, read afresh for every request (the store is
 * the source of truth for every instance) without a transaction. Malformed ids never reach SQL.
 */
@ApplicationScoped
public class TenantDirectory {

    @Inject
    TenantReads tenants;

    public Optional<Tenant> resolve(String id) {
        if (!TenantId.isValid(id)) {
            return Optional.empty();
        }
        return tenants.stored(TenantId.of(id));
    }
}
