package org.microcare.domain.model.directory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * A range of days on which a listed ME is in the directory: one of its {@link ComplianceWindow}s while it
 * is {@code LISTED}, with its trading name, the order the directory shows. Visible on a day = a row whose
 * range holds the day. Derived, never edited: {@code JpaComplianceWindows} rewrites an ME's rows in the
 * transaction that changes its stage, name, services, evidence or the framework (V18).
 */
@Entity
@ReadOnly
@IdClass(DirectoryListing.Key.class)
@Table(name = "directory_listing")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class DirectoryListing {

    @Id
    @Column(name = "micro_enterprise_id")
    private String microEnterpriseId;

    @Id
    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "trading_name")
    private String tradingName;

    protected DirectoryListing() {
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

    public String getTradingName() {
        return tradingName;
    }

    /** The primary key: an ME's ranges never overlap, so one starts on a given day at most. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String microEnterpriseId;
        private LocalDate validFrom;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(microEnterpriseId, k.microEnterpriseId) && Objects.equals(validFrom, k.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(microEnterpriseId, validFrom);
        }
    }
}
