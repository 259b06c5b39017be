package org.microcare.domain.model.programme;

import java.math.BigDecimal;
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
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** A fund MEs apply to (start-up grants, bursaries), with a budget that approvals never exceed. */
@Entity
@Table(name = "grant_scheme")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class GrantScheme {

    public static final String JPQL_ALL = "SELECT g FROM GrantScheme g ORDER BY g.opensOn DESC, g.name";

    public static final String JPQL_BY_NAME = "SELECT g FROM GrantScheme g WHERE g.name = :name";

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private BigDecimal budget;

    @Column(name = "max_award", nullable = false)
    private BigDecimal maxAward;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    private String eligibility;

    /** Sum of approved awards; only changed while the row is locked for a decision. */
    @Column(name = "approved_total", nullable = false)
    private BigDecimal approvedTotal = BigDecimal.ZERO.setScale(2);

    @Version
    private long version;

    protected GrantScheme() {
    }

    public GrantScheme(GrantSchemeTerms terms) {
        this.id = UUID.randomUUID().toString();
        change(terms);
    }

    public final void change(GrantSchemeTerms terms) {
        this.name = terms.name();
        this.budget = terms.budget();
        this.maxAward = terms.maxAward();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.eligibility = terms.eligibility();
    }

    public GrantSchemeTerms terms() {
        return new GrantSchemeTerms(name, budget, maxAward, opensOn, closesOn, eligibility);
    }

    public BigDecimal remaining() {
        return budget.subtract(approvedTotal);
    }

    /** Commits part of the budget to an award; refused if it would pass the budget. */
    public void commit(BigDecimal award) {
        if (award.compareTo(remaining()) > 0) {
            throw new IllegalStateException("Over budget");
        }
        approvedTotal = approvedTotal.add(award);
    }

    public BigDecimal getApprovedTotal() {
        return approvedTotal;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getMaxAward() {
        return maxAward;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getEligibility() {
        return eligibility;
    }

    public long getVersion() {
        return version;
    }
}
