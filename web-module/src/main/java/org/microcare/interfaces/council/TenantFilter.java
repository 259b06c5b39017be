package org.microcare.interfaces.council;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.microcare.application.AuthenticatedUser;
import org.microcare.application.CouncilAuthenticator;
import org.microcare.application.TenantDirectory;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;
import org.microcare.interfaces.shared.rest.BasicCredentials;
import org.microcare.interfaces.shared.rest.JsonErrors;

/**
 * The one entry of the tenant context. Resolves {@code /c/{tenant}/…} against the tenant store
 * (unknown: 404; suspended or not ready: 503), checks HTTP Basic credentials against that
 * council's own users on API paths, runs the request for that council and clears the context
 * afterwards, whatever happens.
 */
@WebFilter(filterName = "TenantFilter", urlPatterns = "/c/*")
public class TenantFilter extends HttpFilter {

    @Inject
    TenantDirectory directory;

    @Inject
    CouncilAuthenticator authenticator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<CouncilPath> path = CouncilPath.parse(request.getRequestURI().substring(request.getContextPath().length()));
        if (path.isEmpty()) {
            ErrorPages.send(response, false, 404, "Page not found", "There is no council at this address.");
            return;
        }
        CouncilPath council = path.get();
        Optional<Tenant> tenant = directory.resolve(council.tenantId());
        if (tenant.isEmpty()) {
            ErrorPages.send(response, council.wantsJson(), 404, "Council not found",
                    "There is no council '" + council.tenantId() + "' on this platform.");
            return;
        }
        if (!tenant.get().isServing()) {
            response.setHeader("Retry-After", "3600");
            ErrorPages.send(response, council.wantsJson(), 503, "Service unavailable", unavailableMessage(tenant.get()));
            return;
        }
        try (TenantContext.Scope scope = TenantContext.enter(CurrentTenant.of(tenant.get()))) {
            if (council.isApi()) {
                Optional<AuthenticatedUser> user = BasicCredentials.parse(request.getHeader("Authorization"))
                        .flatMap(c -> authenticator.authenticate(c.username(), c.password(), request.getRemoteAddr()));
                if (user.isEmpty()) {
                    JsonErrors.unauthorized(response, "Microcare " + tenant.get().getId(),
                            "Sign in with the credentials of a user of this council");
                    return;
                }
                chain.doFilter(new CouncilPrincipal(user.get()).attachTo(request), response);
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    private static String unavailableMessage(Tenant tenant) {
        return switch (tenant.getStatus()) {
            case SUSPENDED -> tenant.getName() + "'s programme is suspended on this platform. Please contact the council.";
            case PROVISIONING -> tenant.getName() + "'s programme is being set up. Please try again shortly.";
            default -> tenant.getName() + "'s programme is temporarily unavailable.";
        };
    }
}
