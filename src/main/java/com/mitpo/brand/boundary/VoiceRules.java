package com.mitpo.brand.boundary;

import java.util.List;

/**
 * A brand's voice, as the checker reads it. Scales run 0..100: formality from formal (0) to
 * casual (100), playfulness from serious (0) to playful (100). The reading level is a US school
 * grade (Flesch–Kincaid); 0 means "no target".
 */
public record VoiceRules(int formality, int playfulness, List<String> doList, List<String> dontList,
        List<String> bannedWords, List<String> requiredPhrases, int readingLevel) {

    public VoiceRules {
        doList = List.copyOf(doList);
        dontList = List.copyOf(dontList);
        bannedWords = List.copyOf(bannedWords);
        requiredPhrases = List.copyOf(requiredPhrases);
    }

    public static VoiceRules none() {
        return new VoiceRules(50, 50, List.of(), List.of(), List.of(), List.of(), 0);
    }
}
