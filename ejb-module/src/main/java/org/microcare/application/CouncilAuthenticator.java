package org.microcare.application;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserRepository;
import org.microcare.infrastructure.tenancy.TenantContext;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** Checks a council user's credentials in the schema of the council in context, and only there. */
@Stateless
@TenantTransactional
public class CouncilAuthenticator {

    @Inject
    CouncilUserRepository users;

    @Inject
    Passwords passwords;

    public Optional<AuthenticatedUser> authenticate(String username, String password) {
        String tenantId = TenantContext.require().id();
        return users.findByUsername(username)
                .filter(CouncilUser::isEnabled)
                .filter(u -> passwords.matches(password, u.getPasswordHash()))
                .map(u -> new AuthenticatedUser(tenantId, u.getUsername(), u.getDisplayName(), u.getRoles()));
    }
}
