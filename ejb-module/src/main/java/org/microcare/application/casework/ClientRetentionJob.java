package org.microcare.application.casework;

import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.application.StartupMigrations;
import org.microcare.application.EveryActiveCouncil;
import org.microcare.application.TenantStore;
import org.microcare.application.Today;

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
        EveryActiveCouncil.run(tenants, "client retention " + day, () -> retention.run(day), run -> run.getErased() + " erased", LOG);
    }
}
