package com.mitpo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-11-29T12:00:00Z");
    private final RateLimiter limiter = new RateLimiter();

    RateLimiterTest() {
        limiter.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void threeSignInsPerTenSecondsThenTheFourthWaits() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.1").isEmpty(), "attempt " + (i + 1));
            now = now.plusSeconds(1);
        }
        assertEquals(Duration.ofSeconds(7), limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.1").orElseThrow());
        assertTrue(limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.2").isEmpty(), "other keys are free");

        now = now.plusSeconds(7);
        assertTrue(limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.1").isEmpty(), "the window slid");
    }

    @Test
    void aClockSteppedBackDoesNotHoldAKeyForTheLengthOfTheStep() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.1").isEmpty());
        }
        assertTrue(limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.1").isPresent());

        now = now.minus(Duration.ofHours(1)); // an NTP step back
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.1").isEmpty(), "attempt " + (i + 1) + " after the step");
        }
        assertEquals(Duration.ofSeconds(10), limiter.acquire(RateLimiter.SIGN_IN, "10.0.0.1").orElseThrow(),
                "and the limit holds again from the new time");
    }

    @Test
    void checkCountsNothingAndResetForgets() {
        for (int i = 0; i < RateLimiter.ACCOUNT_FAILURES.max(); i++) {
            assertTrue(limiter.check(RateLimiter.ACCOUNT_FAILURES, "ada@example.com").isEmpty());
            limiter.record(RateLimiter.ACCOUNT_FAILURES, "ada@example.com");
        }
        assertTrue(limiter.check(RateLimiter.ACCOUNT_FAILURES, "ada@example.com").isPresent());

        limiter.reset(RateLimiter.ACCOUNT_FAILURES, "ada@example.com");
        assertTrue(limiter.check(RateLimiter.ACCOUNT_FAILURES, "ada@example.com").isEmpty());
    }
}
