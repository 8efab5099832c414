package com.mitpo.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void directionOverridesAndIsolatesAreRemoved() {
        assertEquals("reporttxt.exe.md", Names.shown("report\u202Etxt.exe.md"));
        assertEquals("Northwind", Names.shown("\u2066North\u2069wind\u200F"));
        assertEquals("Northwind", Names.shown("North\u200Bwind\uFEFF"));
    }

    @Test
    void controlCharactersAndSurroundingSpaceGo() {
        assertEquals("a b", Names.shown(" a\u0000 b\u0007\n"));
        assertNull(Names.shown(null));
    }

    @Test
    void joinersThatEmojiAndScriptsNeedStay() {
        assertEquals("Dev team \uD83D\uDC69\u200D\uD83D\uDCBB", Names.shown("Dev team \uD83D\uDC69\u200D\uD83D\uDCBB"));
        assertEquals("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", Names.shown("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"));
        assertEquals("Zoë & Co.", Names.shown("Zoë & Co."));
    }
}
