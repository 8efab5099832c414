package com.mitpo.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mechanics of applying a contraction table; which table is the caller's (the brand's) business. */
class LongFormsTest {

    private static final LongForms TABLE = new LongForms(Map.of("won't", "will not", "it’s", "it is", "y'all", "you all"),
            Map.of("n't", " not", "'re", " are"), Set.of("'s"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We're here and they aren't        | We are here and they are not
            Won't stop. won't stop.           | Will not stop. will not stop.
            It's ready. it’s ready.           | It is ready. it is ready.
            Y'all come                        | You all come
            You’re seen                       | You are seen
            Acme's best                       | Acme's best
            You'll see, I'm sure              | You'll see, I'm sure
            """)
    void spellsOutExactlyWhatTheTableHolds(String text, String expanded) {
        assertEquals(expanded, TABLE.expand(text));
    }

    @Test
    void findsEachContractionWithItsLongFormOrNoneWhenTheTableIsUnsure() {
        List<LongForms.Found> found = TABLE.find("Acme's team won't wait; we're in.");

        assertEquals(List.of(new LongForms.Found(0, 6, "Acme's", null), new LongForms.Found(12, 17, "won't", "will not"),
                new LongForms.Found(24, 29, "we're", "we are")), found);
        assertEquals(List.of(), TABLE.find("Wonton don'tcha it'sy"), "never part of a longer word");
    }

    @Test
    void anEmptyTableFindsNothing() {
        assertEquals(List.of(), LongForms.NONE.find("We're sure it won't."));
        assertEquals("We're sure.", LongForms.NONE.expand("We're sure."));
    }

    @Test
    void aPossessiveIsStillAnApostropheInAWordAndIsOnlyDroppedAsALastResort() {
        assertTrue(LongForms.any("Europe's oldest"));
        assertTrue(LongForms.any("Europe’s oldest"));
        assertFalse(LongForms.any("the parents' room 'quoted'"));
        assertEquals("Europe oldest, the parents room, rocknroll, it is",
                TABLE.remove("Europe's oldest, the parents' room, rock'n'roll, it's"));
    }

    @Test
    void tablesAreEqualByTheirEntriesWhateverTheApostropheOrCase() {
        assertEquals(TABLE, new LongForms(Map.of("WON'T", "will not", "it's", "it is", "y’all", "you all"),
                Map.of("n’t", " not", "'re", " are"), Set.of("'S")));
    }
}
