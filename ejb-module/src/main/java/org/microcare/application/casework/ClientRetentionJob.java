package org.microcare.application.casework;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.application.StartupMigrations;
import org.microcare.application.TenantStore;
import org.microcare.application.Today;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/**
 * Runs the daily client retention for every active council, each with its tenant passed explicitly
 * (never inherited from a thread). Every hour, so a day missed while the platform was down is made up
 * when it comes back; {@link ClientRetention} makes each council's day run once, even with both web
 * modules and several instances running this timer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClientRetentionJob {

    private static final Logger LOG = Logger.getLogger(ClientRetentionJob.class.getName());

    @Inject
    TenantStore tenants;

    @Inject
    ClientRetention retention;

    @Inject
    StartupMigrations migrations;

    @Inject
    Today today;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        if (!migrations.isReady()) {
            return;
        }
        runForEveryCouncil();
    }

    /** One pass over every active council; a council that fails is logged and the others carry on. */
    public void runForEveryCouncil() {
        LocalDate day = today.date();
        for (Tenant tenant : tenants.findAll()) {
            if (tenant.getStatus() != TenantStatus.ACTIVE) {
                continue;
            }
            try {
                TenantContext.callAs(CurrentTenant.of(tenant), () -> retention.run(day)).ifPresent(run -> LOG.info(() ->
                        "client retention " + tenant.getId() + " " + day + ": " + run.getErased() + " erased"));
            } catch (ConflictException e) {
                LOG.fine(() -> "client retention " + tenant.getId() + " " + day + " was run by another instance");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "client retention failed for " + tenant.getId() + " on " + day, e);
            }
        }
    }
}
