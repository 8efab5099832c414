package com.mitpo.platform.ai.local;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contractions, for a formal voice: spelled out where the long form is certain ("we're" → "we
 * are"), left alone where it is not. A word's "'s" is only expanded after a pronoun ("it's");
 * elsewhere it is a possessive ("Leeds's", "Acme's"), which a formal voice may keep but the
 * voice checker counts as a contraction, so callers drop text that still has one.
 */
final class Contractions {

    /** Any apostrophe, straight or curly, between two letters. */
    private static final Pattern INSIDE_A_WORD = Pattern.compile("\\p{L}['\u2019]\\p{L}");
    private static final Pattern CONTRACTION = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(\\p{L}+?)(n['\u2019]t|['\u2019](?:re|ll|ve|d|m|s))(?![\\p{L}\\p{N}])");
    private static final Pattern POSSESSIVE = Pattern.compile("(?iu)(?<=\\p{L})['\u2019]s?(?![\\p{L}\\p{N}])");
    private static final Pattern APOSTROPHE_INSIDE = Pattern.compile("(?<=\\p{L})['\u2019](?=\\p{L})");
    private static final Map<String, String> IRREGULAR = Map.of("won't", "will not", "can't", "cannot",
            "shan't", "shall not", "ain't", "is not", "let's", "let us");
    private static final Map<String, String> ENDINGS = Map.of("n't", " not", "'re", " are", "'ll", " will",
            "'ve", " have", "'d", " would", "'m", " am", "'s", " is");
    /** Words whose "'s" is "is", never a possessive. */
    private static final Set<String> PRONOUNS = Set.of("it", "that", "there", "here", "what", "who", "where", "he",
            "she", "how", "when", "why", "this");

    private Contractions() {
    }

    static boolean any(String text) {
        return INSIDE_A_WORD.matcher(text).find();
    }

    /** The text with every contraction whose long form is certain spelled out, keeping a capital. */
    static String expand(String text) {
        Matcher m = CONTRACTION.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            String key = whole.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            String ending = m.group(2).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            String expanded;
            if (IRREGULAR.containsKey(key)) {
                expanded = IRREGULAR.get(key);
                if (Character.isUpperCase(whole.charAt(0))) {
                    expanded = Character.toUpperCase(expanded.charAt(0)) + expanded.substring(1);
                }
            } else if (ending.equals("'s") && !PRONOUNS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                expanded = whole; // a possessive: no long form
            } else {
                expanded = m.group(1) + ENDINGS.get(ending);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(expanded));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The last resort for text that must be used: contractions spelled out, other apostrophes dropped. */
    static String remove(String text) {
        String spelled = POSSESSIVE.matcher(expand(text)).replaceAll("");
        return APOSTROPHE_INSIDE.matcher(spelled).replaceAll("");
    }
}
