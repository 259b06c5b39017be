package org.microcare.domain.model.programme;

import org.microcare.domain.shared.Fields;
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

/** A goal of the programme for a period, such as 30 new MEs in 2024/25 or 500 hours of support a week. */
@Entity
@Table(name = "target")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Target {

    public static final String JPQL_ALL = "SELECT t FROM Target t ORDER BY t.periodStart DESC, t.metric";

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetMetric metric;

    @Column(name = "target_value", nullable = false)
    private int value;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Version
    private long version;

    protected Target() {
    }

    public Target(TargetMetric metric, int value, LocalDate periodStart, LocalDate periodEnd) {
        this.id = UUID.randomUUID().toString();
        this.metric = metric;
        change(value, periodStart, periodEnd);
    }

    public final void change(int newValue, LocalDate start, LocalDate end) {
        this.value = newValue;
        this.periodStart = start;
        this.periodEnd = end;
    }

    /** A target's metric is fixed: a change may repeat it, another metric is a new target. */
    public void keepMetric(String sentMetric) {
        Fields.unchanged(sentMetric, metric, "metric", "The metric of a target");
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !periodStart.isAfter(end) && !periodEnd.isBefore(start);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    public String describe() {
        return metric + " " + value + " for " + periodStart + " to " + periodEnd;
    }

    public String getId() {
        return id;
    }

    public TargetMetric getMetric() {
        return metric;
    }

    public int getValue() {
        return value;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public long getVersion() {
        return version;
    }
}
