package org.microcare.domain.model.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.InvalidInputException;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"south-ayrshire", "rct", "ab", "cambs2", "a-1234567890123456789012345678901234567"})
    void acceptsCouncilIds(String id) {
        assertTrue(TenantId.isValid(id));
        assertEquals(id, TenantId.of(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "1abc", "South", "a_b", "a b", "a;drop", "x`y", "a-12345678901234567890123456789012345678901",
            "ab/", "ab.", "é-council"})
    void refusesAnythingElse(String id) {
        assertFalse(TenantId.isValid(id));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TenantId.of(id));
        assertEquals("id", e.violations().get(0).field());
    }

    @Test
    void refusesNull() {
        assertFalse(TenantId.isValid(null));
    }

    @Test
    void schemaNameIsPlatformSchemaAndIdWithUnderscores() {
        assertEquals("microcare_t_south_ayrshire", TenantId.of("south-ayrshire").schemaName("microcare"));
    }

    @Test
    void longestIdStillMakesALegalSchemaName() {
        String id = "a" + "b".repeat(39);
        assertTrue(TenantId.of(id).schemaName("a".repeat(20)).length() <= 64);
    }
}
