package org.microcare.interfaces.council.rest;

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

import org.microcare.application.GrantService;
import org.microcare.domain.model.user.Role;
import org.microcare.interfaces.council.rest.GrantSchemesResource.ApplicationView;
import org.microcare.interfaces.shared.rest.body.Money;
import org.microcare.interfaces.shared.rest.body.Text;

/** {@code /c/{tenant}/api/v1/grant-applications}: one application and the decision on it. */
@Path("{tenant}/api/v1/grant-applications")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class GrantApplicationsResource {

    /** Body of a decision. Without an amount, an approval awards what was applied for. */
    public record DecisionRequest(@Text(max = 20) String decision, @Money String amount, String decidedOn) {
    }

    @Inject
    GrantService grants;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("id") String id) {
        return ApplicationView.of(grants.application(id));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public ApplicationView decide(@PathParam("id") String id, DecisionRequest body) {
        DecisionRequest b = CouncilRequests.body(body);
        return ApplicationView.of(grants.decide(id, new GrantService.DecisionDraft(b.decision(), b.amount(), b.decidedOn()),
                CouncilRequests.actor(request)));
    }
}
