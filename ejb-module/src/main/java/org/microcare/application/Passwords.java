package org.microcare.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.microcare.infrastructure.config.MicrocareSettings;
import org.microcare.infrastructure.security.PasswordHasher;
import org.microcare.infrastructure.security.VerifiedCredentialCache;

/** Hashes new passwords and checks given ones, with a short-lived cache of successful checks. */
@ApplicationScoped
public class Passwords {

    private static final int MIN_LENGTH = 12;

    @Inject
    MicrocareSettings settings;

    private PasswordHasher hasher;
    private VerifiedCredentialCache verified;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(settings.pbkdf2Iterations());
        verified = new VerifiedCredentialCache(settings.authCacheMillis(), 10_000);
    }

    public String hash(String password) {
        return hasher.hash(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        char[] given = password.toCharArray();
        long now = System.currentTimeMillis();
        if (verified.isVerified(storedHash, given, now)) {
            return true;
        }
        boolean ok = hasher.verify(given, storedHash);
        if (ok) {
            verified.remember(storedHash, given, now);
        }
        return ok;
    }

    /** Null when acceptable, else what is wrong with it. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Password must be at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > 200) {
            return "Password must be 200 characters or fewer";
        }
        return null;
    }
}
