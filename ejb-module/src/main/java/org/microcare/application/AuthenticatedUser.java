package org.microcare.application;

import java.util.Set;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.Role;
import org.microcare.infrastructure.tenancy.TenantContext;

/** A council user whose credentials were just checked against their council's schema. */
public record AuthenticatedUser(String tenantId, String username, String displayName, Set<Role> roles) implements java.io.Serializable {

    /** The user of the council in context, as signed in. */
    public static AuthenticatedUser of(CouncilUser user) {
        return new AuthenticatedUser(TenantContext.require().id(), user.getUsername(), user.getDisplayName(), user.getRoles());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
