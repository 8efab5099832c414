package com.mitpo.assistant.control;

import com.mitpo.assistant.entity.MemoryItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which memory items go with a reply: pinned ones first, then those sharing words with the
 * question (most shared first, then the most recently touched), as long as they fit the budget.
 * An item that went with a reply counts as used, which keeps it from being forgotten.
 */
public final class MemoryRecall {

    /** About four characters a token, as the usual rule of thumb for English goes. */
    static final int CHARS_PER_TOKEN = 4;

    private MemoryRecall() {
    }

    public static List<MemoryItem> recall(List<MemoryItem> items, String question, int budgetTokens) {
        Set<String> asked = Relevance.words(question);
        List<MemoryItem> ranked = items.stream()
                .filter(m -> m.isPinned() || Relevance.score(asked, m.getText()) > 0)
                .sorted(Comparator.comparing((MemoryItem m) -> !m.isPinned())
                        .thenComparingInt(m -> -Relevance.score(asked, m.getText()))
                        .thenComparing(MemoryItem::lastTouched, Comparator.reverseOrder()))
                .toList();
        int room = budgetTokens * CHARS_PER_TOKEN;
        List<MemoryItem> chosen = new ArrayList<>();
        for (MemoryItem item : ranked) {
            if (item.getText().length() <= room) {
                chosen.add(item);
                room -= item.getText().length();
            }
        }
        return chosen;
    }
}
