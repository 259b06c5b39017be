package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from the machine (a database server, Chromium, the Payara distribution). Under
 * {@code CI=true} a missing prerequisite fails the test, so CI never passes by skipping the tests that
 * matter most; on a developer's machine the test is skipped with the reason.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    public static void require(boolean present, String what) {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, "CI needs " + what);
        } else {
            assumeTrue(present, "needs " + what);
        }
    }
}
