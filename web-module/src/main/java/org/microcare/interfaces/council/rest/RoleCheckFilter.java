package org.microcare.interfaces.council.rest;

import java.util.Arrays;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.microcare.interfaces.shared.rest.ApiError;

/** Enforces {@link AllowedRoles}. Methods without it are open to every signed-in user of the council. */
@Provider
public class RoleCheckFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        AllowedRoles allowed = resource.getResourceMethod().getAnnotation(AllowedRoles.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(AllowedRoles.class);
        }
        if (allowed == null) {
            return;
        }
        boolean permitted = Arrays.stream(allowed.value())
                .anyMatch(role -> request.getSecurityContext().isUserInRole(role.name()));
        if (!permitted) {
            request.abortWith(ApiError.of(403, "Your role does not allow this").toResponse());
        }
    }
}
