package org.microcare.domain.model.introduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.client.Catalogue;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientDetails;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;

/** The rules of an introduction, without a container. */
class IntroductionTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final Instant NOW = Instant.parse("2024-03-15T10:00:00Z");
    private static final Catalogue ANY = new Catalogue() {
        @Override
        public boolean offersService(String code) {
            return true;
        }

        @Override
        public boolean coversLocality(String code) {
            return true;
        }
    };

    private static Client client(LocalDate consent) {
        return new Client(new ClientDetails("SW-1001", null, null, null, "KA10 6EP", "TROON", List.of("PERSONAL_CARE"), 7,
                FundingRoute.DIRECT_PAYMENT, false, false, Preferences.NONE, List.of(), null, null, LocalDate.of(2024, 2, 20), null, consent),
                ANY, TODAY, NOW);
    }

    private static String field(InvalidInputException e) {
        return e.violations().get(0).field();
    }

    private final Client consenting = client(LocalDate.of(2024, 2, 20));

    private Introduction shortlisted(Client c) {
        return new Introduction(c.getId(), "me-1", " Speaks Welsh ", "bea", NOW);
    }

    @Test
    void aShortlistedIntroductionIsIntroducedThenAgreedOnce() {
        Introduction i = shortlisted(consenting);
        assertEquals(IntroductionStatus.SHORTLISTED, i.getStatus());
        assertEquals("Speaks Welsh", i.getNote());
        i.introduce(consenting, TODAY.minusDays(2), TODAY, "bea", NOW);
        assertEquals(IntroductionStatus.INTRODUCED, i.getStatus());
        assertEquals(TODAY.minusDays(2), i.getIntroducedOn());
        assertThrows(ConflictException.class, () -> i.introduce(consenting, TODAY, TODAY, "bea", NOW), "introduced once");
        i.decide(IntroductionStatus.AGREED, DeclinedReason.OTHER, null, TODAY, TODAY, "bea", NOW);
        assertEquals(IntroductionStatus.AGREED, i.getStatus());
        assertNull(i.getDeclinedReason(), "an agreed introduction has no declined reason");
        assertEquals(TODAY, i.getDecidedOn());
        assertThrows(ConflictException.class,
                () -> i.decide(IntroductionStatus.DECLINED, DeclinedReason.OTHER, null, TODAY, TODAY, "bea", NOW), "decided once");
    }

    @Test
    void introducingNeedsTheClientsConsent() {
        Client without = client(null);
        Introduction i = shortlisted(without);
        ConflictException e = assertThrows(ConflictException.class, () -> i.introduce(without, TODAY, TODAY, "bea", NOW));
        assertTrue(e.getMessage().contains("consent"), e.getMessage());
        assertEquals(IntroductionStatus.SHORTLISTED, i.getStatus());
    }

    @Test
    void datesAreNotInTheFutureAndAnOutcomeNotBeforeTheIntroduction() {
        Introduction i = shortlisted(consenting);
        assertEquals("on", field(assertThrows(InvalidInputException.class, () -> i.introduce(consenting, TODAY.plusDays(1), TODAY, "b", NOW))));
        i.introduce(consenting, TODAY.minusDays(2), TODAY, "bea", NOW);
        assertEquals("on", field(assertThrows(InvalidInputException.class,
                () -> i.decide(IntroductionStatus.AGREED, null, null, TODAY.plusDays(1), TODAY, "b", NOW))));
        assertEquals("on", field(assertThrows(InvalidInputException.class,
                () -> i.decide(IntroductionStatus.AGREED, null, null, TODAY.minusDays(3), TODAY, "b", NOW))));
        assertEquals(IntroductionStatus.INTRODUCED, i.getStatus());
    }

    @Test
    void declinedNeedsAReasonAndMayComeStraightFromTheShortlist() {
        Introduction i = shortlisted(consenting);
        assertEquals("reason", field(assertThrows(InvalidInputException.class,
                () -> i.decide(IntroductionStatus.DECLINED, null, null, TODAY, TODAY, "b", NOW))));
        assertThrows(ConflictException.class, () -> i.decide(IntroductionStatus.AGREED, null, null, TODAY, TODAY, "b", NOW),
                "agreed only once introduced");
        i.decide(IntroductionStatus.DECLINED, DeclinedReason.ME_DECLINED, " Full ", TODAY, TODAY, "b", NOW);
        assertEquals(IntroductionStatus.DECLINED, i.getStatus());
        assertEquals(DeclinedReason.ME_DECLINED, i.getDeclinedReason());
        assertEquals("Full", i.getOutcomeNote());
        assertThrows(ConflictException.class, () -> i.introduce(consenting, TODAY, TODAY, "b", NOW), "a declined one is not introduced");
    }

    @Test
    void theOutcomeIsAgreedOrDeclinedOnly() {
        Introduction i = shortlisted(consenting);
        assertEquals("outcome", field(assertThrows(InvalidInputException.class,
                () -> i.decide(IntroductionStatus.INTRODUCED, null, null, TODAY, TODAY, "b", NOW))));
        assertEquals("microEnterpriseId", field(assertThrows(InvalidInputException.class,
                () -> new Introduction(consenting.getId(), null, null, "b", NOW))));
    }
}
