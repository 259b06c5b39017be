package org.microcare.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, briefly, that a password matched a stored hash, so HTTP Basic clients do not pay a
 * full PBKDF2 derivation on every request. The key is a digest of the stored hash and the
 * password: a changed password (new stored hash) never matches an old entry, and the cache holds
 * no password. Only a speed-up: the user row is still read from the database on every request.
 */
public final class VerifiedCredentialCache {

    private final long ttlMillis;
    private final int maxEntries;
    private final Map<String, Long> verifiedUntil;

    public VerifiedCredentialCache(long ttlMillis, int maxEntries) {
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
        this.verifiedUntil = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > VerifiedCredentialCache.this.maxEntries;
            }
        };
    }

    public synchronized boolean isVerified(String storedHash, char[] password, long nowMillis) {
        Long until = verifiedUntil.get(key(storedHash, password));
        return until != null && until > nowMillis;
    }

    public synchronized void remember(String storedHash, char[] password, long nowMillis) {
        if (ttlMillis > 0) {
            verifiedUntil.put(key(storedHash, password), nowMillis + ttlMillis);
        }
    }

    private static String key(String storedHash, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
