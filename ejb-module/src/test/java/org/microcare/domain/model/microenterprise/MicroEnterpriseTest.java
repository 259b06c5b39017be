package org.microcare.domain.model.microenterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.ConflictException;

class MicroEnterpriseTest {

    private static final LocalDate ENQUIRY = LocalDate.of(2024, 3, 4);
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static MicroEnterprise enquiry() {
        return new MicroEnterprise(new MicroEnterpriseDetails("Troon Care Co", "Morag Smith", null, "KA10 6EP", List.of("TROON"),
                List.of("PERSONAL_CARE"), new BigDecimal("20.00"), 30, true, false, false, List.of("en"), List.of(), List.of(), null,
                ENQUIRY, MicroEnterpriseDetails.PublicProfile.NONE), Instant.EPOCH);
    }

    private static void move(MicroEnterprise me, Stage to, LocalDate on) {
        me.moveTo(to, on, TODAY, to == Stage.LEFT ? LeaveReason.RETIRED : null, null, List.of(), 1, "broker", Instant.EPOCH);
    }

    @Test
    void theAllowedMovesAreTheJourneysRulesForTheCurrentStage() {
        MicroEnterprise me = enquiry();
        assertEquals(List.of(Stage.DEVELOPING, Stage.LEFT), me.allowedMoves());
        move(me, Stage.DEVELOPING, ENQUIRY.plusDays(1));
        assertEquals(List.of(Stage.ENQUIRY, Stage.LISTED, Stage.LEFT), me.allowedMoves());
        move(me, Stage.LISTED, ENQUIRY.plusDays(2));
        assertEquals(List.of(Stage.PAUSED, Stage.LEFT), me.allowedMoves());
        move(me, Stage.PAUSED, ENQUIRY.plusDays(3));
        assertEquals(List.of(Stage.LISTED, Stage.LEFT), me.allowedMoves());
        move(me, Stage.LEFT, ENQUIRY.plusDays(4));
        assertEquals(List.of(Stage.ENQUIRY), me.allowedMoves());
        for (Stage notAllowed : List.of(Stage.DEVELOPING, Stage.LISTED, Stage.PAUSED)) {
            assertThrows(ConflictException.class, () -> move(me, notAllowed, ENQUIRY.plusDays(5)), "LEFT -> " + notAllowed);
        }
    }

    @Test
    void aRefusedListingNamesEveryMissingRequirementAndChangesNothing() {
        MicroEnterprise me = enquiry();
        move(me, Stage.DEVELOPING, ENQUIRY.plusDays(1));
        ListingRefusedException refused = assertThrows(ListingRefusedException.class, () -> me.moveTo(Stage.LISTED, ENQUIRY.plusDays(2),
                TODAY, null, null, List.of("DBS_ENHANCED", "PUBLIC_LIABILITY"), 2, "broker", Instant.EPOCH));
        assertEquals(List.of("DBS_ENHANCED", "PUBLIC_LIABILITY"), refused.missing());
        assertEquals(Stage.DEVELOPING, me.getStage());
        assertEquals(ENQUIRY.plusDays(1), me.getStageSince());
    }
}
