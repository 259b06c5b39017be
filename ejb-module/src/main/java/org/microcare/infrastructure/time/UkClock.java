package org.microcare.infrastructure.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Produces the clock of the application: the system clock in Europe/London, where every council's day begins. */
@ApplicationScoped
public class UkClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    Clock clock() {
        return Clock.system(UK);
    }
}
