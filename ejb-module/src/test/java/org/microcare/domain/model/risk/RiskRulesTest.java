package org.microcare.domain.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.microcare.domain.model.risk.RiskFlags.FlaggedPage;
import org.microcare.domain.model.risk.RiskFlags.Rules;

class RiskRulesTest {

    @Test
    void anArrangementStartedBeforeTheDayLessTheThresholdHasRunLongerThanIt() {
        Rules r = new Rules(LocalDate.of(2024, 3, 15), 12, 30);
        assertEquals(LocalDate.of(2023, 12, 22), r.singleClientStartedBefore(), "12 weeks before; a start on that day ran exactly 12 weeks");
    }

    @Test
    void theEvidenceWindowEndsTheWarningDaysAfterTheDay() {
        assertEquals(LocalDate.of(2024, 4, 14), new Rules(LocalDate.of(2024, 3, 15), 12, 30).evidenceWarningUntil());
        assertEquals(LocalDate.of(2025, 1, 1), new Rules(LocalDate.of(2024, 12, 31), 1, 1).evidenceWarningUntil(), "across a year");
    }

    @Test
    void aPageIsCutWhenTheTotalIsMoreThanItsRows() {
        RiskFlags.Flagged one = new RiskFlags.Flagged("me-1", "Troon Care Co", List.of(RiskFlag.TOP_UP));
        assertTrue(new FlaggedPage(2, List.of(one)).isCut());
        assertFalse(new FlaggedPage(1, List.of(one)).isCut());
    }

    @Test
    void flagsAreInTheOrderTheApiShowsThem() {
        assertEquals(List.of(RiskFlag.SINGLE_CLIENT, RiskFlag.TOP_UP, RiskFlag.OVER_CAPACITY, RiskFlag.EVIDENCE_EXPIRING), List.of(RiskFlag.values()));
    }
}
