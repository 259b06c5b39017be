package org.microcare.domain.model.programme;

import org.microcare.domain.shared.Fields;
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

/** An hourly rate of one type for a period; the periods of one type never overlap. */
@Entity
@Table(name = "rate")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Rate {

    public static final String JPQL_ALL = "SELECT r FROM Rate r ORDER BY r.type, r.validFrom DESC";

    public static final String JPQL_OF_TYPE = "SELECT r FROM Rate r WHERE r.type = :type ORDER BY r.validFrom DESC";

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_type", nullable = false)
    private RateType type;

    @Column(name = "hourly_rate", nullable = false)
    private BigDecimal hourlyRate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Last day the rate applies; null while open-ended. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Rate() {
    }

    public Rate(RateType type, BigDecimal hourlyRate, LocalDate validFrom, LocalDate validTo) {
        this.id = UUID.randomUUID().toString();
        this.type = type;
        change(hourlyRate, validFrom, validTo);
    }

    public final void change(BigDecimal newRate, LocalDate from, LocalDate to) {
        this.hourlyRate = newRate;
        this.validFrom = from;
        this.validTo = to;
    }

    /** A rate's type is fixed: a change may repeat it, a different type is a new rate. */
    public void keepType(String sentType) {
        Fields.unchanged(sentType, type, "type", "The type of a rate");
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this rate's period shares a day with {@code from}–{@code to} (null {@code to}: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public String describe() {
        return type + " " + hourlyRate.toPlainString() + " from " + validFrom + (validTo == null ? " (open-ended)" : " to " + validTo);
    }

    public String getId() {
        return id;
    }

    public RateType getType() {
        return type;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }
}
