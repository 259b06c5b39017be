package org.microcare.domain.model.client;

import java.time.LocalTime;

import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;

/** A weekly window when a client would like care, such as Tuesday 10:00–12:00 (the same days and times as an ME's availability). */
public record PreferredTime(Weekday day, LocalTime from, LocalTime to) {

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
