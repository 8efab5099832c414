package com.mitpo.brand.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document's text into pieces small enough to embed and to quote back to a model. A piece
 * ends, in order of preference, at a paragraph break, at the end of a sentence, between two words;
 * only a word longer than a whole piece is cut inside. Consecutive pieces share up to
 * {@code overlapChars} of whole words, so a sentence cut in two still reads whole in one of them.
 */
public final class Chunker {

    /**
     * One piece, numbered from 0 in document order. {@code start} is where its text begins in the
     * text that was split ({@code source.startsWith(text, start)}), so the piece can be placed on
     * the page it comes from.
     */
    public record Chunk(int ordinal, int start, String text) {
    }

    private static final String CLOSERS = "\"')]}»”’";

    private Chunker() {
    }

    /**
     * @param targetChars the most characters a chunk may have
     * @param overlapChars at most this many characters of one chunk are repeated at the start of
     *        the next (fewer when a word would be cut, none after a cut inside a word)
     */
    public static List<Chunk> split(String text, int targetChars, int overlapChars) {
        if (targetChars < 1 || overlapChars < 0 || overlapChars >= targetChars) {
            throw new IllegalArgumentException("need targetChars > overlapChars >= 0");
        }
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int length = text.stripTrailing().length();
        List<Chunk> chunks = new ArrayList<>();
        int start = skipWhitespace(text, 0);
        while (true) {
            int end = length - start <= targetChars ? length : breakBefore(text, start, start + targetChars);
            // start is never on whitespace (see nextStart), so the stripped text begins there.
            chunks.add(new Chunk(chunks.size(), start, text.substring(start, end).strip()));
            if (end >= length) {
                return List.copyOf(chunks);
            }
            start = nextStart(text, start, end, overlapChars);
        }
    }

    /** Where to end a chunk that starts at {@code start} and may not reach past {@code limit}. */
    private static int breakBefore(String text, int start, int limit) {
        // Paragraph and sentence breaks only count in the second half, or a chunk could shrink
        // to a heading or a one-line sentence while the rest of its room goes unused.
        int half = start + (limit - start) / 2;
        for (int i = limit; i > half; i--) {
            if (isParagraphBreak(text, i)) {
                return i;
            }
        }
        for (int i = limit; i > half; i--) {
            if (isSentenceBreak(text, i)) {
                return i;
            }
        }
        for (int i = limit; i > start; i--) {
            if (isWordBreak(text, i)) {
                return i;
            }
        }
        // One word fills the whole chunk: cut it, but not between the halves of a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) && limit - 1 > start ? limit - 1 : limit;
    }

    /** A blank line starts at i: a newline, optional spaces, another newline. */
    private static boolean isParagraphBreak(String text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** i follows a line, or a sentence's closing mark (and any closing quotes or brackets). */
    private static boolean isSentenceBreak(String text, int i) {
        if (!Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        if (text.charAt(i) == '\n') {
            return true;
        }
        int j = i - 1;
        while (j >= 0 && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j >= 0 && ".!?…".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean isWordBreak(String text, int i) {
        return Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1));
    }

    /**
     * The next chunk starts up to {@code overlap} characters before {@code end}, at the first word
     * that fits whole; when none does, it starts at {@code end}. It always starts after
     * {@code start}, so the loop always moves on.
     */
    private static int nextStart(String text, int start, int end, int overlap) {
        if (overlap > 0) {
            for (int i = Math.max(end - overlap, start + 1); i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
                    return i;
                }
            }
        }
        return skipWhitespace(text, end);
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
