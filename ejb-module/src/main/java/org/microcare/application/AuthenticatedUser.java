package org.microcare.application;

import java.util.Set;

import org.microcare.domain.model.user.Role;

/** A council user whose credentials were just checked against their council's schema. */
public record AuthenticatedUser(String tenantId, String username, String displayName, Set<Role> roles) implements java.io.Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
