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

import org.microcare.application.CouncilUserService;
import org.microcare.application.CouncilUserService.NewUser;
import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.Role;
import org.microcare.infrastructure.config.MicrocareSettings;
import org.microcare.interfaces.shared.rest.body.Items;
import org.microcare.interfaces.shared.rest.body.Text;

/** {@code /c/{tenant}/api/v1/users}: council admins manage their council's users. */
@Path("{tenant}/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Role.COUNCIL_ADMIN)
public class UsersResource {

    /** Body of {@code POST /users}. */
    public record NewUserRequest(@Text(max = 100) String username, @Text(max = 200) String password, String displayName,
                                 @Text(max = 254) String email, @Text(max = 40) @Items(max = 10) List<String> roles) {
    }

    /** Body of {@code POST /users/{id}/password}. */
    public record PasswordRequest(@Text(max = 200) String password) {
    }

    /** Body of {@code PUT /users/{id}/roles}. */
    public record RolesRequest(@Text(max = 40) @Items(max = 10) List<String> roles) {
    }

    @Inject
    CouncilUserService users;

    @Inject
    MicrocareSettings settings;

    @Context
    HttpServletRequest request;

    @GET
    public List<UserView> list() {
        return users.list().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") String id) {
        return view(users.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUserRequest body, @Context UriInfo uri) {
        NewUserRequest b = CouncilRequests.body(body);
        CouncilUser created = users.create(new NewUser(b.username(), b.password(), b.displayName(), b.email(), b.roles()),
                CouncilRequests.actor(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId()).build()).entity(view(created)).build();
    }

    @POST
    @Path("{id}/disable")
    public UserView disable(@PathParam("id") String id) {
        return view(users.disable(id, CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/enable")
    public UserView enable(@PathParam("id") String id) {
        return view(users.enable(id, CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView resetPassword(@PathParam("id") String id, PasswordRequest body) {
        return view(users.resetPassword(id, CouncilRequests.body(body).password(), CouncilRequests.actor(request)));
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView changeRoles(@PathParam("id") String id, RolesRequest body) {
        return view(users.changeRoles(id, CouncilRequests.body(body).roles(), CouncilRequests.actor(request)));
    }

    private UserView view(CouncilUser u) {
        return UserView.of(u, settings.lockoutAttempts());
    }
}
