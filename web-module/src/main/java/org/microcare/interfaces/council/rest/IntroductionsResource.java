package org.microcare.interfaces.council.rest;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.Today;
import org.microcare.application.casework.IntroductionForm;
import org.microcare.application.casework.IntroductionService;
import org.microcare.domain.model.introduction.Introduction;
import org.microcare.domain.model.user.Role;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/**
 * {@code /c/{tenant}/api/v1/introductions/{id}/introduce} and {@code …/outcome}: brokers move a client's
 * introduction to an ME on. Shortlisting and the lists are on {@code /clients/{id}/introductions} and
 * {@code /micro-enterprises/{id}/introductions}.
 */
@Path("{tenant}/api/v1/introductions")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Role.BROKER)
public class IntroductionsResource {

    /** Body of {@code POST /clients/{id}/introductions}. */
    public record ShortlistRequest(@Text(max = 64) String microEnterpriseId, @Text(max = 2000, multiline = true) String note) {
    }

    /** Body of {@code POST /introductions/{id}/introduce}: {@code on} defaults to today. */
    public record IntroduceRequest(String on, @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** Body of {@code POST /introductions/{id}/outcome}: {@code on} defaults to today; DECLINED needs a reason. */
    public record OutcomeRequest(@Text(max = 20) String outcome, String on, @Text(max = 30) String reason,
                                 @Text(max = 2000, multiline = true) String note, @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** An introduction. */
    public record IntroductionView(String id, String clientId, String microEnterpriseId, String status, String note, LocalDate introducedOn,
                                   LocalDate decidedOn, String declinedReason, String outcomeNote, String recordedBy, Instant recordedAt,
                                   String changedBy, Instant changedAt, long version) {
        static IntroductionView of(Introduction i) {
            return new IntroductionView(i.getId(), i.getClientId(), i.getMicroEnterpriseId(), i.getStatus().name(), i.getNote(),
                    i.getIntroducedOn(), i.getDecidedOn(), i.getDeclinedReason() == null ? null : i.getDeclinedReason().name(),
                    i.getOutcomeNote(), i.getRecordedBy(), i.getRecordedAt(), i.getChangedBy(), i.getChangedAt(), i.getVersion());
        }
    }

    @Inject
    IntroductionService introductions;

    @Inject
    Today today;

    @Context
    HttpServletRequest request;

    @POST
    @Path("{id}/introduce")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntroductionView introduce(@PathParam("id") String id, IntroduceRequest body) {
        IntroduceRequest b = CouncilRequests.body(body);
        return IntroductionView.of(introductions.introduce(id, IntroductionForm.on(b.on(), today.date()), b.version(),
                CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntroductionView outcome(@PathParam("id") String id, OutcomeRequest body) {
        OutcomeRequest b = CouncilRequests.body(body);
        IntroductionForm.Outcome o = IntroductionForm.outcome(b.outcome(), b.on(), b.reason(), b.note(), today.date());
        return IntroductionView.of(introductions.decide(id, o, b.version(), CouncilRequests.actor(request)));
    }
}
