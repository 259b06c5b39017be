package org.microcare.domain.model.microenterprise;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

/** A weekly window when an ME can work, such as Monday 09:00–15:00. */
public record AvailabilitySlot(Weekday day, LocalTime from, LocalTime to) {

    /** Days as the API writes them. */
    public enum Weekday {
        MON, TUE, WED, THU, FRI, SAT, SUN;

        public DayOfWeek dayOfWeek() {
            return DayOfWeek.of(ordinal() + 1);
        }

        public static Weekday parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    public String getDay() {
        return day.name();
    }

    public String getFrom() {
        return from.toString();
    }

    public String getTo() {
        return to.toString();
    }
}
