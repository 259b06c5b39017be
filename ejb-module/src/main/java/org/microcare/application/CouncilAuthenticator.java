package org.microcare.application;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserRepository;
import org.microcare.infrastructure.config.MicrocareSettings;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Checks a council user's credentials in the schema of the council in context, and only there.
 * Wrong passwords are counted and audited; after too many in a row the account is locked until an
 * admin resets its password. Web sign-in comes here; each request's check comes through {@link CouncilSignIn},
 * which reaches this only when something may need recording.
 */
@Stateless
@TenantTransactional
public class CouncilAuthenticator {

    @Inject
    CouncilUserRepository users;

    @Inject
    Passwords passwords;

    @Inject
    MicrocareSettings settings;

    @Inject
    CouncilAudit audit;

    public Optional<AuthenticatedUser> authenticate(String username, String password, String remoteAddress) {
        Optional<CouncilUser> found = users.findByUsername(username);
        Actor actor = new Actor(username, remoteAddress);
        if (found.isEmpty()) {
            audit.record(actor, "SIGN_IN_FAILED", "CouncilUser", null, "unknown username");
            return Optional.empty();
        }
        CouncilUser user = found.get();
        int limit = settings.lockoutAttempts();
        if (!user.canSignIn(limit)) {
            audit.record(actor, "SIGN_IN_REFUSED", "CouncilUser", user.getId(), user.isEnabled() ? "locked out" : "disabled");
            return Optional.empty();
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            users.recordFailedAttempt(user.getId());
            boolean nowLocked = user.getFailedAttempts() + 1 >= limit;
            audit.record(actor, nowLocked ? "USER_LOCKED_OUT" : "SIGN_IN_FAILED", "CouncilUser", user.getId(),
                    "wrong password, attempt " + (user.getFailedAttempts() + 1) + " of " + limit);
            return Optional.empty();
        }
        if (user.getFailedAttempts() > 0) {
            users.clearFailedAttempts(user.getId());
        }
        return Optional.of(AuthenticatedUser.of(user));
    }

    /** A successful web sign-in (API calls are not logged one by one). */
    public void recordSignIn(Actor actor) {
        audit.record(actor, "SIGN_IN", "CouncilUser", null, "web sign-in");
    }

    public void recordSignOut(Actor actor) {
        audit.record(actor, "SIGN_OUT", "CouncilUser", null, "web sign-out");
    }
}
