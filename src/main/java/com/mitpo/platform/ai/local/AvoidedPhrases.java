package com.mitpo.platform.ai.local;

import com.mitpo.platform.text.Phrases;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A brand's banned words and "don't" phrases, found as {@link Phrases} finds them, as the
 * voice checker does: whole words, any case, any run of spaces between the words of a phrase. The writer skips
 * text that holds one; {@link #scrub} is the last resort for text it cannot do without.
 */
final class AvoidedPhrases {

    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|(?<=[.!?] ))\\p{Ll}");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([.,;:!?])");
    /** What removing a word leaves: "news: ." or "and , then" or a sentence that is only a mark. */
    private static final Pattern ORPHAN_MARK = Pattern.compile("[,;:]+(?=[.!?])|([,;:])[,;:]+|^[\\s.,;:!?]+");

    private final List<Pattern> patterns;

    AvoidedPhrases(List<String> phrases) {
        this.patterns = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Phrases::pattern).toList();
    }

    /** Whether the phrase is in the text, matched as the checker matches a required phrase. */
    static boolean occurs(String text, String phrase) {
        return phrase.isBlank() || Phrases.pattern(phrase).matcher(text).find();
    }

    boolean in(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * The text without any avoided phrase. Removing one can join words into another ("very
     * cheap good" without "cheap" holds "very good"), so it repeats until none is left; each
     * round removes at least one letter, so it ends.
     */
    String scrub(String text) {
        String result = text;
        if (!in(result)) {
            return result;
        }
        while (in(result)) {
            for (Pattern p : patterns) {
                result = p.matcher(result).replaceAll(" ");
            }
            result = tidy(result);
        }
        // "Cheap coffee. Cheap tea." without "cheap" still starts its sentences with a capital.
        return SENTENCE_START.matcher(result).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    }

    static String tidy(String text) {
        String result = SPACES.matcher(text).replaceAll(" ");
        result = SPACE_BEFORE_MARK.matcher(result).replaceAll("$1");
        result = ORPHAN_MARK.matcher(result).replaceAll("$1");
        return result.strip();
    }
}
