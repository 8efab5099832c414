package com.mitpo.platform.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * How a phrase is found in a text wherever a voice rule names one (a banned word, a "don't"
 * phrase, a required phrase): whole words, any case, any run of spaces between the words. The
 * checker that judges copy and the writer that avoids or adds phrases both match this way, so
 * what one lets through the other does not flag.
 */
public final class Phrases {

    private Phrases() {
    }

    /** The pattern of a phrase; the phrase is stripped first and must not be blank. */
    public static Pattern pattern(String phrase) {
        String body = String.join("\\s+", Arrays.stream(phrase.strip().split("\\s+")).map(Pattern::quote).toList());
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])");
    }
}
