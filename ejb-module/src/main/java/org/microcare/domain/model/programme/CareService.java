package org.microcare.domain.model.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** A kind of support MEs offer in this programme (personal care, respite, gardening…). */
@Entity
@Table(name = "care_service")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class CareService extends CatalogueEntry {

    public static final String JPQL_FIND_ALL = "SELECT e FROM CareService e ORDER BY e.name";

    protected CareService() {
    }

    public CareService(String code, String name) {
        super(code, name);
    }
}
