package org.microcare.infrastructure.tenancy;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;

/**
 * A council matched against the tenant store. Only made from a {@link Tenant} row, so a schema
 * name reaches SQL only after the id it came from was found in the store.
 */
public record CurrentTenant(String id, String schemaName, String name, TenantStatus status) {

    public static CurrentTenant of(Tenant tenant) {
        return new CurrentTenant(tenant.getId(), tenant.getSchemaName(), tenant.getName(), tenant.getStatus());
    }
}
