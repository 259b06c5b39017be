package org.microcare.domain.model.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.microcare.domain.model.microenterprise.AvailabilitySlot;

/**
 * Ranks the candidates for a person, out of 100:
 * <ul>
 * <li>up to {@value #TIMES} for availability: the share of the person's preferred weekly minutes that
 * the ME's availability covers (all of them when the person states no times);</li>
 * <li>{@value #GENDER} when the ME is of the carer gender the person prefers (or there is no preference);</li>
 * <li>{@value #LANGUAGE} when the ME speaks the person's language (or none is asked);</li>
 * <li>{@value #PETS} when the person has pets at home and the ME is happy with pets (or there are no pets);</li>
 * <li>up to {@value #SPECIALISMS} for the share of the specialisms asked for that the ME has;</li>
 * <li>up to {@value #LOAD} for a light load: {@value #LOAD} less one for each client the ME already supports.</li>
 * </ul>
 * Equal scores keep a stable order: trading name, then id. Every point scored has a reason, and every
 * preference missed is said as unmet.
 */
public final class Matching {

    static final int TIMES = 40;
    static final int GENDER = 15;
    static final int LANGUAGE = 15;
    static final int PETS = 10;
    static final int SPECIALISMS = 15;
    static final int LOAD = 5;

    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::score).reversed()
            .thenComparing(Match::tradingName, String.CASE_INSENSITIVE_ORDER).thenComparing(Match::microEnterpriseId);

    private Matching() {
    }

    /** The candidates ranked for the criteria, best first. */
    public static List<Match> rank(MatchCriteria criteria, List<Candidate> candidates) {
        return candidates.stream().map(c -> score(criteria, c)).sorted(ORDER).toList();
    }

    /** One candidate scored, with its reasons and what it does not meet. */
    public static Match score(MatchCriteria want, Candidate me) {
        List<Reason> reasons = new ArrayList<>();
        List<Reason> unmet = new ArrayList<>();
        double score = 0;

        if (want.preferredTimes().isEmpty()) {
            score += TIMES;
        } else {
            long wanted = 0;
            long covered = 0;
            List<String> free = new ArrayList<>();
            List<String> busy = new ArrayList<>();
            for (AvailabilitySlot slot : want.preferredTimes()) {
                long minutes = minutes(slot);
                long overlap = overlap(slot, me.availability());
                wanted += minutes;
                covered += overlap;
                (overlap == minutes ? free : busy).add(describe(slot));
            }
            score += wanted == 0 ? TIMES : TIMES * (double) covered / wanted;
            if (!free.isEmpty()) {
                reasons.add(Reason.of("match.reason.free", String.join(", ", free)));
            }
            if (!busy.isEmpty()) {
                unmet.add(Reason.of("match.unmet.times", String.join(", ", busy)));
            }
        }

        if (want.carerGender() == null) {
            score += GENDER;
        } else if (want.carerGender() == me.gender()) {
            score += GENDER;
            reasons.add(Reason.of("match.reason.gender", want.carerGender().name()));
        } else {
            unmet.add(Reason.of("match.unmet.gender", want.carerGender().name()));
        }

        if (want.language() == null || want.language().isBlank()) {
            score += LANGUAGE;
        } else if (me.languages().contains(want.language())) {
            score += LANGUAGE;
            reasons.add(Reason.of("match.reason.language", want.language()));
        } else {
            unmet.add(Reason.of("match.unmet.language", want.language()));
        }

        if (!want.hasPets()) {
            score += PETS;
        } else if (me.petsOk()) {
            score += PETS;
            reasons.add(Reason.of("match.reason.pets"));
        } else {
            unmet.add(Reason.of("match.unmet.pets"));
        }

        if (want.specialisms().isEmpty()) {
            score += SPECIALISMS;
        } else {
            TreeSet<String> has = new TreeSet<>(want.specialisms());
            has.retainAll(me.specialisms());
            TreeSet<String> lacks = new TreeSet<>(want.specialisms());
            lacks.removeAll(me.specialisms());
            score += SPECIALISMS * (double) has.size() / want.specialisms().size();
            if (!has.isEmpty()) {
                reasons.add(Reason.of("match.reason.specialisms", String.join(", ", has)));
            }
            if (!lacks.isEmpty()) {
                unmet.add(Reason.of("match.unmet.specialisms", String.join(", ", lacks)));
            }
        }

        score += Math.max(0, LOAD - me.activeClients());
        reasons.add(me.activeClients() == 0 ? Reason.of("match.reason.noClients")
                : Reason.of("match.reason.clients", Integer.toString(me.activeClients())));
        reasons.add(Reason.of("match.reason.spare", Integer.toString(me.spareHours())));

        return new Match(me.id(), me.tradingName(), (int) Math.round(score), reasons, unmet);
    }

    private static long minutes(AvailabilitySlot slot) {
        return Math.max(0, (slot.to().toSecondOfDay() - slot.from().toSecondOfDay()) / 60);
    }

    /** Minutes of {@code slot} that the windows cover, each minute once even when windows overlap. */
    static long overlap(AvailabilitySlot slot, List<AvailabilitySlot> windows) {
        int from = slot.from().toSecondOfDay() / 60;
        int to = slot.to().toSecondOfDay() / 60;
        List<int[]> parts = new ArrayList<>();
        for (AvailabilitySlot w : windows) {
            if (w.day() == slot.day()) {
                int start = Math.max(from, w.from().toSecondOfDay() / 60);
                int end = Math.min(to, w.to().toSecondOfDay() / 60);
                if (start < end) {
                    parts.add(new int[] {start, end});
                }
            }
        }
        parts.sort(Comparator.comparingInt(p -> p[0]));
        long total = 0;
        int reached = from;
        for (int[] p : parts) {
            int start = Math.max(p[0], reached);
            if (p[1] > start) {
                total += p[1] - start;
                reached = p[1];
            }
        }
        return total;
    }

    private static String describe(AvailabilitySlot slot) {
        return slot.day().name() + " " + slot.from() + "–" + slot.to();
    }
}
