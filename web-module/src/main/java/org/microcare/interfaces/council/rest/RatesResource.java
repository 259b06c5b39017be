package org.microcare.interfaces.council.rest;

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

import org.microcare.application.RateService;
import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.interfaces.shared.rest.body.Money;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/** {@code /c/{tenant}/api/v1/rates}: effective-dated hourly rates and the rate in effect on a day. */
@Path("{tenant}/api/v1/rates")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class RatesResource {

    /** Body of POST and PUT. {@code hourlyRate} may be a string ("16.98") or a number; a PUT may not change {@code type}. */
    public record RateRequest(@Text(max = 40) String type, @Money String hourlyRate, String validFrom, String validTo,
                              @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** A rate as the API shows it. */
    public record RateView(String id, String type, String hourlyRate, LocalDate validFrom, LocalDate validTo, long version) {
        static RateView of(Rate r) {
            return new RateView(r.getId(), r.getType().name(), Fields.money(r.getHourlyRate()), r.getValidFrom(), r.getValidTo(),
                    r.getVersion());
        }
    }

    @Inject
    RateService rates;

    @Context
    HttpServletRequest request;

    @GET
    public List<RateView> list() {
        return rates.all().stream().map(RateView::of).toList();
    }

    @GET
    @Path("effective")
    public RateView effective(@QueryParam("type") String type, @QueryParam("on") String on) {
        return RateView.of(rates.effectiveOn(type, on));
    }

    @GET
    @Path("{id}")
    public RateView get(@PathParam("id") String id) {
        return RateView.of(rates.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public Response add(RateRequest body, @Context UriInfo uri) {
        RateRequest b = CouncilRequests.body(body);
        Rate rate = rates.add(new RateService.Draft(b.type(), b.hourlyRate(), b.validFrom(), b.validTo(), null), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, rate.getId(), RateView.of(rate));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public RateView change(@PathParam("id") String id, RateRequest body) {
        RateRequest b = CouncilRequests.body(body);
        return RateView.of(rates.change(id, new RateService.Draft(b.type(), b.hourlyRate(), b.validFrom(), b.validTo(), b.version()),
                CouncilRequests.actor(request)));
    }
}
