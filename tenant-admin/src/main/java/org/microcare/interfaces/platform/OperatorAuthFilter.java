package org.microcare.interfaces.platform;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.microcare.application.OperatorAuthenticator;
import org.microcare.interfaces.shared.rest.BasicCredentials;
import org.microcare.interfaces.shared.rest.JsonErrors;

/** HTTP Basic for the operator API, checked against the platform schema only (never council users). */
@WebFilter(filterName = "OperatorAuthFilter", urlPatterns = "/api/*")
public class OperatorAuthFilter extends HttpFilter {

    public static final String OPERATOR_ROLE = "PLATFORM_OPERATOR";

    @Inject
    OperatorAuthenticator authenticator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> operator = BasicCredentials.parse(request.getHeader("Authorization"))
                .flatMap(c -> authenticator.authenticate(c.username(), c.password()));
        if (operator.isEmpty()) {
            JsonErrors.unauthorized(response, "Microcare platform", "Sign in with platform operator credentials");
            return;
        }
        String name = operator.get();
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return () -> name;
            }

            @Override
            public String getRemoteUser() {
                return name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return OPERATOR_ROLE.equals(role);
            }
        }, response);
    }
}
