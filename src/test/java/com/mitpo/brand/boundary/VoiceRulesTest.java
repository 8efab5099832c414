package com.mitpo.brand.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the brand's voice scales mean, and the contractions its one table spells out. */
class VoiceRulesTest {

    private static VoiceRules voice(int formality, int playfulness, int readingLevel) {
        return new VoiceRules(formality, playfulness, List.of(), List.of(), List.of(), List.of(), readingLevel);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We're here and you'll see        | We are here and you will see
            Don't wait. It isn't late.       | Do not wait. It is not late.
            Won't stop. We can't. Let's go.  | Will not stop. We cannot. Let us go.
            It's ready and that's that       | It is ready and that is that
            You’ve seen it                   | You have seen it
            Acme's best                      | Acme's best
            I'm sure they'd like it          | I am sure they would like it
            """)
    void theTableSpellsOutTheContractionsWhoseLongFormIsCertain(String text, String expanded) {
        assertEquals(expanded, VoiceRules.CONTRACTIONS.expand(text));
    }

    @Test
    void theThresholdsSplitTheScales() {
        assertTrue(voice(VoiceRules.FORMAL_BELOW - 1, 50, 0).formal());
        assertFalse(voice(VoiceRules.FORMAL_BELOW, 50, 0).formal());
        assertTrue(voice(50, VoiceRules.SERIOUS_BELOW - 1, 0).serious());
        assertFalse(voice(50, VoiceRules.SERIOUS_BELOW, 0).serious());
        assertFalse(voice(50, VoiceRules.PLAYFUL_FROM - 1, 0).playful());
        assertTrue(voice(50, VoiceRules.PLAYFUL_FROM, 0).playful());
        assertFalse(VoiceRules.none().formal() || VoiceRules.none().serious() || VoiceRules.none().playful());
    }

    @Test
    void aLowerGradeAsksForShorterSentencesButNeverBelowEightWords() {
        assertEquals(0, voice(50, 50, 0).sentenceWords(), "no target, no limit");
        assertEquals(8, voice(50, 50, 1).sentenceWords());
        assertEquals(10, voice(50, 50, 3).sentenceWords());
        assertEquals(16, voice(50, 50, 6).sentenceWords());
        assertTrue(voice(50, 50, 12).sentenceWords() > voice(50, 50, 6).sentenceWords());
    }
}
