package org.microcare.interfaces.council.rest;

import org.microcare.interfaces.council.web.matching.MatchWords;
import org.microcare.application.casework.MatchingService;
import java.util.Locale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.Today;
import org.microcare.application.casework.ClientForm;
import org.microcare.application.casework.ClientService;
import org.microcare.application.casework.ClientService.ClientPage;
import org.microcare.application.casework.ConcernForm;
import org.microcare.application.casework.ConcernService;
import org.microcare.application.casework.IntroductionForm;
import org.microcare.application.casework.IntroductionService;
import org.microcare.interfaces.council.rest.IntroductionsResource.IntroductionView;
import org.microcare.interfaces.council.rest.IntroductionsResource.ShortlistRequest;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.model.client.PreferredTime;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violations;
import org.microcare.interfaces.shared.rest.body.Items;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;
import org.microcare.interfaces.council.rest.ReassessmentsResource.ReassessmentView;

/**
 * {@code /c/{tenant}/api/v1/clients}: brokers record the people who need care and move their cases
 * along (API.md: "write: BROKER"; admins read, and see who read a record). Viewers see no client data
 * at all (403). Reading one client's record is audited with the endpoint; the list carries no name,
 * contact or postcode, so it is not.
 */
@Path("{tenant}/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
public class ClientsResource {

    /** Where {@code GET /clients/{id}} reads are said to come from in the audit log. */
    static final String VIA = "API GET /clients/{id}";
    /** Where exports through {@code GET /clients/{id}/export} are said to come from in the audit log. */
    static final String EXPORT_VIA = "API GET /clients/{id}/export";
    static final int DEFAULT_PAGE_SIZE = 100;

    /** One preferred weekly window in a request. */
    public record TimeRequest(@Text(max = 20) String day, @Text(max = 20) String from, @Text(max = 20) String to) {
    }

    /** The client's preferences in a request. */
    public record PreferencesRequest(@Text(max = 20) String carerGender, @Text(max = 20) String language, Boolean hasPets,
                                     @Text(max = 40) List<String> specialisms) {
    }

    /** Body of POST (no version) and PUT (with the version read): API.md's fields and the optional extras. */
    public record ClientRequest(@Text(max = 60) String reference, @Text(max = 200) String name, @Text(max = 40) String phone,
                                @Text(max = 254) String email, @Text(max = 20) String postcode, @Text(max = 40) String locality,
                                @Text(max = 40) List<String> servicesNeeded, Integer hoursPerWeek,
                                @Text(max = 20) String fundingRoute, Boolean personalCareNeeded, Boolean medicationNeeded,
                                PreferencesRequest preferences, @Items(max = 50) List<TimeRequest> preferredTimes,
                                @Text(max = 200) String socialWorkerName, @Text(max = 254) String socialWorkerContact, String referredOn,
                                @Text(max = 40) String referralSource, String consentGivenOn, @Whole(max = Long.MAX_VALUE) Long version) {

        ClientForm form() {
            PreferencesRequest p = preferences;
            return new ClientForm(reference, name, phone, email, postcode, locality, servicesNeeded, hoursPerWeek, fundingRoute,
                    personalCareNeeded, medicationNeeded,
                    p == null ? null : new ClientForm.PreferencesForm(p.carerGender(), p.language(), p.hasPets(), p.specialisms()),
                    preferredTimes == null ? null : preferredTimes.stream()
                            .map(t -> t == null ? null : new ClientForm.TimeForm(t.day(), t.from(), t.to())).toList(),
                    socialWorkerName, socialWorkerContact, referredOn, referralSource, consentGivenOn);
        }
    }

    /** Body of {@code POST …/{id}/status}; {@code version}, when sent, must be the current one (409 if stale). */
    public record StatusRequest(@Text(max = 20) String status, String on, @Text(max = 500, multiline = true) String reason,
                                @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** A preferred time in an answer. */
    public record TimeView(String day, String from, String to) {
        static TimeView of(PreferredTime t) {
            return new TimeView(t.getDay(), t.getFrom(), t.getTo());
        }
    }

    /** Preferences in an answer; {@code carerGender} null for no preference. */
    public record PreferencesView(String carerGender, String language, boolean hasPets, List<String> specialisms) {
        static PreferencesView of(Preferences p) {
            return new PreferencesView(p.carerGender() == null ? null : p.carerGender().name(), p.language(), p.hasPets(), p.specialisms());
        }
    }

    /** A client's whole record. */
    public record ClientView(String id, String reference, String name, String phone, String email, String postcode, String locality,
                             List<String> servicesNeeded, int hoursPerWeek, String fundingRoute, boolean personalCareNeeded,
                             boolean medicationNeeded, PreferencesView preferences, List<TimeView> preferredTimes, String socialWorkerName,
                             String socialWorkerContact, LocalDate referredOn, String referralSource, LocalDate consentGivenOn,
                             String status, LocalDate statusSince, LocalDate closedOn, String closedReason, Instant createdAt,
                             Instant updatedAt, Instant erasedAt, String erasedBy, long version) {
        public static ClientView of(Client c) {
            return new ClientView(c.getId(), c.getReference(), c.getName(), c.getPhone(), c.getEmail(), c.getPostcode(), c.getLocality(),
                    c.getServicesNeeded(), c.getHoursPerWeek(), c.getFundingRoute().name(), c.isPersonalCareNeeded(),
                    c.isMedicationNeeded(), PreferencesView.of(c.getPreferences()), c.getPreferredTimes().stream().map(TimeView::of).toList(),
                    c.getSocialWorkerName(), c.getSocialWorkerContact(), c.getReferredOn(), c.getReferralSource(), c.getConsentGivenOn(),
                    c.getStatus().name(), c.getStatusSince(), c.getClosedOn(), c.getClosedReason(), c.getCreatedAt(), c.getUpdatedAt(),
                    c.getErasedAt(), c.getErasedBy(), c.getVersion());
        }
    }

    /** A client in the list: the case, without name, contact details, postcode or preferences. */
    public record ClientSummary(String id, String reference, String locality, List<String> servicesNeeded, int hoursPerWeek,
                                String fundingRoute, LocalDate referredOn, boolean consent, String status, LocalDate statusSince,
                                long version) {
        static ClientSummary of(Client c) {
            return new ClientSummary(c.getId(), c.getReference(), c.getLocality(), c.getServicesNeeded(), c.getHoursPerWeek(),
                    c.getFundingRoute().name(), c.getReferredOn(), c.hasConsent(), c.getStatus().name(), c.getStatusSince(), c.getVersion());
        }
    }

    /** Body of {@code POST …/{id}/erase}: why the personal details are erased (for example the request's reference). */
    public record EraseRequest(@Text(max = ClientService.MAX_ERASE_REASON, multiline = true) String reason) {
    }

    /** One audited read of a client's record. */
    public record ViewView(Instant at, String viewer, String via, String remoteAddress) {
    }

    /** Body of {@code POST /clients/{id}/reassessments}: {@code requestedOn} defaults to today. */
    public record ReassessmentRequestBody(String requestedOn, @Text(max = 200) String requestedBy,
                                          @Text(max = 2000, multiline = true) String reason) {
    }

    /** Where {@code GET /clients/{id}/reassessments} reads are said to come from in the audit log. */
    static final String REASSESSMENTS_VIA = "API GET /clients/{id}/reassessments";

    @Inject
    ClientService clients;

    @Inject
    MatchingService matching;

    @Inject
    ProgrammeLists lists;

    @Inject
    ConcernService concerns;

    @Inject
    Today today;

    @Context
    HttpServletRequest request;

    /**
     * One page of clients by reference, of one {@code status} or all; {@code page} from 1, {@code size}
     * 1 to 500 (100 if not given). The headers {@code X-Total-Count}, {@code X-Page} and {@code X-Page-Size} tell the whole.
     */
    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        ClientStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ClientStatus.valueOf(Fields.normaliseCode(status));
            } catch (IllegalArgumentException e) {
                v.require(false, "status", "Status must be one of WAITING, MATCHED, SUPPORTED or CLOSED");
            }
        }
        int pageNumber = Fields.whole(page, 1, "page", v);
        int pageSize = Fields.whole(size, DEFAULT_PAGE_SIZE, "size", v);
        v.throwIfAny();
        ClientPage found = clients.list(wanted, pageNumber, pageSize);
        return Response.ok(found.clients().stream().map(ClientSummary::of).toList()).header("X-Total-Count", found.total())
                .header("X-Page", found.page()).header("X-Page-Size", found.size()).build();
    }


    @GET
    @Path("{id}")
    public ClientView get(@PathParam("id") String id) {
        return ClientView.of(clients.view(id, CouncilRequests.actor(request), VIA));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public Response create(ClientRequest body, @Context UriInfo uri) {
        ClientRequest b = CouncilRequests.body(body);
        if (b.version() != null) {
            throw new InvalidInputException("version", "A new record has no version; send version only when changing a record");
        }
        Client c = clients.create(b.form().read(), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, c.getId(), ClientView.of(c));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public ClientView change(@PathParam("id") String id, ClientRequest body) {
        ClientRequest b = CouncilRequests.body(body);
        return ClientView.of(clients.update(id, b.form().read(), b.version(), CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public ClientView move(@PathParam("id") String id, StatusRequest body) {
        StatusRequest b = CouncilRequests.body(body);
        ClientForm.StatusMove move = new ClientForm.StatusForm(b.status(), b.on(), b.reason()).read(today.date());
        return ClientView.of(clients.move(id, move, b.version(), CouncilRequests.actor(request)));
    }

    /** Who read the client's record, newest first: for admins answering "who has seen my details?". */
    @GET
    @Path("{id}/views")
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public List<ViewView> views(@PathParam("id") String id) {
        return clients.views(id).stream().map(w -> new ViewView(w.at(), w.viewer(), w.via(), w.remoteAddress())).toList();
    }

    /** One match as API.md shows it, with what the ME does not meet besides. */
    public record MatchView(String microEnterpriseId, String tradingName, int score, List<String> reasons, List<String> unmet) {
    }

    /** Why one ME is or is not among a client's matches on a day. */
    public record ExclusionView(String microEnterpriseId, LocalDate on, boolean candidate, List<String> reasons) {
    }

    /**
     * The client's matches on {@code on} (default today), best first: only MEs visible in the directory that
     * day, not away, offering every needed service in the client's locality with the spare hours, and
     * personal care and medication when needed. Reasons in English. An audited read of the client's record.
     */
    @GET
    @Path("{id}/matches")
    public List<MatchView> matches(@PathParam("id") String id, @QueryParam("on") String on) {
        MatchWords words = new MatchWords(Locale.ENGLISH);
        return matching.matches(id, day(on), CouncilRequests.actor(request), "API GET /clients/{id}/matches").ranked().stream()
                .map(m -> new MatchView(m.microEnterpriseId(), m.tradingName(), m.score(), words.say(m.reasons()), words.say(m.unmet())))
                .toList();
    }

    /** Why the ME is not among the client's matches on {@code on} (default today); {@code candidate} when it is. */
    @GET
    @Path("{id}/matches/{microEnterpriseId}")
    public ExclusionView exclusion(@PathParam("id") String id, @PathParam("microEnterpriseId") String microEnterpriseId,
                                   @QueryParam("on") String on) {
        MatchingService.Exclusion e = matching.exclusion(id, microEnterpriseId, day(on), CouncilRequests.actor(request),
                "API GET /clients/{id}/matches/{microEnterpriseId}");
        return new ExclusionView(e.microEnterpriseId(), e.on(), e.isCandidate(), new MatchWords(Locale.ENGLISH, lists::names).say(e.reasons()));
    }

    private static LocalDate day(String on) {
        Violations v = new Violations();
        LocalDate day = Fields.date(on, "on", "The day", false, v);
        v.throwIfAny();
        return day;
    }

    @Inject
    IntroductionService introductions;

    /** The client's introductions to MEs, latest first; an audited read of the client's record. */
    @GET
    @Path("{id}/introductions")
    public List<IntroductionView> introductions(@PathParam("id") String id) {
        return introductions.ofClient(id, CouncilRequests.actor(request), "API GET /clients/{id}/introductions").stream()
                .map(IntroductionView::of).toList();
    }

    /** Shortlists an ME of this council for the client; brokers only. */
    @POST
    @Path("{id}/introductions")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public Response shortlist(@PathParam("id") String id, ShortlistRequest body, @Context UriInfo uri) {
        ShortlistRequest b = CouncilRequests.body(body);
        IntroductionView v = IntroductionView.of(introductions.shortlist(id, IntroductionForm.shortlist(b.microEnterpriseId(), b.note()),
                CouncilRequests.actor(request)));
        return Response.created(uri.getBaseUriBuilder().path(uri.getPathParameters().getFirst("tenant")).path("api/v1/introductions")
                .path(v.id()).build()).entity(v).build();
    }

    /** The client's requests to the council's assessment ("route back in"), latest first; an audited read of the client's record. */
    @GET
    @Path("{id}/reassessments")
    public List<ReassessmentView> reassessments(@PathParam("id") String id) {
        return concerns.reassessments(id, CouncilRequests.actor(request), REASSESSMENTS_VIA).stream().map(ReassessmentView::of).toList();
    }

    /** Asks the council's assessment to look at the client's needs again; brokers and admins. */
    @POST
    @Path("{id}/reassessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public Response requestReassessment(@PathParam("id") String id, ReassessmentRequestBody body, @Context UriInfo uri) {
        ReassessmentRequestBody b = CouncilRequests.body(body);
        ConcernForm.Reassessment r = new ConcernForm.ReassessmentForm(b.requestedOn(), b.requestedBy(), b.reason()).read(today.date());
        var made = concerns.requestReassessment(id, r, CouncilRequests.actor(request));
        return Response.created(uri.getBaseUriBuilder().path(uri.getPathSegments().get(0).getPath()).path("api/v1/reassessments")
                .path(made.getId()).build()).entity(ReassessmentView.of(made)).build();
    }

    /**
     * Everything held about one client, for a subject access request (admins only; audited
     * CLIENT_EXPORTED): {@code client} (the record), then each section of the export by name. Sent as
     * an attachment named by the record's id, never by anything personal.
     */
    @GET
    @Path("{id}/export")
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public Response export(@PathParam("id") String id) {
        ClientService.ClientExport export = clients.export(id, CouncilRequests.actor(request), EXPORT_VIA);
        return Response.ok(ClientExportDocument.of(export)).header("Content-Disposition", ClientExportDocument.disposition(export))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Erases a closed client's personal details on request (admins only): 409 unless the case is
     * closed, and 409 again once erased (the first erasure stands); the figures reports need stay.
     * Audited CLIENT_ERASED with who and why.
     */
    @POST
    @Path("{id}/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public ClientView erase(@PathParam("id") String id, EraseRequest body) {
        EraseRequest b = CouncilRequests.body(body);
        return ClientView.of(clients.erase(id, b.reason(), CouncilRequests.actor(request)));
    }
}
