package org.microcare.domain.model.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;

/** The rules of a client's record and of its case, without a container. */
class ClientTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final Instant NOW = Instant.parse("2024-03-15T10:00:00Z");

    private static Catalogue catalogue(Set<String> services, Set<String> localities) {
        return new Catalogue() {
            @Override
            public boolean offersService(String code) {
                return services.contains(code);
            }

            @Override
            public boolean coversLocality(String code) {
                return localities.contains(code);
            }
        };
    }

    private static final Catalogue COUNCIL = catalogue(Set.of("PERSONAL_CARE", "RESPITE"), Set.of("TROON", "AYR"));

    private static ClientDetails details(String reference, List<String> services, String locality, Integer hours, LocalDate referred,
                                         LocalDate consent) {
        return new ClientDetails(reference, null, null, null, "KA10 6EP", locality, services, hours, FundingRoute.DIRECT_PAYMENT, true,
                false, new Preferences(CarerGender.FEMALE, "cy", true, List.of("DEMENTIA")),
                List.of(new PreferredTime(Weekday.TUE, LocalTime.of(10, 0), LocalTime.of(12, 0))), null, null, referred, null, consent);
    }

    private static ClientDetails valid() {
        return details("SW-1001", List.of("PERSONAL_CARE"), "TROON", 7, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 20));
    }

    private static List<String> fields(Runnable r) {
        InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aNewClientWaitsFromTheDayTheyWereReferredWithTheirNeedsAsRows() {
        Client c = new Client(valid(), COUNCIL, TODAY, NOW);
        assertEquals(ClientStatus.WAITING, c.getStatus());
        assertEquals(LocalDate.of(2024, 2, 20), c.getStatusSince());
        assertEquals(List.of("PERSONAL_CARE"), c.getServicesNeeded());
        assertEquals(List.of("DEMENTIA"), c.getPreferences().specialisms());
        assertEquals(CarerGender.FEMALE, c.getPreferences().carerGender());
        assertEquals(1, c.getPreferredTimes().size());
        assertEquals(List.of(ClientStatus.MATCHED, ClientStatus.SUPPORTED, ClientStatus.CLOSED), c.allowedMoves());
    }

    @Test
    void codesMustBeTheCouncilsAndHoursAWholeWeekAtMost() {
        assertEquals(List.of("servicesNeeded"), fields(() -> new Client(details("R1", List.of("GARDENING"), "TROON", 7, TODAY, null),
                COUNCIL, TODAY, NOW)));
        assertEquals(List.of("locality"), fields(() -> new Client(details("R1", List.of("RESPITE"), "PARIS", 7, TODAY, null),
                COUNCIL, TODAY, NOW)));
        assertEquals(List.of("servicesNeeded"), fields(() -> new Client(details("R1", List.of(), "TROON", 7, TODAY, null),
                COUNCIL, TODAY, NOW)));
        for (Integer hours : new Integer[] {null, 0, -1, 169}) {
            assertEquals(List.of("hoursPerWeek"), fields(() -> new Client(details("R1", List.of("RESPITE"), "TROON", hours, TODAY, null),
                    COUNCIL, TODAY, NOW)), "hours " + hours);
        }
        new Client(details("R1", List.of("RESPITE"), "TROON", 168, TODAY, null), COUNCIL, TODAY, NOW);
        new Client(details("R1", List.of("RESPITE"), "TROON", 1, TODAY, null), COUNCIL, TODAY, NOW);
    }

    @Test
    void aRetiredCodeTheRecordHoldsMayStayButNotBeAdded() {
        Client c = new Client(valid(), COUNCIL, TODAY, NOW);
        Catalogue retired = catalogue(Set.of("RESPITE"), Set.of("AYR"));
        c.update(valid(), retired, TODAY, NOW);
        assertEquals("TROON", c.getLocality());
        assertEquals(List.of("locality"), fields(() -> c.update(details("SW-1001", List.of("PERSONAL_CARE"), "AYR2", 7,
                LocalDate.of(2024, 2, 20), null), retired, TODAY, NOW)));
        Client fresh = new Client(details("R2", List.of("RESPITE"), "AYR", 7, TODAY, null), retired, TODAY, NOW);
        assertEquals(List.of("servicesNeeded"), fields(() -> fresh.update(details("R2", List.of("PERSONAL_CARE"), "AYR", 7, TODAY, null),
                retired, TODAY, NOW)));
    }

    @Test
    void referralAndConsentAreNotInTheFutureNorBefore1900() {
        assertEquals(List.of("consentGivenOn"), fields(() -> new Client(details("R1", List.of("RESPITE"), "TROON", 7, TODAY,
                TODAY.plusDays(1)), COUNCIL, TODAY, NOW)));
        assertEquals(List.of("consentGivenOn"), fields(() -> new Client(details("R1", List.of("RESPITE"), "TROON", 7, TODAY,
                LocalDate.of(1899, 12, 31)), COUNCIL, TODAY, NOW)));
        assertEquals(List.of("referredOn"), fields(() -> new Client(details("R1", List.of("RESPITE"), "TROON", 7, TODAY.plusDays(1),
                null), COUNCIL, TODAY, NOW)));
        assertEquals(List.of("reference"), fields(() -> new Client(details(" ", List.of("RESPITE"), "TROON", 7, TODAY, null),
                COUNCIL, TODAY, NOW)));
    }

    @Test
    void aCaseIsNotClosedWhileCareRunsPastTheClosingDayNamingTheArrangements() {
        Client c = new Client(details("R1", List.of("RESPITE"), "TROON", 7, LocalDate.of(2024, 3, 1), null), COUNCIL, TODAY, NOW);
        CareSpan ended = new CareSpan("a-ended", "Ayr Care", TODAY.minusDays(40), TODAY.minusDays(10));
        CareSpan future = new CareSpan("a-future", "Troon Care Co", TODAY.plusDays(7), null);
        CareSpan current = new CareSpan("a-current", "Prestwick Help", TODAY.minusDays(5), TODAY.plusDays(20));
        ClientCloseRefusedException refused = assertThrows(ClientCloseRefusedException.class,
                () -> c.moveTo(ClientStatus.CLOSED, TODAY, "Moved away", List.of(future, ended, current), TODAY, NOW));
        assertEquals(List.of(current, future), refused.care(), "the running ones, earliest start first");
        assertTrue(refused.getMessage().contains("a-current with Prestwick Help") && refused.getMessage().contains("a-future with Troon Care Co")
                && refused.getMessage().contains("(open-ended)"), refused.getMessage());
        assertEquals(ClientStatus.WAITING, c.getStatus(), "nothing changed");
        assertThrows(ClientCloseRefusedException.class, () -> c.moveTo(ClientStatus.CLOSED, TODAY.minusDays(11), "Moved away", List.of(ended),
                TODAY, NOW), "care ran past a back-dated closing day");

        c.moveTo(ClientStatus.CLOSED, TODAY, "Moved away", List.of(ended, new CareSpan("a-last", "Ayr Care", TODAY.minusDays(3), TODAY)),
                TODAY, NOW);
        assertEquals(ClientStatus.CLOSED, c.getStatus(), "closed on the last day of care");
    }

    @Test
    void matchingNeedsConsentAndClosingAReason() {
        Client c = new Client(details("R1", List.of("RESPITE"), "TROON", 7, LocalDate.of(2024, 3, 1), null), COUNCIL, TODAY, NOW);
        assertThrows(ConflictException.class, () -> c.moveTo(ClientStatus.MATCHED, TODAY, null, java.util.List.of(), TODAY, NOW));
        assertThrows(ConflictException.class, () -> c.moveTo(ClientStatus.WAITING, TODAY, null, java.util.List.of(), TODAY, NOW), "already waiting");
        assertEquals(List.of("reason"), fields(() -> c.moveTo(ClientStatus.CLOSED, TODAY, " ", java.util.List.of(), TODAY, NOW)));
        assertEquals(List.of("on"), fields(() -> c.moveTo(ClientStatus.CLOSED, TODAY.plusDays(1), "Moved away", java.util.List.of(), TODAY, NOW)));
        assertEquals(List.of("on"), fields(() -> c.moveTo(ClientStatus.CLOSED, LocalDate.of(2024, 2, 1), "Moved away", java.util.List.of(), TODAY, NOW)));
        assertEquals(ClientStatus.WAITING, c.getStatus(), "nothing changed");

        c.moveTo(ClientStatus.CLOSED, TODAY, " Moved to family in Leeds ", java.util.List.of(), TODAY, NOW);
        assertEquals(ClientStatus.CLOSED, c.getStatus());
        assertEquals(TODAY, c.getClosedOn());
        assertEquals("Moved to family in Leeds", c.getClosedReason());
        assertEquals(List.of(ClientStatus.WAITING), c.allowedMoves());
        assertThrows(ConflictException.class, () -> c.moveTo(ClientStatus.SUPPORTED, TODAY, null, java.util.List.of(), TODAY, NOW));

        c.moveTo(ClientStatus.WAITING, TODAY, null, java.util.List.of(), TODAY, NOW);
        assertNull(c.getClosedOn());
        assertNull(c.getClosedReason());
    }

    @Test
    void aMatchedClientKeepsTheirConsentOnRecord() {
        Client c = new Client(valid(), COUNCIL, TODAY, NOW);
        c.moveTo(ClientStatus.MATCHED, TODAY, null, java.util.List.of(), TODAY, NOW);
        assertEquals(ClientStatus.MATCHED, c.getStatus());
        assertEquals(List.of("consentGivenOn"), fields(() -> c.update(details("SW-1001", List.of("PERSONAL_CARE"), "TROON", 7,
                LocalDate.of(2024, 2, 20), null), COUNCIL, TODAY, NOW)));
        assertTrue(c.hasConsent());
    }

    @Test
    void preferredTimesEndAfterTheyStartAndAreNotRepeated() {
        ClientDetails backwards = new ClientDetails("R1", null, null, null, "KA10 6EP", "TROON", List.of("RESPITE"), 7,
                FundingRoute.PRIVATE, false, false, Preferences.NONE,
                List.of(new PreferredTime(Weekday.MON, LocalTime.of(12, 0), LocalTime.of(10, 0))), null, null, TODAY, null, null);
        assertEquals(List.of("preferredTimes"), fields(() -> new Client(backwards, COUNCIL, TODAY, NOW)));
        PreferredTime mon = new PreferredTime(Weekday.MON, LocalTime.of(9, 0), LocalTime.of(10, 0));
        ClientDetails twice = new ClientDetails("R1", null, null, null, "KA10 6EP", "TROON", List.of("RESPITE"), 7,
                FundingRoute.PRIVATE, false, false, Preferences.NONE, List.of(mon, mon), null, null, TODAY, null, null);
        assertEquals(List.of("preferredTimes"), fields(() -> new Client(twice, COUNCIL, TODAY, NOW)));
    }

    private static Client withPersonalDetails() {
        ClientDetails d = new ClientDetails("SW-1001", "Morag Reid", "01292 000000", "morag@example.org", "KA10 6EP", "TROON",
                List.of("PERSONAL_CARE"), 7, FundingRoute.DIRECT_PAYMENT, true, true,
                new Preferences(CarerGender.FEMALE, "cy", true, List.of("DEMENTIA")),
                List.of(new PreferredTime(Weekday.TUE, LocalTime.of(10, 0), LocalTime.of(12, 0))), "Sam Social", "sam@council.gov.uk",
                LocalDate.of(2024, 2, 20), "GP", LocalDate.of(2024, 2, 20));
        return new Client(d, COUNCIL, TODAY, NOW);
    }

    @Test
    void onlyAClosedCasesPersonalDetailsAreErasedAndOnlyOnce() {
        Client c = withPersonalDetails();
        for (ClientStatus open : List.of(ClientStatus.WAITING, ClientStatus.MATCHED, ClientStatus.SUPPORTED)) {
            if (c.getStatus() != open) {
                c.moveTo(open, TODAY, null, java.util.List.of(), TODAY, NOW);
            }
            ConflictException refused = assertThrows(ConflictException.class, () -> c.erase("ada.admin", NOW), open.name());
            assertTrue(refused.getMessage().contains("close it first"), refused.getMessage());
            assertEquals("Morag Reid", c.getName(), "nothing erased while " + open);
        }
        c.moveTo(ClientStatus.CLOSED, TODAY, "Moved in with her daughter Jane", java.util.List.of(), TODAY, NOW);
        Instant later = NOW.plusSeconds(60);
        c.erase("ada.admin", later);

        assertTrue(c.isErased());
        assertEquals(later, c.getErasedAt());
        assertEquals("ada.admin", c.getErasedBy());
        assertEquals(Client.ERASED_REFERENCE + c.getId(), c.getReference(), "the council's reference leads back to the person");
        for (Object gone : new Object[] {c.getName(), c.getPhone(), c.getEmail(), c.getPostcode(), c.getSocialWorkerName(),
                c.getSocialWorkerContact(), c.getClosedReason(), c.getPreferences().carerGender(), c.getPreferences().language()}) {
            assertNull(gone);
        }
        assertEquals(false, c.getPreferences().hasPets());
        assertEquals(List.of(), c.getPreferences().specialisms());
        assertEquals(List.of(), c.getPreferredTimes());

        assertEquals(List.of("PERSONAL_CARE"), c.getServicesNeeded(), "what reports need stays");
        assertEquals("TROON", c.getLocality());
        assertEquals(7, c.getHoursPerWeek());
        assertEquals(FundingRoute.DIRECT_PAYMENT, c.getFundingRoute());
        assertTrue(c.isPersonalCareNeeded() && c.isMedicationNeeded());
        assertEquals(LocalDate.of(2024, 2, 20), c.getReferredOn());
        assertEquals(LocalDate.of(2024, 2, 20), c.getConsentGivenOn());
        assertEquals(ClientStatus.CLOSED, c.getStatus());
        assertEquals(TODAY, c.getClosedOn());

        ConflictException again = assertThrows(ConflictException.class, () -> c.erase("ada.admin", later.plusSeconds(1)));
        assertTrue(again.getMessage().contains("already erased"), again.getMessage());
        assertEquals(later, c.getErasedAt(), "the first erasure stands");
    }

    @Test
    void anErasedRecordIsNeitherChangedNorReopened() {
        Client c = withPersonalDetails();
        c.moveTo(ClientStatus.CLOSED, TODAY, "Moved away", java.util.List.of(), TODAY, NOW);
        c.erase("system", NOW);
        assertEquals(List.of(), c.allowedMoves());
        assertThrows(ConflictException.class, () -> c.moveTo(ClientStatus.WAITING, TODAY, null, java.util.List.of(), TODAY, NOW));
        assertThrows(ConflictException.class, () -> c.update(valid(), COUNCIL, TODAY, NOW));
        assertEquals(ClientStatus.CLOSED, c.getStatus());
        assertNull(c.getName());
    }

    @Test
    void retentionHasPassedTheDayAfterClosurePlusTheCouncilsYears() {
        Client c = withPersonalDetails();
        assertEquals(false, c.retentionHasPassed(6, TODAY.plusYears(50)), "an open case is kept");
        assertNull(c.keptUntil(6));
        c.moveTo(ClientStatus.CLOSED, TODAY, "Moved away", java.util.List.of(), TODAY, NOW);
        assertEquals(TODAY.plusYears(6), c.keptUntil(6));
        assertEquals(false, c.retentionHasPassed(6, TODAY.plusYears(6)), "kept through the last day");
        assertEquals(true, c.retentionHasPassed(6, TODAY.plusYears(6).plusDays(1)));
        assertEquals(true, c.retentionHasPassed(1, TODAY.plusYears(1).plusDays(1)), "the council's own period");
        c.erase("system", NOW);
        assertEquals(false, c.retentionHasPassed(6, TODAY.plusYears(10)), "already erased");
    }
}
