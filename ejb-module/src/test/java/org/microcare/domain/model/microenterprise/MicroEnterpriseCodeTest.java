package org.microcare.domain.model.microenterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MicroEnterpriseCodeTest {

    /** The values migration V8 wrote for these rows on MariaDB 10.11: Java and the migration agree, so no feed id changed. */
    @Test
    void serviceIdIsTheOneTheMigrationComputes() {
        assertEquals("59d841b9-6101-3ba1-8a41-75578b4e4d56",
                MicroEnterpriseCode.serviceId("0b0c6a1e-2f6f-4c8e-9a53-9d1f1f0c2a11", "HOME_CARE").toString());
        assertEquals("8074f5d2-aa24-366b-901b-8961bea0f217",
                MicroEnterpriseCode.serviceId("ffffffff-0000-4000-8000-000000000000", "COMPANIONSHIP").toString());
    }

    @Test
    void serviceIdKeepsMeAndCodeApart() {
        assertNotEquals(MicroEnterpriseCode.serviceId("a", "BC"), MicroEnterpriseCode.serviceId("aB", "C"));
    }
}
