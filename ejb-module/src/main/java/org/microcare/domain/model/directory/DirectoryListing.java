package org.microcare.domain.model.directory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * A range of days on which a listed ME is in the directory. Visible on a day = a row whose range holds the
 * day. {@code JpaComplianceWindows} rewrites an ME's rows in the transaction that changes its stage, name,
 * services, evidence or the framework (V18).
 */
@Entity
@ReadOnly
@IdClass(DirectoryListing.Key.class)
@Table(name = "directory_listing")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class DirectoryListing extends DirectoryRow {

    protected DirectoryListing() {
    }

    /** The primary key: the ME and the first day of the range. */
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
