package org.microcare.domain.model.tenant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.microcare.domain.shared.ConflictException;

/** A council on the platform, as held in the tenant store. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findAll", query = "SELECT t FROM Tenant t ORDER BY t.id")
public class Tenant {

    private static final int MAX_REASON = 2000;

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Nation nation;

    @Column(name = "programme_name", nullable = false)
    private String programmeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "schema_name", nullable = false)
    private String schemaName;

    @Column(name = "schema_version")
    private String schemaVersion;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "pending_admin_username")
    private String pendingAdminUsername;

    @Column(name = "pending_admin_password_hash")
    private String pendingAdminPasswordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    /**
     * A council registered for onboarding. Its first admin's credentials wait here, hashed, until
     * the council's schema exists, so that an interrupted onboarding can be resumed.
     */
    public static Tenant register(TenantId id, String name, Nation nation, String programmeName,
                                  String platformSchema, String adminUsername, String adminPasswordHash,
                                  Instant now) {
        Tenant t = new Tenant();
        t.id = id.value();
        t.name = name;
        t.nation = nation;
        t.programmeName = programmeName;
        t.status = TenantStatus.PROVISIONING;
        t.schemaName = id.schemaName(platformSchema);
        t.pendingAdminUsername = adminUsername;
        t.pendingAdminPasswordHash = adminPasswordHash;
        t.createdAt = now;
        t.updatedAt = now;
        return t;
    }

    /**
     * A council as the tenant store holds it, read without a persistence context to route each council request
     * ({@link TenantReads}); only read, never persisted or merged. A pending first admin's credentials are not
     * read this way.
     */
    public static Tenant asStored(String id, String name, Nation nation, String programmeName, TenantStatus status, String schemaName,
                                  String schemaVersion, String failureReason, Instant createdAt, Instant updatedAt, Instant activatedAt,
                                  long version) {
        Tenant t = new Tenant();
        t.id = id;
        t.name = name;
        t.nation = nation;
        t.programmeName = programmeName;
        t.status = status;
        t.schemaName = schemaName;
        t.schemaVersion = schemaVersion;
        t.failureReason = failureReason;
        t.createdAt = createdAt;
        t.updatedAt = updatedAt;
        t.activatedAt = activatedAt;
        t.version = version;
        return t;
    }

    /** Provisioning is starting (again): the council is not serving until it is done. */
    public void startProvisioning(Instant now) {
        if (status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED) {
            throw new ConflictException("Council " + id + " is already provisioned");
        }
        status = TenantStatus.PROVISIONING;
        failureReason = null;
        updatedAt = now;
    }

    public void activate(String migratedSchemaVersion, Instant now) {
        status = TenantStatus.ACTIVE;
        schemaVersion = migratedSchemaVersion;
        failureReason = null;
        pendingAdminUsername = null;
        pendingAdminPasswordHash = null;
        if (activatedAt == null) {
            activatedAt = now;
        }
        updatedAt = now;
    }

    public void fail(String reason, Instant now) {
        status = TenantStatus.FAILED;
        failureReason = reason == null ? "Unknown failure"
                : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        updatedAt = now;
    }

    /** Schema migrated at start-up: record the version, keep the status. */
    public void recordSchemaVersion(String migratedSchemaVersion, Instant now) {
        schemaVersion = migratedSchemaVersion;
        updatedAt = now;
    }

    /** The council renamed its programme in its own settings; the store keeps the operator console in step. */
    public void renameProgramme(String newName) {
        this.programmeName = newName;
    }

    public void suspend(Instant now) {
        if (status != TenantStatus.ACTIVE && status != TenantStatus.SUSPENDED) {
            throw new ConflictException("Only an active council can be suspended; " + id + " is " + status);
        }
        status = TenantStatus.SUSPENDED;
        updatedAt = now;
    }

    public void resume(Instant now) {
        if (status != TenantStatus.SUSPENDED && status != TenantStatus.ACTIVE) {
            throw new ConflictException("Only a suspended council can be resumed; " + id + " is " + status);
        }
        status = TenantStatus.ACTIVE;
        updatedAt = now;
    }

    /** A council that never served holds no council data, so its schema may be rebuilt from scratch. */
    public boolean hasEverBeenActive() {
        return activatedAt != null;
    }

    public boolean isServing() {
        return status == TenantStatus.ACTIVE;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Nation getNation() {
        return nation;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public String getSchemaName() {
        return schemaName;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getPendingAdminUsername() {
        return pendingAdminUsername;
    }

    public String getPendingAdminPasswordHash() {
        return pendingAdminPasswordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
