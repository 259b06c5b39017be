package org.microcare.interfaces.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.microcare.interfaces.shared.rest.JsonErrors;

/**
 * Runs before every other filter of a module and refuses what no page or resource should see:
 * an address longer than {@link RequestPaths#MAX_ADDRESS_LENGTH} (414), and a path that is not
 * canonical (404: it names no resource, see {@link RequestPaths#isCanonical}). API paths get the
 * JSON error body, pages the shell's error page.
 * <p>
 * Declared in each module's web.xml (REQUEST dispatch) with init-param {@code api-paths}, a
 * regular expression for the module's API paths within its context.
 * <p>
 * What it cannot see: Payara refuses a NUL ({@code %00}) or a backslash in a path, a traversal
 * above the context, and a request head longer than the listener's {@code header-buffer-length-bytes}
 * before any application runs, with an empty 400 and no application headers. No filter, error page
 * or virtual-server {@code send-error} property is reached for those.
 */
public class RequestGuardFilter extends HttpFilter {

    private transient RequestPaths paths;

    @Override
    public void init() throws ServletException {
        paths = new RequestPaths(getInitParameter("api-paths"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (RequestPaths.isTooLong(request.getRequestURI(), request.getQueryString())) {
            refuse(request, path, response, 414, "The address is too long");
        } else if (!RequestPaths.isCanonical(path)) {
            refuse(request, path, response, 404, "No such resource");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletRequest request, String path, HttpServletResponse response, int status, String message)
            throws IOException {
        // an API path as sent, or as the container would map it (/c/x/directory/../api/v1 is an API path)
        String mapped = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (paths.isApi(path) || paths.isApi(mapped)) {
            JsonErrors.write(response, status, message);
        } else {
            response.sendError(status);
        }
    }
}
