package org.microcare.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerifiedCredentialCacheTest {

    @Test
    void remembersAMatchUntilItExpires() {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(1000, 10);
        cache.remember("hash-1", "pw".toCharArray(), 0);
        assertTrue(cache.isVerified("hash-1", "pw".toCharArray(), 999));
        assertFalse(cache.isVerified("hash-1", "pw".toCharArray(), 1000));
    }

    @Test
    void aChangedPasswordHashOrAnotherPasswordIsNotVerified() {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(1000, 10);
        cache.remember("hash-1", "pw".toCharArray(), 0);
        assertFalse(cache.isVerified("hash-2", "pw".toCharArray(), 1));
        assertFalse(cache.isVerified("hash-1", "pw2".toCharArray(), 1));
    }

    @Test
    void isBounded() {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(1000, 2);
        cache.remember("a", "1".toCharArray(), 0);
        cache.remember("b", "1".toCharArray(), 0);
        cache.remember("c", "1".toCharArray(), 0);
        assertFalse(cache.isVerified("a", "1".toCharArray(), 1));
        assertTrue(cache.isVerified("c", "1".toCharArray(), 1));
    }

    @Test
    void zeroTtlRemembersNothing() {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(0, 2);
        cache.remember("a", "1".toCharArray(), 0);
        assertFalse(cache.isVerified("a", "1".toCharArray(), 0));
    }
}
