package org.microcare.interfaces.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.reporting.PlatformUsageService;
import org.microcare.interfaces.platform.OperatorAuthFilter;

/**
 * {@code GET /platform/api/v1/usage?month=yyyy-MM} (default this month): every council's counts for capacity planning
 * (definitions on {@link org.microcare.domain.model.reporting.CouncilCounts}), computed in each council's own schema;
 * only numbers leave it. 400 (field {@code month}) for a month that is not one.
 */
@Path("usage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(OperatorAuthFilter.OPERATOR_ROLE)
public class UsageResource {

    @Inject
    PlatformUsageService usage;

    @GET
    public UsageView usage(@QueryParam("month") String month) {
        return UsageView.of(usage.usage(month));
    }
}
