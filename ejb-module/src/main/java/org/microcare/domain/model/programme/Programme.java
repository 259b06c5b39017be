package org.microcare.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.domain.model.tenant.Nation;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** The one programme a council runs (for example South Ayrshire's "CAyr"). */
@Entity
@Table(name = "programme")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Programme {

    /** The council's tenant id: one programme row per schema. */
    @Id
    private String id;

    @Column(name = "council_name", nullable = false)
    private String councilName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Nation nation;

    @Column(name = "programme_name", nullable = false)
    private String programmeName;

    @Column(name = "welsh_language", nullable = false)
    private boolean welshLanguage;

    /** Comma-separated funding routes the nation offers (Direct Payments, SDS options…). */
    @Column(name = "funding_routes", nullable = false)
    private String fundingRoutes;

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String tenantId, String councilName, Nation nation, String programmeName,
                     boolean welshLanguage, String fundingRoutes) {
        this.id = tenantId;
        this.councilName = councilName;
        this.nation = nation;
        this.programmeName = programmeName;
        this.welshLanguage = welshLanguage;
        this.fundingRoutes = fundingRoutes;
    }

    public String getId() {
        return id;
    }

    public String getCouncilName() {
        return councilName;
    }

    public Nation getNation() {
        return nation;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public boolean isWelshLanguage() {
        return welshLanguage;
    }

    public String getFundingRoutes() {
        return fundingRoutes;
    }
}
