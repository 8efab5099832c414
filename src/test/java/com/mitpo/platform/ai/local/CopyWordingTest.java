package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small pieces the local copywriter is made of: avoided phrases, cutting to length. */
class CopyWordingTest {

    @Test
    void avoidedPhrasesAreWholeWordsInAnyCaseAcrossSpaces() {
        AvoidedPhrases avoided = new AvoidedPhrases(List.of("cheap", " game changer ", " "));

        assertTrue(avoided.in("So CHEAP."));
        assertTrue(avoided.in("a game\n  changer"));
        assertFalse(avoided.in("cheapskate gamechanger"));
    }

    @Test
    void scrubbingLeavesNoPhraseAndNoOrphanMarks() {
        AvoidedPhrases avoided = new AvoidedPhrases(List.of("cheap", "very good"));

        assertEquals("Acme has news.", avoided.scrub("Acme has news: cheap."));
        assertEquals("Coffee.", avoided.scrub("Cheap, coffee."));
        assertEquals("It is.", avoided.scrub("It is very cheap good."), "a phrase formed by a removal goes too");
        assertEquals("", avoided.scrub("Cheap!"));
        assertEquals("Great. Coffee. Tea.", avoided.scrub("Great. Cheap coffee. Cheap tea."));
        assertEquals("iPhone cases", avoided.scrub("iPhone cases"), "untouched text keeps its case");
    }

    @Test
    void requiredPhrasesAreFoundAsTheCheckerFindsThem() {
        assertTrue(AvoidedPhrases.occurs("Beans roasted  in LEEDS.", "Roasted in Leeds"));
        assertFalse(AvoidedPhrases.occurs("Roasted in Leedsville.", "Roasted in Leeds"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Short enough                                      ; 20 ; Short enough
            The launch of our winter blend                    ; 20 ; The launch
            The launch of our winter blend                    ; 29 ; The launch of our winter
            Acme Roasters: the winter blend                   ; 15 ; Acme Roasters
            Acme | winter blend                               ; 10 ; Acme
            Supercalifragilistic                              ; 10 ; Supercalif
            """)
    void fitsTextToALengthBetweenWordsWithoutALooseEnd(String text, int max, String fitted) {
        assertEquals(fitted, LocalCopywriter.fit(text, max));
        assertTrue(LocalCopywriter.fit(text, max).length() <= max);
    }
}
