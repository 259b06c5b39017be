package org.microcare.domain.model.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** An ME left the directory, or came back, on a day, without anyone moving its stage; and why. */
@Entity
@Table(name = "directory_change")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class DirectoryChange {

    public static final String JPQL_OF_MICRO_ENTERPRISE = "SELECT c FROM DirectoryChange c WHERE c.microEnterpriseId = :id"
            + " ORDER BY c.day, c.visible";

    public static final String JPQL_REMOVALS = "SELECT c.microEnterpriseId, m.tradingName, c.day, c.reason FROM DirectoryChange c,"
            + " MicroEnterprise m WHERE m.id = c.microEnterpriseId AND c.visible = FALSE AND c.stageMove = FALSE AND c.day >= :from AND c.day <= :to"
            + " ORDER BY c.day DESC, m.tradingName";

    @Id
    private String id;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Column(name = "change_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private boolean visible;

    /** Whether a stage move (pause, leaving) explains it, rather than the framework (evidence, a new requirement). */
    @Column(name = "stage_move", nullable = false)
    private boolean stageMove;

    @Column(nullable = false)
    private String reason;

    protected DirectoryChange() {
    }

    public DirectoryChange(String microEnterpriseId, LocalDate day, boolean visible, boolean stageMove, String reason) {
        this.id = UUID.randomUUID().toString();
        this.microEnterpriseId = microEnterpriseId;
        this.day = day;
        this.visible = visible;
        this.stageMove = stageMove;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public String getId() {
        return id;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isVisible() {
        return visible;
    }

    public boolean isStageMove() {
        return stageMove;
    }

    public String getReason() {
        return reason;
    }
}
