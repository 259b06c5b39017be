package org.microcare.application;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.infrastructure.config.MicrocareSettings;
import org.microcare.infrastructure.migration.SchemaLock;
import org.microcare.infrastructure.migration.SchemaMigrator;

/**
 * At start-up: migrate the platform schema, then (in the council web module) every council schema
 * in the background, logging progress. One council failing is marked FAILED and does not stop the
 * others; councils whose onboarding was interrupted are resumed. Readiness reports when it is done.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupMigrations {

    private static final Logger LOG = Logger.getLogger(StartupMigrations.class.getName());
    private static final String PLATFORM_LOCK = "microcare.platform-migration";
    /** Logged once, when readiness turns true: what an operator (or a script reading the log) waits for. */
    public static final String READY = "Microcare ready: start-up migrations finished";

    @Resource(lookup = "java:app/jdbc/microcare")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MicrocareSettings settings;

    @Inject
    TenantStore store;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    OperatorBootstrap operatorBootstrap;

    private final AtomicBoolean platformReady = new AtomicBoolean();
    private final AtomicBoolean tenantsReady = new AtomicBoolean();
    private volatile String problem;

    @PostConstruct
    void start() {
        executor.submit(this::migrateAll);
    }

    void migrateAll() {
        try {
            migratePlatform();
            if (settings.bootstrapOperatorAtStartup()) {
                operatorBootstrap.ensureOperator();
            }
            platformReady.set(true);
            if (settings.migrateTenantsAtStartup()) {
                migrateTenants();
            }
            tenantsReady.set(true);
            LOG.info(READY);
        } catch (RuntimeException e) {
            problem = e.getMessage();
            LOG.log(Level.SEVERE, "Start-up migration failed: " + e.getMessage(), e);
        }
    }

    private void migratePlatform() {
        SchemaMigrator migrator = new SchemaMigrator(dataSource);
        try (SchemaLock lock = SchemaLock.acquire(dataSource, PLATFORM_LOCK, 300)
                .orElseThrow(() -> new IllegalStateException("Platform migration lock not granted within 300 s"))) {
            String version = migrator.migratePlatform();
            LOG.info(() -> "Platform schema " + migrator.platformSchema() + " at version " + version);
        }
    }

    private void migrateTenants() {
        List<Tenant> tenants = store.findAll();
        int total = tenants.size();
        int done = 0;
        int failed = 0;
        SchemaMigrator migrator = new SchemaMigrator(dataSource);
        for (Tenant tenant : tenants) {
            done++;
            if (!migrateOne(migrator, tenant)) {
                failed++;
            }
            if (done % 25 == 0 || done == total) {
                int d = done;
                int f = failed;
                LOG.info(() -> "tenant " + d + "/" + total + " migrated" + (f > 0 ? " (" + f + " failed)" : ""));
            }
        }
        if (total == 0) {
            LOG.info("No councils yet: nothing to migrate");
        }
    }

    private boolean migrateOne(SchemaMigrator migrator, Tenant tenant) {
        String id = tenant.getId();
        try {
            if (tenant.getStatus() == TenantStatus.PROVISIONING) {
                LOG.info(() -> "Council " + id + ": resuming interrupted onboarding");
                return provisioner.provision(id).getStatus() == TenantStatus.ACTIVE;
            }
            if (tenant.getStatus() == TenantStatus.FAILED && !tenant.hasEverBeenActive()) {
                return true; // waits for an operator's retry
            }
            Optional<SchemaLock> lock = SchemaLock.forSchema(dataSource, tenant.getSchemaName(), 60);
            if (lock.isEmpty()) {
                LOG.warning(() -> "Council " + id + ": schema busy, not migrated by this instance");
                return true;
            }
            try (SchemaLock held = lock.get()) {
                String version = migrator.migrateTenant(tenant.getSchemaName());
                if (tenant.getStatus() == TenantStatus.FAILED) {
                    store.activate(id, version);
                } else if (!version.equals(tenant.getSchemaVersion())) {
                    store.recordSchemaVersion(id, version);
                }
            }
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Council " + id + ": migration failed", e);
            try {
                store.fail(id, "Migration at start-up failed: " + TenantProvisioner.rootMessage(e));
            } catch (RuntimeException markFailed) {
                LOG.log(Level.WARNING, "Council " + id + ": could not record the failure", markFailed);
            }
            return false;
        }
    }

    public boolean isPlatformReady() {
        return platformReady.get();
    }

    public boolean isReady() {
        return platformReady.get() && tenantsReady.get();
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
