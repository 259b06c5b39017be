package org.microcare.interfaces.council.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.CommunityActivities;
import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/** {@code /c/{tenant}/api/v1/community-activities}: the council's list of local activities; brokers and admins keep it. */
@Path("{tenant}/api/v1/community-activities")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class CommunityActivitiesResource {

    /** Body of POST (no version) and PUT (with the version read). */
    public record ActivityRequest(String name, @Text(max = 2000, multiline = true) String description, @Text(max = 40) String locality,
                                  String whenHeld, @Text(max = 100) String cost, String contact, Boolean publicListing,
                                  @Whole(max = Long.MAX_VALUE) Long version) {
        CommunityActivities.Draft draft() {
            return new CommunityActivities.Draft(name, description, locality, whenHeld, cost, contact, publicListing);
        }
    }

    /** An activity as the API shows it. */
    public record ActivityView(String id, String name, String description, String locality, String whenHeld, String cost, String contact,
                               boolean publicListing, boolean retired, long version) {
        static ActivityView of(CommunityActivity a) {
            return new ActivityView(a.getId(), a.getName(), a.getDescription(), a.getLocalityCode(), a.getWhenHeld(), a.getCost(),
                    a.getContact(), a.isPublicListing(), a.isRetired(), a.getVersion());
        }
    }

    @Inject
    CommunityActivities activities;

    @Context
    HttpServletRequest request;

    @GET
    public List<ActivityView> list() {
        return activities.all().stream().map(ActivityView::of).toList();
    }

    @GET
    @Path("{id}")
    public ActivityView get(@PathParam("id") String id) {
        return ActivityView.of(activities.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public Response add(ActivityRequest body, @Context UriInfo uri) {
        ActivityRequest b = CouncilRequests.body(body);
        if (b.version() != null) {
            throw new InvalidInputException("version", "A new activity has no version; send version only when changing one");
        }
        CommunityActivity a = activities.add(b.draft(), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, a.getId(), ActivityView.of(a));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public ActivityView change(@PathParam("id") String id, ActivityRequest body) {
        ActivityRequest b = CouncilRequests.body(body);
        return ActivityView.of(activities.change(id, b.draft(), b.version(), CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/retire")
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public ActivityView retire(@PathParam("id") String id) {
        return ActivityView.of(activities.retire(id, CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/reinstate")
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public ActivityView reinstate(@PathParam("id") String id) {
        return ActivityView.of(activities.reinstate(id, CouncilRequests.actor(request)));
    }
}
