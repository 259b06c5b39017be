package org.microcare.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * "Today" and "now" for every rule that depends on the day (evidence that expires, a framework change
 * that comes into force, moves not in the future). Read from the injected {@link Clock}, which only a
 * test deployment can replace.
 */
@ApplicationScoped
public class Today {

    @Inject
    Clock clock;

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
