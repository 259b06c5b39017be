package org.microcare.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserReads;
import org.microcare.infrastructure.config.MicrocareSettings;

/**
 * The credentials check of every council request (API calls with HTTP Basic, pages with a signed-in session),
 * in the council in context. A user who may sign in, has no wrong password to clear and gives the right password
 * is let in from the stored record alone ({@link CouncilUserReads}), with nothing to write and no persistence
 * context; anything else goes to {@link CouncilAuthenticator}, which counts, locks and audits in a transaction
 * as before. The outcome is the same either way: only the cost differs.
 */
@ApplicationScoped
public class CouncilSignIn {

    @Inject
    CouncilUserReads users;

    @Inject
    CouncilAuthenticator authenticator;

    @Inject
    Passwords passwords;

    @Inject
    MicrocareSettings settings;

    /** The user these credentials sign in, or empty (a wrong password counted and audited by {@link CouncilAuthenticator}). */
    public Optional<AuthenticatedUser> authenticate(String username, String password, String remoteAddress) {
        Optional<CouncilUser> stored = users.stored(username);
        if (stored.isPresent() && stored.get().signsInWithNothingToRecord(settings.lockoutAttempts())
                && passwords.matches(password, stored.get().getPasswordHash())) {
            return Optional.of(AuthenticatedUser.of(stored.get()));
        }
        return authenticator.authenticate(username, password, remoteAddress);
    }

    /** A web session's user, read again on every request: disabling, locking or a role change takes effect at once. */
    public Optional<AuthenticatedUser> stillSignedIn(String username) {
        return users.stored(username).filter(u -> u.canSignIn(settings.lockoutAttempts())).map(AuthenticatedUser::of);
    }
}
