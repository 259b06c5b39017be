package org.microcare.interfaces.council.rest;

import jakarta.servlet.http.HttpServletRequest;

import org.microcare.application.Actor;
import org.microcare.interfaces.council.CouncilPrincipal;

/** The signed-in council user of a request, as the audit log names them. */
final class CouncilRequests {

    private CouncilRequests() {
    }

    static Actor actor(HttpServletRequest request) {
        return new Actor(CouncilPrincipal.of(request).getName(), request.getRemoteAddr());
    }
}
