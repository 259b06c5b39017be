package org.microcare.domain.model.arrangement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** The hours delivered under an arrangement in one month (stored as the month's first day). Made by {@link Arrangement#recordHours}. */
@Entity
@Table(name = "arrangement_hours")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class MonthlyHours {

    @Id
    private String id;

    @Column(name = "arrangement_id", nullable = false)
    private String arrangementId;

    @Column(name = "month", nullable = false)
    private LocalDate monthStart;

    @Column(nullable = false)
    private BigDecimal hours;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MonthlyHours() {
    }

    MonthlyHours(String arrangementId, YearMonth month, BigDecimal hours, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.arrangementId = arrangementId;
        this.monthStart = month.atDay(1);
        this.hours = hours.setScale(2);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void replace(BigDecimal hours, String by, Instant at) {
        this.hours = hours.setScale(2);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getArrangementId() {
        return arrangementId;
    }

    /** The month's first day. */
    public LocalDate getMonth() {
        return monthStart;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
