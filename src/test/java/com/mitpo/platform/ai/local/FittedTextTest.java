package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class FittedTextTest {

    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 1);

    @Test
    void shortTextKeepsTheLargestSize() {
        FittedText text = FittedText.fit("Fresh roast", BOLD, 100, 20, 900, 400, 5, 1.1);
        assertEquals(100f, text.font.getSize2D());
        assertEquals(List.of("Fresh roast"), text.lines);
    }

    @Test
    void longTextShrinksUntilEveryLineFitsTheBox() {
        String words = "Fresh roast every Monday morning delivered straight to your office by people who care";
        FittedText text = FittedText.fit(words, BOLD, 100, 10, 600, 300, 5, 1.1);
        assertTrue(text.font.getSize2D() < 100);
        assertTrue(text.height <= 300, "height " + text.height);
        assertTrue(text.lines.size() <= 5);
        for (String line : text.lines) {
            assertTrue(FittedText.width(line, text.font) <= 600, line);
        }
        assertEquals(words, String.join(" ", text.lines));
    }

    @Test
    void textThatCannotFitEndsWithAnEllipsis() {
        FittedText text = FittedText.fit("word ".repeat(200), BOLD, 40, 30, 300, 100, 2, 1.1);
        assertTrue(text.lines.size() <= 2);
        assertTrue(text.lines.get(text.lines.size() - 1).endsWith("…"));
        assertTrue(text.width() <= 300);
    }

    @Test
    void aWordWiderThanTheBoxIsCut() {
        List<String> lines = FittedText.wrap("Supercalifragilisticexpialidocious", BOLD.deriveFont(40f), 200);
        assertTrue(lines.size() > 1);
        assertEquals("Supercalifragilisticexpialidocious", String.join("", lines));
    }

    @Test
    void blankTextHasNoLines() {
        assertTrue(FittedText.fit("  ", BOLD, 40, 10, 300, 100, 2, 1.1).lines.isEmpty());
        assertEquals(0.0, FittedText.fit(null, BOLD, 40, 10, 300, 100, 2, 1.1).height);
    }
}
