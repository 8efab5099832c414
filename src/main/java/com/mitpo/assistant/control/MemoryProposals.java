package com.mitpo.assistant.control;

import com.mitpo.assistant.entity.MemoryItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What in a user's message is worth remembering: statements (not questions) about the user, their
 * company or their plans ("Our launch is in March", "I prefer British spelling"), or whatever they
 * asked to be remembered. Rules, not a model, so every model's threads propose alike and no call
 * is paid for; a proposal the user already has is not proposed again.
 */
public final class MemoryProposals {

    static final int MOST = 2;
    static final int SHORTEST = 12;
    static final int LONGEST = 240;

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern ASKED_TO_REMEMBER = Pattern.compile(
            "(?i)^(please\\s+)?(remember|note|keep in mind)( that)?[:,]?\\s+");
    private static final Pattern ABOUT_US = Pattern.compile("(?i)^(our|we|we're|we are|we've|my|i|i'm|i am|i'd|"
            + "the company|the brand|the launch|the campaign|the budget)\\b.*\\b(is|are|was|will|launch\\w*|prefer\\w*|"
            + "like|love|hate|avoid|use|sell|serve|target|want|need|always|never|plan\\w*|call|spell\\w*)\\b.*");

    private MemoryProposals() {
    }

    public static List<String> from(String message, Collection<MemoryItem> existing) {
        List<String> known = existing.stream().map(m -> normal(m.getText())).toList();
        List<String> proposals = new ArrayList<>();
        for (String raw : SENTENCES.split(message.strip())) {
            String sentence = raw.strip();
            boolean asked = ASKED_TO_REMEMBER.matcher(sentence).find();
            String fact = capitalised(ASKED_TO_REMEMBER.matcher(sentence).replaceFirst("").strip());
            if (fact.endsWith("?") || fact.length() < SHORTEST || fact.length() > LONGEST) {
                continue;
            }
            if (!asked && !ABOUT_US.matcher(fact).matches()) {
                continue;
            }
            String text = fact.matches(".*[.!]$") ? fact : fact + ".";
            if (!known.contains(normal(text)) && proposals.stream().map(MemoryProposals::normal).noneMatch(normal(text)::equals)) {
                proposals.add(text.length() <= MemoryItem.MAX_TEXT ? text : text.substring(0, MemoryItem.MAX_TEXT));
            }
            if (proposals.size() == MOST) {
                break;
            }
        }
        return proposals;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
