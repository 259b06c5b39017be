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

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    /** Weeks an ME may work for a single client before the employment-status risk is flagged. */
    @Column(name = "employment_risk_weeks", nullable = false)
    private int employmentRiskWeeks = 12;

    /** Days before evidence expires that brokers are warned. */
    @Column(name = "evidence_warning_days", nullable = false)
    private int evidenceWarningDays = 30;

    /** Days a listing stays fresh after a broker last confirmed it; older listings are flagged for re-confirmation. */
    @Column(name = "listing_freshness_days", nullable = false)
    private int listingFreshnessDays = 90;

    public static final int DEFAULT_CLIENT_RETENTION_YEARS = 6;

    /** Years a closed client's personal details are kept after closure; then the daily retention job erases them. */
    @Column(name = "client_retention_years", nullable = false)
    private int clientRetentionYears = DEFAULT_CLIENT_RETENTION_YEARS;

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

    public void changeSettings(ProgrammeSettings settings) {
        this.programmeName = settings.programmeName();
        this.contactName = settings.contactName();
        this.contactEmail = settings.contactEmail();
        this.contactPhone = settings.contactPhone();
        this.employmentRiskWeeks = settings.employmentRiskWeeks();
        this.evidenceWarningDays = settings.evidenceWarningDays();
        this.listingFreshnessDays = settings.listingFreshnessDays();
        this.clientRetentionYears = settings.clientRetentionYears();
    }

    public ProgrammeSettings settings() {
        return new ProgrammeSettings(programmeName, contactName, contactEmail, contactPhone, employmentRiskWeeks, evidenceWarningDays,
                listingFreshnessDays, clientRetentionYears);
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public int getEmploymentRiskWeeks() {
        return employmentRiskWeeks;
    }

    public int getEvidenceWarningDays() {
        return evidenceWarningDays;
    }

    public int getListingFreshnessDays() {
        return listingFreshnessDays;
    }

    public int getClientRetentionYears() {
        return clientRetentionYears;
    }

    public long getVersion() {
        return version;
    }
}
