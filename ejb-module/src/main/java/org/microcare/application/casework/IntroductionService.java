package org.microcare.application.casework;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.Actor;
import org.microcare.application.CouncilAudit;
import org.microcare.application.Today;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.introduction.Introduction;
import org.microcare.domain.model.introduction.IntroductionRepository;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Brokers shortlist MEs for a client, introduce them (the "maybe visit") and record the outcome. Every
 * change is audited against the client (INTRODUCTION_SHORTLISTED, INTRODUCTION_INTRODUCED,
 * INTRODUCTION_AGREED, INTRODUCTION_DECLINED) and the ME; reading a client's introductions is an audited
 * read of the client's record.
 */
@Stateless
@TenantTransactional
public class IntroductionService {

    static final String CLIENT = "Client";
    static final String ME = "MicroEnterprise";

    /** An introduction with the names pages show: the ME's trading name and the client's reference. */
    public record Row(Introduction introduction, String tradingName, String clientReference) {
    }

    @Inject
    IntroductionRepository introductions;

    @Inject
    ClientRepository clients;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    /** A client's introductions, latest first; an audited read of the client's record, through {@code via}. */
    public List<Introduction> ofClient(String clientId, Actor actor, String via) {
        client(clientId);
        audit.record(actor, ClientService.VIEWED, CLIENT, clientId, via);
        return introductions.ofClient(clientId);
    }

    /** A client's introductions with the MEs' names, for a page that has just read (and audited) the client's record. */
    public List<Row> rowsOfClient(String clientId) {
        return introductions.ofClient(clientId).stream().map(this::row).toList();
    }

    /** An ME's introductions, latest first (the clients' references only). */
    public List<Introduction> ofMicroEnterprise(String microEnterpriseId) {
        microEnterprises.find(microEnterpriseId)
                .orElseThrow(() -> new RecordNotFoundException("No micro-enterprise " + microEnterpriseId + " in this council"));
        return introductions.ofMicroEnterprise(microEnterpriseId);
    }

    public List<Row> rowsOfMicroEnterprise(String microEnterpriseId) {
        return ofMicroEnterprise(microEnterpriseId).stream().map(this::row).toList();
    }

    public Row row(String id) {
        return row(find(id));
    }

    public Introduction find(String id) {
        return introductions.find(id).orElseThrow(() -> notFound(id));
    }

    private Row row(Introduction i) {
        return new Row(i, microEnterprises.find(i.getMicroEnterpriseId()).map(MicroEnterprise::getTradingName).orElse(null),
                clients.find(i.getClientId()).map(Client::getReference).orElse(null));
    }

    /** Shortlists an ME of this council for the client (400 naming microEnterpriseId otherwise); one open introduction per pair (409). */
    public Introduction shortlist(String clientId, IntroductionForm.Shortlist s, Actor actor) {
        client(clientId);
        if (microEnterprises.find(s.microEnterpriseId()).isEmpty()) {
            throw new InvalidInputException("microEnterpriseId", "No micro-enterprise " + Fields.shorten(s.microEnterpriseId())
                    + " in this council");
        }
        if (!introductions.open(clientId, s.microEnterpriseId()).isEmpty()) {
            throw new ConflictException("This client already has an open introduction to this micro-enterprise");
        }
        Introduction i = new Introduction(clientId, s.microEnterpriseId(), s.note(), actor.username(), today.now());
        introductions.add(i);
        auditBoth(actor, "INTRODUCTION_SHORTLISTED", i, "shortlisted; introduction " + i.getId());
        return i;
    }

    /** Introduces them on {@code on}; the client must have consented (409). */
    public Introduction introduce(String id, java.time.LocalDate on, Long seenVersion, Actor actor) {
        Introduction i = introductions.forChange(id).orElseThrow(() -> notFound(id));
        if (seenVersion != null) {
            Fields.requireVersion(seenVersion, i.getVersion(), "This introduction");
        }
        Client c = client(i.getClientId());
        i.introduce(c, on, today.date(), actor.username(), today.now());
        auditBoth(actor, "INTRODUCTION_INTRODUCED", i, "introduced on " + i.getIntroducedOn() + "; introduction " + i.getId());
        return i;
    }

    /** Records the outcome, once; a version, when given, must be current (409 if stale). */
    public Introduction decide(String id, IntroductionForm.Outcome o, Long seenVersion, Actor actor) {
        Introduction i = introductions.forChange(id).orElseThrow(() -> notFound(id));
        if (seenVersion != null) {
            Fields.requireVersion(seenVersion, i.getVersion(), "This introduction");
        }
        i.decide(o.outcome(), o.reason(), o.note(), o.on(), today.date(), actor.username(), today.now());
        auditBoth(actor, "INTRODUCTION_" + i.getStatus(), i, i.getStatus() + " on " + i.getDecidedOn()
                + (i.getDeclinedReason() == null ? "" : " (" + i.getDeclinedReason() + ")") + "; introduction " + i.getId());
        return i;
    }

    private void auditBoth(Actor actor, String action, Introduction i, String detail) {
        audit.record(actor, action, CLIENT, i.getClientId(), detail);
        audit.record(actor, action, ME, i.getMicroEnterpriseId(), detail);
    }

    private Client client(String id) {
        return clients.find(id).orElseThrow(() -> new RecordNotFoundException("No client " + id + " in this council"));
    }

    private static RecordNotFoundException notFound(String id) {
        return new RecordNotFoundException("No introduction " + id + " in this council");
    }
}
