package org.microcare.interfaces.council.rest;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.microcare.interfaces.shared.rest.ApiError;

/**
 * Enforces the access a resource method declares, on the method or else its class:
 * {@link AllowedRoles}, {@link AnyCouncilRole} or {@link PublicAccess}. A method that declares none is
 * refused (403) and logged, so a new resource cannot be open by omission.
 */
@Provider
public class RoleCheckFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RoleCheckFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || "OPTIONS".equals(request.getMethod()) && !method.getDeclaringClass().getName().startsWith("org.microcare.")) {
            return; // no resource matched (JAX-RS answers 404 or 405), or its own OPTIONS answer: the allowed methods, no data
        }
        AllowedRoles allowed = method.getAnnotation(AllowedRoles.class);
        boolean any = method.isAnnotationPresent(AnyCouncilRole.class);
        boolean open = method.isAnnotationPresent(PublicAccess.class);
        if (allowed == null && !any && !open) {
            allowed = type.getAnnotation(AllowedRoles.class);
            any = type.isAnnotationPresent(AnyCouncilRole.class);
            open = type.isAnnotationPresent(PublicAccess.class);
        }
        if (open) {
            return;
        }
        if (request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(ApiError.of(401, "Sign in with the credentials of a user of this council").toResponse());
            return;
        }
        if (any) {
            return;
        }
        if (allowed == null) {
            LOG.severe(() -> "Refused " + type.getName() + "." + method.getName() + ": it declares no access rule");
            request.abortWith(ApiError.of(403, "Your role does not allow this").toResponse());
            return;
        }
        boolean permitted = Arrays.stream(allowed.value())
                .anyMatch(role -> request.getSecurityContext().isUserInRole(role.name()));
        if (!permitted) {
            request.abortWith(ApiError.of(403, "Your role does not allow this").toResponse());
        }
    }
}
