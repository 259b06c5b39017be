package org.microcare.domain.model.client;

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

/** One weekly window a client would like care in, stored as a row (day, start, end), like an ME's availability. */
@Entity
@Table(name = "client_preferred_time")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class ClientPreferredTime {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private Weekday day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected ClientPreferredTime() {
    }

    ClientPreferredTime(Client client, PreferredTime time) {
        this.id = UUID.randomUUID().toString();
        this.client = client;
        this.day = time.day();
        this.startsAt = time.from();
        this.endsAt = time.to();
    }

    public PreferredTime time() {
        return new PreferredTime(day, startsAt, endsAt);
    }
}
