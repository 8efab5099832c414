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
        assertEquals(List.of(new Chunk(0, 3, "One short paragraph.")), Chunker.split("\n  One short paragraph.  \n", 100, 10));
    }

    @Test
    void aParagraphBreakWinsOverALaterSentenceEnd() {
        String text = "Voice comes first. It is plain.\n\nColours come next. They are warm.";

        assertEquals(List.of(new Chunk(0, 0, "Voice comes first. It is plain."), new Chunk(1, 33, "Colours come next. They are warm.")),
                Chunker.split(text, 60, 0));
        // A line holding only spaces still separates paragraphs.
        assertEquals(List.of(new Chunk(0, 0, "Voice comes first. It is plain."), new Chunk(1, 36, "Colours come next. They are warm.")),
                Chunker.split(text.replace("\n\n", "\n   \n"), 60, 0));
    }

    @Test
    void aSentenceEndWinsOverALaterSpace() {
        String text = "Short words make a sentence. Another sentence follows here and runs long.";

        assertEquals(List.of(new Chunk(0, 0, "Short words make a sentence."), new Chunk(1, 29, "Another sentence follows here and runs long.")),
                Chunker.split(text, 50, 0));
        // Closing quotes stay with their sentence.
        assertEquals(List.of(new Chunk(0, 0, "She said \"be kind.\""), new Chunk(1, 20, "And then she left the room quietly.")),
                Chunker.split("She said \"be kind.\" And then she left the room quietly.", 36, 0));
    }

    @Test
    void withoutPunctuationChunksEndBetweenWords() {
        assertEquals(List.of(new Chunk(0, 0, "alpha beta gamma"), new Chunk(1, 17, "delta epsilon zeta"), new Chunk(2, 36, "eta theta")),
                Chunker.split("alpha beta gamma delta epsilon zeta eta theta", 20, 0));
    }

    @Test
    void consecutiveChunksShareWholeWordsOfOverlap() {
        assertEquals(List.of(new Chunk(0, 0, "alpha beta gamma"), new Chunk(1, 11, "gamma delta epsilon"),
                new Chunk(2, 23, "epsilon zeta eta"), new Chunk(3, 31, "zeta eta theta")),
                Chunker.split("alpha beta gamma delta epsilon zeta eta theta", 20, 8));
    }

    @Test
    void onlyAWordLongerThanAChunkIsCut() {
        assertEquals(List.of(new Chunk(0, 0, "xxxxxxxxxx"), new Chunk(1, 10, "xxxxxxxxxx"), new Chunk(2, 20, "xxxxx")),
                Chunker.split("x".repeat(25), 10, 3));
        assertEquals(List.of(new Chunk(0, 0, "tiny"), new Chunk(1, 5, "yyyyyyyyyy"), new Chunk(2, 15, "yy end")),
                Chunker.split("tiny " + "y".repeat(12) + " end", 10, 0));
        // Never between the two halves of a surrogate pair.
        assertEquals(List.of(new Chunk(0, 0, "😀😀"), new Chunk(1, 4, "😀😀"), new Chunk(2, 8, "😀😀")),
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
    void eachChunkSaysWhereItsTextStartsInTheSource() {
        String text = "\n\n  Voice comes first.   It is plain.\n   \n\tColours come next, and they are warm. "
                + "Type is set in one family only.\n\n\n  Photos show people at work.  \n";

        for (int overlap : new int[] {0, 15}) {
            List<Chunk> chunks = Chunker.split(text, 40, overlap);

            assertTrue(chunks.size() > 3, "the text must need several chunks");
            assertEquals(4, chunks.get(0).start(), "the leading whitespace is skipped");
            for (Chunk chunk : chunks) {
                assertTrue(text.startsWith(chunk.text(), chunk.start()), "chunk " + chunk + " is not at its start");
            }
        }
    }

    @Test
    void startsRiseAndLieInsideTheTextWithOrWithoutOverlap() {
        var random = new Random(7);
        var text = new StringBuilder("  ");
        for (int i = 0; i < 3_000; i++) {
            text.append("w").append(i).append("y".repeat(random.nextInt(9)))
                    .append(i % 23 == 22 ? ".\n \n" : i % 9 == 8 ? "! " : i % 5 == 4 ? "\n" : " ");
        }
        text.append("x".repeat(700)).append(" \uD83D\uDE00".repeat(40)).append("\n\n");
        String source = text.toString();

        for (int overlap : new int[] {0, 1, 100}) {
            List<Chunk> chunks = Chunker.split(source, 300, overlap);

            int previous = -1;
            for (Chunk chunk : chunks) {
                assertTrue(chunk.start() > previous, "starts must rise: " + chunk.start() + " after " + previous);
                assertTrue(source.substring(chunk.start()).startsWith(chunk.text()), "chunk " + chunk.ordinal() + " is not at its start");
                previous = chunk.start();
            }
            Chunk last = chunks.get(chunks.size() - 1);
            assertEquals(source.stripTrailing().length(), last.start() + last.text().length(), "the last chunk ends the text");
        }
    }

    @Test
    void overlapMustBeSmallerThanTheTarget() {
        assertThrows(IllegalArgumentException.class, () -> Chunker.split("text", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Chunker.split("text", 10, -1));
        assertThrows(IllegalArgumentException.class, () -> Chunker.split("text", 10, 10));
    }
}
