package org.microcare.domain.model.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** One numbered change to the framework: what changed, from which day, who made it. Never altered. */
@Entity
@Table(name = "framework_version")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class FrameworkVersion {

    public static final String JPQL_HISTORY = "SELECT v FROM FrameworkVersion v ORDER BY v.number DESC";

    public static final String JPQL_LATEST_NUMBER = "SELECT MAX(v.number) FROM FrameworkVersion v";

    /** The framework a new council starts with applies from the beginning of its records. */
    public static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    /** What kind of change a version made. */
    public enum Change { STARTED, ADDED, CHANGED, RETIRED }

    @Id
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "requirement_code")
    private String requirementCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private Change change;

    @Column(nullable = false)
    private String changes;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected FrameworkVersion() {
    }

    public FrameworkVersion(int number, LocalDate effectiveFrom, String requirementCode, Change change, String changes,
                            String changedBy, Instant changedAt) {
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.requirementCode = requirementCode;
        this.change = change;
        this.changes = changes.length() > 2000 ? changes.substring(0, 1997) + "..." : changes;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getRequirementCode() {
        return requirementCode;
    }

    public Change getChange() {
        return change;
    }

    public String getChanges() {
        return changes;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
