package org.microcare.application.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRepository;
import org.microcare.domain.model.client.CareSpan;
import org.microcare.domain.model.client.Catalogue;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernRepository;
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.domain.model.introduction.Introduction;
import org.microcare.domain.model.introduction.IntroductionRepository;
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
 *
 * <p>UK GDPR: admins {@link #export export} everything held about a client (audited {@value #EXPORTED})
 * and {@link #erase erase} a closed client's personal details on request (audited {@value #ERASED});
 * {@link ClientRetention} erases them when the council's retention period has passed. The audit log is
 * never rewritten, so what it says of a client holds no personal details: no name, contact, postcode,
 * reference or free-text reason (the record id says which client).
 */
@Stateless
@TenantTransactional
public class ClientService {

    /** The audit action of one read of a client's record. */
    public static final String VIEWED = "CLIENT_VIEWED";
    /** The audit action of a subject access export (JSON or printable page). */
    public static final String EXPORTED = "CLIENT_EXPORTED";
    /** The audit action of the erasure of a client's personal details (on request or by the retention job). */
    public static final String ERASED = "CLIENT_ERASED";
    public static final int MAX_ERASE_REASON = 500;
    /** Every audit entry about one client goes into an export; no client has this many. */
    private static final int ALL_ENTRIES = 100_000;
    static final String RECORD_TYPE = "Client";
    public static final int MAX_PAGE_SIZE = 500;

    /** One page of clients and how many there are in all. */
    public record ClientPage(List<Client> clients, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Where a case stands, for the forms that change it: no personal details, so reading it is not audited. */
    public record Case(String id, String reference, ClientStatus status, List<ClientStatus> allowedMoves, boolean consent, boolean erased,
                       long version) {
    }

    /** One read of a client's record: who, when, from where, through which page or endpoint. */
    public record View(Instant at, String viewer, String via, String remoteAddress) {
    }

    @Inject
    ClientRepository clients;

    @Inject
    ArrangementRepository arrangements;

    @Inject
    ConcernRepository concerns;

    @Inject
    ClientErasure erasure;

    @Inject
    org.microcare.domain.model.microenterprise.MicroEnterpriseRepository microEnterprises;

    @Inject
    IntroductionRepository introductions;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilAudit audit;

    @Inject
    AuditLog log;

    @Inject
    Today today;

    /**
     * The sections of a subject access export after the record itself, in order: a name and the rows
     * about one client (records, so the JSON and the printable page show any section the same way).
     * Something new held about clients (introductions, arrangements, hours, concerns) adds its line here.
     */
    private Map<String, Function<String, List<? extends Record>>> exportSections() {
        Map<String, Function<String, List<? extends Record>>> sections = new LinkedHashMap<>();
        sections.put("statusHistory", this::statusHistory);
        sections.put("views", this::views);
        sections.put("arrangements", this::arrangementsOf);
        sections.put("hoursDelivered", this::hoursOf);
        sections.put("introductions", id -> introductions.ofClient(id).stream().map(IntroductionLine::of).toList());
        sections.put("concerns", id -> concerns.concerns(null, id, null, EXPORT_LIMIT).stream().map(ConcernLine::of).toList());
        sections.put("reassessmentRequests", id -> concerns.reassessmentsOf(id).stream().map(ReassessmentLine::of).toList());
        sections.put("auditEntries", this::auditEntries);
        return sections;
    }

    /** Everything held about one client for a subject access request: the record, then each section. */
    public record ClientExport(Instant exportedAt, String exportedBy, Client client, Map<String, List<? extends Record>> sections) {
    }

    /** One move of the case, from the audit log (the reason of a closing is on the record while it is held). */
    public record StatusChange(Instant at, String by, String change) {
    }

    /** At most this many rows of a section that could grow without bound. */
    static final int EXPORT_LIMIT = 10_000;

    /** An arrangement of care for the client. */
    public record ArrangementLine(String id, String microEnterpriseId, java.time.LocalDate startsOn, java.time.LocalDate endsOn, int hoursPerWeek,
                                  java.math.BigDecimal hourlyRate, String funding, String endedReason, String recordedBy, Instant createdAt) {
        static ArrangementLine of(Arrangement a) {
            return new ArrangementLine(a.getId(), a.getMicroEnterpriseId(), a.getStartsOn(), a.getEndsOn(), a.getHoursPerWeek(), a.getHourlyRate(),
                    a.getFunding().name(), a.getEndedReason(), a.getRecordedBy(), a.getCreatedAt());
        }
    }

    /** The hours delivered under one of the client's arrangements in one month. */
    public record HoursLine(String arrangementId, java.time.LocalDate month, java.math.BigDecimal hours, String recordedBy, Instant recordedAt) {
    }

    /** An introduction of the client to a micro-enterprise, and how it ended. */
    public record IntroductionLine(String id, String microEnterpriseId, String status, String note, java.time.LocalDate introducedOn,
                                   java.time.LocalDate decidedOn, String declinedReason, String outcomeNote, String recordedBy, Instant recordedAt) {
        static IntroductionLine of(Introduction i) {
            return new IntroductionLine(i.getId(), i.getMicroEnterpriseId(), i.getStatus().name(), i.getNote(), i.getIntroducedOn(), i.getDecidedOn(),
                    i.getDeclinedReason() == null ? null : i.getDeclinedReason().name(), i.getOutcomeNote(), i.getRecordedBy(), i.getRecordedAt());
        }
    }

    /** A concern or complaint about the client, or about their care. */
    public record ConcernLine(String id, String kind, String microEnterpriseId, java.time.LocalDate raisedOn, String raisedBy, String source,
                              String category, boolean safeguarding, String description, String status, String outcome, String outcomeNote,
                              java.time.LocalDate closedOn) {
        static ConcernLine of(Concern c) {
            return new ConcernLine(c.getId(), c.getKind().name(), c.getMicroEnterpriseId(), c.getRaisedOn(), c.getRaisedBy(),
                    c.getSource() == null ? null : c.getSource().name(), c.getCategory().name(), c.isSafeguarding(), c.getDescription(),
                    c.getStatus().name(), c.getOutcome() == null ? null : c.getOutcome().name(), c.getOutcomeNote(), c.getClosedOn());
        }
    }

    /** A request for the council's assessment to look at the client's needs again. */
    public record ReassessmentLine(String id, java.time.LocalDate requestedOn, String requestedBy, String reason, String status, String outcomeNote,
                                   java.time.LocalDate closedOn) {
        static ReassessmentLine of(ReassessmentRequest r) {
            return new ReassessmentLine(r.getId(), r.getRequestedOn(), r.getRequestedBy(), r.getReason(), r.getStatus().name(), r.getOutcomeNote(),
                    r.getClosedOn());
        }
    }

    private List<ArrangementLine> arrangementsOf(String id) {
        return arrangements.page(new ArrangementRepository.Filter(id, null, null), 0, EXPORT_LIMIT).stream().map(ArrangementLine::of).toList();
    }

    private List<HoursLine> hoursOf(String id) {
        List<HoursLine> out = new java.util.ArrayList<>();
        for (Arrangement a : arrangements.page(new ArrangementRepository.Filter(id, null, null), 0, EXPORT_LIMIT)) {
            arrangements.hoursOf(a.getId()).forEach(h -> out.add(new HoursLine(a.getId(), h.getMonth(), h.getHours(), h.getRecordedBy(),
                    h.getRecordedAt())));
        }
        return out;
    }

    /** One entry of the audit log about the client. */
    public record AuditLine(Instant at, String actor, String action, String detail, String remoteAddress) {
    }

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
        return new Case(c.getId(), c.getReference(), c.getStatus(), c.allowedMoves(), c.hasConsent(), c.isErased(), c.getVersion());
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
        String referenceBefore = client.getReference();
        client.update(details, catalogue(), today.date(), today.now());
        String after = summary(client) + (referenceBefore.equals(client.getReference()) ? "" : "; reference changed");
        audit.record(actor, "CLIENT_CHANGED", RECORD_TYPE, id, before.equals(after) ? "no change" : before + " -> " + after);
        return client;
    }

    /**
     * Moves the case to another status by the client's rules; a version, when given, must be current. Under
     * the client's row lock, which making an arrangement also takes, so a case is not closed while care for
     * it is being arranged.
     */
    public Client move(String id, StatusMove move, Long seenVersion, Actor actor) {
        Client client = forChange(id);
        if (seenVersion != null) {
            Fields.requireVersion(seenVersion, client.getVersion(), "This client's record");
        }
        ClientStatus from = client.getStatus();
        List<CareSpan> care = move.to() == ClientStatus.CLOSED && move.on() != null ? careAfter(id, move.on()) : List.of();
        client.moveTo(move.to(), move.on(), move.reason(), care, today.date(), today.now());
        audit.record(actor, "CLIENT_STATUS_CHANGED", RECORD_TYPE, id, from + " -> " + move.to() + " on " + move.on()
                + (move.to() == ClientStatus.CLOSED ? " (reason on the record)" : ""));
        return client;
    }

    /** The client's arrangements not over by {@code day}, with the ME's trading name. */
    private List<CareSpan> careAfter(String id, java.time.LocalDate day) {
        Map<String, String> names = new java.util.HashMap<>();
        return arrangements.runningAfter(id, day).stream().map(a -> new CareSpan(a.getId(), names.computeIfAbsent(a.getMicroEnterpriseId(),
                me -> microEnterprises.find(me).map(org.microcare.domain.model.microenterprise.MicroEnterprise::getTradingName).orElse(me)),
                a.getStartsOn(), a.getEndsOn())).toList();
    }

    /**
     * Everything held about one client, for an admin answering a subject access request; audited
     * ({@value #EXPORTED}, with {@code via}) before it is gathered, so the export lists itself.
     */
    public ClientExport export(String id, Actor actor, String via) {
        Client client = find(id);
        audit.record(actor, EXPORTED, RECORD_TYPE, id, via);
        Map<String, List<? extends Record>> sections = new LinkedHashMap<>();
        exportSections().forEach((name, rows) -> sections.put(name, rows.apply(id)));
        return new ClientExport(today.now(), actor.username(), client, sections);
    }

    /**
     * Erases a closed client's personal details on request, by the client's rule (409 unless closed, and
     * a second time); the reason is required (1 to {@value #MAX_ERASE_REASON} characters) and goes to the
     * audit log with who erased it.
     */
    public Client erase(String id, String reason, Actor actor) {
        Violations v = new Violations();
        v.require(reason != null && !reason.isBlank(), "reason", "Give the reason for erasing (for example the request's reference)");
        v.require(reason == null || reason.length() <= MAX_ERASE_REASON, "reason",
                "The reason must be " + MAX_ERASE_REASON + " characters or fewer");
        v.require(reason == null || Fields.textProblem(reason, true) == null, "reason", Fields.controlMessage("The reason", true));
        v.throwIfAny();
        Client client = forChange(id);
        erasure.erase(client, actor.username(), today.now());
        audit.record(actor, ERASED, RECORD_TYPE, id, "personal details erased on request: " + reason.trim());
        return client;
    }

    private List<StatusChange> statusHistory(String id) {
        List<AuditEntry> entries = new ArrayList<>(log.find(new AuditQuery(null, null, RECORD_TYPE, id, null, null, ALL_ENTRIES)));
        Collections.reverse(entries);
        return entries.stream().filter(e -> "CLIENT_CREATED".equals(e.getAction()) || "CLIENT_STATUS_CHANGED".equals(e.getAction()))
                .map(e -> new StatusChange(e.getOccurredAt(), e.getActor(), "CLIENT_CREATED".equals(e.getAction()) ? "WAITING" : e.getDetail()))
                .toList();
    }

    /** Every audit entry about the client, oldest first. */
    private List<AuditLine> auditEntries(String id) {
        List<AuditEntry> entries = new ArrayList<>(log.find(new AuditQuery(null, null, null, id, null, null, ALL_ENTRIES)));
        Collections.reverse(entries);
        return entries.stream().map(e -> new AuditLine(e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetail(),
                e.getRemoteAddress())).toList();
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

    /**
     * What the audit log says of a record: no name, contact, postcode or reference (the log is read by
     * every admin and never rewritten, so it must hold nothing an erasure would have to remove).
     */
    static String summary(Client c) {
        return String.join(",", c.getServicesNeeded()) + " in " + c.getLocality() + "; " + c.getHoursPerWeek()
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
