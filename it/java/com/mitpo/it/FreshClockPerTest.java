package com.mitpo.it;

import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before each integration test, moves the application's clock an hour past wherever earlier
 * tests left it, so no test meets another's time-keyed state: the server's in-memory windows
 * (sign-up and sign-in limits, at most 15 minutes) are all behind it, whatever ran before and in
 * whatever order. Not a reset to zero: the server would then hold windows stamped in its future.
 * Registered for every test class through JUnit's extension auto-detection; does nothing where
 * no test clock is configured (unit-test runs).
 */
public class FreshClockPerTest implements BeforeEachCallback {

    static final Duration APART = Duration.ofHours(1);

    @Override
    public void beforeEach(ExtensionContext context) {
        if (System.getenv("MITPO_IT_CLOCK_FILE") != null) {
            ItClock.advance(APART);
        }
    }
}
