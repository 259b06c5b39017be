package org.microcare.domain.model.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.ConflictException;

class TenantTest {

    private static final Instant T0 = Instant.parse("2024-04-01T09:00:00Z");

    private static Tenant registered() {
        return Tenant.register(TenantId.of("south-ayrshire"), "South Ayrshire Council", Nation.SCOTLAND, "CAyr",
                "microcare", "ayr.admin", "hash", T0);
    }

    @Test
    void aRegisteredCouncilIsProvisioningAndKeepsItsFirstAdminUntilActive() {
        Tenant t = registered();
        assertEquals(TenantStatus.PROVISIONING, t.getStatus());
        assertEquals("microcare_t_south_ayrshire", t.getSchemaName());
        assertEquals("ayr.admin", t.getPendingAdminUsername());
        assertFalse(t.hasEverBeenActive());

        t.activate("1", T0.plusSeconds(1));
        assertEquals(TenantStatus.ACTIVE, t.getStatus());
        assertEquals("1", t.getSchemaVersion());
        assertNull(t.getPendingAdminUsername());
        assertNull(t.getPendingAdminPasswordHash());
        assertTrue(t.hasEverBeenActive());
        assertTrue(t.isServing());
    }

    @Test
    void failureKeepsAReasonAndRetryClearsIt() {
        Tenant t = registered();
        t.fail("x".repeat(5000), T0);
        assertEquals(TenantStatus.FAILED, t.getStatus());
        assertEquals(2000, t.getFailureReason().length());
        t.startProvisioning(T0);
        assertEquals(TenantStatus.PROVISIONING, t.getStatus());
        assertNull(t.getFailureReason());
    }

    @Test
    void suspendAndResumeOnlyAnActiveCouncil() {
        Tenant t = registered();
        assertThrows(ConflictException.class, () -> t.suspend(T0));
        t.activate("1", T0);
        t.suspend(T0);
        assertEquals(TenantStatus.SUSPENDED, t.getStatus());
        assertFalse(t.isServing());
        t.resume(T0);
        assertEquals(TenantStatus.ACTIVE, t.getStatus());
    }

    @Test
    void anActiveCouncilIsNotProvisionedAgain() {
        Tenant t = registered();
        t.activate("1", T0);
        assertThrows(ConflictException.class, () -> t.startProvisioning(T0));
    }

    @Test
    void activationTimeIsTheFirstOne() {
        Tenant t = registered();
        t.activate("1", T0);
        t.fail("migration", T0.plusSeconds(60));
        t.activate("2", T0.plusSeconds(120));
        assertEquals(T0, t.getActivatedAt());
        assertEquals("2", t.getSchemaVersion());
    }
}
