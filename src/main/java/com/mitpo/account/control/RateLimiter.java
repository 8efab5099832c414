package com.mitpo.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window limits per key (an IP, an account), kept in this node's memory like Better
 * Auth's default store. Behind a load balancer with sticky sessions off, each node counts
 * on its own; the per-account throttle on failed sign-ins is the one that matters for
 * guessing, and it sits in the same place.
 */
@ApplicationScoped
public class RateLimiter {

    /** A limit: at most {@code max} events per {@code window}. */
    public record Limit(String name, int max, Duration window) {
    }

    public static final Limit SIGN_IN = new Limit("sign-in", 3, Duration.ofSeconds(10));
    public static final Limit SIGN_UP = new Limit("sign-up", 3, Duration.ofSeconds(10));
    public static final Limit MAIL = new Limit("mail", 3, Duration.ofSeconds(60));
    /** Failed sign-ins per account, from any number of addresses. */
    public static final Limit ACCOUNT_FAILURES = new Limit("account-failures", 10, Duration.ofMinutes(15));

    /** Above this many keys, windows that have emptied are dropped, so memory stays bounded. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Records one event; empty when allowed, otherwise how long until the next one would be. */
    public Optional<Duration> acquire(Limit limit, String key) {
        Instant now = clock.instant();
        if (events.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        Deque<Instant> window = events.computeIfAbsent(limit.name() + '|' + key, k -> new ArrayDeque<>());
        synchronized (window) {
            prune(window, now, limit.window());
            if (window.size() >= limit.max()) {
                return Optional.of(Duration.between(now, window.peekFirst().plus(limit.window())));
            }
            window.addLast(now);
            return Optional.empty();
        }
    }

    /** Like {@link #acquire} but only asks: for throttles that count failures recorded separately. */
    public Optional<Duration> check(Limit limit, String key) {
        Instant now = clock.instant();
        Deque<Instant> window = events.get(limit.name() + '|' + key);
        if (window == null) {
            return Optional.empty();
        }
        synchronized (window) {
            prune(window, now, limit.window());
            return window.size() >= limit.max()
                    ? Optional.of(Duration.between(now, window.peekFirst().plus(limit.window())))
                    : Optional.empty();
        }
    }

    public void record(Limit limit, String key) {
        acquire(limit, key);
    }

    public void reset(Limit limit, String key) {
        events.remove(limit.name() + '|' + key);
    }

    private void sweep(Instant now) {
        Duration longest = Duration.ofMinutes(15);
        events.values().removeIf(window -> {
            synchronized (window) {
                return window.isEmpty() || !window.peekLast().plus(longest).isAfter(now);
            }
        });
    }

    /**
     * Drops events that left the window, and events stamped after now: when the server's clock
     * is stepped back (an NTP correction), they would otherwise hold the key for as long as the
     * step, far beyond its window.
     */
    private static void prune(Deque<Instant> window, Instant now, Duration length) {
        while (!window.isEmpty() && !window.peekFirst().plus(length).isAfter(now)) {
            window.removeFirst();
        }
        while (!window.isEmpty() && window.peekLast().isAfter(now)) {
            window.removeLast();
        }
    }
}
