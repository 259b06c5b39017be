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

    @Test
    void onlyAnEnabledUserWithNoWrongPasswordToClearSignsInWithNothingToRecord() {
        CouncilUser fresh = CouncilUser.asStored("id-1", "bea", "Bea", Set.of(Role.BROKER), true, "hash", 0);
        assertTrue(fresh.signsInWithNothingToRecord(5));
        assertEquals(EnumSet.of(Role.BROKER), fresh.getRoles());
        assertEquals("hash", fresh.getPasswordHash());
        CouncilUser oneWrong = CouncilUser.asStored("id-2", "bea", "Bea", Set.of(Role.BROKER), true, "hash", 1);
        assertTrue(oneWrong.canSignIn(5));
        assertFalse(oneWrong.signsInWithNothingToRecord(5), "a right password must clear the count, in a transaction");
        assertFalse(CouncilUser.asStored("id-3", "bea", "Bea", Set.of(Role.BROKER), false, "hash", 0).signsInWithNothingToRecord(5), "disabled");
        assertFalse(CouncilUser.asStored("id-4", "bea", "Bea", Set.of(Role.BROKER), true, "hash", 5).signsInWithNothingToRecord(5), "locked out");
        assertFalse(fresh.signsInWithNothingToRecord(0), "with no wrong password allowed, nobody is let in by the quick path either");
    }
}
