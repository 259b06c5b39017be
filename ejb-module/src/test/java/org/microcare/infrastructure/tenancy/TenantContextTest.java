package org.microcare.infrastructure.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.tenant.TenantStatus;

class TenantContextTest {

    private static final CurrentTenant AYR = new CurrentTenant("south-ayrshire", "mc_t_south_ayrshire", "South Ayrshire", TenantStatus.ACTIVE);
    private static final CurrentTenant RCT = new CurrentTenant("rct", "mc_t_rct", "RCT", TenantStatus.ACTIVE);

    @Test
    void noCouncilMeansAClearFailureNotADefault() {
        assertTrue(TenantContext.current().isEmpty());
        NoTenantException e = assertThrows(NoTenantException.class, TenantContext::require);
        assertTrue(e.getMessage().contains("No council in context"));
    }

    @Test
    void contextIsClearedEvenWhenWorkFails() {
        assertThrows(IllegalArgumentException.class, () -> TenantContext.runAs(AYR, () -> {
            assertEquals("south-ayrshire", TenantContext.require().id());
            throw new IllegalArgumentException("boom");
        }));
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void aThreadCannotSwitchCouncilMidway() {
        try (TenantContext.Scope scope = TenantContext.enter(AYR)) {
            assertThrows(IllegalStateException.class, () -> TenantContext.enter(RCT));
            assertEquals("south-ayrshire", TenantContext.require().id());
        }
        assertTrue(TenantContext.current().isEmpty());
    }
}
