package org.microcare.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CouncilUserTest {

    private static CouncilUser broker() {
        return new CouncilUser("bea", "Bea Broker", EnumSet.of(Role.BROKER), "hash", Instant.EPOCH);
    }

    @Test
    void aNewUserIsEnabledAndMaySignIn() {
        CouncilUser u = broker();
        assertTrue(u.isEnabled());
        assertTrue(u.canSignIn(5));
        assertTrue(u.hasRole(Role.BROKER));
        assertFalse(u.hasRole(Role.COUNCIL_ADMIN));
    }

    @Test
    void aDisabledUserMayNotSignInUntilEnabled() {
        CouncilUser u = broker();
        u.disable();
        assertFalse(u.canSignIn(5));
        u.enable();
        assertTrue(u.canSignIn(5));
    }

    @Test
    void rolesAreReplacedWholeAndCopiedOut() {
        CouncilUser u = broker();
        u.changeRoles(Set.of(Role.VIEWER, Role.COUNCIL_ADMIN));
        assertEquals(EnumSet.of(Role.VIEWER, Role.COUNCIL_ADMIN), u.getRoles());
        u.getRoles().clear();
        assertEquals(2, u.getRoles().size(), "callers cannot change roles through the getter");
    }

    @Test
    void rolesConverterRoundTrips() {
        RolesConverter c = new RolesConverter();
        assertEquals("BROKER,COUNCIL_ADMIN", c.convertToDatabaseColumn(EnumSet.of(Role.COUNCIL_ADMIN, Role.BROKER)));
        assertEquals(EnumSet.of(Role.COUNCIL_ADMIN, Role.BROKER), c.convertToEntityAttribute("BROKER, COUNCIL_ADMIN"));
        assertTrue(c.convertToEntityAttribute("").isEmpty());
    }
}
