package org.microcare.domain.model.microenterprise;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
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

    /** {@code MON 09:00-15:00}: how a slot is stored. */
    public String stored() {
        return day + " " + from + "-" + to;
    }

    public static AvailabilitySlot fromStored(String text) {
        String[] dayAndTimes = text.split(" ");
        String[] times = dayAndTimes[1].split("-");
        return new AvailabilitySlot(Weekday.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
    }

    public static List<AvailabilitySlot> fromStoredList(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(";")).map(AvailabilitySlot::fromStored).toList();
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
