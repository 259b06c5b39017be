package org.microcare.domain.model.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** A town or area the programme covers (Troon, Ayr…): where MEs work and clients live. */
@Entity
@Table(name = "locality")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Locality extends CatalogueEntry {

    public static final String JPQL_FIND_ALL = "SELECT e FROM Locality e ORDER BY e.name";

    protected Locality() {
    }

    public Locality(String code, String name) {
        super(code, name);
    }
}
