package org.microcare.domain.model.programme;

import org.microcare.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

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
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** An ME's application to a grant scheme, and the council's decision on it. */
@Entity
@Table(name = "grant_application")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class GrantApplication {

    public static final String JPQL_OF_SCHEME = "SELECT a FROM GrantApplication a WHERE a.schemeId = :scheme"
            + " ORDER BY a.appliedOn DESC, a.id";

    public static final String JPQL_OF_MICRO_ENTERPRISE = "SELECT a FROM GrantApplication a"
            + " WHERE a.microEnterpriseId = :me ORDER BY a.appliedOn DESC";

    /** Where an application stands. */
    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    private String id;

    @Column(name = "scheme_id", nullable = false)
    private String schemeId;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_amount")
    private BigDecimal decidedAmount;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected GrantApplication() {
    }

    public GrantApplication(String schemeId, String microEnterpriseId, BigDecimal amount, LocalDate appliedOn) {
        this.id = UUID.randomUUID().toString();
        this.schemeId = schemeId;
        this.microEnterpriseId = microEnterpriseId;
        this.amount = amount;
        this.appliedOn = appliedOn;
        this.status = Status.PENDING;
    }

    /**
     * An award is at most what was applied for: a larger grant needs a new application, so that what the
     * ME asked for, and the council's decision on it, stay on record.
     */
    public void checkAward(BigDecimal award) {
        if (award.compareTo(amount) > 0) {
            throw new InvalidInputException("amount", "The award must not be more than the " + amount
                    + " applied for; for more, the micro-enterprise applies again");
        }
    }

    public void approve(BigDecimal award, LocalDate on, String by) {
        checkAward(award);
        decide(Status.APPROVED, award, on, by);
    }

    public void reject(LocalDate on, String by) {
        decide(Status.REJECTED, null, on, by);
    }

    private void decide(Status outcome, BigDecimal award, LocalDate on, String by) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Already decided");
        }
        this.status = outcome;
        this.decidedAmount = award;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public String getId() {
        return id;
    }

    public String getSchemeId() {
        return schemeId;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getDecidedAmount() {
        return decidedAmount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getVersion() {
        return version;
    }
}
