package org.microcare.application.casework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.Actor;
import org.microcare.application.CouncilAudit;
import org.microcare.application.Today;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRefusedException;
import org.microcare.domain.model.arrangement.ArrangementRefusedException.Rule;
import org.microcare.domain.model.arrangement.ArrangementRepository;
import org.microcare.domain.model.arrangement.CoverDays;
import org.microcare.domain.model.arrangement.Load;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.directory.PublishedListings;
import org.microcare.domain.model.matching.Match;
import org.microcare.domain.model.matching.MatchCandidates;
import org.microcare.domain.model.matching.Matching;
import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Cover while an ME is away. The clients affected by an absence are those with an arrangement with the
 * ME active on at least one day of it; for each, the cover candidates are the client's matches (the same
 * hard filters in SQL and the same ranking) over the days still to cover, for the covered arrangement's
 * hours, leaving out the absent ME. Reading them reads each affected client's record, so each is an
 * audited read ({@code CLIENT_VIEWED}). Assigning cover makes a temporary arrangement by
 * {@link Arrangement#cover}'s rules, under the row locks of both MEs (taken in id order, so two covers
 * assigned at once cannot deadlock), audited as an arrangement made.
 */
@Stateless
@TenantTransactional
public class CoverService {

    /** One affected arrangement: what it is, the days it needs cover for (null: none left), its covers so far and the ranked candidates. */
    public record Affected(ArrangementService.Named arrangement, CoverDays days, List<ArrangementService.Named> covers, List<Match> candidates) {

        /** Cover arranged and not ended early. */
        public boolean isCovered() {
            return covers.stream().anyMatch(c -> !c.arrangement().isEndedEarly());
        }
    }

    /** The absence, its ME and every affected arrangement, earliest first. */
    public record Plan(Absence absence, String microEnterpriseId, String tradingName, List<Affected> affected) {
    }

    /** A cover to assign (ids as sent; checked here): the client affected, the ME to cover, and the hourly rate (null: the cover ME's, else the covered arrangement's). */
    public record Assignment(String clientId, String microEnterpriseId, BigDecimal hourlyRate) {
    }

    @Inject
    ArrangementRepository arrangements;

    @Inject
    ArrangementService named;

    @Inject
    ClientRepository clients;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    MatchCandidates candidates;

    @Inject
    PublishedListings directory;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    /** The cover plan of the ME's absence; each affected client's record read is audited with {@code via}. */
    public Plan plan(String microEnterpriseId, String absenceId, Actor actor, String via) {
        MicroEnterprise me = microEnterprises.find(microEnterpriseId).orElseThrow(() -> new RecordNotFoundException(
                "No micro-enterprise " + Fields.shorten(String.valueOf(microEnterpriseId)) + " in this council"));
        Absence absence = absenceOf(microEnterpriseId, absenceId);
        List<Affected> out = new ArrayList<>();
        List<Arrangement> affected = arrangements.ofMicroEnterpriseDuring(me.getId(), absence.getStartsOn(), absence.getEndsOn());
        List<Arrangement> covers = arrangements.coversOf(absence.getId());
        List<String> audited = new ArrayList<>();
        for (ArrangementService.Named a : named.named(affected)) {
            Client client = clients.find(a.arrangement().getClientId()).orElseThrow();
            if (!audited.contains(client.getId())) {
                audit.record(actor, ClientService.VIEWED, ClientService.RECORD_TYPE, client.getId(), via);
                audited.add(client.getId());
            }
            Optional<CoverDays> days = a.arrangement().coverDays(absence, today.date());
            List<Match> ranked = days.map(d -> Matching.rank(client.matchCriteria().withHours(a.arrangement().getHoursPerWeek()),
                    candidates.candidates(client.matchCriteria().withHours(a.arrangement().getHoursPerWeek()), d.from(), d.to(), me.getId())))
                    .orElse(List.of());
            List<ArrangementService.Named> itsCovers = named.named(covers.stream()
                    .filter(c -> a.arrangement().getId().equals(c.getCoversArrangementId())).toList());
            out.add(new Affected(a, days.orElse(null), itsCovers, ranked));
        }
        return new Plan(absence, me.getId(), me.getTradingName(), out);
    }

    /**
     * Assigns cover for the client's arrangement with the absent ME during the absence (the first of them
     * not covered yet when there are several), by {@link Arrangement#cover}'s rules.
     */
    public Arrangement assign(String microEnterpriseId, String absenceId, Assignment sent, Actor actor) {
        Violations v = new Violations();
        v.requireText(sent.clientId(), "clientId", "Client", 36);
        v.requireText(sent.microEnterpriseId(), "microEnterpriseId", "Micro-enterprise to cover", 36);
        v.throwIfAny();
        Assignment a = new Assignment(sent.clientId().trim(), sent.microEnterpriseId().trim(), sent.hourlyRate());
        if (microEnterprises.find(microEnterpriseId).isEmpty()) {
            throw new RecordNotFoundException("No micro-enterprise " + Fields.shorten(String.valueOf(microEnterpriseId)) + " in this council");
        }
        // both MEs' rows, in id order: the absent ME's (its absence cannot be cancelled meanwhile) and the cover ME's (its capacity)
        MicroEnterprise absent = null;
        MicroEnterprise cover = null;
        for (String id : Stream.of(microEnterpriseId, a.microEnterpriseId()).distinct().sorted(Comparator.naturalOrder()).toList()) {
            Optional<MicroEnterprise> locked = microEnterprises.findForChange(id);
            if (id.equals(microEnterpriseId)) {
                absent = locked.orElseThrow();
            }
            if (id.equals(a.microEnterpriseId())) {
                cover = locked.orElseThrow(() -> new InvalidInputException("microEnterpriseId", "No micro-enterprise "
                        + Fields.shorten(a.microEnterpriseId()) + " in this council"));
            }
        }
        Absence absence = absenceOf(absent.getId(), absenceId);
        Client client = clients.find(a.clientId()).orElseThrow(() -> new InvalidInputException("clientId",
                "No client " + Fields.shorten(a.clientId()) + " in this council"));
        List<Arrangement> covers = arrangements.coversOf(absence.getId());
        List<Arrangement> ofClient = arrangements.ofMicroEnterpriseDuring(absent.getId(), absence.getStartsOn(), absence.getEndsOn()).stream()
                .filter(x -> x.getClientId().equals(client.getId())).toList();
        if (ofClient.isEmpty()) {
            throw new ArrangementRefusedException(Rule.NOTHING_TO_COVER, "Client " + client.getReference() + " has no arrangement with "
                    + absent.getTradingName() + " during the absence from " + absence.getStartsOn() + " to " + absence.getEndsOn(),
                    client.getReference(), absence.getStartsOn(), absence.getEndsOn());
        }
        Arrangement covered = ofClient.stream().filter(x -> coversOf(covers, x).stream().allMatch(Arrangement::isEndedEarly)).findFirst()
                .orElse(ofClient.get(0));
        Optional<CoverDays> days = covered.coverDays(absence, today.date());
        BigDecimal rate = a.hourlyRate() != null ? a.hourlyRate() : cover.getHourlyRate() != null ? cover.getHourlyRate() : covered.getHourlyRate();
        boolean visible = days.isPresent() && directory.visible(cover.getId(), days.get().from()).isPresent();
        Load committed = days.map(d -> arrangements.peakCommitted(a.microEnterpriseId(), d.from(), d.to(), null))
                .orElse(Load.none(today.date()));
        Arrangement made = Arrangement.cover(covered, absence, client, cover, rate, microEnterprises.absencesOf(cover.getId()),
                coversOf(covers, covered), today.date(), visible, committed, actor.username(), today.now());
        arrangements.add(made);
        audit.record(actor, "ARRANGEMENT_MADE", ArrangementService.RECORD_TYPE, made.getId(), client.getReference() + " with "
                + cover.getTradingName() + " from " + made.getStartsOn() + " to " + made.getEndsOn() + "; " + made.getHoursPerWeek() + "h/wk at "
                + Fields.money(made.getHourlyRate()) + "/h; " + made.getFunding() + "; cover for " + absent.getTradingName() + " away "
                + absence.getStartsOn() + " to " + absence.getEndsOn());
        return made;
    }

    private static List<Arrangement> coversOf(List<Arrangement> covers, Arrangement covered) {
        return covers.stream().filter(c -> covered.getId().equals(c.getCoversArrangementId())).toList();
    }

    private Absence absenceOf(String microEnterpriseId, String absenceId) {
        return microEnterprises.absence(absenceId).filter(x -> x.getMicroEnterpriseId().equals(microEnterpriseId))
                .orElseThrow(() -> new RecordNotFoundException("No absence " + Fields.shorten(String.valueOf(absenceId))
                        + " of this micro-enterprise"));
    }
}
