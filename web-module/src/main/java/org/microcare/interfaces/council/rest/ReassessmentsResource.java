package org.microcare.interfaces.council.rest;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.Today;
import org.microcare.application.casework.ConcernForm;
import org.microcare.application.casework.ConcernService;
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.domain.model.user.Role;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/**
 * {@code /c/{tenant}/api/v1/reassessments/{id}} and {@code …/{id}/close}: one request to the council's
 * assessment (an audited read of the client's record), closed by a broker or admin with what it decided (once). The requests themselves are listed and made under the client,
 * {@code /clients/{id}/reassessments} ({@link ClientsResource}).
 */
@Path("{tenant}/api/v1/reassessments")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
public class ReassessmentsResource {

    /** Body of {@code POST …/{id}/close}: what the assessment decided; {@code closedOn} defaults to today. */
    public record CloseRequest(@Text(max = 2000, multiline = true) String outcomeNote, String closedOn,
                               @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** A reassessment request as the API shows it. */
    public record ReassessmentView(String id, String clientId, LocalDate requestedOn, String requestedBy, String reason, String status,
                                   String outcomeNote, LocalDate closedOn, String closedBy, String recordedBy, Instant recordedAt,
                                   long version) {
        static ReassessmentView of(ReassessmentRequest r) {
            return new ReassessmentView(r.getId(), r.getClientId(), r.getRequestedOn(), r.getRequestedBy(), r.getReason(),
                    r.getStatus().name(), r.getOutcomeNote(), r.getClosedOn(), r.getClosedBy(), r.getRecordedBy(), r.getRecordedAt(),
                    r.getVersion());
        }
    }

    static final String VIA = "API GET /reassessments/{id}";

    @Inject
    ConcernService concerns;

    @Inject
    Today today;

    @Context
    HttpServletRequest request;

    /** One request; an audited read of the client's record. */
    @GET
    @Path("{id}")
    public ReassessmentView get(@PathParam("id") String id) {
        return ReassessmentView.of(concerns.viewReassessment(id, CouncilRequests.actor(request), VIA));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReassessmentView close(@PathParam("id") String id, CloseRequest body) {
        CloseRequest b = CouncilRequests.body(body);
        ConcernForm.CloseReassessment close = new ConcernForm.CloseReassessmentForm(b.outcomeNote(), b.closedOn()).read(today.date());
        return ReassessmentView.of(concerns.closeReassessment(id, close, b.version(), CouncilRequests.actor(request)));
    }
}
