package org.microcare.interfaces.council.rest;

import java.time.Instant;
import java.util.List;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.Role;

/** A council user as the API shows it: never the password hash. */
public record UserView(String id, String username, String displayName, String email, List<String> roles,
                       boolean enabled, boolean lockedOut, Instant createdAt) {

    static UserView of(CouncilUser u, int lockoutAttempts) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.getRoles().stream().map(Role::name).sorted().toList(), u.isEnabled(), u.isLockedOut(lockoutAttempts),
                u.getCreatedAt());
    }
}
