package org.microcare.interfaces.council.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.microcare.interfaces.council.CouncilPrincipal;
import org.microcare.interfaces.shared.rest.ApiError;

/**
 * Access is declared: a Microcare resource not marked {@link OpenAccess} answers only a council user
 * the tenant filter signed in. The filter decides by path; this decides by the resource JAX-RS actually matched,
 * so no spelling of a public path (the Open Referral feed) can reach the council API without credentials.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CouncilUserRequired implements ContainerRequestFilter {

    private static final String OURS = "org.microcare.";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (signInRequired(resource.getResourceClass()) && !(request.getSecurityContext().getUserPrincipal() instanceof CouncilPrincipal)) {
            request.abortWith(ApiError.of(401, "Sign in with the credentials of a user of this council").toResponse());
        }
    }

    /**
     * Whether a request JAX-RS matched to this class needs a council user: every Microcare resource does
     * unless it is {@link OpenAccess}; the JAX-RS runtime's own answers (to OPTIONS: which methods a path
     * allows) carry nothing of a council's.
     */
    static boolean signInRequired(Class<?> matched) {
        return matched == null || matched.getName().startsWith(OURS) && !matched.isAnnotationPresent(OpenAccess.class);
    }
}
