package org.microcare.domain.model.client;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded about a client, read into typed values (the rules that need the council's
 * lists or today's date are the {@link Client}'s). Name, phone, email and the social-work contact are
 * optional: a council may keep them in its own case system and record only its reference here.
 */
public record ClientDetails(String reference, String name, String phone, String email, String postcode, String locality,
                            List<String> servicesNeeded, Integer hoursPerWeek, FundingRoute fundingRoute, boolean personalCareNeeded,
                            boolean medicationNeeded, Preferences preferences, List<PreferredTime> preferredTimes,
                            String socialWorkerName, String socialWorkerContact, LocalDate referredOn, String referralSource,
                            LocalDate consentGivenOn) {

    public ClientDetails {
        servicesNeeded = servicesNeeded == null ? List.of() : List.copyOf(servicesNeeded);
        preferences = preferences == null ? Preferences.NONE : preferences;
        preferredTimes = preferredTimes == null ? List.of() : List.copyOf(preferredTimes);
    }
}
