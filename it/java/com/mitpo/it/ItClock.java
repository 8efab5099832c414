package com.mitpo.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only: replaces the application's Clock in test deployments with the real time plus an
 * offset kept in a file (MITPO_IT_CLOCK_FILE) that the tests, in another JVM, move forward.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ItClock {

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(ItClock.offset());
            }
        };
    }

    /** The application's time now, as the tests moved it. */
    public static Instant now() {
        return Instant.now().plus(offset());
    }

    /**
     * Moves the application's time forward (called from the tests). Written to a file beside it
     * and moved over the old one, so the server never reads half an offset.
     */
    public static synchronized void advance(Duration by) {
        try {
            Path next = Files.writeString(file().resolveSibling(file().getFileName() + ".next"),
                    offset().plus(by).toString());
            Files.move(next, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Duration offset() {
        try {
            Path file = file();
            return Files.exists(file) ? Duration.parse(Files.readString(file).strip()) : Duration.ZERO;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file() {
        return Path.of(System.getenv("MITPO_IT_CLOCK_FILE"));
    }
}
