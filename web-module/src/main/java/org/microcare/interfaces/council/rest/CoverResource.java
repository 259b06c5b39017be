package org.microcare.interfaces.council.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.Today;
import org.microcare.application.casework.ArrangementService;
import org.microcare.application.casework.CoverService;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;
import org.microcare.interfaces.council.rest.ArrangementsResource.ArrangementView;
import org.microcare.interfaces.council.rest.ClientsResource.MatchView;
import org.microcare.interfaces.council.web.matching.MatchWords;
import org.microcare.interfaces.shared.rest.body.Money;
import org.microcare.interfaces.shared.rest.body.Text;

/**
 * {@code /c/{tenant}/api/v1/micro-enterprises/{id}/absences/{absenceId}/cover} (not named in API.md; under
 * its absence paths): {@code GET} the clients affected by the absence, each with its arrangement, the days
 * still to cover and the ranked cover candidates in the shape of {@code GET /clients/{id}/matches} (an
 * audited read of each affected client's record); {@code POST} {@code {"clientId","microEnterpriseId"}}
 * (and optionally {@code "hourlyRate"}; by default the cover ME's) assigns cover: 201 with the temporary
 * arrangement, which ends with the absence. Brokers write, admins read, viewers get 403 (client data).
 */
@Path("{tenant}/api/v1/micro-enterprises/{id}/absences/{absenceId}/cover")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
public class CoverResource {

    /** Body of {@code POST …/cover}. */
    public record CoverRequest(@Text(max = 36) String clientId, @Text(max = 36) String microEnterpriseId, @Money String hourlyRate) {
    }

    /** One affected arrangement: its client, hours, the days to cover (null when none are left), covers so far and candidates. */
    public record AffectedView(String arrangementId, String clientId, String clientReference, int hoursPerWeek, String hourlyRate,
                               LocalDate startsOn, LocalDate endsOn, LocalDate coverFrom, LocalDate coverTo, boolean covered,
                               List<ArrangementView> covers, List<MatchView> candidates) {
    }

    /** The cover view of an absence. */
    public record CoverPlanView(String absenceId, String microEnterpriseId, String tradingName, LocalDate startsOn, LocalDate endsOn,
                                boolean planned, boolean cancelled, List<AffectedView> affected) {
    }

    @Inject
    CoverService cover;

    @Inject
    ArrangementService arrangements;

    @Inject
    Today today;

    @Context
    HttpServletRequest request;

    @GET
    public CoverPlanView plan(@PathParam("id") String id, @PathParam("absenceId") String absenceId) {
        CoverService.Plan p = cover.plan(id, absenceId, CouncilRequests.actor(request),
                "API GET /micro-enterprises/{id}/absences/{absenceId}/cover");
        MatchWords words = new MatchWords(Locale.ENGLISH);
        LocalDate now = today.date();
        return new CoverPlanView(p.absence().getId(), p.microEnterpriseId(), p.tradingName(), p.absence().getStartsOn(), p.absence().getEndsOn(),
                p.absence().isPlanned(), !p.absence().isInForce(), p.affected().stream().map(a -> {
                    Arrangement x = a.arrangement().arrangement();
                    return new AffectedView(x.getId(), x.getClientId(), a.arrangement().clientReference(), x.getHoursPerWeek(),
                            Fields.money(x.getHourlyRate()), x.getStartsOn(), x.getEndsOn(), a.days() == null ? null : a.days().from(),
                            a.days() == null ? null : a.days().to(), a.isCovered(),
                            a.covers().stream().map(c -> ArrangementView.of(c, now)).toList(),
                            a.candidates().stream().map(m -> new MatchView(m.microEnterpriseId(), m.tradingName(), m.score(),
                                    words.say(m.reasons()), words.say(m.unmet()))).toList());
                }).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public Response assign(@PathParam("tenant") String tenant, @PathParam("id") String id, @PathParam("absenceId") String absenceId,
                           CoverRequest body, @Context UriInfo uri) {
        CoverRequest b = CouncilRequests.body(body);
        Violations v = new Violations();
        java.math.BigDecimal rate = Fields.money(b.hourlyRate(), "hourlyRate", "Hourly rate", false, v);
        v.require(rate == null || rate.signum() > 0, "hourlyRate", "Hourly rate must be more than 0.00");
        v.require(rate == null || rate.compareTo(Arrangement.MAX_RATE) <= 0, "hourlyRate", "Hourly rate is too large");
        v.throwIfAny();
        Arrangement made = cover.assign(id, absenceId, new CoverService.Assignment(b.clientId(), b.microEnterpriseId(), rate),
                CouncilRequests.actor(request));
        return Response.created(uri.getBaseUriBuilder().path("{tenant}/api/v1/arrangements/{arrangement}").build(tenant, made.getId()))
                .entity(ArrangementView.of(arrangements.getNamed(made.getId()), today.date())).build();
    }
}
