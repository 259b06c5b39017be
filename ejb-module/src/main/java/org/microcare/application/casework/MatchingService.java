package org.microcare.application.casework;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.Actor;
import org.microcare.application.CouncilAudit;
import org.microcare.application.Today;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.matching.Match;
import org.microcare.domain.model.matching.MatchCandidates;
import org.microcare.domain.model.matching.MatchCriteria;
import org.microcare.domain.model.matching.Matching;
import org.microcare.domain.model.matching.Reason;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Matches a client with the MEs that could support them on a day: the database applies the hard
 * filters, {@link Matching} ranks what is left and says why. Matching reads the client's needs, so
 * each call is an audited read of the client's record, like opening it.
 */
@Stateless
@TenantTransactional
public class MatchingService {

    /** At most this many MEs of the client's area to ask about. */
    static final int ASKABLE = 300;

    /** The ranked candidates for one client on one day. */
    public record Matches(String clientId, String reference, LocalDate on, List<Match> ranked) {
    }

    /** Why one ME is or is not a candidate for one client on one day: no reasons means it is a candidate. */
    public record Exclusion(String clientId, String microEnterpriseId, LocalDate on, List<Reason> reasons) {

        public boolean isCandidate() {
            return reasons.isEmpty();
        }
    }

    /**
     * What the matches page shows, read in one transaction with one audited read of the client: the
     * matches, the MEs a broker may ask about, and why the asked-about ME is left out (null when none was
     * asked about, or when {@code unknownMe}).
     */
    public record MatchPage(Matches matches, List<MatchCandidates.Named> askable, Exclusion exclusion, boolean unknownMe) {
    }

    @Inject
    ClientRepository clients;

    @Inject
    MatchCandidates candidates;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    /** The client's matches on {@code on} (today when null), best first; {@code via} names the page or endpoint for the audit. */
    public Matches matches(String clientId, LocalDate on, Actor actor, String via) {
        Client client = read(clientId, actor, via);
        LocalDate day = on == null ? today.date() : on;
        MatchCriteria criteria = client.matchCriteria();
        return new Matches(client.getId(), client.getReference(), day, Matching.rank(criteria, candidates.candidates(criteria, day)));
    }

    /** Why the ME is left out of the client's matches on {@code on} (today when null); an unknown ME is not found. */
    public Exclusion exclusion(String clientId, String microEnterpriseId, LocalDate on, Actor actor, String via) {
        Client client = read(clientId, actor, via);
        LocalDate day = on == null ? today.date() : on;
        return new Exclusion(client.getId(), microEnterpriseId, day, candidates.exclusions(client.matchCriteria(), microEnterpriseId, day));
    }

    /** The matches page for a client on {@code on} (today when null), and why {@code microEnterpriseId} is left out when given. */
    public MatchPage page(String clientId, LocalDate on, String microEnterpriseId, Actor actor, String via) {
        Client client = read(clientId, actor, via);
        LocalDate day = on == null ? today.date() : on;
        MatchCriteria criteria = client.matchCriteria();
        Matches matches = new Matches(client.getId(), client.getReference(), day, Matching.rank(criteria, candidates.candidates(criteria, day)));
        List<MatchCandidates.Named> askable = candidates.inLocality(client.getLocality(), ASKABLE);
        if (microEnterpriseId == null || microEnterpriseId.isBlank()) {
            return new MatchPage(matches, askable, null, false);
        }
        try {
            return new MatchPage(matches, askable, new Exclusion(client.getId(), microEnterpriseId, day,
                    candidates.exclusions(criteria, microEnterpriseId, day)), false);
        } catch (RecordNotFoundException e) {
            return new MatchPage(matches, askable, null, true);
        }
    }

    private Client read(String clientId, Actor actor, String via) {
        Client client = clients.findWithNeeds(clientId).orElseThrow(() -> new RecordNotFoundException("No client " + clientId + " in this council"));
        audit.record(actor, ClientService.VIEWED, ClientService.RECORD_TYPE, clientId, via);
        return client;
    }
}
