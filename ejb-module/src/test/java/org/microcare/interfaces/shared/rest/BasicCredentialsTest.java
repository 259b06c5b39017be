package org.microcare.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String s) {
        return "Basic " + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesUsernameAndPasswordWithColons() {
        BasicCredentials c = BasicCredentials.parse(basic("ayr.admin:pa:ss wörd")).orElseThrow();
        assertEquals("ayr.admin", c.username());
        assertEquals("pa:ss wörd", c.password());
    }

    @Test
    void ignoresAnythingElse() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic !!!notbase64").isEmpty());
        assertTrue(BasicCredentials.parse(basic("nocolon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":password")).isEmpty());
    }
}
