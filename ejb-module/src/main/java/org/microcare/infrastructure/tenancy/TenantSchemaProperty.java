package org.microcare.infrastructure.tenancy;

/** The EntityManager property EclipseLink reads for the schema of TABLE_PER_TENANT entities. */
public final class TenantSchemaProperty {

    public static final String NAME = "eclipselink.tenant-id";

    private TenantSchemaProperty() {
    }
}
