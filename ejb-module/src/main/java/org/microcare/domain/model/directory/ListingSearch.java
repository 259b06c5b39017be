package org.microcare.domain.model.directory;

import java.util.Locale;

import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;

/**
 * What a visitor (or a feed client) asks of the directory. Every filter is optional; {@code words}
 * match the trading name, description and experience.
 */
public record ListingSearch(String words, String service, String locality, Weekday day, TimeOfDay time, boolean evenings,
                            boolean weekends, String language, boolean personalCare, boolean medication, boolean petsOk,
                            String specialism, boolean spareCapacity) {

    public static final ListingSearch ALL = new ListingSearch(null, null, null, null, null, false, false, null, false, false, false, null,
            false);

    /** Parts of the day a visitor can ask for; an ME is available then if one of its windows overlaps it. */
    public enum TimeOfDay {
        MORNING("00:00", "12:00"), AFTERNOON("12:00", "17:00"), EVENING("17:00", "23:59");

        public final java.time.LocalTime from;
        public final java.time.LocalTime to;

        TimeOfDay(String from, String to) {
            this.from = java.time.LocalTime.parse(from);
            this.to = java.time.LocalTime.parse(to);
        }

        public static TimeOfDay parse(String text) {
            return text == null || text.isBlank() ? null : valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    public ListingSearch withService(String code) {
        return new ListingSearch(words, code, locality, day, time, evenings, weekends, language, personalCare, medication, petsOk, specialism,
                spareCapacity);
    }
}
