package org.microcare.domain.model.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.directory.ComplianceWindows.Evidence;
import org.microcare.domain.model.directory.ComplianceWindows.Requirement;
import org.microcare.domain.model.directory.ComplianceWindows.Window;

class ComplianceWindowsTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final Requirement DBS = new Requirement("DBS", JAN, null, false, Set.of());
    static final Requirement INSURANCE = new Requirement("INSURANCE", JAN, null, false, Set.of());

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void nothingRequiredMeansAlwaysCompliant() {
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, null)), ComplianceWindows.of(List.of(), List.of(), List.of("CARE"), false));
    }

    @Test
    void compliantFromTheLastCheckUntilTheFirstExpiry() {
        List<Window> w = ComplianceWindows.of(List.of(DBS, INSURANCE),
                List.of(new Evidence("DBS", d("2024-02-01"), null), new Evidence("INSURANCE", d("2024-03-01"), d("2025-03-01"))),
                List.of("CARE"), false);
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, JAN), new Window(d("2024-03-01"), d("2025-03-01"))), w);
    }

    @Test
    void aRenewalCheckedBeforeTheOldExpiryKeepsOneUnbrokenRange() {
        List<Window> w = ComplianceWindows.of(List.of(DBS), List.of(new Evidence("DBS", d("2024-02-01"), d("2024-06-01")),
                new Evidence("DBS", d("2024-05-20"), d("2025-05-20"))), List.of(), false);
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, JAN), new Window(d("2024-02-01"), d("2025-05-20"))), w);
    }

    @Test
    void aGapBetweenExpiryAndRenewalIsAGap() {
        List<Window> w = ComplianceWindows.of(List.of(DBS), List.of(new Evidence("DBS", d("2024-02-01"), d("2024-06-01")),
                new Evidence("DBS", d("2024-06-10"), null)), List.of(), false);
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, JAN), new Window(d("2024-02-01"), d("2024-06-01")),
                new Window(d("2024-06-10"), null)), w);
    }

    @Test
    void aRequirementComingIntoForceLaterEndsTheRangeThatDay() {
        Requirement training = new Requirement("FIRST_AID", d("2025-01-01"), null, false, Set.of());
        List<Window> w = ComplianceWindows.of(List.of(DBS, training), List.of(new Evidence("DBS", d("2023-12-01"), null)), List.of(), false);
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, d("2025-01-01"))), w);
    }

    @Test
    void aRetiredRequirementStopsMatteringOnItsLastDay() {
        Requirement old = new Requirement("OLD", JAN, d("2024-07-01"), false, Set.of());
        List<Window> w = ComplianceWindows.of(List.of(old), List.of(), List.of(), false);
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, JAN), new Window(d("2024-07-01"), null)), w);
    }

    @Test
    void serviceAndMedicationRequirementsApplyOnlyToThoseMes() {
        Requirement food = new Requirement("FOOD_HYGIENE", JAN, null, false, Set.of("MEALS"));
        Requirement meds = new Requirement("MEDICATION", JAN, null, true, Set.of());
        List<Window> always = List.of(new Window(ComplianceWindows.ALWAYS, null));
        assertEquals(always, ComplianceWindows.of(List.of(food, meds), List.of(), List.of("CARE"), false));
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, JAN)), ComplianceWindows.of(List.of(food, meds), List.of(), List.of("MEALS"), false));
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, JAN), new Window(d("2024-04-01"), null)),
                ComplianceWindows.of(List.of(food, meds), List.of(new Evidence("MEDICATION", d("2024-04-01"), null)), List.of("CARE"), true));
    }

    @Test
    void evidenceForAnotherRequirementDoesNotCount() {
        List<Window> w = ComplianceWindows.of(List.of(DBS), List.of(new Evidence("INSURANCE", d("2024-02-01"), null)), List.of(), false);
        assertEquals(List.of(new Window(ComplianceWindows.ALWAYS, JAN)), w);
    }
}
