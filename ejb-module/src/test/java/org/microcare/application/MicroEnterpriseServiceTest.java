package org.microcare.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.Violations;

class MicroEnterpriseServiceTest {

    @Test
    void postcodesAreNormalisedToRoyalMailForm() {
        Violations v = new Violations();
        assertEquals("KA10 6EP", MicroEnterpriseService.postcode("ka106ep", v));
        assertEquals("CF40 2XX", MicroEnterpriseService.postcode(" CF40  2XX ", v));
        assertEquals("SW1A 1AA", MicroEnterpriseService.postcode("SW1A 1AA", v));
        assertTrue(v.isEmpty());
        for (String bad : List.of("KA10", "12345", "KA10 6E", "not a postcode")) {
            Violations w = new Violations();
            assertNull(MicroEnterpriseService.postcode(bad, w), bad);
            assertTrue(!w.isEmpty(), bad);
        }
    }
}
