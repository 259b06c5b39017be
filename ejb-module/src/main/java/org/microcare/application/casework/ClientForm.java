package org.microcare.application.casework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.microcare.domain.model.client.CarerGender;
import org.microcare.domain.model.client.ClientDetails;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.client.PreferredTime;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;

/**
 * A client's record as a page or the API sent it, and its reading into {@link ClientDetails}: the
 * form of each value (dates, codes, postcode, phone, email, the funding route and carer gender as the
 * API names them). Whether the values are allowed (known codes, hours, dates not in the future) is the
 * {@link org.microcare.domain.model.client.Client}'s rule. Field names in violations are the API's.
 */
public record ClientForm(String reference, String name, String phone, String email, String postcode, String locality,
                         List<String> servicesNeeded, Integer hoursPerWeek, String fundingRoute, Boolean personalCareNeeded,
                         Boolean medicationNeeded, PreferencesForm preferences, List<TimeForm> preferredTimes,
                         String socialWorkerName, String socialWorkerContact, String referredOn, String referralSource,
                         String consentGivenOn) {

    /** The preferences as sent. */
    public record PreferencesForm(String carerGender, String language, Boolean hasPets, List<String> specialisms) {
    }

    /** One preferred weekly window as sent. */
    public record TimeForm(String day, String from, String to) {
    }

    /** A move of the case as sent. */
    public record StatusForm(String status, String on, String reason) {

        /** The move read into typed values; {@code on} defaults to today. */
        public StatusMove read(LocalDate today) {
            Violations v = new Violations();
            ClientStatus to = null;
            if (status == null || status.isBlank()) {
                v.require(false, "status", "Status is required: one of WAITING, MATCHED, SUPPORTED or CLOSED");
            } else {
                try {
                    to = ClientStatus.valueOf(Fields.normaliseCode(status));
                } catch (IllegalArgumentException e) {
                    v.require(false, "status", "Status must be one of WAITING, MATCHED, SUPPORTED or CLOSED");
                }
            }
            LocalDate day = on == null || on.isBlank() ? today : Fields.date(on, "on", "The day of the move", true, v);
            String why = Fields.optionalText(reason, "reason", "Reason", 500, true, v);
            v.throwIfAny();
            return new StatusMove(to, day, why);
        }
    }

    /** A move of the case, read. */
    public record StatusMove(ClientStatus to, LocalDate on, String reason) {
    }

    public static final int MAX_REFERENCE = 60;
    private static final String REFERENCE = "^[A-Za-z0-9][A-Za-z0-9 /._-]*$";
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final String PHONE = "^[0-9+() ]{6,40}$";
    private static final String LANGUAGE = "^[a-z]{2,3}$";
    private static final List<String> NO_PREFERENCE = List.of("NONE", "NO_PREFERENCE", "ANY");

    /** The record read into typed values, or every problem of form at once (400 naming each field). */
    public ClientDetails read() {
        Violations v = new Violations();
        v.requireText(reference, "reference", "Reference", MAX_REFERENCE);
        v.require(reference == null || reference.isBlank() || reference.trim().matches(REFERENCE), "reference",
                "Reference must be letters, digits, spaces and / . _ -, starting with a letter or digit");
        String cleanName = Fields.optionalText(name, "name", "Name", 200, v);
        String cleanPhone = Fields.optionalText(phone, "phone", "Phone", 40, v);
        v.require(cleanPhone == null || cleanPhone.matches(PHONE), "phone", "Enter a phone number of digits, spaces, + and brackets, like 01292 612000");
        String cleanEmail = Fields.optionalText(email, "email", "Email", 254, v);
        v.require(cleanEmail == null || cleanEmail.matches(EMAIL), "email", "Enter an email address like name@example.co.uk");
        String cleanPostcode = Fields.postcode(postcode, "postcode", v);
        String localityCode = Fields.code(locality, "locality", "Locality", v);
        List<String> services = Fields.codes(servicesNeeded, "servicesNeeded", "Service code", v);
        v.require(servicesNeeded != null && !servicesNeeded.isEmpty(), "servicesNeeded", "Choose at least one service the client needs");
        v.require(hoursPerWeek != null, "hoursPerWeek", "Hours per week is required: a whole number from 1 to 168");
        FundingRoute route = fundingRoute(v);
        Preferences prefs = preferences(v);
        List<PreferredTime> times = times(v);
        String swName = Fields.optionalText(socialWorkerName, "socialWorkerName", "Social worker's name", 200, v);
        String swContact = Fields.optionalText(socialWorkerContact, "socialWorkerContact", "Social worker's contact", 254, v);
        LocalDate referred = Fields.date(referredOn, "referredOn", "Referral date", true, v);
        String source = referralSource == null || referralSource.isBlank() ? null
                : Fields.code(referralSource, "referralSource", "Referral source", v);
        LocalDate consent = Fields.date(consentGivenOn, "consentGivenOn", "Consent date", false, v);
        v.throwIfAny();
        return new ClientDetails(reference.trim(), cleanName, cleanPhone, cleanEmail, cleanPostcode, localityCode, services, hoursPerWeek,
                route, Boolean.TRUE.equals(personalCareNeeded), Boolean.TRUE.equals(medicationNeeded), prefs, times, swName, swContact,
                referred, source, consent);
    }

    private FundingRoute fundingRoute(Violations v) {
        if (fundingRoute == null || fundingRoute.isBlank()) {
            v.require(false, "fundingRoute", "Funding route is required");
            return null;
        }
        try {
            return FundingRoute.valueOf(Fields.normaliseCode(fundingRoute));
        } catch (IllegalArgumentException e) {
            v.require(false, "fundingRoute", "Funding route must be one of " + Arrays.toString(FundingRoute.values()));
            return null;
        }
    }

    private Preferences preferences(Violations v) {
        if (preferences == null) {
            return Preferences.NONE;
        }
        CarerGender gender = null;
        String g = preferences.carerGender();
        if (g != null && !g.isBlank() && !NO_PREFERENCE.contains(Fields.normaliseCode(g))) {
            try {
                gender = CarerGender.valueOf(Fields.normaliseCode(g));
            } catch (IllegalArgumentException e) {
                v.require(false, "preferences.carerGender", "Carer gender must be FEMALE or MALE, or left out for no preference");
            }
        }
        String language = null;
        if (preferences.language() != null && !preferences.language().isBlank()) {
            language = preferences.language().trim().toLowerCase(Locale.ROOT);
            v.require(language.matches(LANGUAGE), "preferences.language", "Language is an ISO 639 code like en, cy or gd");
        }
        List<String> specialisms = Fields.codes(preferences.specialisms(), "preferences.specialisms", "Specialism", v);
        return new Preferences(gender, language, Boolean.TRUE.equals(preferences.hasPets()), specialisms);
    }

    private List<PreferredTime> times(Violations v) {
        List<PreferredTime> out = new ArrayList<>();
        if (preferredTimes == null) {
            return out;
        }
        for (TimeForm t : preferredTimes) {
            if (t == null) {
                continue;
            }
            Weekday day = null;
            try {
                day = t.day() == null ? null : Weekday.parse(t.day());
            } catch (IllegalArgumentException e) {
                day = null;
            }
            v.require(day != null, "preferredTimes", "Preferred days are MON, TUE, WED, THU, FRI, SAT or SUN");
            LocalTime from = Fields.time(t.from(), "preferredTimes", "Preferred time start", v);
            LocalTime to = Fields.time(t.to(), "preferredTimes", "Preferred time end", v);
            if (day != null && from != null && to != null) {
                out.add(new PreferredTime(day, from, to));
            }
        }
        return out;
    }
}
