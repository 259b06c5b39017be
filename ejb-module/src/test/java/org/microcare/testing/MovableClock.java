package org.microcare.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import org.microcare.infrastructure.time.UkClock;

/**
 * Test deployments only: replaces the application's clock with one a test can move to another day.
 * Production has no such bean, setting or endpoint; a test archive adds this class explicitly.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock {

    private volatile Instant now = Instant.now();

    /** Noon (UK time) of the day. */
    public void moveTo(LocalDate day) {
        now = day.atTime(12, 0).atZone(UkClock.UK).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, UkClock.UK);
    }

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return UkClock.UK;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
