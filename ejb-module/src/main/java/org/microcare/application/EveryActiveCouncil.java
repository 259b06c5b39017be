package org.microcare.application;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/**
 * The loop of the daily per-council jobs (directory upkeep, client retention): the work runs for each
 * active council with its tenant passed explicitly and cleared after; a day another instance has
 * already claimed ({@link ConflictException}) is skipped quietly; a council that fails is logged and
 * the others carry on.
 */
public final class EveryActiveCouncil {

    private EveryActiveCouncil() {
    }

    /**
     * Runs {@code work} as each active council; {@code done} says what a run did (empty: the day was
     * done already). {@code what} names the job in the log.
     */
    public static <T> void run(TenantStore tenants, String what, Supplier<Optional<T>> work, Function<T, String> done, Logger log) {
        for (Tenant tenant : tenants.findAll()) {
            if (tenant.getStatus() != TenantStatus.ACTIVE) {
                continue;
            }
            try {
                TenantContext.callAs(CurrentTenant.of(tenant), work).ifPresent(result -> log.info(() ->
                        what + " " + tenant.getId() + ": " + done.apply(result)));
            } catch (ConflictException e) {
                log.fine(() -> what + " " + tenant.getId() + " was run by another instance");
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what + " failed for " + tenant.getId(), e);
            }
        }
    }
}
