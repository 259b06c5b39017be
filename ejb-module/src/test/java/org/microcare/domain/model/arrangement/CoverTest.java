package org.microcare.domain.model.arrangement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.arrangement.ArrangementRefusedException.Rule;
import org.microcare.domain.model.client.Catalogue;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientDetails;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails;

/** The rules of cover for an absence (the days it needs, who may cover, ending with the absence), without a container. */
class CoverTest {

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
    private static final MicroEnterprise AWAY = me("Away Care");
    private static final MicroEnterprise COVER = me("Ceri Cover");
    private static final Client CLIENT = new Client(new ClientDetails("SW-1001", null, null, null, "KA10 6EP", "TROON", List.of("PERSONAL_CARE"), 7,
            FundingRoute.SDS_OPTION_2, false, false, Preferences.NONE, List.of(), null, null, LocalDate.of(2024, 2, 20), null,
            LocalDate.of(2024, 2, 20)), ANY, TODAY, NOW);

    private static MicroEnterprise me(String name) {
        return new MicroEnterprise(new MicroEnterpriseDetails(name, "Owner", null, "KA10 6EP", List.of("TROON"), List.of("PERSONAL_CARE"),
                new BigDecimal("20.00"), 30, true, false, false, List.of("en"), List.of(), List.of(), null, LocalDate.of(2024, 1, 4),
                MicroEnterpriseDetails.PublicProfile.NONE), Instant.EPOCH);
    }

    private static Arrangement arrangement(String from, String to) {
        return Arrangement.make(CLIENT, AWAY, new Terms(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), 7,
                new BigDecimal("20.00"), FundingRoute.SDS_OPTION_2), true, Load.none(LocalDate.parse(from)), "broker", NOW);
    }

    private static Absence away(MicroEnterprise me, String from, String to) {
        return me.recordAbsence(LocalDate.parse(from), LocalDate.parse(to), true, null, List.of(), "broker", NOW);
    }

    private static Arrangement cover(Arrangement covered, Absence absence, List<Absence> coverAway, List<Arrangement> sofar) {
        return Arrangement.cover(covered, absence, CLIENT, COVER, new BigDecimal("19.00"), coverAway, sofar, TODAY, true, Load.none(TODAY),
                "broker", NOW);
    }

    private static Rule refused(Runnable r) {
        return assertThrows(ArrangementRefusedException.class, r::run).rule();
    }

    @Test
    void coverIsNeededOnTheDaysOfTheAbsenceStillToComeThatTheArrangementIsActive() {
        Absence absence = away(AWAY, "2024-03-10", "2024-03-25");
        assertEquals(Optional.of(new CoverDays(TODAY, LocalDate.of(2024, 3, 25))), arrangement("2024-03-01", null).coverDays(absence, TODAY),
                "not before today");
        assertEquals(Optional.of(new CoverDays(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 22))),
                arrangement("2024-03-20", "2024-03-22").coverDays(absence, TODAY), "within the arrangement");
        assertEquals(Optional.empty(), arrangement("2024-03-01", "2024-03-12").coverDays(absence, TODAY), "over before today");
        assertEquals(Optional.empty(), arrangement("2024-03-26", null).coverDays(absence, TODAY), "starts after the absence");
        Absence other = away(COVER, "2024-03-16", "2024-03-20");
        assertEquals(Optional.empty(), arrangement("2024-03-01", null).coverDays(other, TODAY), "another ME's absence");
        absence.cancel("Called off", "broker", NOW);
        assertEquals(Optional.empty(), arrangement("2024-03-01", null).coverDays(absence, TODAY), "a cancelled absence");
    }

    @Test
    void aCoverTakesTheCoveredHoursAndFundingAndEndsWithTheAbsence() {
        Arrangement covered = arrangement("2024-03-01", null);
        Absence absence = away(AWAY, "2024-03-18", "2024-03-22");
        Arrangement cover = cover(covered, absence, List.of(), List.of());
        assertEquals(LocalDate.of(2024, 3, 18), cover.getStartsOn());
        assertEquals(LocalDate.of(2024, 3, 22), cover.getEndsOn());
        assertEquals(7, cover.getHoursPerWeek());
        assertEquals(FundingRoute.SDS_OPTION_2, cover.getFunding());
        assertEquals("19.00", cover.getHourlyRate().toPlainString());
        assertEquals(COVER.getId(), cover.getMicroEnterpriseId());
        assertEquals(absence.getId(), cover.getCoverForAbsenceId());
        assertEquals(covered.getId(), cover.getCoversArrangementId());
        assertTrue(cover.isCover());
        assertFalse(covered.isCover());
        assertNull(covered.getCoverForAbsenceId());
    }

    @Test
    void coverIsRefusedByItsOwnRulesAndThoseOfEveryArrangement() {
        Arrangement covered = arrangement("2024-03-01", null);
        Absence absence = away(AWAY, "2024-03-18", "2024-03-22");
        assertEquals(Rule.COVER_AWAY, refused(() -> cover(covered, absence, List.of(away(COVER, "2024-03-22", "2024-03-30")), List.of())));
        Arrangement first = cover(covered, absence, List.of(), List.of());
        assertEquals(Rule.ALREADY_COVERED, refused(() -> cover(covered, absence, List.of(), List.of(first))));
        first.end(LocalDate.of(2024, 3, 19), "Ill", List.of(), "broker", NOW);
        cover(covered, absence, List.of(), List.of(first)); // an ended cover leaves room for another
        assertEquals(Rule.NOTHING_TO_COVER, refused(() -> cover(arrangement("2024-03-01", "2024-03-17"), absence, List.of(), List.of())));
        assertEquals(Rule.SAME_MICRO_ENTERPRISE, refused(() -> Arrangement.cover(covered, absence, CLIENT, AWAY, new BigDecimal("19.00"),
                List.of(), List.of(), TODAY, true, Load.none(TODAY), "broker", NOW)));
        assertEquals(Rule.NOT_ON_DIRECTORY, refused(() -> Arrangement.cover(covered, absence, CLIENT, COVER, new BigDecimal("19.00"),
                List.of(), List.of(), TODAY, false, Load.none(TODAY), "broker", NOW)));
        assertEquals(Rule.NO_CAPACITY, refused(() -> Arrangement.cover(covered, absence, CLIENT, COVER, new BigDecimal("19.00"),
                List.of(), List.of(), TODAY, true, new Load(TODAY, 24), "broker", NOW)));
        absence.cancel("Called off", "broker", NOW);
        assertEquals(Rule.ABSENCE_CANCELLED, refused(() -> cover(covered, absence, List.of(), List.of())));
    }

    @Test
    void cancellingTheAbsenceEndsItsCoverTodayOrOnItsFirstDay() {
        Arrangement covered = arrangement("2024-03-01", null);
        Absence running = away(AWAY, "2024-03-10", "2024-03-25");
        Arrangement begun = cover(covered, running, List.of(), List.of());
        running.cancel("Back early", "broker", NOW);
        assertTrue(begun.endWithCancelledAbsence(running, TODAY, List.of(), "broker", NOW));
        assertEquals(TODAY, begun.getEndsOn());
        assertTrue(begun.getEndedReason().contains("Back early"), begun.getEndedReason());
        assertFalse(begun.endWithCancelledAbsence(running, TODAY, List.of(), "broker", NOW), "once");

        Absence later = away(AWAY, "2024-04-01", "2024-04-05");
        Arrangement notBegun = cover(covered, later, List.of(), List.of());
        later.cancel("Holiday off", "broker", NOW);
        assertTrue(notBegun.endWithCancelledAbsence(later, TODAY, List.of(), "broker", NOW));
        assertEquals(LocalDate.of(2024, 4, 1), notBegun.getEndsOn());
        assertFalse(covered.endWithCancelledAbsence(later, TODAY, List.of(), "broker", NOW), "not a cover of it");
    }
}
