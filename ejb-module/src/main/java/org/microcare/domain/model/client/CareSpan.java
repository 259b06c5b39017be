package org.microcare.domain.model.client;

import java.time.LocalDate;

/**
 * One of the client's arrangements of care as the client's rules see it: which, with whom (the ME's
 * trading name) and its days ({@code endsOn} null: open-ended). Closing a case is refused while one
 * runs past the closing day.
 */
public record CareSpan(String arrangementId, String provider, LocalDate startsOn, LocalDate endsOn) {

    /** Whether care is still arranged after {@code day}. */
    public boolean runsAfter(LocalDate day) {
        return endsOn == null || endsOn.isAfter(day);
    }
}
