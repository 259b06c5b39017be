package org.microcare.application;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/**
 * Runs the daily directory upkeep for every active council, each with its tenant passed explicitly
 * (never inherited from a thread). Every hour, so a day missed while the platform was down is made
 * up when it comes back; {@link DirectoryUpkeep} makes each council's day run once, even with both
 * web modules and several instances running this timer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryJob {

    private static final Logger LOG = Logger.getLogger(DirectoryJob.class.getName());

    @Inject
    TenantStore tenants;

    @Inject
    DirectoryUpkeep upkeep;

    @Inject
    StartupMigrations migrations;

    @Inject
    Today today;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        if (!migrations.isReady()) {
            return;
        }
        runForEveryCouncil();
    }

    /** One pass over every active council; a council that fails is logged and the others carry on. */
    public void runForEveryCouncil() {
        java.time.LocalDate day = today.date();
        for (Tenant tenant : tenants.findAll()) {
            if (tenant.getStatus() != TenantStatus.ACTIVE) {
                continue;
            }
            try {
                TenantContext.callAs(CurrentTenant.of(tenant), () -> upkeep.run(day)).ifPresent(run -> LOG.info(() ->
                        "directory " + tenant.getId() + " " + day + ": " + run.getVisible() + " listed, " + run.getLeftCount() + " left, "
                                + run.getCameBack() + " joined"));
            } catch (ConflictException e) {
                LOG.fine(() -> "directory " + tenant.getId() + " " + day + " was run by another instance");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "directory upkeep failed for " + tenant.getId() + " on " + day, e);
            }
        }
    }
}
