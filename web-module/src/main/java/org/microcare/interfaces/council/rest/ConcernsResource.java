package org.microcare.interfaces.council.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.Today;
import org.microcare.application.casework.ConcernForm;
import org.microcare.application.casework.ConcernService;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/**
 * {@code /c/{tenant}/api/v1/concerns}: concerns and complaints about a micro-enterprise and/or a client,
 * raised and closed (once, with an outcome) by brokers and admins. Concerns about clients are personal
 * data, so viewers are refused (403). The list leaves out the description; reading one concern about a
 * client is an audited read of the client's record.
 */
@Path("{tenant}/api/v1/concerns")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
public class ConcernsResource {

    static final String VIA = "API GET /concerns/{id}";

    /** Body of {@code POST /concerns}: {@code raisedOn} defaults to today; at least one of the ME and the client. */
    public record ConcernRequest(@Text(max = 20) String kind, @Text(max = 64) String microEnterpriseId, @Text(max = 64) String clientId,
                                 @Text(max = 64) String arrangementId, String raisedOn, @Text(max = 200) String raisedBy,
                                 @Text(max = 20) String source, @Text(max = 30) String category, Boolean safeguarding,
                                 @Text(max = 4000, multiline = true) String description) {
    }

    /** Body of {@code POST /concerns/{id}/close}; {@code closedOn} defaults to today; {@code version}, when sent, must be current. */
    public record CloseRequest(@Text(max = 30) String outcome, @Text(max = 2000, multiline = true) String outcomeNote, String closedOn,
                               @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** A concern in the list: no description. */
    public record ConcernSummary(String id, String kind, String microEnterpriseId, String clientId, String arrangementId,
                                 LocalDate raisedOn, String source, String category, boolean safeguarding, String status, String outcome,
                                 LocalDate closedOn, long version) {
        static ConcernSummary of(Concern c) {
            return new ConcernSummary(c.getId(), c.getKind().name(), c.getMicroEnterpriseId(), c.getClientId(), c.getArrangementId(),
                    c.getRaisedOn(), c.getSource().name(), c.getCategory().name(), c.isSafeguarding(), c.getStatus().name(),
                    c.getOutcome() == null ? null : c.getOutcome().name(), c.getClosedOn(), c.getVersion());
        }
    }

    /** A whole concern. */
    public record ConcernView(String id, String kind, String microEnterpriseId, String clientId, String arrangementId, LocalDate raisedOn,
                              String raisedBy, String source, String category, boolean safeguarding, String description, String status,
                              String outcome, String outcomeNote, LocalDate closedOn, String closedBy, String recordedBy,
                              Instant recordedAt, long version) {
        static ConcernView of(Concern c) {
            return new ConcernView(c.getId(), c.getKind().name(), c.getMicroEnterpriseId(), c.getClientId(), c.getArrangementId(),
                    c.getRaisedOn(), c.getRaisedBy(), c.getSource().name(), c.getCategory().name(), c.isSafeguarding(), c.getDescription(),
                    c.getStatus().name(), c.getOutcome() == null ? null : c.getOutcome().name(), c.getOutcomeNote(), c.getClosedOn(),
                    c.getClosedBy(), c.getRecordedBy(), c.getRecordedAt(), c.getVersion());
        }
    }

    @Inject
    ConcernService concerns;

    @Inject
    Today today;

    @Context
    HttpServletRequest request;

    /** Concerns, latest raised first (at most 500): about one ME, one client, and open ({@code open=true}) or closed ({@code false}). */
    @GET
    public List<ConcernSummary> list(@QueryParam("microEnterpriseId") String microEnterpriseId, @QueryParam("clientId") String clientId,
            @QueryParam("open") String open) {
        Boolean wanted = null;
        if (open != null && !open.isBlank()) {
            if (!open.trim().equals("true") && !open.trim().equals("false")) {
                throw new InvalidInputException("open", "open must be true or false");
            }
            wanted = Boolean.valueOf(open.trim());
        }
        return concerns.list(blankIsNull(microEnterpriseId), blankIsNull(clientId), wanted).stream().map(ConcernSummary::of).toList();
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @GET
    @Path("{id}")
    public ConcernView get(@PathParam("id") String id) {
        return ConcernView.of(concerns.view(id, CouncilRequests.actor(request), VIA));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(ConcernRequest body, @Context UriInfo uri) {
        ConcernRequest b = CouncilRequests.body(body);
        ConcernForm form = new ConcernForm(b.kind(), b.microEnterpriseId(), b.clientId(), b.arrangementId(), b.raisedOn(), b.raisedBy(),
                b.source(), b.category(), b.safeguarding(), b.description());
        Concern c = concerns.raise(form.read(today.date()), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, c.getId(), ConcernView.of(c));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConcernView close(@PathParam("id") String id, CloseRequest body) {
        CloseRequest b = CouncilRequests.body(body);
        ConcernForm.CloseConcern close = new ConcernForm.CloseForm(b.outcome(), b.outcomeNote(), b.closedOn()).read(today.date());
        return ConcernView.of(concerns.close(id, close, b.version(), CouncilRequests.actor(request)));
    }
}
