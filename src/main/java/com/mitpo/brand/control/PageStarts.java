package com.mitpo.brand.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Notes where each page of a PDF starts while Tika writes its text. Tika's PDF parser opens a
 * {@code <div class="page">} per page; at each one this records how much text has been written so
 * far. Nothing is added to the text: a marker character would count against the write limit and
 * could leak into what users see. {@link #in(String, String)} then maps those raw offsets onto the
 * normalised text.
 */
final class PageStarts extends ContentHandlerDecorator {

    private final IntSupplier written;
    private final List<Integer> rawStarts = new ArrayList<>();

    /** @param written how many characters the text writer behind {@code handler} holds now */
    PageStarts(ContentHandler handler, IntSupplier written) {
        super(handler);
        this.written = written;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
            rawStarts.add(written.getAsInt());
        }
        super.startElement(uri, localName, name, atts);
    }

    /**
     * Where each page starts in {@code text}, the normalised form of {@code raw}: at the page's
     * first visible character. Normalising only drops or turns whitespace (and no-break spaces)
     * into newlines, so the visible characters are the same, in the same order, in both: the n-th
     * visible character of the raw text is the n-th of the normalised one. A page without visible
     * text starts where the next text does (the end of the text when none follows), so a passage
     * is never placed on a blank page.
     */
    List<Integer> in(String raw, String text) {
        List<Integer> starts = new ArrayList<>(rawStarts.size());
        // Two cursors that only move forward, so a 500-page document costs one pass over each text.
        int rawAt = 0;
        int rawSeen = 0; // visible characters of raw before rawAt
        int textAt = 0;
        int textSeen = 0; // visible characters of text before textAt
        for (int rawStart : rawStarts) {
            for (int until = Math.min(rawStart, raw.length()); rawAt < until; rawAt++) {
                if (isVisible(raw.charAt(rawAt))) {
                    rawSeen++;
                }
            }
            // On to the page's first visible character: the one with rawSeen visible ones before it.
            while (textAt < text.length() && (textSeen < rawSeen || !isVisible(text.charAt(textAt)))) {
                if (isVisible(text.charAt(textAt))) {
                    textSeen++;
                }
                textAt++;
            }
            starts.add(textAt);
        }
        return List.copyOf(starts);
    }

    /** A character normalising never drops or changes. */
    private static boolean isVisible(char c) {
        return !Character.isWhitespace(c) && c != '\u00A0';
    }
}
