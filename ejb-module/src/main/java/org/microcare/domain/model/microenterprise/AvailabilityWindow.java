package org.microcare.domain.model.microenterprise;

import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** One weekly window an ME can work, stored as a row (day, start, end) so search can filter by day and time of day. */
@Entity
@Table(name = "micro_enterprise_availability")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class AvailabilityWindow {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "micro_enterprise_id", nullable = false)
    private MicroEnterprise microEnterprise;

    /**
     * The same column, read-only, for queries that select or filter by the ME's id: {@code microEnterprise.id}
     * joins the ME's table for every row (seen on the ~1,000 rows of a matching's candidates).
     */
    @Column(name = "micro_enterprise_id", insertable = false, updatable = false)
    private String microEnterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private Weekday day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected AvailabilityWindow() {
    }

    AvailabilityWindow(MicroEnterprise microEnterprise, AvailabilitySlot slot) {
        this.id = UUID.randomUUID().toString();
        this.microEnterprise = microEnterprise;
        this.day = slot.day();
        this.startsAt = slot.from();
        this.endsAt = slot.to();
    }

    public AvailabilitySlot slot() {
        return new AvailabilitySlot(day, startsAt, endsAt);
    }
}
