package com.mitpo.brand.boundary;

/**
 * One place where a text breaks a brand's voice rules: the text from {@code start} (inclusive)
 * to {@code end} (exclusive), what is wrong and how to fix it.
 */
public record VoiceViolation(Kind kind, int start, int end, String excerpt, String message, String suggestion) {

    /** What kind of rule a violation breaks. */
    public enum Kind { BANNED_WORD, DONT_PHRASE, MISSING_PHRASE, READING_LEVEL, TOO_CASUAL, TOO_EXCITED }
}
