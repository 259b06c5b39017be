package org.microcare.domain.model.introduction;

import java.time.Instant;
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
import org.microcare.domain.model.client.Client;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * A client's introduction to a micro-enterprise. The rules: it is shortlisted for a client and an ME;
 * it is introduced only when the client has consented to share their details with MEs (409 otherwise),
 * on a day not in the future; it moves only SHORTLISTED → INTRODUCED → AGREED | DECLINED (a shortlisted
 * one may be declined too); it is decided once (409), on a day not in the future and not before it was
 * introduced; a declined one says why.
 */
@Entity
@Table(name = "introduction")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Introduction {

    public static final String JPQL_OF_CLIENT = "SELECT i FROM Introduction i WHERE i.clientId = :client"
            + " ORDER BY i.recordedAt DESC, i.id";

    public static final String JPQL_OF_ME = "SELECT i FROM Introduction i WHERE i.microEnterpriseId = :me"
            + " ORDER BY i.recordedAt DESC, i.id";

    public static final String JPQL_OPEN = "SELECT i FROM Introduction i WHERE i.clientId = :client AND i.microEnterpriseId = :me"
            + " AND i.status IN (org.microcare.domain.model.introduction.IntroductionStatus.SHORTLISTED,"
            + " org.microcare.domain.model.introduction.IntroductionStatus.INTRODUCED)";

    /** Read with a pessimistic write lock. */
    public static final String JPQL_FOR_CHANGE = "SELECT i FROM Introduction i WHERE i.id = :id";

    public static final int MAX_NOTE = 2000;

    @Id
    private String id;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntroductionStatus status;

    private String note;

    @Column(name = "introduced_on")
    private LocalDate introducedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "declined_reason")
    private DeclinedReason declinedReason;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected Introduction() {
    }

    /** Shortlists the ME for the client; {@code by} is the user who records it. */
    public Introduction(String clientId, String microEnterpriseId, String note, String by, Instant now) {
        Violations v = new Violations();
        v.require(clientId != null, "clientId", "Say which client");
        v.require(microEnterpriseId != null, "microEnterpriseId", "Say which micro-enterprise to shortlist");
        v.require(note == null || note.length() <= MAX_NOTE, "note", "The note must be " + MAX_NOTE + " characters or fewer");
        v.throwIfAny();
        this.id = UUID.randomUUID().toString();
        this.clientId = clientId;
        this.microEnterpriseId = microEnterpriseId;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.status = IntroductionStatus.SHORTLISTED;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Introduces the client to the ME on {@code on}: only a shortlisted one, only with the client's consent (409 otherwise). */
    public void introduce(Client client, LocalDate on, LocalDate today, String by, Instant now) {
        if (status != IntroductionStatus.SHORTLISTED) {
            throw new ConflictException("Only a shortlisted introduction can be introduced; this one is " + status);
        }
        if (client == null || !client.getId().equals(clientId) || !client.hasConsent()) {
            throw new ConflictException("The client has not consented to share their details with micro-enterprises:"
                    + " record their consent before introducing them");
        }
        Violations v = new Violations();
        v.require(on != null, "on", "The day of the introduction is required");
        v.require(on == null || !on.isAfter(today), "on", "The day of the introduction must not be in the future");
        v.throwIfAny();
        this.introducedOn = on;
        this.status = IntroductionStatus.INTRODUCED;
        changed(by, now);
    }

    /** Agrees (AGREED) or declines (DECLINED, with a reason) the introduction, once (409 when decided already). */
    public void decide(IntroductionStatus outcome, DeclinedReason reason, String outcomeNote, LocalDate on, LocalDate today, String by,
                       Instant now) {
        if (status.isDecided()) {
            throw new ConflictException("This introduction was " + status + " on " + decidedOn + " already");
        }
        Violations v = new Violations();
        v.require(outcome == IntroductionStatus.AGREED || outcome == IntroductionStatus.DECLINED, "outcome",
                "The outcome must be AGREED or DECLINED");
        v.require(outcome != IntroductionStatus.DECLINED || reason != null, "reason", "Say why the introduction was declined");
        v.require(on != null, "on", "The day of the outcome is required");
        v.require(on == null || !on.isAfter(today), "on", "The day of the outcome must not be in the future");
        v.require(on == null || introducedOn == null || !on.isBefore(introducedOn), "on",
                "The day of the outcome must not be before the introduction (" + introducedOn + ")");
        v.require(outcomeNote == null || outcomeNote.length() <= MAX_NOTE, "note", "The note must be " + MAX_NOTE + " characters or fewer");
        v.throwIfAny();
        if (outcome == IntroductionStatus.AGREED && status != IntroductionStatus.INTRODUCED) {
            throw new ConflictException("Only an introduced client and micro-enterprise can agree; introduce them first");
        }
        this.status = outcome;
        this.declinedReason = outcome == IntroductionStatus.DECLINED ? reason : null;
        this.outcomeNote = outcomeNote == null || outcomeNote.isBlank() ? null : outcomeNote.trim();
        this.decidedOn = on;
        changed(by, now);
    }

    private void changed(String by, Instant now) {
        this.changedBy = by;
        this.changedAt = now;
    }

    public boolean isOpen() {
        return !status.isDecided();
    }

    public String getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public IntroductionStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public DeclinedReason getDeclinedReason() {
        return declinedReason;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The client was erased: the broker's notes (free text that may speak of the person) go; status and dates stay. */
    public void eraseClientText() {
        note = null;
        outcomeNote = null;
    }
}
