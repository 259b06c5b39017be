package org.microcare.domain.model.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * Something an ME must show evidence of (PVG, insurance, training…) to be listed, as it stood for
 * one period. A change never edits a row in force: it ends it and starts a new revision, so the
 * framework on any past day can be read back.
 */
@Entity
@Table(name = "framework_requirement")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class FrameworkRequirement {

    public static final String JPQL_IN_FORCE_ON = "SELECT r FROM FrameworkRequirement r WHERE r.effectiveFrom <= :day"
            + " AND (r.effectiveTo IS NULL OR r.effectiveTo > :day) ORDER BY r.code";

    public static final String JPQL_LATEST = "SELECT r FROM FrameworkRequirement r WHERE r.code = :code"
            + " ORDER BY r.effectiveFrom DESC";

    public static final String JPQL_OPEN = "SELECT r FROM FrameworkRequirement r WHERE r.effectiveTo IS NULL ORDER BY r.code";

    @Id
    private String id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String guidance;

    @Column(nullable = false)
    private boolean mandatory;

    /** Null: the evidence does not expire. */
    @Column(name = "validity_months")
    private Integer validityMonths;

    /** The services this revision applies to; none means every ME. */
    @OneToMany(mappedBy = "requirement", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<RequirementService> appliesToServices = new ArrayList<>();

    /** Only for MEs who give medication (medication training, for example). */
    @Column(name = "medication_only", nullable = false)
    private boolean medicationOnly;

    @Column(name = "framework_version", nullable = false)
    private int frameworkVersion;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** The first day this revision no longer applies; null while it is the latest. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Version
    private long version;

    protected FrameworkRequirement() {
    }

    public FrameworkRequirement(RequirementTerms terms, int frameworkVersion, LocalDate effectiveFrom) {
        this.id = UUID.randomUUID().toString();
        this.code = terms.code();
        this.name = terms.name();
        this.guidance = terms.guidance();
        this.mandatory = terms.mandatory();
        this.validityMonths = terms.validityMonths();
        terms.appliesToServices().forEach(code -> appliesToServices.add(new RequirementService(this, code)));
        this.medicationOnly = terms.medicationOnly();
        this.frameworkVersion = frameworkVersion;
        this.effectiveFrom = effectiveFrom;
    }

    /** Ends this revision: from {@code day} on it no longer applies. */
    public void endOn(LocalDate day) {
        this.effectiveTo = day;
    }

    public RequirementTerms terms() {
        return new RequirementTerms(code, name, guidance, mandatory, validityMonths, getAppliesToServices(), medicationOnly);
    }

    /** Whether this requirement applies to an ME offering these services, giving medication or not. */
    public boolean appliesTo(List<String> services, boolean givesMedication) {
        if (medicationOnly && !givesMedication) {
            return false;
        }
        List<String> scope = getAppliesToServices();
        return scope.isEmpty() || scope.stream().anyMatch(services::contains);
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getGuidance() {
        return guidance;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public List<String> getAppliesToServices() {
        return appliesToServices.stream().map(RequirementService::getServiceCode).sorted().toList();
    }

    public boolean isMedicationOnly() {
        return medicationOnly;
    }

    public int getFrameworkVersion() {
        return frameworkVersion;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public long getVersion() {
        return version;
    }
}
