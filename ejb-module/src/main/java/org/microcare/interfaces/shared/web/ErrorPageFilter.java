package org.microcare.interfaces.shared.web;

import java.io.IOException;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.microcare.interfaces.shared.rest.JsonErrors;

/**
 * Runs on the container's error dispatch (sendError, or an exception no one caught) before the
 * error page is rendered:
 * <ul>
 * <li>on an API path the error is answered with the JSON error body of API.md, never an HTML page
 * (for example a 404 for a path the container maps to no resource, or a 500 from a filter);</li>
 * <li>an expired or forged form (Faces' {@link ViewExpiredException}) is the client's problem: the
 * expired page is shown with 400 instead of the container's 500;</li>
 * <li>other error pages are rendered as GET whatever the request's method was.</li>
 * </ul>
 * Declared in each module's web.xml (ERROR dispatch) with init-param {@code api-paths}, a regular
 * expression for the module's API paths within its context.
 */
public class ErrorPageFilter extends HttpFilter {

    private transient RequestPaths paths;

    @Override
    public void init() throws ServletException {
        paths = new RequestPaths(getInitParameter("api-paths"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = expired(thrown instanceof Throwable t ? t : null) ? 400
                : request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : response.getStatus();
        response.setStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? null : uri.toString().substring(Math.min(uri.toString().length(), request.getContextPath().length()));
        if (paths.isApi(path)) {
            JsonErrors.write(response, status, message(status));
            return;
        }
        // The shell renders the error page; Faces refuses to render any view for a method it does not
        // know (PATCH: an empty 400), so the page is rendered as the GET it is.
        chain.doFilter(BrowserSessions.isPageMethod(request) ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }

    static boolean expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood";
            case 401 -> "Sign in with HTTP Basic credentials";
            case 403 -> "You may not do this";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed";
            case 414 -> "The address is too long";
            case 503 -> "The service is unavailable; please try again later";
            default -> status >= 500 ? "Something went wrong on our side; it has been logged" : "The request was refused";
        };
    }
}
