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

import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.programme.CatalogueEntry;
import org.microcare.domain.model.user.Role;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/** A coded list of the programme ({@code /services}, {@code /localities}): all roles read, admins change. */
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public abstract class CatalogueResource {

    /** Body of POST (code and name) and PUT (name and version; a code, if sent, must be the entry's own). */
    public record EntryRequest(@Text(max = 40) String code, String name, @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** An entry as the API shows it. */
    public record EntryView(String id, String code, String name, boolean retired, long version) {
        static EntryView of(CatalogueEntry e) {
            return new EntryView(e.getId(), e.getCode(), e.getName(), e.isRetired(), e.getVersion());
        }
    }

    @Inject
    ProgrammeLists lists;

    @Context
    HttpServletRequest request;

    protected abstract Kind kind();

    @GET
    public List<EntryView> list() {
        return lists.list(kind()).stream().map(EntryView::of).toList();
    }

    @GET
    @Path("{id}")
    public EntryView get(@PathParam("id") String id) {
        return EntryView.of(lists.get(kind(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public Response add(EntryRequest body, @Context UriInfo uri) {
        EntryRequest b = CouncilRequests.body(body);
        CatalogueEntry added = lists.add(kind(), b.code(), b.name(), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, added.getId(), EntryView.of(added));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public EntryView rename(@PathParam("id") String id, EntryRequest body) {
        EntryRequest b = CouncilRequests.body(body);
        return EntryView.of(lists.rename(kind(), id, b.code(), b.name(), b.version(), CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/retire")
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public EntryView retire(@PathParam("id") String id) {
        return EntryView.of(lists.retire(kind(), id, CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/reinstate")
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public EntryView reinstate(@PathParam("id") String id) {
        return EntryView.of(lists.reinstate(kind(), id, CouncilRequests.actor(request)));
    }
}
