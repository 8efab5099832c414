package com.mitpo.platform.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table of contractions and their long forms, and the one way of applying it. The table is
 * data that whoever owns a voice hands over (the brand does, so its checker and any writer agree
 * word for word); this class only knows how English text holds a contraction:
 * <ul>
 * <li>{@code words}: whole words and their long form ("won't" → "will not", "it's" → "it is");</li>
 * <li>{@code endings}: endings and what replaces them ("n't" → " not", "'re" → " are");</li>
 * <li>{@code unsure}: endings that make a contraction with no certain long form ("'s" after a
 * noun is a possessive or "is"): found, never spelled out.</li>
 * </ul>
 * Entries use a straight apostrophe and match the curly one too; keys are matched in any case.
 */
public final class LongForms {

    /** One contraction in a text: where it is, as written, and its long form (null when none is certain). */
    public record Found(int start, int end, String text, String longForm) {
    }

    /** No table: nothing is found, nothing spelled out. */
    public static final LongForms NONE = new LongForms(Map.of(), Map.of(), Set.of());

    private static final String APOSTROPHES = "['\u2019]";
    private static final Pattern INSIDE_A_WORD = Pattern.compile("\\p{L}" + APOSTROPHES + "\\p{L}");
    private static final Pattern POSSESSIVE = Pattern.compile("(?iu)(?<=\\p{L})" + APOSTROPHES + "s?(?![\\p{L}\\p{N}])");
    private static final Pattern APOSTROPHE_INSIDE = Pattern.compile("(?<=\\p{L})" + APOSTROPHES + "(?=\\p{L})");

    private final Map<String, String> words;
    private final Map<String, String> endings;
    private final Set<String> unsure;
    private final Pattern contraction;

    public LongForms(Map<String, String> words, Map<String, String> endings, Set<String> unsure) {
        this.words = keyed(words);
        this.endings = keyed(endings);
        this.unsure = Collections.unmodifiableSortedSet(
                unsure.stream().map(LongForms::key).collect(Collectors.toCollection(TreeSet<String>::new)));
        this.contraction = pattern(this.words.keySet(), Stream.concat(this.endings.keySet().stream(),
                this.unsure.stream()).toList());
    }

    public Map<String, String> words() {
        return words;
    }

    public Map<String, String> endings() {
        return endings;
    }

    public Set<String> unsure() {
        return unsure;
    }

    /** Whether any word holds an apostrophe between letters: a contraction, a possessive or a name like "rock'n'roll". */
    public static boolean any(String text) {
        return INSIDE_A_WORD.matcher(text).find();
    }

    /** Every contraction of the table in the text, in order. */
    public List<Found> find(String text) {
        var found = new ArrayList<Found>();
        Matcher m = contraction.matcher(text);
        while (m.find()) {
            found.add(new Found(m.start(), m.end(), m.group(), longForm(m)));
        }
        return found;
    }

    /** The text with every contraction whose long form is certain spelled out, keeping a capital. */
    public String expand(String text) {
        Matcher m = contraction.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String longForm = longForm(m);
            m.appendReplacement(out, Matcher.quoteReplacement(longForm == null ? m.group() : longForm));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The last resort for text that must be used: contractions spelled out, other apostrophes in words dropped. */
    public String remove(String text) {
        String spelled = POSSESSIVE.matcher(expand(text)).replaceAll("");
        return APOSTROPHE_INSIDE.matcher(spelled).replaceAll("");
    }

    private String longForm(Matcher m) {
        if (m.group("word") != null) {
            String whole = m.group("word");
            String longForm = words.get(key(whole));
            return Character.isUpperCase(whole.charAt(0)) && !longForm.isEmpty()
                    ? Character.toUpperCase(longForm.charAt(0)) + longForm.substring(1) : longForm;
        }
        String ending = endings.get(key(m.group("ending")));
        return ending == null ? null : m.group("stem") + ending; // an unsure ending has none
    }

    /**
     * Whole words first (so "won't" is not "wo" + "n't"), then a stem and an ending; never inside
     * a longer word. An empty part of the table matches nothing.
     */
    private static Pattern pattern(Set<String> words, List<String> endings) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?<word>" + alternatives(words.stream().toList())
                + ")|(?<stem>\\p{L}+?)(?<ending>" + alternatives(endings) + "))(?![\\p{L}\\p{N}])");
    }

    /** Longest first, so "'ll" is tried before "'l" would be; apostrophes match either kind. */
    private static String alternatives(List<String> keys) {
        if (keys.isEmpty()) {
            return "(?!)";
        }
        return keys.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(k -> Stream.of(k.split("'", -1)).map(p -> p.isEmpty() ? "" : Pattern.quote(p))
                        .collect(Collectors.joining(APOSTROPHES)))
                .collect(Collectors.joining("|"));
    }

    private static Map<String, String> keyed(Map<String, String> entries) {
        var keyed = new TreeMap<String, String>();
        entries.forEach((k, v) -> keyed.put(key(k), Objects.requireNonNull(v, "long form of " + k)));
        return Collections.unmodifiableMap(keyed);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LongForms that && words.equals(that.words) && endings.equals(that.endings)
                && unsure.equals(that.unsure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(words, endings, unsure);
    }

    @Override
    public String toString() {
        return "LongForms" + words + endings + unsure;
    }
}
