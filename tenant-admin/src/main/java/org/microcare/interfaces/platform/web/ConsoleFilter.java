package org.microcare.interfaces.platform.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.microcare.interfaces.shared.web.BrowserSessions;

/**
 * Console pages: an operator's browser session (never a council user's) opens every page but
 * sign-in; the API under {@code /api/} has its own HTTP Basic filter.
 */
@WebFilter(filterName = "ConsoleFilter", urlPatterns = "/*")
public class ConsoleFilter extends HttpFilter {

    static final String OPERATOR = "microcare.operator";
    static final String LANGUAGE = "microcare.language";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the container's decoded, normalised path (RequestGuardFilter refused any whose raw form differs)
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/") || path.startsWith("/health") || path.startsWith("/openapi")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/language/")) {
            request.getSession(true).setAttribute(LANGUAGE, path.endsWith("/cy") ? "cy" : "en");
            String back = request.getParameter("return");
            response.sendRedirect(back != null && back.startsWith(request.getContextPath() + "/") ? back : request.getContextPath() + "/");
            return;
        }
        Optional<String> view = PlatformRoutes.viewFor(path);
        if (view.isEmpty()) {
            response.sendError(404);
            return;
        }
        if (!BrowserSessions.isPageMethod(request)) {
            response.setHeader("Allow", BrowserSessions.PAGE_METHODS);
            response.sendError(405);
            return;
        }
        if (!PlatformRoutes.isPublic(path) && operator(request).isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/sign-in");
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(view.get()).forward(request, response);
    }

    static String language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && "cy".equals(session.getAttribute(LANGUAGE)) ? "cy" : "en";
    }

    static Optional<String> operator(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(OPERATOR) instanceof String name ? Optional.of(name) : Optional.empty();
    }
}
