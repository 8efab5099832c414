package com.mitpo.brand.boundary;

import java.util.List;

/**
 * One place where a text breaks a brand's voice rules: the text from {@code start} (inclusive)
 * to {@code end} (exclusive), what is wrong and how to fix it, as bundle keys with their
 * parameters (the phrase, the grade, the long form), worded in the reader's language where shown.
 */
public record VoiceViolation(Kind kind, int start, int end, String excerpt, String fixKey, List<Object> params) {

    /** What kind of rule a violation breaks; each words its problem as {@code voice.problem.KIND}. */
    public enum Kind { BANNED_WORD, DONT_PHRASE, MISSING_PHRASE, READING_LEVEL, TOO_CASUAL, TOO_EXCITED }

    public VoiceViolation {
        params = List.copyOf(params);
    }

    public String problemKey() {
        return "voice.problem." + kind.name();
    }

    public Object[] arguments() {
        return params.toArray();
    }
}
