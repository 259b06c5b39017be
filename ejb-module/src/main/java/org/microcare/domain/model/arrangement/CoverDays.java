package org.microcare.domain.model.arrangement;

import java.time.LocalDate;

/** The days a cover is needed for, {@code from} to {@code to} inclusive. */
public record CoverDays(LocalDate from, LocalDate to) {

    public CoverDays {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("cover days out of order: " + from + " to " + to);
        }
    }
}
