package org.microcare.application;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantId;
import org.microcare.domain.model.tenant.TenantRepository;

/** Resolves the council named in a path against the tenant store. Malformed ids never reach SQL. */
@Stateless
public class TenantDirectory {

    @Inject
    TenantRepository tenants;

    public Optional<Tenant> resolve(String id) {
        if (!TenantId.isValid(id)) {
            return Optional.empty();
        }
        return tenants.find(id);
    }
}
