package org.microcare.domain.model.client;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** One service a client needs: a row, indexed by code, so matching can find clients by service in SQL. */
@Entity
@Table(name = "client_service")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class ClientServiceNeed {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Column(nullable = false)
    private String code;

    protected ClientServiceNeed() {
    }

    ClientServiceNeed(Client client, String code) {
        this.id = UUID.randomUUID().toString();
        this.client = client;
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
