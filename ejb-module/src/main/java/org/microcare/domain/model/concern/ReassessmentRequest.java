package org.microcare.domain.model.concern;

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
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * A request that the council's assessment look at a client's needs again ("the route back in"): asked
 * on a day not in the future, by someone (in words), for a reason. Closed once, with a note of what the
 * assessment decided, on a day not before the request and not in the future.
 */
@Entity
@Table(name = "reassessment_request")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class ReassessmentRequest {

    public static final String JPQL_OF_CLIENT = "SELECT r FROM ReassessmentRequest r WHERE r.clientId = :client"
            + " ORDER BY r.requestedOn DESC, r.recordedAt DESC, r.id";

    public static final String JPQL_OPEN = "SELECT r FROM ReassessmentRequest r"
            + " WHERE r.status = org.microcare.domain.model.concern.CaseState.OPEN ORDER BY r.requestedOn, r.recordedAt, r.id";

    public static final String JPQL_COUNT_OPEN = "SELECT COUNT(r) FROM ReassessmentRequest r"
            + " WHERE r.status = org.microcare.domain.model.concern.CaseState.OPEN";

    /** Read with a pessimistic write lock. */
    public static final String JPQL_FOR_CHANGE = "SELECT r FROM ReassessmentRequest r WHERE r.id = :id";

    public static final int MAX_REQUESTED_BY = 200;
    public static final int MAX_TEXT = 2000;

    @Id
    private String id;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState status;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ReassessmentRequest() {
    }

    public ReassessmentRequest(String clientId, LocalDate requestedOn, String requestedBy, String reason, LocalDate today, String by,
            Instant now) {
        Violations v = new Violations();
        v.require(requestedOn != null, "requestedOn", "The day it was requested is required");
        v.require(requestedOn == null || !requestedOn.isAfter(today), "requestedOn", "The day it was requested must not be in the future");
        v.requireText(requestedBy, "requestedBy", "Who asked for it", MAX_REQUESTED_BY);
        v.require(reason != null && !reason.isBlank(), "reason", "Say why the client's needs should be assessed again");
        v.require(reason == null || reason.length() <= MAX_TEXT, "reason", "The reason must be " + MAX_TEXT + " characters or fewer");
        v.throwIfAny();
        this.id = UUID.randomUUID().toString();
        this.clientId = clientId;
        this.requestedOn = requestedOn;
        this.requestedBy = requestedBy.trim();
        this.reason = reason.trim();
        this.status = CaseState.OPEN;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Closes the request with what the assessment decided, once: a closed one is refused (409). */
    public void close(String note, LocalDate on, LocalDate today, String by) {
        if (!isOpen()) {
            throw new ConflictException("This reassessment request was closed on " + closedOn + " already");
        }
        Violations v = new Violations();
        v.require(note != null && !note.isBlank(), "outcomeNote", "Say what came of the request (the outcome)");
        v.require(note == null || note.length() <= MAX_TEXT, "outcomeNote", "The outcome note must be " + MAX_TEXT + " characters or fewer");
        v.require(on != null, "closedOn", "The day it was closed is required");
        v.require(on == null || !on.isAfter(today), "closedOn", "The day it was closed must not be in the future");
        v.require(on == null || !on.isBefore(requestedOn), "closedOn",
                "The day it was closed must not be before the day it was requested (" + requestedOn + ")");
        v.throwIfAny();
        this.outcomeNote = note.trim();
        this.closedOn = on;
        this.closedBy = by;
        this.status = CaseState.CLOSED;
    }

    public boolean isOpen() {
        return status == CaseState.OPEN;
    }

    public String getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getReason() {
        return reason;
    }

    public CaseState getStatus() {
        return status;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The client was erased: who asked, why and the outcome note (free text about the person) go; status and dates stay. */
    public void eraseClientText() {
        requestedBy = org.microcare.domain.model.client.Client.ERASED_TEXT;
        reason = org.microcare.domain.model.client.Client.ERASED_TEXT;
        outcomeNote = outcomeNote == null ? null : org.microcare.domain.model.client.Client.ERASED_TEXT;
    }
}
