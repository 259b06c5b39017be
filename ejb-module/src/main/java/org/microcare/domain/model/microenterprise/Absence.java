package org.microcare.domain.model.microenterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.OverlapException;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * A time a sole trader is away (holiday, illness…), from {@code startsOn} to {@code endsOn} inclusive,
 * planned or not. An ME's absences never overlap; a mistaken one is cancelled with a reason, never deleted.
 * Made by {@link MicroEnterprise#recordAbsence}.
 */
@Entity
@Table(name = "micro_enterprise_absence")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Absence {

    public static final String JPQL_OF_MICRO_ENTERPRISE = "SELECT a FROM Absence a WHERE a.microEnterpriseId = :id"
            + " ORDER BY a.startsOn DESC, a.recordedAt DESC";

    /** The longest absence recorded at once: a year. */
    public static final int MAX_DAYS = 366;

    @Id
    private String id;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean planned;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected Absence() {
    }

    Absence(MicroEnterprise me, LocalDate startsOn, LocalDate endsOn, boolean planned, String note, List<Absence> recorded, String by,
            Instant at) {
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "The last day of the absence must not be before its first day");
        }
        if (endsOn.toEpochDay() - startsOn.toEpochDay() + 1 > MAX_DAYS) {
            throw new InvalidInputException("endsOn", "An absence is recorded for at most " + MAX_DAYS + " days at once");
        }
        for (Absence other : recorded) {
            if (other.isInForce() && other.overlaps(startsOn, endsOn)) {
                throw new OverlapException("This micro-enterprise is already away from " + other.startsOn + " to " + other.endsOn
                        + "; absences must not overlap", other);
            }
        }
        this.id = UUID.randomUUID().toString();
        this.microEnterpriseId = me.getId();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.planned = planned;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Shares at least one day with {@code from}–{@code to} (inclusive). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }

    /** Away on the day (and not cancelled). */
    public boolean covers(LocalDate day) {
        return isInForce() && overlaps(day, day);
    }

    public boolean isInForce() {
        return cancelledAt == null;
    }

    /** Cancels a mistaken or called-off absence, with the reason; once. */
    public void cancel(String reason, String by, Instant at) {
        if (!isInForce()) {
            throw new ConflictException("This absence was cancelled already");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the absence is cancelled");
        }
        this.cancelReason = reason.trim();
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public String getId() {
        return id;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isPlanned() {
        return planned;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
