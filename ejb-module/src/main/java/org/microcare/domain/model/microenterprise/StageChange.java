package org.microcare.domain.model.microenterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** One move of an ME between stages (the first is the enquiry itself): when, who, why. Never changed or deleted. */
@Entity
@Table(name = "micro_enterprise_stage_change")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class StageChange {

    public static final String JPQL_OF_MICRO_ENTERPRISE = "SELECT c FROM StageChange c WHERE c.microEnterpriseId = :id"
            + " ORDER BY c.position";

    public static final String JPQL_COUNT_OF = "SELECT COUNT(c) FROM StageChange c WHERE c.microEnterpriseId = :id";

    public static final String JPQL_OFF_DIRECTORY = "SELECT c.microEnterpriseId, m.tradingName, c.to, c.changedOn, c.reason, c.note,"
            + " c.changedBy FROM StageChange c, MicroEnterprise m WHERE m.id = c.microEnterpriseId AND c.from = :listed AND c.to IN :gone"
            + " AND c.changedOn >= :from AND c.changedOn <= :to ORDER BY c.changedOn DESC, c.changedAt DESC, m.tradingName";

    public static final String JPQL_COUNT_OFF_DIRECTORY = "SELECT COUNT(c) FROM StageChange c WHERE c.from = :listed AND c.to IN :gone"
            + " AND c.changedOn >= :from AND c.changedOn <= :to";

    @Id
    private String id;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    /** 0 for the enquiry, then 1, 2, … in the order the moves were made. */
    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private Stage to;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Enumerated(EnumType.STRING)
    private LeaveReason reason;

    private String note;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StageChange() {
    }

    StageChange(MicroEnterprise me, int position, Stage from, Stage to, LocalDate on, LeaveReason reason, String note, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.microEnterpriseId = me.getId();
        this.position = position;
        this.from = from;
        this.to = to;
        this.changedOn = on;
        this.reason = reason;
        this.note = note;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public Stage getFrom() {
        return from;
    }

    public Stage getTo() {
        return to;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public LeaveReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
