package org.microcare.application;

import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;


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
        EveryActiveCouncil.run(tenants, "directory " + day, () -> upkeep.run(day),
                run -> run.getVisible() + " listed, " + run.getLeftCount() + " left, " + run.getCameBack() + " joined", LOG);
    }
}
