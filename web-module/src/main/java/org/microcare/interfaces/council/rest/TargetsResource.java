package org.microcare.interfaces.council.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.TargetService;
import org.microcare.domain.model.programme.Target;
import org.microcare.domain.model.user.Role;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/** {@code /c/{tenant}/api/v1/targets}: the programme's evaluation targets. */
@Path("{tenant}/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class TargetsResource {

    /** Body of POST and PUT. */
    public record TargetRequest(@Text(max = 40) String metric, Integer value, String periodStart,
                                String periodEnd, @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** A target as the API shows it. */
    public record TargetView(String id, String metric, int value, LocalDate periodStart, LocalDate periodEnd, long version) {
        static TargetView of(Target t) {
            return new TargetView(t.getId(), t.getMetric().name(), t.getValue(), t.getPeriodStart(), t.getPeriodEnd(), t.getVersion());
        }
    }

    @Inject
    TargetService targets;

    @Context
    HttpServletRequest request;

    @GET
    public List<TargetView> list() {
        return targets.all().stream().map(TargetView::of).toList();
    }

    @GET
    @Path("{id}")
    public TargetView get(@PathParam("id") String id) {
        return TargetView.of(targets.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public Response add(TargetRequest body, @Context UriInfo uri) {
        TargetRequest b = CouncilRequests.body(body);
        Target t = targets.add(new TargetService.Draft(b.metric(), b.value(), b.periodStart(), b.periodEnd(), null), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, t.getId(), TargetView.of(t));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public TargetView change(@PathParam("id") String id, TargetRequest body) {
        TargetRequest b = CouncilRequests.body(body);
        return TargetView.of(targets.change(id, new TargetService.Draft(b.metric(), b.value(), b.periodStart(), b.periodEnd(), b.version()),
                CouncilRequests.actor(request)));
    }

    @DELETE
    @Path("{id}")
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public Response remove(@PathParam("id") String id) {
        targets.remove(id, CouncilRequests.actor(request));
        return Response.noContent().build();
    }
}
