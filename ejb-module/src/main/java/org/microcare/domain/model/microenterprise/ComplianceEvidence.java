package org.microcare.domain.model.microenterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * What the council checked for one framework requirement of one ME: the day it was checked and the
 * day it stops being valid (what the document says, else the requirement's validity in months, else
 * never). Valid on a day from {@code checkedOn} up to the day before {@code expiresOn}. Never deleted:
 * a correction supersedes it, with a reason.
 */
@Entity
@Table(name = "compliance_evidence")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class ComplianceEvidence {

    public static final String JPQL_OF_MICRO_ENTERPRISE = "SELECT e FROM ComplianceEvidence e WHERE e.microEnterpriseId = :id"
            + " ORDER BY e.requirementCode, e.checkedOn DESC, e.recordedAt DESC";

    @Id
    private String id;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Column(name = "requirement_code", nullable = false)
    private String requirementCode;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "superseded_by")
    private String supersededBy;

    @Column(name = "superseded_reason")
    private String supersededReason;

    @Version
    private long version;

    protected ComplianceEvidence() {
    }

    /**
     * Evidence checked on a day; {@code expiresOn} as the document says, or null to take the
     * requirement's validity ({@code validityMonths}, null: it does not expire).
     */
    public static ComplianceEvidence record(String microEnterpriseId, String requirementCode, LocalDate checkedOn, LocalDate expiresOn,
                                            Integer validityMonths, String reference, LocalDate today, String by, Instant at) {
        if (checkedOn.isAfter(today)) {
            throw new InvalidInputException("checkedOn", "The day it was checked must not be in the future");
        }
        LocalDate expiry = expiresOn != null ? expiresOn : validityMonths == null ? null : checkedOn.plusMonths(validityMonths);
        if (expiry != null && !expiry.isAfter(checkedOn)) {
            throw new InvalidInputException("expiresOn", "The evidence must expire after the day it was checked");
        }
        ComplianceEvidence e = new ComplianceEvidence();
        e.id = UUID.randomUUID().toString();
        e.microEnterpriseId = microEnterpriseId;
        e.requirementCode = requirementCode;
        e.checkedOn = checkedOn;
        e.expiresOn = expiry;
        e.reference = reference;
        e.recordedBy = by;
        e.recordedAt = at;
        return e;
    }

    /** A correction replaces this record; it stays, marked with what replaced it and why. */
    public void supersede(ComplianceEvidence correction, String reason) {
        if (supersededBy != null) {
            throw new ConflictException("This evidence was already corrected; correct the newer record instead");
        }
        if (!correction.requirementCode.equals(requirementCode) || !correction.microEnterpriseId.equals(microEnterpriseId)) {
            throw new InvalidInputException("requirement", "A correction must be for the same requirement (" + requirementCode + ")");
        }
        this.supersededBy = correction.id;
        this.supersededReason = reason;
    }

    /** Whether it counts as valid on a day (and is not superseded). */
    public boolean validOn(LocalDate day) {
        return supersededBy == null && !checkedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
    }

    public String getId() {
        return id;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public String getRequirementCode() {
        return requirementCode;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public String getSupersededReason() {
        return supersededReason;
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }

    public long getVersion() {
        return version;
    }
}
