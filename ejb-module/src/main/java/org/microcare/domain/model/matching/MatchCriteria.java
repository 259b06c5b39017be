package org.microcare.domain.model.matching;

import java.util.List;
import java.util.Set;

import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.Gender;

/**
 * What a person needs, as matching reads it. Hard: every service in {@code services}, the
 * {@code locality}, {@code hoursPerWeek} of spare capacity, personal care and medication when needed.
 * Preferences (ranking only): {@code preferredTimes}, {@code carerGender} and {@code language} (null
 * when none), pets at home, {@code specialisms}.
 */
public record MatchCriteria(Set<String> services, String locality, int hoursPerWeek, boolean personalCare, boolean medication,
                            List<AvailabilitySlot> preferredTimes, Gender carerGender, String language, boolean hasPets,
                            Set<String> specialisms) {

    public MatchCriteria {
        services = Set.copyOf(services);
        preferredTimes = List.copyOf(preferredTimes);
        specialisms = Set.copyOf(specialisms);
        if (hoursPerWeek < 0) {
            throw new IllegalArgumentException("hours per week cannot be negative");
        }
    }

    /** The same needs for {@code hours} a week (a cover stands in for an arrangement's hours, not the person's whole need). */
    public MatchCriteria withHours(int hours) {
        return new MatchCriteria(services, locality, hours, personalCare, medication, preferredTimes, carerGender, language, hasPets, specialisms);
    }
}
