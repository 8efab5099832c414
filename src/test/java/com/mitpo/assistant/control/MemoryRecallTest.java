package com.mitpo.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mitpo.assistant.entity.MemoryItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemoryRecallTest {

    private static MemoryItem item(String text, boolean pinned) {
        var item = new MemoryItem(UUID.randomUUID(), text, MemoryItem.Origin.WRITTEN, null, Instant.EPOCH);
        item.pin(pinned);
        return item;
    }

    @Test
    void pinnedThenRelevantItemsGoAlongWithinTheBudget() {
        MemoryItem pinned = item("Prefers British spelling.", true);
        MemoryItem launch = item("Our launch is in March.", false);
        MemoryItem unrelated = item("The office dog is called Rex.", false);
        MemoryItem longLaunch = item("Launch " + "detail ".repeat(100), false);
        assertEquals(List.of(pinned, launch), MemoryRecall.recall(List.of(unrelated, launch, pinned), "When is the launch?", 400));
        assertEquals(List.of(pinned, launch), MemoryRecall.recall(List.of(longLaunch, launch, pinned), "launch", 20),
                "an item larger than the room left is skipped, smaller ones still fit");
    }
}
