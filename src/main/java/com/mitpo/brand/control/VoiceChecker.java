package com.mitpo.brand.control;

import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.brand.boundary.VoiceViolation;
import com.mitpo.brand.boundary.VoiceViolation.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import com.mitpo.platform.text.LongForms;
import com.mitpo.platform.text.Phrases;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a text against a brand's voice rules and says, for each problem, where it is and how
 * to fix it: banned words and "don't" phrases that appear, required phrases that do not,
 * sentences above the target reading level, and tone slips (contractions in a formal voice,
 * exclamation marks in a serious one). What "formal", "serious" and "too hard to read" mean,
 * and which words are contractions, is {@link VoiceRules}' to say: the writers are handed the
 * same thresholds and table.
 */
public final class VoiceChecker {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private VoiceChecker() {
    }

    public static List<VoiceViolation> check(String text, VoiceRules rules) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var found = new ArrayList<VoiceViolation>();
        for (String word : rules.bannedWords()) {
            phrase(text, word, Kind.BANNED_WORD, found);
        }
        for (String dont : rules.dontList()) {
            phrase(text, dont, Kind.DONT_PHRASE, found);
        }
        for (String required : rules.requiredPhrases()) {
            if (!required.isBlank() && !contains(text, required)) {
                found.add(new VoiceViolation(Kind.MISSING_PHRASE, text.length(), text.length(), "",
                        "voice.fix.MISSING_PHRASE", List.of(required.strip())));
            }
        }
        if (rules.readingLevel() > 0) {
            readingLevel(text, rules.readingLevel(), found);
        }
        if (rules.formal()) {
            contractions(text, found);
        }
        if (rules.serious()) {
            exclamations(text, found);
        }
        found.sort(Comparator.comparingInt(VoiceViolation::start).thenComparing(VoiceViolation::kind));
        return found;
    }

    /** Flesch–Kincaid grade of a stretch of text. */
    public static double grade(String text) {
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        int sentences = 0;
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (WORD.matcher(s.group()).find()) {
                sentences++;
            }
        }
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static void readingLevel(String text, int target, List<VoiceViolation> found) {
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group();
            if (!WORD.matcher(sentence).find()) {
                continue;
            }
            double grade = grade(sentence);
            if (grade > target + VoiceRules.GRADE_ALLOWANCE) {
                int lead = sentence.length() - sentence.stripLeading().length();
                found.add(new VoiceViolation(Kind.READING_LEVEL, s.start() + lead, s.end(), sentence.strip(),
                        "voice.fix.READING_LEVEL", List.of(Math.round(grade), target)));
            }
        }
    }

    /** Every contraction of the brand's table; a possessive has no long form to offer, only a rephrasing. */
    private static void contractions(String text, List<VoiceViolation> found) {
        for (LongForms.Found c : VoiceRules.CONTRACTIONS.find(text)) {
            found.add(c.longForm() == null
                    ? new VoiceViolation(Kind.TOO_CASUAL, c.start(), c.end(), c.text(), "voice.fix.POSSESSIVE", List.of())
                    : new VoiceViolation(Kind.TOO_CASUAL, c.start(), c.end(), c.text(), "voice.fix.TOO_CASUAL",
                            List.of(c.longForm())));
        }
    }

    private static void exclamations(String text, List<VoiceViolation> found) {
        for (int i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
            found.add(new VoiceViolation(Kind.TOO_EXCITED, i, i + 1, "!", "voice.fix.TOO_EXCITED", List.of()));
        }
    }

    private static void phrase(String text, String phrase, Kind kind, List<VoiceViolation> found) {
        String p = phrase == null ? "" : phrase.strip();
        if (p.isEmpty()) {
            return;
        }
        Matcher m = Phrases.pattern(p).matcher(text);
        while (m.find()) {
            found.add(new VoiceViolation(kind, m.start(), m.end(), m.group(), "voice.fix." + kind.name(), List.of(p)));
        }
    }

    private static boolean contains(String text, String phrase) {
        return Phrases.pattern(phrase).matcher(text).find();
    }
}
