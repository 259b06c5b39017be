package org.microcare.application.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.Actor;
import org.microcare.application.CouncilAudit;
import org.microcare.application.Today;
import org.microcare.application.casework.ConcernForm.CloseConcern;
import org.microcare.application.casework.ConcernForm.CloseReassessment;
import org.microcare.application.casework.ConcernForm.Reassessment;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.concern.CaseState;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernCategory;
import org.microcare.domain.model.concern.ConcernDetails;
import org.microcare.domain.model.concern.ConcernKind;
import org.microcare.domain.model.concern.ConcernRepository;
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Brokers and admins raise concerns and complaints about an ME and/or a client and close them with an
 * outcome; they ask the council's assessment to look at a client again and close the request with what
 * it decided. Every change is audited against the ME and the client it is about (the description is
 * not repeated in the log, which every admin reads); reading one concern about a client, or a client's
 * reassessment requests, is an audited read of that client's record.
 */
@Stateless
@TenantTransactional
public class ConcernService {

    public static final int MAX_LIST = 500;
    static final String CLIENT = "Client";
    static final String ME = "MicroEnterprise";

    /** An open concern on the dashboard: what it is and whom it is about (the ME's trading name, the client's reference). */
    public record OpenConcern(String id, ConcernKind kind, ConcernCategory category, boolean safeguarding, LocalDate raisedOn,
                              String microEnterpriseId, String tradingName, String clientId, String clientReference) {
    }

    /** An open reassessment request on the dashboard. */
    public record OpenReassessment(String id, LocalDate requestedOn, String clientId, String clientReference) {
    }

    /** The open concerns (safeguarding first) and reassessment requests, at most {@code max} of each, with their totals. */
    public record OpenCases(List<OpenConcern> concerns, long concernsTotal, List<OpenReassessment> reassessments, long reassessmentsTotal) {
    }

    /**
     * Whom a concern or request is about, as pages name them: the ME's trading name and the client's
     * reference (a council's key, not a personal detail), each null when it is about no ME or no client.
     */
    public record Subject(String microEnterpriseId, String tradingName, String clientId, String clientReference) {

        /** "Troon Home Help – SW-1001", or whichever of the two there is. */
        public String label() {
            return tradingName == null ? clientReference : clientReference == null ? tradingName : tradingName + " – " + clientReference;
        }
    }

    @Inject
    ConcernRepository concerns;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    ClientRepository clients;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    /** Concerns, latest raised first, about an ME and/or a client (null: any), open ({@code true}), closed ({@code false}) or all (null). */
    public List<Concern> list(String microEnterpriseId, String clientId, Boolean open) {
        CaseState state = open == null ? null : open ? CaseState.OPEN : CaseState.CLOSED;
        return concerns.concerns(microEnterpriseId, clientId, state, MAX_LIST);
    }

    /** One concern; when it is about a client, the read is audited as a read of the client's record, through {@code via}. */
    public Concern view(String id, Actor actor, String via) {
        Concern c = concerns.concern(id).orElseThrow(() -> notFound(id));
        if (c.getClientId() != null) {
            audit.record(actor, ClientService.VIEWED, CLIENT, c.getClientId(), via);
        }
        return c;
    }

    public Concern raise(ConcernDetails d, Actor actor) {
        if (d.microEnterpriseId() != null && microEnterprises.find(d.microEnterpriseId()).isEmpty()) {
            throw new InvalidInputException("microEnterpriseId", "No micro-enterprise " + Fields.shorten(d.microEnterpriseId())
                    + " in this council");
        }
        if (d.clientId() != null && clients.find(d.clientId()).isEmpty()) {
            throw new InvalidInputException("clientId", "No client " + Fields.shorten(d.clientId()) + " in this council");
        }
        Concern c = new Concern(d, today.date(), actor.username(), today.now());
        concerns.add(c);
        auditEach(actor, "CONCERN_RAISED", c, c.getKind() + " " + c.getCategory() + (c.isSafeguarding() ? " (safeguarding)" : "")
                + " raised on " + c.getRaisedOn() + " from " + c.getSource() + "; concern " + c.getId());
        return c;
    }

    /** Closes a concern with its outcome; a version, when given, must be current (409 if stale); a closed one is refused (409). */
    public Concern close(String id, CloseConcern close, Long seenVersion, Actor actor) {
        Concern c = concerns.concernForChange(id).orElseThrow(() -> notFound(id));
        if (seenVersion != null) {
            Fields.requireVersion(seenVersion, c.getVersion(), "This concern");
        }
        c.close(close.outcome(), close.outcomeNote(), close.closedOn(), today.date(), actor.username());
        auditEach(actor, "CONCERN_CLOSED", c, c.getKind() + " " + c.getCategory() + " closed on " + c.getClosedOn() + ": " + c.getOutcome()
                + "; concern " + c.getId());
        return c;
    }

    /** A client's reassessment requests, latest first; an audited read of the client's record. */
    public List<ReassessmentRequest> reassessments(String clientId, Actor actor, String via) {
        client(clientId);
        audit.record(actor, ClientService.VIEWED, CLIENT, clientId, via);
        return concerns.reassessmentsOf(clientId);
    }

    /** One reassessment request; an audited read of the client's record, through {@code via}. */
    public ReassessmentRequest viewReassessment(String id, Actor actor, String via) {
        ReassessmentRequest r = concerns.reassessment(id)
                .orElseThrow(() -> new RecordNotFoundException("No reassessment request " + id + " in this council"));
        audit.record(actor, ClientService.VIEWED, CLIENT, r.getClientId(), via);
        return r;
    }

    /** A client's reassessment requests for a page that has just read (and audited) the client's record. */
    public List<ReassessmentRequest> reassessmentsOf(String clientId) {
        return concerns.reassessmentsOf(clientId);
    }

    public ReassessmentRequest requestReassessment(String clientId, Reassessment r, Actor actor) {
        client(clientId);
        ReassessmentRequest request = new ReassessmentRequest(clientId, r.requestedOn(), r.requestedBy(), r.reason(), today.date(),
                actor.username(), today.now());
        concerns.add(request);
        audit.record(actor, "REASSESSMENT_REQUESTED", CLIENT, clientId, "requested on " + request.getRequestedOn() + "; request "
                + request.getId());
        return request;
    }

    /** Closes a reassessment request with what the assessment decided; a version, when given, must be current; once. */
    public ReassessmentRequest closeReassessment(String id, CloseReassessment close, Long seenVersion, Actor actor) {
        ReassessmentRequest r = concerns.reassessmentForChange(id)
                .orElseThrow(() -> new RecordNotFoundException("No reassessment request " + id + " in this council"));
        if (seenVersion != null) {
            Fields.requireVersion(seenVersion, r.getVersion(), "This reassessment request");
        }
        r.close(close.outcomeNote(), close.closedOn(), today.date(), actor.username());
        audit.record(actor, "REASSESSMENT_CLOSED", CLIENT, r.getClientId(), "closed on " + r.getClosedOn() + "; request " + r.getId());
        return r;
    }

    /** The ME and/or client of these ids (404 if one is given and not in this council, or neither is given). */
    public Subject subject(String microEnterpriseId, String clientId) {
        if (microEnterpriseId == null && clientId == null) {
            throw new RecordNotFoundException("Say which micro-enterprise or client");
        }
        String name = microEnterpriseId == null ? null : microEnterprises.find(microEnterpriseId).map(MicroEnterprise::getTradingName)
                .orElseThrow(() -> new RecordNotFoundException("No micro-enterprise " + microEnterpriseId + " in this council"));
        String reference = clientId == null ? null : clients.find(clientId).map(Client::getReference)
                .orElseThrow(() -> new RecordNotFoundException("No client " + clientId + " in this council"));
        return new Subject(microEnterpriseId, name, clientId, reference);
    }

    /** One reassessment request, for the page that closes it (the page has the client's id already). */
    public Optional<ReassessmentRequest> reassessment(String id) {
        return concerns.reassessment(id);
    }

    /** What the broker dashboard shows while open: at most {@code max} concerns (safeguarding first) and requests. */
    public OpenCases open(int max) {
        List<OpenConcern> open = new ArrayList<>();
        for (Concern c : concerns.openConcerns(max)) {
            String name = c.getMicroEnterpriseId() == null ? null
                    : microEnterprises.find(c.getMicroEnterpriseId()).map(MicroEnterprise::getTradingName).orElse(null);
            String reference = c.getClientId() == null ? null : clients.find(c.getClientId()).map(Client::getReference).orElse(null);
            open.add(new OpenConcern(c.getId(), c.getKind(), c.getCategory(), c.isSafeguarding(), c.getRaisedOn(), c.getMicroEnterpriseId(),
                    name, c.getClientId(), reference));
        }
        List<OpenReassessment> requests = concerns.openReassessments(max).stream()
                .map(r -> new OpenReassessment(r.getId(), r.getRequestedOn(), r.getClientId(),
                        clients.find(r.getClientId()).map(Client::getReference).orElse(null)))
                .toList();
        return new OpenCases(open, concerns.countOpenConcerns(), requests, concerns.countOpenReassessments());
    }

    private void auditEach(Actor actor, String action, Concern c, String detail) {
        if (c.getMicroEnterpriseId() != null) {
            audit.record(actor, action, ME, c.getMicroEnterpriseId(), detail);
        }
        if (c.getClientId() != null) {
            audit.record(actor, action, CLIENT, c.getClientId(), detail);
        }
    }

    private void client(String id) {
        clients.find(id).orElseThrow(() -> new RecordNotFoundException("No client " + id + " in this council"));
    }

    private static RecordNotFoundException notFound(String id) {
        return new RecordNotFoundException("No concern " + id + " in this council");
    }
}
