package org.microcare.domain.model.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
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
@NamedQuery(name = "CareService.findAll", query = "SELECT e FROM CareService e ORDER BY e.name")
public class CareService extends CatalogueEntry {

    protected CareService() {
    }

    public CareService(String code, String name) {
        super(code, name);
    }
}
