package org.microcare.application.casework;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.Actor;
import org.microcare.application.CouncilAudit;
import org.microcare.application.Today;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.client.RetentionRun;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * The daily client retention job for the council in context: erases the personal details of every
 * closed client whose {@link Client#retentionHasPassed retention period} (the council's
 * {@code clientRetentionYears} after closure) is over on the day, by the client's own rule, and audits
 * each erasure ({@value ClientService#ERASED}, by "system", with the rule and no personal data). Once per
 * council per day, whichever web module or instance runs it first: the day's row is the claim. The
 * erasure is {@link ClientErasure}'s: the record and the free text about the person held elsewhere.
 */
@Stateless
@TenantTransactional
public class ClientRetention {

    @Inject
    ClientRepository clients;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ClientErasure erasure;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    /**
     * Erases what is due on {@code day}; empty when the day was already run. A concurrent run of the same
     * day by another instance ends in a conflict and changes nothing.
     */
    public Optional<RetentionRun> run(LocalDate day) {
        if (clients.retentionRan(day)) {
            return Optional.empty();
        }
        RetentionRun run = clients.claimRetentionRun(day, today.now());
        int years = programmes.find().map(Programme::getClientRetentionYears).orElse(Programme.DEFAULT_CLIENT_RETENTION_YEARS);
        int erased = 0;
        // closed before the day after (today - years): a superset the client's own rule narrows
        for (String id : clients.closedBefore(day.minusYears(years).plusDays(1))) {
            Client client = clients.findForChange(id).orElse(null);
            if (client != null && client.retentionHasPassed(years, day)) {
                LocalDate closedOn = client.getClosedOn();
                erasure.erase(client, Actor.SYSTEM.username(), today.now());
                audit.record(Actor.SYSTEM, ClientService.ERASED, ClientService.RECORD_TYPE, id, "personal details erased: closed on " + closedOn
                        + ", kept " + years + " years after closure (until " + client.keptUntil(years) + ")");
                erased++;
            }
        }
        run.finish(erased);
        return Optional.of(run);
    }
}
