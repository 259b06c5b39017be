package org.microcare.interfaces.council.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.Actor;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.CouncilPrincipal;

/** What every council resource needs of a request: who asks, a body that is there, a 201 answer. */
final class CouncilRequests {

    private CouncilRequests() {
    }

    static Actor actor(HttpServletRequest request) {
        return new Actor(CouncilPrincipal.of(request).getName(), request.getRemoteAddr());
    }

    /** An empty body is bad input, not a server error. */
    static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send the record as a JSON object");
        }
        return body;
    }

    static Response created(UriInfo uri, String id, Object view) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(view).build();
    }
}
