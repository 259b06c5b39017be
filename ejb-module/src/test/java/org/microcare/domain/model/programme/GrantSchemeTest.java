package org.microcare.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GrantSchemeTest {

    private final GrantScheme scheme = new GrantScheme(new GrantSchemeTerms("Start-up fund", new BigDecimal("1000.00"),
            new BigDecimal("600.00"), LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), null));

    @Test
    void approvalsCommitTheBudgetAndNeverPassIt() {
        scheme.commit(new BigDecimal("600.00"));
        assertEquals(new BigDecimal("400.00"), scheme.remaining());
        assertThrows(IllegalStateException.class, () -> scheme.commit(new BigDecimal("400.01")));
        scheme.commit(new BigDecimal("400.00"));
        assertEquals(0, scheme.remaining().signum());
    }

    @Test
    void applicationsFallWithinTheOpenDates() {
        assertTrue(scheme.terms().openOn(LocalDate.of(2024, 4, 1)));
        assertTrue(scheme.terms().openOn(LocalDate.of(2025, 3, 31)));
        assertFalse(scheme.terms().openOn(LocalDate.of(2025, 4, 1)));
        assertFalse(scheme.terms().openOn(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void anApplicationIsDecidedOnce() {
        GrantApplication a = new GrantApplication(scheme.getId(), "me-1", new BigDecimal("500.00"), LocalDate.of(2024, 5, 1));
        a.reject(LocalDate.of(2024, 5, 2), "admin");
        assertEquals(GrantApplication.Status.REJECTED, a.getStatus());
        assertThrows(IllegalStateException.class, () -> a.approve(new BigDecimal("500.00"), LocalDate.of(2024, 5, 3), "admin"));
    }
}
