package org.microcare.domain.model.directory;

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

/** The daily directory job's run for one day in this council: its key makes the run happen once. */
@Entity
@Table(name = "directory_run")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class DirectoryRun {

    @Id
    @Column(name = "run_day")
    private LocalDate day;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private int visible;

    @Column(name = "left_count", nullable = false)
    private int leftCount;

    @Column(name = "came_back", nullable = false)
    private int cameBack;

    protected DirectoryRun() {
    }

    public DirectoryRun(LocalDate day, Instant startedAt) {
        this.day = day;
        this.startedAt = startedAt;
    }

    public void finish(int visibleNow, int left, int back) {
        this.visible = visibleNow;
        this.leftCount = left;
        this.cameBack = back;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getVisible() {
        return visible;
    }

    public int getLeftCount() {
        return leftCount;
    }

    public int getCameBack() {
        return cameBack;
    }
}
