package org.microcare.interfaces.council;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.microcare.application.AuthenticatedUser;
import org.microcare.domain.model.user.Role;

/** A request made by a council user whose credentials the filter checked. */
public final class CouncilPrincipal implements Principal {

    static final String ATTRIBUTE = CouncilPrincipal.class.getName();

    private final AuthenticatedUser user;

    CouncilPrincipal(AuthenticatedUser user) {
        this.user = user;
    }

    public static CouncilPrincipal of(HttpServletRequest request) {
        Object p = request.getAttribute(ATTRIBUTE);
        if (p instanceof CouncilPrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("No authenticated council user on this request");
    }

    public AuthenticatedUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    HttpServletRequest attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return CouncilPrincipal.this;
            }

            @Override
            public String getRemoteUser() {
                return user.username();
            }

            @Override
            public boolean isUserInRole(String role) {
                return user.roles().stream().map(Role::name).anyMatch(role::equals);
            }

            @Override
            public String getAuthType() {
                return HttpServletRequest.BASIC_AUTH;
            }
        };
    }
}
