package com.mitpo.platform.ai.local;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a local creative shows. The headline and call to action come from the brief; when
 * the headline is blank the prompt stands in (a creative without words looks broken), and the
 * subline is the prompt's key words, since a rule-based renderer cannot paraphrase it.
 */
final class BriefText {

    static final String DEFAULT_CTA = "Learn more";

    private static final int MAX_KEY_WORDS = 5;
    private static final int MAX_HEADLINE_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*");

    /** Function words and the words people use to ask for a creative, not to describe it. */
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "for", "with", "without", "of",
            "to", "in", "on", "at", "by", "from", "into", "about", "as", "is", "are", "be", "it", "its", "this",
            "that", "these", "those", "our", "your", "their", "my", "we", "you", "they", "us", "me", "i", "he", "she",
            "will", "can", "should", "must", "please", "make", "create", "design", "generate", "draw", "render",
            "show", "showing", "featuring", "feature", "image", "picture", "photo", "visual", "creative", "post",
            "ad", "advert", "banner", "video", "clip", "social", "media", "instagram", "facebook", "linkedin",
            "tiktok", "story", "stories", "reel", "square", "portrait", "landscape", "vertical", "style", "using",
            "use", "some", "very", "more", "most", "new", "all", "any", "that's", "it's", "so", "just", "also");

    private BriefText() {
    }

    static String headline(String headline, String prompt) {
        if (headline != null && !headline.isBlank()) {
            return headline.strip();
        }
        if (prompt == null || prompt.isBlank()) {
            return "";
        }
        String[] words = prompt.strip().split("\\s+");
        String first = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, MAX_HEADLINE_WORDS)));
        return words.length > MAX_HEADLINE_WORDS ? first + "…" : first;
    }

    /** Key words of the prompt joined by middle dots; empty when the prompt already is the headline. */
    static String subline(String headline, String prompt) {
        if (headline == null || headline.isBlank() || prompt == null) {
            return "";
        }
        var seen = new LinkedHashSet<String>();
        var shown = new StringBuilder();
        Matcher m = WORD.matcher(prompt);
        while (m.find() && seen.size() < MAX_KEY_WORDS) {
            String word = m.group();
            String key = word.toLowerCase(Locale.ROOT);
            if (word.length() > 2 && !STOP.contains(key) && seen.add(key)) {
                shown.append(shown.isEmpty() ? "" : " · ").append(shown.isEmpty() ? capitalised(word) : word);
            }
        }
        return shown.toString();
    }

    static String callToAction(String cta) {
        return cta == null || cta.isBlank() ? DEFAULT_CTA : cta.strip();
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
