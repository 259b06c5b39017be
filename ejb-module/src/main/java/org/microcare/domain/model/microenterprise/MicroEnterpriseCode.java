package org.microcare.domain.model.microenterprise;

import java.nio.charset.StandardCharsets;
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

    /**
     * The same column, read-only, for queries that select or filter by the ME's id: {@code microEnterprise.id}
     * joins the ME's table for every row (seen on the ~1,000 rows of a matching's candidates).
     */
    @Column(name = "micro_enterprise_id", insertable = false, updatable = false)
    private String microEnterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CodeKind kind;

    @Column(nullable = false)
    private String code;

    /** A service code's {@link #serviceId}, kept so a service is found by its public id with one index probe; null for other kinds. */
    @Column(name = "feed_id")
    private String feedId;

    protected MicroEnterpriseCode() {
    }

    MicroEnterpriseCode(MicroEnterprise microEnterprise, CodeKind kind, String code) {
        this.id = UUID.randomUUID().toString();
        this.microEnterprise = microEnterprise;
        this.kind = kind;
        this.code = code;
        this.feedId = kind == CodeKind.SERVICE ? serviceId(microEnterprise.getId(), code).toString() : null;
    }

    /**
     * The public id of the service an ME offers (the Open Referral feed's service id): a name-based UUID
     * (RFC 4122 version 3) of the ME's id and the service code, so it never changes and is the same
     * everywhere. Migration V8 computes the same value in SQL for the rows it found.
     */
    public static UUID serviceId(String meId, String serviceCode) {
        // a separator that codes and ids never contain keeps ("a", "bc") and ("ab", "c") apart
        return UUID.nameUUIDFromBytes(("microcare:openreferral:service\u0000" + meId + "\u0000" + serviceCode).getBytes(StandardCharsets.UTF_8));
    }

    public CodeKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }
}
