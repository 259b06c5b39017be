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
 * A {@link DirectoryListing} range for one service the ME offers: what the directory's service filter, the
 * Open Referral feed's services and matching read, by service and trading name. Derived like the listing,
 * in the same transaction (V18).
 */
@Entity
@ReadOnly
@IdClass(DirectoryOffer.Key.class)
@Table(name = "directory_offer")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class DirectoryOffer extends DirectoryRow {

    @Id
    @Column(name = "service_code")
    private String serviceCode;

    protected DirectoryOffer() {
    }

    /** The primary key: the ME, the service and the first day of the range. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String microEnterpriseId;
        private String serviceCode;
        private LocalDate validFrom;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(microEnterpriseId, k.microEnterpriseId) && Objects.equals(serviceCode, k.serviceCode)
                    && Objects.equals(validFrom, k.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(microEnterpriseId, serviceCode, validFrom);
        }
    }
}
