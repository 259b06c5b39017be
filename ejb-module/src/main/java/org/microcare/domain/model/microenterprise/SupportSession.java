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

/** A business-support session an ME had (GrowBiz, Business Gateway…): when, with whom, on what, how long. */
@Entity
@Table(name = "support_session")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class SupportSession {

    public static final String JPQL_OF_MICRO_ENTERPRISE = "SELECT s FROM SupportSession s WHERE s.microEnterpriseId = :id"
            + " ORDER BY s.heldOn DESC, s.recordedAt DESC";

    /** What the session was about (the categories South Ayrshire reports). */
    public enum Category {
        BUSINESS_CONCEPT, GENERAL_OPERATIONS, FINANCIAL_MANAGEMENT, FUNDING_AND_AWARDS, DIGITAL_AND_MARKETING
    }

    @Id
    private String id;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(nullable = false)
    private int minutes;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SupportSession() {
    }

    public SupportSession(String microEnterpriseId, LocalDate heldOn, String provider, Category category, int minutes, String note,
                          String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.microEnterpriseId = microEnterpriseId;
        this.heldOn = heldOn;
        this.provider = provider;
        this.category = category;
        this.minutes = minutes;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getProvider() {
        return provider;
    }

    public Category getCategory() {
        return category;
    }

    public int getMinutes() {
        return minutes;
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
}
