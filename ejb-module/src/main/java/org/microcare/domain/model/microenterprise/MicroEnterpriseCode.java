package org.microcare.domain.model.microenterprise;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** One code on an ME's record (a locality, service, language or specialism): a row, indexed by kind and code for search. */
@Entity
@Table(name = "micro_enterprise_code")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class MicroEnterpriseCode {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "micro_enterprise_id", nullable = false)
    private MicroEnterprise microEnterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CodeKind kind;

    @Column(nullable = false)
    private String code;

    protected MicroEnterpriseCode() {
    }

    MicroEnterpriseCode(MicroEnterprise microEnterprise, CodeKind kind, String code) {
        this.id = UUID.randomUUID().toString();
        this.microEnterprise = microEnterprise;
        this.kind = kind;
        this.code = code;
    }

    public CodeKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }
}
