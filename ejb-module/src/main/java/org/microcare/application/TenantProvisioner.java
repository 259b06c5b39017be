package org.microcare.application;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.config.MicrocareSettings;
import org.microcare.infrastructure.migration.SchemaLock;
import org.microcare.infrastructure.migration.SchemaMigrator;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/**
 * Brings a registered council to ACTIVE: schema, migrations, nation template, first admin. Every
 * step can be repeated, and the whole runs under the council's schema lock, so a retry or a
 * resumed start-up completes what an interrupted run began. A council that never served is
 * rebuilt from an empty schema when its last attempt left the schema half-migrated.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantProvisioner {

    private static final Logger LOG = Logger.getLogger(TenantProvisioner.class.getName());
    private static final int LOCK_WAIT_SECONDS = 30;

    @Resource(lookup = "java:app/jdbc/microcare")
    DataSource dataSource;

    @Inject
    TenantStore store;

    @Inject
    CouncilSeeder seeder;

    @Inject
    MicrocareSettings settings;

    public Tenant provision(String tenantId) {
        Tenant tenant = store.find(tenantId)
                .orElseThrow(() -> new RecordNotFoundException("No council with id '" + tenantId + "'"));
        if (tenant.getStatus() == TenantStatus.ACTIVE || tenant.getStatus() == TenantStatus.SUSPENDED) {
            return tenant;
        }
        Optional<SchemaLock> lock = SchemaLock.forSchema(dataSource, tenant.getSchemaName(), LOCK_WAIT_SECONDS);
        if (lock.isEmpty()) {
            throw new ConflictException("Council " + tenantId + " is being provisioned by another request; try again shortly");
        }
        try (SchemaLock held = lock.get()) {
            return provisionLocked(tenantId);
        }
    }

    private Tenant provisionLocked(String tenantId) {
        Tenant tenant = store.find(tenantId).orElseThrow();
        if (tenant.getStatus() == TenantStatus.ACTIVE || tenant.getStatus() == TenantStatus.SUSPENDED) {
            return tenant;
        }
        long started = System.nanoTime();
        tenant = store.startProvisioning(tenantId);
        String schema = tenant.getSchemaName();
        SchemaMigrator migrator = new SchemaMigrator(dataSource);
        StepTimes times = new StepTimes();
        try {
            SchemaMigrator.SchemaState state = migrator.state(schema);
            if (state == SchemaMigrator.SchemaState.FOREIGN) {
                return store.fail(tenantId, "Schema " + schema + " already exists with tables Microcare did not create;"
                        + " it was left untouched. Remove or rename it, then retry provisioning.");
            }
            if (state == SchemaMigrator.SchemaState.HALF_MIGRATED && !tenant.hasEverBeenActive()) {
                LOG.info(() -> "Council " + tenantId + ": dropping half-migrated schema " + schema + " left by an interrupted onboarding");
                migrator.dropSchema(schema);
            }
            times.mark("check");
            migrator.createSchema(schema);
            times.mark("schema");
            LOG.info(() -> "Council " + tenantId + ": schema " + schema + " created, migrating");
            pause();
            String version = migrator.migrateTenant(schema);
            times.mark("migrate");
            pause();
            Tenant registered = tenant;
            TenantContext.runAs(CurrentTenant.of(registered), () -> seeder.seed(registered));
            times.mark("seed");
            pause();
            Tenant active = store.activate(tenantId, version);
            times.mark("activate");
            LOG.info(() -> "Council " + tenantId + " is active, schema " + schema + " at version " + version
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms (" + times + ")");
            return active;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Provisioning council " + tenantId + " failed", e);
            return store.fail(tenantId, "Provisioning failed: " + rootMessage(e));
        }
    }

    /** Only for recovery tests, which kill the JVM between steps. */
    private void pause() {
        long millis = settings.provisioningStepPauseMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Milliseconds per provisioning step, for the log. */
    private static final class StepTimes {
        private final StringBuilder steps = new StringBuilder();
        private long last = System.nanoTime();

        void mark(String step) {
            long now = System.nanoTime();
            steps.append(steps.length() == 0 ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return steps.toString();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
