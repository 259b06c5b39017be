package org.microcare.interfaces.platform.rest;

import java.time.Instant;

import org.microcare.domain.model.tenant.Tenant;

/** A council as the operator API shows it. */
public record TenantView(String id, String name, String nation, String programmeName, String status,
                         String schemaVersion, String schemaName, String failureReason,
                         Instant createdAt, Instant updatedAt, Instant activatedAt) {

    static TenantView of(Tenant t) {
        return new TenantView(t.getId(), t.getName(), t.getNation().name(), t.getProgrammeName(), t.getStatus().name(),
                t.getSchemaVersion(), t.getSchemaName(), t.getFailureReason(),
                t.getCreatedAt(), t.getUpdatedAt(), t.getActivatedAt());
    }
}
