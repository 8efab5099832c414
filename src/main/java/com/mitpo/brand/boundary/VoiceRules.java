package com.mitpo.brand.boundary;

import com.mitpo.platform.text.LongForms;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brand's voice, and the one place that says what its scales mean. Scales run 0..100:
 * formality from formal (0) to casual (100), playfulness from serious (0) to playful (100). The
 * reading level is a US school grade (Flesch–Kincaid); 0 means "no target".
 * <p>
 * The thresholds and the contraction table below are brand knowledge: the voice checker judges
 * by them, and whoever writes for the brand (the Studio's brief to any model) is handed them as
 * data, so a writer and the checker cannot drift apart.
 */
public record VoiceRules(int formality, int playfulness, List<String> doList, List<String> dontList,
        List<String> bannedWords, List<String> requiredPhrases, int readingLevel) {

    /** Below this formality the voice is formal: no contractions. */
    public static final int FORMAL_BELOW = 35;
    /** Below this playfulness the voice is serious: no exclamation marks. */
    public static final int SERIOUS_BELOW = 35;
    /** From this playfulness the voice is playful: one exclamation mark is welcome, one is enough. */
    public static final int PLAYFUL_FROM = 65;
    /** How many grades above its target a sentence may read before the checker flags it. */
    public static final int GRADE_ALLOWANCE = 2;
    /** A sentence still has to say something, however low the target grade. */
    static final int MIN_SENTENCE_WORDS = 8;

    /**
     * The contractions a formal voice spells out, and the one ("'s" after a noun: a possessive,
     * or "is") it can only flag. "'d" is read as "would", the likelier long form in copy.
     */
    public static final LongForms CONTRACTIONS = new LongForms(
            Map.ofEntries(Map.entry("won't", "will not"), Map.entry("can't", "cannot"), Map.entry("shan't", "shall not"),
                    Map.entry("ain't", "is not"), Map.entry("let's", "let us"), Map.entry("it's", "it is"),
                    Map.entry("that's", "that is"), Map.entry("there's", "there is"), Map.entry("here's", "here is"),
                    Map.entry("what's", "what is"), Map.entry("who's", "who is"), Map.entry("where's", "where is"),
                    Map.entry("he's", "he is"), Map.entry("she's", "she is"), Map.entry("how's", "how is"),
                    Map.entry("when's", "when is"), Map.entry("why's", "why is"), Map.entry("this's", "this is")),
            Map.of("n't", " not", "'re", " are", "'ll", " will", "'ve", " have", "'d", " would", "'m", " am"),
            Set.of("'s"));

    public VoiceRules {
        doList = List.copyOf(doList);
        dontList = List.copyOf(dontList);
        bannedWords = List.copyOf(bannedWords);
        requiredPhrases = List.copyOf(requiredPhrases);
    }

    public static VoiceRules none() {
        return new VoiceRules(50, 50, List.of(), List.of(), List.of(), List.of(), 0);
    }

    /** A formal voice writes no contractions. */
    public boolean formal() {
        return formality < FORMAL_BELOW;
    }

    /** A serious voice writes no exclamation marks. */
    public boolean serious() {
        return playfulness < SERIOUS_BELOW;
    }

    /** A playful voice may have one exclamation mark in a piece of copy, and no more. */
    public boolean playful() {
        return playfulness >= PLAYFUL_FROM;
    }

    /**
     * The most words a sentence should have to read near the target grade; 0 when there is no
     * target. Flesch–Kincaid grows by about 0.4 a grade for each word of sentence length, so two
     * words a grade (plus four) keeps a plain sentence within {@link #GRADE_ALLOWANCE}.
     */
    public int sentenceWords() {
        return readingLevel == 0 ? 0 : Math.max(MIN_SENTENCE_WORDS, 2 * readingLevel + 4);
    }
}
