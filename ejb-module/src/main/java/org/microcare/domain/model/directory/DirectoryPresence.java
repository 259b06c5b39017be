package org.microcare.domain.model.directory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** An ME the last directory run saw in the directory, since a day. */
@Entity
@Table(name = "directory_presence")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class DirectoryPresence {

    @Id
    @Column(name = "micro_enterprise_id")
    private String microEnterpriseId;

    @Column(name = "since_day", nullable = false)
    private LocalDate since;

    protected DirectoryPresence() {
    }

    public DirectoryPresence(String microEnterpriseId, LocalDate since) {
        this.microEnterpriseId = microEnterpriseId;
        this.since = since;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public LocalDate getSince() {
        return since;
    }
}
