package org.microcare.domain.model.arrangement;

import java.time.LocalDate;

/** The most hours a week an ME is already committed to on any day of a period, and the first day it is reached. */
public record Load(LocalDate day, int hours) {

    public static Load none(LocalDate day) {
        return new Load(day, 0);
    }
}
