package org.microcare.application.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.Actor;
import org.microcare.application.CouncilAudit;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.application.Today;
import org.microcare.application.casework.ClientForm.StatusMove;
import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.model.audit.AuditLog;
import org.microcare.domain.model.audit.AuditQuery;
import org.microcare.domain.model.client.Catalogue;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientDetails;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Brokers record clients and move their cases along. A client's record is personal data: every read
 * of one record is audited ({@value #VIEWED}, with who, when, from where and through which page or
 * endpoint), and admins can list who viewed it. Changes are audited before → after. Lists carry no
 * personal details, so they are not audited reads.
 */
@Stateless
@TenantTransactional
public class ClientService {

    /** The audit action of one read of a client's record. */
    public static final String VIEWED = "CLIENT_VIEWED";
    static final String RECORD_TYPE = "Client";
    public static final int MAX_PAGE_SIZE = 500;

    /** One page of clients and how many there are in all. */
    public record ClientPage(List<Client> clients, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Where a case stands, for the forms that change it: no personal details, so reading it is not audited. */
    public record Case(String id, String reference, ClientStatus status, List<ClientStatus> allowedMoves, boolean consent, long version) {
    }

    /** One read of a client's record: who, when, from where, through which page or endpoint. */
    public record View(Instant at, String viewer, String via, String remoteAddress) {
    }

    @Inject
    ClientRepository clients;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilAudit audit;

    @Inject
    AuditLog log;

    @Inject
    Today today;

    /** Page {@code page} (from 1) of {@code size} clients by reference, of one status or all (null). */
    public ClientPage list(ClientStatus status, int page, int size) {
        Violations v = new Violations();
        v.require(page >= 1, "page", "Page must be a whole number from 1");
        v.require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "Size must be a whole number from 1 to " + MAX_PAGE_SIZE);
        v.throwIfAny();
        long total = clients.count(status);
        List<Client> found = clients.page(status, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size), size);
        return new ClientPage(found, total, page, size);
    }

    /** One client's record; the read is audited with {@code via}, the page or endpoint it was read through. */
    public Client view(String id, Actor actor, String via) {
        Client client = find(id);
        audit.record(actor, VIEWED, RECORD_TYPE, id, via);
        return client;
    }

    /** Where a case stands (see {@link Case}); not an audited read. */
    public Case caseOf(String id) {
        Client c = find(id);
        return new Case(c.getId(), c.getReference(), c.getStatus(), c.allowedMoves(), c.hasConsent(), c.getVersion());
    }

    /** How the client's care is paid for, to prefill an arrangement; no personal details, so not an audited read. */
    public org.microcare.domain.model.client.FundingRoute fundingOf(String id) {
        return find(id).getFundingRoute();
    }

    public Client create(ClientDetails details, Actor actor) {
        refuseTakenReference(details.reference(), null);
        Client client = new Client(details, catalogue(), today.date(), today.now());
        clients.add(client);
        audit.record(actor, "CLIENT_CREATED", RECORD_TYPE, client.getId(), summary(client));
        return client;
    }

    /** Changes a client's record; {@code seenVersion} is the version the change was made on (a stale one is refused, 409). */
    public Client update(String id, ClientDetails details, Long seenVersion, Actor actor) {
        new Violations().require(seenVersion != null, "version", "Give the version of the record you changed").throwIfAny();
        Client client = forChange(id);
        Fields.requireVersion(seenVersion, client.getVersion(), "This client's record");
        refuseTakenReference(details.reference(), id);
        String before = summary(client);
        client.update(details, catalogue(), today.date(), today.now());
        String after = summary(client);
        audit.record(actor, "CLIENT_CHANGED", RECORD_TYPE, id, before.equals(after) ? "no change" : before + " -> " + after);
        return client;
    }

    /** Moves the case to another status by the client's rules; a version, when given, must be current. */
    public Client move(String id, StatusMove move, Long seenVersion, Actor actor) {
        Client client = forChange(id);
        if (seenVersion != null) {
            Fields.requireVersion(seenVersion, client.getVersion(), "This client's record");
        }
        ClientStatus from = client.getStatus();
        client.moveTo(move.to(), move.on(), move.reason(), today.date(), today.now());
        audit.record(actor, "CLIENT_STATUS_CHANGED", RECORD_TYPE, id, from + " -> " + move.to() + " on " + move.on()
                + (move.reason() == null ? "" : " (" + move.reason() + ")"));
        return client;
    }

    /** Who read the client's record, newest first (at most 500 reads). */
    public List<View> views(String id) {
        find(id);
        return log.find(new AuditQuery(null, VIEWED, RECORD_TYPE, id, null, null, MAX_PAGE_SIZE)).stream()
                .map(ClientService::view).toList();
    }

    private static View view(AuditEntry e) {
        return new View(e.getOccurredAt(), e.getActor(), e.getDetail(), e.getRemoteAddress());
    }

    /** What the audit log says of a record: no name, phone or address (the log is read by every admin). */
    private static String summary(Client c) {
        return c.getReference() + "; " + String.join(",", c.getServicesNeeded()) + " in " + c.getLocality() + "; " + c.getHoursPerWeek()
                + "h/wk; " + c.getFundingRoute() + "; consent " + (c.getConsentGivenOn() == null ? "none" : c.getConsentGivenOn());
    }

    private void refuseTakenReference(String reference, String ownId) {
        clients.findByReference(reference).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new ConflictException("There is already a client with the reference " + other.getReference());
        });
    }

    private Catalogue catalogue() {
        Set<String> services = lists.activeCodes(Kind.SERVICE);
        Set<String> localities = lists.activeCodes(Kind.LOCALITY);
        return new Catalogue() {
            @Override
            public boolean offersService(String code) {
                return services.contains(code);
            }

            @Override
            public boolean coversLocality(String code) {
                return localities.contains(code);
            }
        };
    }

    private Client find(String id) {
        return clients.find(id).orElseThrow(() -> new RecordNotFoundException("No client " + id + " in this council"));
    }

    private Client forChange(String id) {
        return clients.findForChange(id).orElseThrow(() -> new RecordNotFoundException("No client " + id + " in this council"));
    }
}
