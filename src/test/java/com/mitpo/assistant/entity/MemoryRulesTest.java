package com.mitpo.assistant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The 365-day rule, by moving a clock. */
class MemoryRulesTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private static Clock at(Duration after) {
        return Clock.fixed(CREATED.plus(after), ZoneOffset.UTC);
    }

    private static MemoryItem item() {
        return new MemoryItem(UUID.randomUUID(), "Our launch is in March.", MemoryItem.Origin.PROPOSED, null, CREATED);
    }

    @Test
    void anUnusedItemIsKeptFor365DaysAndNoMore() {
        MemoryItem item = item();
        assertFalse(MemoryRules.forgotten(item, at(Duration.ofDays(364).plusHours(23)).instant()));
        assertTrue(MemoryRules.forgotten(item, at(Duration.ofDays(365).plusMinutes(1)).instant()));
    }

    @Test
    void useStartsThe365DaysAgain() {
        MemoryItem item = item();
        item.used(at(Duration.ofDays(200)).instant());
        assertFalse(MemoryRules.forgotten(item, at(Duration.ofDays(565).minusMinutes(1)).instant()));
        assertTrue(MemoryRules.forgotten(item, at(Duration.ofDays(565).plusMinutes(1)).instant()));
        assertEquals(Optional.of(CREATED.plus(Duration.ofDays(565))), MemoryRules.forgottenOn(item));
    }

    @Test
    void thirtyDaysBeforeItIsListedAsLeavingAndKeepingItStartsAgain() {
        MemoryItem item = item();
        assertFalse(MemoryRules.leavingSoon(item, at(Duration.ofDays(334)).instant()));
        assertTrue(MemoryRules.leavingSoon(item, at(Duration.ofDays(336)).instant()));
        item.keep(at(Duration.ofDays(340)).instant());
        assertFalse(MemoryRules.leavingSoon(item, at(Duration.ofDays(341)).instant()));
    }

    @Test
    void aPinnedItemIsNeverForgotten() {
        MemoryItem item = item();
        item.pin(true);
        assertEquals(Optional.empty(), MemoryRules.forgottenOn(item));
        assertFalse(MemoryRules.forgotten(item, at(Duration.ofDays(3650)).instant()));
    }
}
