package org.microcare.domain.model.matching;

import java.util.List;
import java.util.Set;

import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.Gender;

/**
 * An ME that passed every hard filter, with what ranking needs: its spare hours a week on the day
 * (capacity less the hours of its active arrangements), how many clients it supports now, its gender,
 * languages, specialisms, whether it is happy with pets, and its weekly availability. The sets and the
 * availability need only hold what {@link Matching} asks about for the client: the client's language if the
 * ME speaks it, the client's wanted specialisms the ME has, and its windows that overlap a preferred time.
 */
public record Candidate(String id, String tradingName, int spareHours, int activeClients, Gender gender, Set<String> languages,
                        Set<String> specialisms, boolean petsOk, List<AvailabilitySlot> availability) {

    public Candidate {
        languages = Set.copyOf(languages);
        specialisms = Set.copyOf(specialisms);
        availability = List.copyOf(availability);
    }
}
