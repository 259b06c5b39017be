package org.microcare.domain.model.client;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** The daily client retention job's run for one day in this council: its key makes the run happen once. */
@Entity
@Table(name = "client_retention_run")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class RetentionRun {

    @Id
    @Column(name = "run_day")
    private LocalDate day;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private int erased;

    protected RetentionRun() {
    }

    public RetentionRun(LocalDate day, Instant startedAt) {
        this.day = day;
        this.startedAt = startedAt;
    }

    public void finish(int erasedNow) {
        this.erased = erasedNow;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getErased() {
        return erased;
    }
}
