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

/**
 * A stored range of days on which an ME meets the framework ({@link ComplianceWindows}): written by
 * {@code JpaComplianceWindows} (one multi-row insert per batch), read by the directory's queries.
 */
@Entity
@Table(name = "compliance_window")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class ComplianceWindow {

    @Id
    private String id;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ComplianceWindow() {
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
