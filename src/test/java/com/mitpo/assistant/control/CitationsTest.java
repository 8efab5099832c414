package com.mitpo.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationsTest {

    @Test
    void aCitationThatWasNotRetrievedIsTakenOutAndOnlyRealOnesCount() {
        Citations.Checked checked = Citations.check("Launch in March [S1]. Offices on the moon [S99]. Warm tone [S2][S1].",
                Set.of(1, 2));
        assertEquals("Launch in March [S1]. Offices on the moon. Warm tone [S2][S1].", checked.text());
        assertEquals(Set.of(1, 2), checked.cited());
    }

    @Test
    void aReplyWithoutCitationsIsLeftAsItIs() {
        Citations.Checked checked = Citations.check("Nothing to cite  here:\n\n    code  block", Set.of(1));
        assertEquals("Nothing to cite  here:\n\n    code  block", checked.text());
        assertEquals(Set.of(), checked.cited());
    }
}
