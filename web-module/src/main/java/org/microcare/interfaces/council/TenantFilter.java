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
import org.microcare.application.CouncilSignIn;
import org.microcare.application.TenantDirectory;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;
import org.microcare.interfaces.council.web.CouncilRoutes;
import org.microcare.interfaces.council.web.CouncilSessions;
import org.microcare.interfaces.shared.rest.BasicCredentials;
import org.microcare.interfaces.shared.rest.JsonErrors;
import org.microcare.interfaces.shared.web.BrowserSessions;

/**
 * The one entry of the tenant context, and the one place that decides who a request is. Resolves
 * {@code /c/{tenant}/…} against the tenant store (unknown: 404; suspended or not ready: 503), then:
 * API paths authenticate with HTTP Basic against that council's own users; pages use the browser
 * session, which counts only for the council it signed in to. The context is cleared afterwards,
 * whatever happens.
 */
@WebFilter(filterName = "TenantFilter", urlPatterns = "/c/*")
public class TenantFilter extends HttpFilter {

    public static final String UNAVAILABLE_COUNCIL = "microcare.unavailable.council";
    public static final String UNAVAILABLE_REASON = "microcare.unavailable.reason";

    @Inject
    TenantDirectory directory;

    @Inject
    CouncilSignIn authenticator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Route on the container's decoded, normalised path (what servlet mapping used), never the raw URI;
        // RequestGuardFilter has already refused paths whose raw and normalised forms could differ.
        Optional<CouncilPath> path = CouncilPath.parse(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        if (path.isEmpty()) {
            response.sendError(404);
            return;
        }
        CouncilPath council = path.get();
        if (council.isOpenReferral()) {
            // the UK profile: every answer of the feed, errors included, may be read by any web page
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        Optional<Tenant> tenant = directory.resolve(council.tenantId());
        if (tenant.isEmpty()) {
            if (council.wantsJson()) {
                JsonErrors.write(response, 404, "There is no council '" + council.tenantId() + "' on this platform.");
            } else {
                response.sendError(404);
            }
            return;
        }
        if (!tenant.get().isServing()) {
            response.setHeader("Retry-After", "3600");
            if (council.wantsJson()) {
                JsonErrors.write(response, 503, unavailableMessage(tenant.get()));
            } else {
                // the shell's 503 page says which council and why, in the visitor's language
                request.setAttribute(UNAVAILABLE_COUNCIL, tenant.get().getName());
                request.setAttribute(UNAVAILABLE_REASON, tenant.get().getStatus().name());
                response.sendError(503);
            }
            return;
        }
        try (TenantContext.Scope scope = TenantContext.enter(CurrentTenant.of(tenant.get()))) {
            if (council.isApi()) {
                api(request, response, chain, tenant.get());
            } else if (council.wantsJson()) {
                chain.doFilter(request, response);
            } else {
                page(request, response, council);
            }
        }
    }

    private void api(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Tenant tenant)
            throws IOException, ServletException {
        Optional<AuthenticatedUser> user = BasicCredentials.parse(request.getHeader("Authorization"))
                .flatMap(c -> authenticator.authenticate(c.username(), c.password(), request.getRemoteAddr()));
        if (user.isEmpty()) {
            JsonErrors.unauthorized(response, "Microcare " + tenant.getId(), "Sign in with the credentials of a user of this council");
            return;
        }
        chain.doFilter(new CouncilPrincipal(user.get()).attachTo(request), response);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, CouncilPath council)
            throws IOException, ServletException {
        String base = request.getContextPath() + "/c/" + council.tenantId();
        if (council.rest().isEmpty()) {
            response.sendRedirect(base + "/");
            return;
        }
        if (council.rest().startsWith("/language/")) {
            CouncilSessions.setLanguage(request, council.rest().substring("/language/".length()));
            String back = request.getParameter("return");
            response.sendRedirect(back != null && back.startsWith(base + "/") ? back : base + "/");
            return;
        }
        Optional<CouncilRoutes.Route> route = CouncilRoutes.forPath(council.rest());
        if (route.isEmpty()) {
            response.sendError(404);
            return;
        }
        if (!BrowserSessions.isPageMethod(request)) {
            response.setHeader("Allow", BrowserSessions.PAGE_METHODS);
            response.sendError(405);
            return;
        }
        if (route.get().access() != CouncilRoutes.Access.PUBLIC) {
            Optional<AuthenticatedUser> signedIn = CouncilSessions.userFor(request, council.tenantId());
            Optional<AuthenticatedUser> user = signedIn.flatMap(u -> authenticator.stillSignedIn(u.username()));
            if (user.isEmpty()) {
                if (signedIn.isPresent()) {
                    CouncilSessions.signOut(request); // disabled or locked since signing in
                }
                response.sendRedirect(base + "/sign-in");
                return;
            }
            CouncilSessions.refresh(request, user.get());
            if (!route.get().access().allows(user.get())) {
                response.sendError(403);
                return;
            }
        }
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(route.get().viewId()).forward(request, response);
    }

    private static String unavailableMessage(Tenant tenant) {
        return switch (tenant.getStatus()) {
            case SUSPENDED -> tenant.getName() + "'s programme is suspended on this platform. Please contact the council.";
            case PROVISIONING -> tenant.getName() + "'s programme is being set up. Please try again shortly.";
            default -> tenant.getName() + "'s programme is temporarily unavailable.";
        };
    }
}
