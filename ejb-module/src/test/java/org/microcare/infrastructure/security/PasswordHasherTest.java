package org.microcare.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:1000:"));
        assertTrue(hasher.verify("correct horse battery".toCharArray(), hash));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void verifiesHashesMadeWithOtherIterationCounts() {
        String older = new PasswordHasher(2000).hash("pw-123456789".toCharArray());
        assertTrue(hasher.verify("pw-123456789".toCharArray(), older));
    }

    @Test
    void rejectsMalformedStoredValues() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain"));
        assertFalse(hasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:abc:salt:hash"));
        assertFalse(hasher.verify("x".toCharArray(), "MD5:1000:c2FsdA==:aGFzaA=="));
    }

    @Test
    void refusesTooFewIterations() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(10));
    }
}
