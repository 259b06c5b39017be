package org.microcare.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.microcare.application.StartupMigrations;

/**
 * Waits, inside the container, for the start-up migrations to finish: by the line they log when readiness
 * turns true ({@link StartupMigrations#READY}) or their failure, heard by a log handler installed before
 * readiness is first checked, so the moment cannot be missed. No polling.
 */
public final class StartupReady {

    private StartupReady() {
    }

    public static void await(StartupMigrations startup, Duration timeout) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Logger log = Logger.getLogger(StartupMigrations.class.getName());
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (StartupMigrations.READY.equals(r.getMessage()) || r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    finished.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(listener);
        try {
            if (!startup.isReady() && startup.problem().isEmpty()) {
                finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            log.removeHandler(listener);
        }
        assertTrue(startup.isReady(), "start-up migrations: " + startup.problem().orElse("not finished within " + timeout));
    }
}
