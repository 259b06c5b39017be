package org.microcare.domain.model.concern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;

class ConcernTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    private static ConcernDetails details(String me, String client, LocalDate on, ConcernCategory category, boolean safeguarding) {
        return new ConcernDetails(ConcernKind.COMPLAINT, me, client, null, on, "client's daughter", ConcernSource.FAMILY, category,
                safeguarding, "Carer arrived late three times");
    }

    private static Concern raised() {
        return new Concern(details("me-1", "client-1", TODAY.minusDays(3), ConcernCategory.MISSED_VISIT, false), TODAY, "bea", Instant.EPOCH);
    }

    private static String field(InvalidInputException e) {
        return e.violations().get(0).field();
    }

    @Test
    void aConcernIsOpenWhenRaisedAndKeepsWhoRaisedIt() {
        Concern c = raised();
        assertTrue(c.isOpen());
        assertEquals(CaseState.OPEN, c.getStatus());
        assertEquals("client's daughter", c.getRaisedBy());
        assertEquals(ConcernSource.FAMILY, c.getSource());
        assertFalse(c.isSafeguarding());
    }

    @Test
    void aConcernIsAboutAnMeOrAClientOrBoth() {
        new Concern(details("me-1", null, TODAY, ConcernCategory.CONDUCT, false), TODAY, "bea", Instant.EPOCH);
        new Concern(details(null, "client-1", TODAY, ConcernCategory.CONDUCT, false), TODAY, "bea", Instant.EPOCH);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Concern(details(null, null, TODAY, ConcernCategory.CONDUCT, false), TODAY, "bea", Instant.EPOCH));
        assertEquals("microEnterpriseId", field(e));
    }

    @Test
    void aSafeguardingCategoryIsAlwaysFlaggedAndAnotherMayBe() {
        assertTrue(new Concern(details("me-1", null, TODAY, ConcernCategory.SAFEGUARDING, false), TODAY, "bea", Instant.EPOCH).isSafeguarding());
        assertTrue(new Concern(details("me-1", null, TODAY, ConcernCategory.MONEY, true), TODAY, "bea", Instant.EPOCH).isSafeguarding());
    }

    @Test
    void aConcernIsNotRaisedInTheFuture() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Concern(details("me-1", null, TODAY.plusDays(1), ConcernCategory.OTHER, false), TODAY, "bea", Instant.EPOCH));
        assertEquals("raisedOn", field(e));
    }

    @Test
    void whoRaisedItAndWhatHappenedAreRequired() {
        ConcernDetails noOne = new ConcernDetails(ConcernKind.CONCERN, "me-1", null, null, TODAY, " ", ConcernSource.OTHER,
                ConcernCategory.OTHER, false, "x");
        assertEquals("raisedBy", field(assertThrows(InvalidInputException.class, () -> new Concern(noOne, TODAY, "bea", Instant.EPOCH))));
        ConcernDetails nothing = new ConcernDetails(ConcernKind.CONCERN, "me-1", null, null, TODAY, "Sam", ConcernSource.OTHER,
                ConcernCategory.OTHER, false, "");
        assertEquals("description", field(assertThrows(InvalidInputException.class, () -> new Concern(nothing, TODAY, "bea", Instant.EPOCH))));
    }

    @Test
    void closingNeedsAnOutcomeAndHappensOnce() {
        Concern c = raised();
        assertEquals("outcome", field(assertThrows(InvalidInputException.class, () -> c.close(null, "n", TODAY, TODAY, "bea"))));
        assertTrue(c.isOpen(), "nothing changed");
        c.close(ConcernOutcome.PARTLY_UPHELD, "Rota changed", TODAY, TODAY, "bea");
        assertEquals(CaseState.CLOSED, c.getStatus());
        assertEquals(ConcernOutcome.PARTLY_UPHELD, c.getOutcome());
        assertEquals("bea", c.getClosedBy());
        assertThrows(ConflictException.class, () -> c.close(ConcernOutcome.UPHELD, null, TODAY, TODAY, "ben"));
        assertEquals(ConcernOutcome.PARTLY_UPHELD, c.getOutcome(), "the first close stands");
    }

    @Test
    void aConcernIsClosedNeitherInTheFutureNorBeforeItWasRaised() {
        Concern c = raised();
        assertEquals("closedOn", field(assertThrows(InvalidInputException.class,
                () -> c.close(ConcernOutcome.UPHELD, null, TODAY.plusDays(1), TODAY, "bea"))));
        assertEquals("closedOn", field(assertThrows(InvalidInputException.class,
                () -> c.close(ConcernOutcome.UPHELD, null, c.getRaisedOn().minusDays(1), TODAY, "bea"))));
        c.close(ConcernOutcome.UPHELD, null, c.getRaisedOn(), TODAY, "bea");
        assertEquals(c.getRaisedOn(), c.getClosedOn());
    }

    @Test
    void aReassessmentRequestIsNotInTheFutureHasAReasonAndClosesOnceWithANote() {
        assertEquals("requestedOn", field(assertThrows(InvalidInputException.class,
                () -> new ReassessmentRequest("client-1", TODAY.plusDays(1), "Broker", "Needs more hours", TODAY, "bea", Instant.EPOCH))));
        assertEquals("reason", field(assertThrows(InvalidInputException.class,
                () -> new ReassessmentRequest("client-1", TODAY, "Broker", " ", TODAY, "bea", Instant.EPOCH))));
        ReassessmentRequest r = new ReassessmentRequest("client-1", TODAY.minusDays(2), "Broker", "Needs more hours", TODAY, "bea",
                Instant.EPOCH);
        assertTrue(r.isOpen());
        assertEquals("outcomeNote", field(assertThrows(InvalidInputException.class, () -> r.close(" ", TODAY, TODAY, "bea"))));
        assertEquals("closedOn", field(assertThrows(InvalidInputException.class, () -> r.close("Hours raised", TODAY.minusDays(3), TODAY, "bea"))));
        assertEquals("closedOn", field(assertThrows(InvalidInputException.class, () -> r.close("Hours raised", TODAY.plusDays(1), TODAY, "bea"))));
        r.close("Hours raised to 10", TODAY, TODAY, "bea");
        assertFalse(r.isOpen());
        assertThrows(ConflictException.class, () -> r.close("Again", TODAY, TODAY, "bea"));
        assertEquals("Hours raised to 10", r.getOutcomeNote());
    }
}
