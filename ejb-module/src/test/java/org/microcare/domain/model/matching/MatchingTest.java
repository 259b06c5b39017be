package org.microcare.domain.model.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.Gender;

class MatchingTest {

    private static AvailabilitySlot slot(Weekday day, String from, String to) {
        return new AvailabilitySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    /** Mrs Jones in Troon: Tuesday and Thursday mornings, a woman who speaks Welsh, a dog at home, dementia. */
    private static final MatchCriteria JONES = new MatchCriteria(Set.of("PERSONAL_CARE"), "TROON", 7, true, false,
            List.of(slot(Weekday.TUE, "09:00", "12:00"), slot(Weekday.THU, "09:00", "12:00")), Gender.FEMALE, "cy", true,
            Set.of("DEMENTIA"));

    private static Candidate me(String id, String name, int clients, Gender gender, Set<String> languages, Set<String> specialisms,
                                boolean pets, List<AvailabilitySlot> windows) {
        return new Candidate(id, name, 20, clients, gender, languages, specialisms, pets, windows);
    }

    @Test
    void meetingEveryPreferenceScoresFullMarksAndSaysWhy() {
        Candidate ceri = me("1", "Ceri Cares", 0, Gender.FEMALE, Set.of("cy", "en"), Set.of("DEMENTIA"), true,
                List.of(slot(Weekday.TUE, "08:00", "13:00"), slot(Weekday.THU, "09:00", "12:00")));
        Match m = Matching.score(JONES, ceri);
        assertEquals(100, m.score());
        assertEquals(List.of(), m.unmet());
        assertEquals(List.of(Reason.of("match.reason.free", "TUE 09:00–12:00, THU 09:00–12:00"), Reason.of("match.reason.gender", "FEMALE"),
                Reason.of("match.reason.language", "cy"), Reason.of("match.reason.pets"), Reason.of("match.reason.specialisms", "DEMENTIA"),
                Reason.of("match.reason.noClients"), Reason.of("match.reason.spare", "20")), m.reasons());
    }

    @Test
    void missedPreferencesLowerTheScoreAndAreSaidAsUnmet() {
        // half the wanted minutes (Tuesday only), a man, English only, no pets, no dementia experience, 2 clients already
        Candidate bob = me("2", "Bob's Help", 2, Gender.MALE, Set.of("en"), Set.of(), false, List.of(slot(Weekday.TUE, "09:00", "12:00")));
        Match m = Matching.score(JONES, bob);
        assertEquals(20 + 0 + 0 + 0 + 0 + 3, m.score());
        assertEquals(List.of(Reason.of("match.unmet.times", "THU 09:00–12:00"), Reason.of("match.unmet.gender", "FEMALE"),
                Reason.of("match.unmet.language", "cy"), Reason.of("match.unmet.pets"), Reason.of("match.unmet.specialisms", "DEMENTIA")),
                m.unmet());
        assertTrue(m.reasons().contains(Reason.of("match.reason.clients", "2")));
    }

    @Test
    void theRankingIsBestFirstAndEqualScoresKeepAStableOrder() {
        List<AvailabilitySlot> mornings = List.of(slot(Weekday.TUE, "09:00", "12:00"), slot(Weekday.THU, "09:00", "12:00"));
        Candidate zara = me("z", "Zara", 0, Gender.FEMALE, Set.of("cy"), Set.of("DEMENTIA"), true, mornings);
        Candidate anna = me("a", "Anna", 0, Gender.FEMALE, Set.of("cy"), Set.of("DEMENTIA"), true, mornings);
        Candidate anna2 = me("0", "anna", 0, Gender.FEMALE, Set.of("cy"), Set.of("DEMENTIA"), true, mornings);
        Candidate busy = me("b", "Busy Bee", 4, Gender.FEMALE, Set.of("cy"), Set.of("DEMENTIA"), true, mornings);
        Candidate english = me("e", "English Only", 0, Gender.FEMALE, Set.of("en"), Set.of("DEMENTIA"), true, mornings);
        List<String> order = Matching.rank(JONES, List.of(english, zara, busy, anna, anna2)).stream().map(Match::microEnterpriseId).toList();
        assertEquals(List.of("0", "a", "z", "b", "e"), order, "100, 100, 100 by name then id; 96; 85");
        assertEquals(order, Matching.rank(JONES, List.of(anna2, anna, zara, english, busy)).stream().map(Match::microEnterpriseId).toList());
    }

    @Test
    void overlappingWindowsCountEachMinuteOnce() {
        AvailabilitySlot wanted = slot(Weekday.MON, "09:00", "12:00");
        assertEquals(150, Matching.overlap(wanted, List.of(slot(Weekday.MON, "08:00", "10:00"), slot(Weekday.MON, "09:30", "11:30"))));
        assertEquals(0, Matching.overlap(wanted, List.of(slot(Weekday.TUE, "09:00", "12:00"))), "another day");
        assertEquals(180, Matching.overlap(wanted, List.of(slot(Weekday.MON, "00:00", "23:59"))));
    }

    @Test
    void noPreferencesMeansEveryCandidateMeetsThemAndLoadDecides() {
        MatchCriteria plain = new MatchCriteria(Set.of("COMPANIONSHIP"), "AYR", 3, false, false, List.of(), null, null, false, Set.of());
        Candidate light = me("l", "Light", 1, Gender.MALE, Set.of(), Set.of(), false, List.of());
        Candidate heavy = me("h", "Heavy", 5, Gender.MALE, Set.of(), Set.of(), false, List.of());
        List<Match> ranked = Matching.rank(plain, List.of(heavy, light));
        assertEquals(List.of(99, 95), ranked.stream().map(Match::score).toList());
        assertEquals(List.of(), ranked.get(0).unmet());
    }
}
