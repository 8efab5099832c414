package com.mitpo.assistant.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When memory is forgotten: an unpinned item leaves {@link #FORGOTTEN_AFTER} after it was last
 * created, used, edited or kept, and is listed as leaving {@link #NOTICE} before. The job's SQL
 * function (V019) names the same 365 days by the database's clock.
 */
public final class MemoryRules {

    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(365);
    public static final Duration NOTICE = Duration.ofDays(30);

    private MemoryRules() {
    }

    /** When the item will be forgotten; empty for a pinned item, which is kept. */
    public static Optional<Instant> forgottenOn(MemoryItem item) {
        return item.isPinned() ? Optional.empty() : Optional.of(item.lastTouched().plus(FORGOTTEN_AFTER));
    }

    /** Whether the job, running at {@code now}, forgets the item. */
    public static boolean forgotten(MemoryItem item, Instant now) {
        return forgottenOn(item).map(now::isAfter).orElse(false);
    }

    /** Whether the memory page lists the item as leaving soon. */
    public static boolean leavingSoon(MemoryItem item, Instant now) {
        return forgottenOn(item).map(on -> !now.isBefore(on.minus(NOTICE))).orElse(false);
    }
}
