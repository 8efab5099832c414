package com.mitpo.brand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.brand.control.Chunker.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void blankTextHasNoChunks() {
        assertEquals(List.of(), Chunker.split(null, 100, 10));
        assertEquals(List.of(), Chunker.split("", 100, 10));
        assertEquals(List.of(), Chunker.split(" \n\t\n ", 100, 10));
    }

    @Test
    void textThatFitsIsOneTrimmedChunk() {
        assertEquals(List.of(new Chunk(0, "One short paragraph.")), Chunker.split("\n  One short paragraph.  \n", 100, 10));
    }

    @Test
    void aParagraphBreakWinsOverALaterSentenceEnd() {
        String text = "Voice comes first. It is plain.\n\nColours come next. They are warm.";

        assertEquals(List.of(new Chunk(0, "Voice comes first. It is plain."), new Chunk(1, "Colours come next. They are warm.")),
                Chunker.split(text, 60, 0));
        // A line holding only spaces still separates paragraphs.
        assertEquals(List.of(new Chunk(0, "Voice comes first. It is plain."), new Chunk(1, "Colours come next. They are warm.")),
                Chunker.split(text.replace("\n\n", "\n   \n"), 60, 0));
    }

    @Test
    void aSentenceEndWinsOverALaterSpace() {
        String text = "Short words make a sentence. Another sentence follows here and runs long.";

        assertEquals(List.of(new Chunk(0, "Short words make a sentence."), new Chunk(1, "Another sentence follows here and runs long.")),
                Chunker.split(text, 50, 0));
        // Closing quotes stay with their sentence.
        assertEquals(List.of(new Chunk(0, "She said \"be kind.\""), new Chunk(1, "And then she left the room quietly.")),
                Chunker.split("She said \"be kind.\" And then she left the room quietly.", 36, 0));
    }

    @Test
    void withoutPunctuationChunksEndBetweenWords() {
        assertEquals(List.of(new Chunk(0, "alpha beta gamma"), new Chunk(1, "delta epsilon zeta"), new Chunk(2, "eta theta")),
                Chunker.split("alpha beta gamma delta epsilon zeta eta theta", 20, 0));
    }

    @Test
    void consecutiveChunksShareWholeWordsOfOverlap() {
        assertEquals(List.of(new Chunk(0, "alpha beta gamma"), new Chunk(1, "gamma delta epsilon"),
                new Chunk(2, "epsilon zeta eta"), new Chunk(3, "zeta eta theta")),
                Chunker.split("alpha beta gamma delta epsilon zeta eta theta", 20, 8));
    }

    @Test
    void onlyAWordLongerThanAChunkIsCut() {
        assertEquals(List.of(new Chunk(0, "xxxxxxxxxx"), new Chunk(1, "xxxxxxxxxx"), new Chunk(2, "xxxxx")),
                Chunker.split("x".repeat(25), 10, 3));
        assertEquals(List.of(new Chunk(0, "tiny"), new Chunk(1, "yyyyyyyyyy"), new Chunk(2, "yy end")),
                Chunker.split("tiny " + "y".repeat(12) + " end", 10, 0));
        // Never between the two halves of a surrogate pair.
        assertEquals(List.of(new Chunk(0, "😀😀"), new Chunk(1, "😀😀"), new Chunk(2, "😀😀")),
                Chunker.split("😀".repeat(6), 5, 0));
    }

    @Test
    void aLongTextKeepsEveryWordInOrderWithinTheTarget() {
        var random = new Random(42);
        List<String> words = new ArrayList<>();
        var text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            String word = "w" + i + "x".repeat(random.nextInt(12));
            words.add(word);
            text.append(word).append(i % 17 == 16 ? ".\n\n" : i % 7 == 6 ? ". " : " ");
        }

        List<Chunk> chunks = Chunker.split(text.toString(), 300, 0);

        for (int i = 0; i < chunks.size(); i++) {
            assertEquals(i, chunks.get(i).ordinal());
            assertTrue(chunks.get(i).text().length() <= 300, "chunk " + i + " is too long");
        }
        String rejoined = chunks.stream().map(Chunk::text).collect(Collectors.joining(" "));
        assertEquals(String.join(" ", words), rejoined.replace(".", "").replaceAll("\\s+", " "));
    }

    @Test
    void overlapMustBeSmallerThanTheTarget() {
        assertThrows(IllegalArgumentException.class, () -> Chunker.split("text", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Chunker.split("text", 10, -1));
        assertThrows(IllegalArgumentException.class, () -> Chunker.split("text", 10, 10));
    }
}
