package org.microcare.domain.model.arrangement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.client.Catalogue;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientDetails;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;

/** The rules of making, ending and recording hours under an arrangement, without a container. */
class ArrangementTest {

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
    private static final MicroEnterprise ME = new MicroEnterprise(new MicroEnterpriseDetails("Troon Care Co", "Morag Smith", null, "KA10 6EP",
            List.of("TROON"), List.of("PERSONAL_CARE"), new BigDecimal("20.00"), 30, true, false, false, List.of("en"), List.of(), List.of(),
            null, LocalDate.of(2024, 3, 4), MicroEnterpriseDetails.PublicProfile.NONE), Instant.EPOCH);

    private static Client client(LocalDate consent) {
        return new Client(new ClientDetails("SW-1001", null, null, null, "KA10 6EP", "TROON", List.of("PERSONAL_CARE"), 7,
                FundingRoute.DIRECT_PAYMENT, false, false, Preferences.NONE, List.of(), null, null, LocalDate.of(2024, 2, 20), null, consent),
                ANY, TODAY, NOW);
    }

    private static Terms terms(String from, String to, int hours, String rate) {
        return new Terms(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), hours, new BigDecimal(rate), FundingRoute.DIRECT_PAYMENT);
    }

    private static Arrangement make(Client c, Terms t, boolean visible, int committed) {
        return Arrangement.make(c, ME, t, visible, new Load(t.startsOn(), committed), "broker", NOW);
    }

    private static Arrangement march() {
        return make(client(LocalDate.of(2024, 2, 20)), terms("2024-03-04", "2024-06-30", 7, "20.00"), true, 0);
    }

    private static String field(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).violations().get(0).field();
    }

    @Test
    void anArrangementHoldsItsTermsAndIsActiveFromItsFirstToItsLastDay() {
        Arrangement a = march();
        assertEquals(7, a.getHoursPerWeek());
        assertEquals("20.00", a.getHourlyRate().toPlainString());
        assertEquals(ArrangementStatus.PLANNED, a.statusOn(LocalDate.of(2024, 3, 3)));
        assertEquals(ArrangementStatus.ACTIVE, a.statusOn(LocalDate.of(2024, 3, 4)));
        assertEquals(ArrangementStatus.ACTIVE, a.statusOn(LocalDate.of(2024, 6, 30)));
        assertEquals(ArrangementStatus.ENDED, a.statusOn(LocalDate.of(2024, 7, 1)));
        Arrangement open = make(client(LocalDate.of(2024, 2, 20)), terms("2024-03-04", null, 7, "20.00"), true, 0);
        assertEquals(ArrangementStatus.ACTIVE, open.statusOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void termsThatCannotBeAreRefusedNamingTheField() {
        Client c = client(LocalDate.of(2024, 2, 20));
        assertEquals("endsOn", field(() -> make(c, terms("2024-03-04", "2024-03-03", 7, "20.00"), true, 0)));
        assertEquals("hoursPerWeek", field(() -> make(c, terms("2024-03-04", null, 0, "20.00"), true, 0)));
        assertEquals("hoursPerWeek", field(() -> make(c, terms("2024-03-04", null, 169, "20.00"), true, 0)));
        assertEquals("hourlyRate", field(() -> make(c, terms("2024-03-04", null, 7, "0.00"), true, 0)));
        assertEquals("hourlyRate", field(() -> make(c, terms("2024-03-04", null, 7, "-1.00"), true, 0)));
        assertEquals("hourlyRate", field(() -> make(c, terms("2024-03-04", null, 7, "20.005"), true, 0)));
        make(c, terms("2024-03-04", "2024-03-04", 7, "20.00"), true, 0);
    }

    @Test
    void anMeNotOnTheDirectoryOnTheFirstDayIsRefused() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> make(client(LocalDate.of(2024, 2, 20)), terms("2024-03-04", null, 7, "20.00"), false, 0));
        assertTrue(e.getMessage().contains("not on the directory on 2024-03-04"), e.getMessage());
    }

    @Test
    void withoutConsentByTheFirstDayCareIsNotArranged() {
        assertThrows(ConflictException.class, () -> make(client(null), terms("2024-03-04", null, 7, "20.00"), true, 0));
        ConflictException late = assertThrows(ConflictException.class,
                () -> make(client(LocalDate.of(2024, 3, 5)), terms("2024-03-04", null, 7, "20.00"), true, 0));
        assertTrue(late.getMessage().contains("consent given on 2024-03-05"), late.getMessage());
        make(client(LocalDate.of(2024, 3, 4)), terms("2024-03-04", null, 7, "20.00"), true, 0);
    }

    @Test
    void aClosedClientIsRefused() {
        Client c = client(LocalDate.of(2024, 2, 20));
        c.moveTo(ClientStatus.CLOSED, TODAY, "Moved away", java.util.List.of(), TODAY, NOW);
        ConflictException e = assertThrows(ConflictException.class, () -> make(c, terms("2024-03-20", null, 7, "20.00"), true, 0));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void theHoursMustFitTheSpareCapacityAtThePeak() {
        Client c = client(LocalDate.of(2024, 2, 20));
        make(c, terms("2024-03-04", null, 7, "20.00"), true, 23);
        ConflictException e = assertThrows(ConflictException.class,
                () -> Arrangement.make(c, ME, terms("2024-03-04", null, 8, "20.00"), true, new Load(LocalDate.of(2024, 4, 1), 23), "b", NOW));
        assertTrue(e.getMessage().contains("from 2024-04-01 it has 7 of its 30 hours a week spare"), e.getMessage());
    }

    @Test
    void endingEarlyNeedsAReasonADayWithinTheDatesAndNoLaterHours() {
        Arrangement a = march();
        assertEquals("reason", field(() -> a.end(LocalDate.of(2024, 5, 31), " ", List.of(), "b", NOW)));
        assertEquals("endsOn", field(() -> a.end(LocalDate.of(2024, 3, 3), "Moved", List.of(), "b", NOW)));
        assertEquals("endsOn", field(() -> a.end(LocalDate.of(2024, 7, 1), "Moved", List.of(), "b", NOW)));
        MonthlyHours may = a.recordHours(YearMonth.of(2024, 5), new BigDecimal("30"), Optional.empty(), "b", NOW);
        assertThrows(ConflictException.class, () -> a.end(LocalDate.of(2024, 4, 30), "Moved", List.of(may), "b", NOW));
        a.end(LocalDate.of(2024, 5, 31), "Moved to her daughter's", List.of(may), "b", NOW);
        assertEquals(LocalDate.of(2024, 5, 31), a.getEndsOn());
        assertEquals(ArrangementStatus.ENDED, a.statusOn(LocalDate.of(2024, 6, 1)));
        assertThrows(ConflictException.class, () -> a.end(LocalDate.of(2024, 5, 1), "Again", List.of(), "b", NOW));
    }

    @Test
    void theTopUpIsForADayWithinTheArrangement() {
        Arrangement a = march();
        assertEquals("21.14", a.topUp(LocalDate.of(2024, 3, 15), new BigDecimal("16.98")).topUpPerWeek().toPlainString());
        assertEquals("1.36", a.topUp(LocalDate.of(2024, 4, 1), new BigDecimal("18.64")).topUpPerHour().toPlainString());
        assertEquals("on", field(() -> a.topUp(LocalDate.of(2024, 3, 3), new BigDecimal("16.98"))));
        assertEquals("on", field(() -> a.topUp(LocalDate.of(2024, 7, 1), new BigDecimal("16.98"))));
    }

    @Test
    void monthlyHoursAreForAMonthOfTheArrangementAtMostTwentyFourADayAndReplaceTheMonthsFigure() {
        Arrangement a = march();
        assertEquals("month", field(() -> a.recordHours(YearMonth.of(2024, 2), BigDecimal.ONE, Optional.empty(), "b", NOW)));
        assertEquals("month", field(() -> a.recordHours(YearMonth.of(2024, 7), BigDecimal.ONE, Optional.empty(), "b", NOW)));
        assertEquals(28, a.daysIn(YearMonth.of(2024, 3)));
        assertEquals("hours", field(() -> a.recordHours(YearMonth.of(2024, 3), new BigDecimal("672.01"), Optional.empty(), "b", NOW)));
        assertEquals("hours", field(() -> a.recordHours(YearMonth.of(2024, 3), new BigDecimal("-1"), Optional.empty(), "b", NOW)));
        assertEquals("hours", field(() -> a.recordHours(YearMonth.of(2024, 3), new BigDecimal("1.001"), Optional.empty(), "b", NOW)));
        MonthlyHours march = a.recordHours(YearMonth.of(2024, 3), new BigDecimal("30.5"), Optional.empty(), "b", NOW);
        assertEquals("30.50", march.getHours().toPlainString());
        assertEquals(LocalDate.of(2024, 3, 1), march.getMonth());
        MonthlyHours again = a.recordHours(YearMonth.of(2024, 3), new BigDecimal("0"), Optional.of(march), "c", NOW);
        assertEquals(march.getId(), again.getId());
        assertEquals("0.00", again.getHours().toPlainString());
        assertEquals("c", again.getRecordedBy());
    }
}
