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
 * A concern or complaint about a micro-enterprise, a client, or both. The rules: it is about at least
 * one of them; it was raised on a day not in the future, by someone (in words) from a {@link ConcernSource};
 * a {@link ConcernCategory#SAFEGUARDING} one is always flagged as safeguarding; it says what happened.
 * It is closed once, with an {@link ConcernOutcome outcome}, on a day not before it was raised and not
 * in the future; a closed concern is never reopened or deleted.
 */
@Entity
@Table(name = "concern")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Concern {

    public static final String JPQL_SEARCH = "SELECT c FROM Concern c WHERE (:me IS NULL OR c.microEnterpriseId = :me)"
            + " AND (:client IS NULL OR c.clientId = :client) AND (:status IS NULL OR c.status = :status)"
            + " ORDER BY c.raisedOn DESC, c.recordedAt DESC, c.id";

    public static final String JPQL_OPEN = "SELECT c FROM Concern c WHERE c.status = org.microcare.domain.model.concern.CaseState.OPEN"
            + " ORDER BY c.safeguarding DESC, c.raisedOn, c.recordedAt, c.id";

    public static final String JPQL_COUNT_OPEN = "SELECT COUNT(c) FROM Concern c"
            + " WHERE c.status = org.microcare.domain.model.concern.CaseState.OPEN";

    /** Read with a pessimistic write lock. */
    public static final String JPQL_FOR_CHANGE = "SELECT c FROM Concern c WHERE c.id = :id";

    public static final int MAX_RAISED_BY = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_OUTCOME_NOTE = 2000;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernKind kind;

    @Column(name = "micro_enterprise_id")
    private String microEnterpriseId;

    @Column(name = "client_id")
    private String clientId;

    /** The arrangement it is about, if any; not a foreign key yet (see V11). */
    @Column(name = "arrangement_id")
    private String arrangementId;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernCategory category;

    @Column(nullable = false)
    private boolean safeguarding;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState status;

    @Enumerated(EnumType.STRING)
    private ConcernOutcome outcome;

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

    protected Concern() {
    }

    /** Raises a concern; {@code today} is the council's day, {@code by} the user who records it. */
    public Concern(ConcernDetails d, LocalDate today, String by, Instant now) {
        Violations v = new Violations();
        v.require(d.kind() != null, "kind", "Say whether this is a CONCERN or a COMPLAINT");
        v.require(d.microEnterpriseId() != null || d.clientId() != null, "microEnterpriseId",
                "Say which micro-enterprise or client the concern is about (at least one)");
        v.require(d.raisedOn() != null, "raisedOn", "The day it was raised is required");
        v.require(d.raisedOn() == null || !d.raisedOn().isAfter(today), "raisedOn", "The day it was raised must not be in the future");
        v.requireText(d.raisedBy(), "raisedBy", "Who raised it", MAX_RAISED_BY);
        v.require(d.source() != null, "source", "Say where the concern came from");
        v.require(d.category() != null, "category", "Say what the concern is about (its category)");
        v.require(d.description() != null && !d.description().isBlank(), "description", "Describe the concern");
        v.require(d.description() == null || d.description().length() <= MAX_DESCRIPTION, "description",
                "The description must be " + MAX_DESCRIPTION + " characters or fewer");
        v.throwIfAny();
        this.id = UUID.randomUUID().toString();
        this.kind = d.kind();
        this.microEnterpriseId = d.microEnterpriseId();
        this.clientId = d.clientId();
        this.arrangementId = d.arrangementId();
        this.raisedOn = d.raisedOn();
        this.raisedBy = d.raisedBy().trim();
        this.source = d.source();
        this.category = d.category();
        this.safeguarding = d.safeguarding() || d.category() == ConcernCategory.SAFEGUARDING;
        this.description = d.description().trim();
        this.status = CaseState.OPEN;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Closes the concern with its outcome, once: a closed one is refused (409). */
    public void close(ConcernOutcome outcome, String note, LocalDate on, LocalDate today, String by) {
        if (!isOpen()) {
            throw new ConflictException("This concern was closed on " + closedOn + " already");
        }
        Violations v = new Violations();
        v.require(outcome != null, "outcome", "Choose the outcome the concern is closed with");
        v.require(on != null, "closedOn", "The day it was closed is required");
        v.require(on == null || !on.isAfter(today), "closedOn", "The day it was closed must not be in the future");
        v.require(on == null || !on.isBefore(raisedOn), "closedOn", "The day it was closed must not be before the day it was raised ("
                + raisedOn + ")");
        v.require(note == null || note.length() <= MAX_OUTCOME_NOTE, "outcomeNote",
                "The outcome note must be " + MAX_OUTCOME_NOTE + " characters or fewer");
        v.throwIfAny();
        this.outcome = outcome;
        this.outcomeNote = note == null || note.isBlank() ? null : note.trim();
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

    public ConcernKind getKind() {
        return kind;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getArrangementId() {
        return arrangementId;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public ConcernSource getSource() {
        return source;
    }

    public ConcernCategory getCategory() {
        return category;
    }

    public boolean isSafeguarding() {
        return safeguarding;
    }

    public String getDescription() {
        return description;
    }

    public CaseState getStatus() {
        return status;
    }

    public ConcernOutcome getOutcome() {
        return outcome;
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

    /**
     * The client was erased: who raised it (often family), the description and the outcome note (free text
     * about the person) go, {@link org.microcare.domain.model.client.Client#ERASED_TEXT} standing in where one
     * is required; kind, category, safeguarding flag, outcome and dates stay for reports and for the ME's history.
     */
    public void eraseClientText() {
        raisedBy = org.microcare.domain.model.client.Client.ERASED_TEXT;
        description = org.microcare.domain.model.client.Client.ERASED_TEXT;
        outcomeNote = outcomeNote == null ? null : org.microcare.domain.model.client.Client.ERASED_TEXT;
    }
}
