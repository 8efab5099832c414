package com.mitpo.brand.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mitpo.brand.entity.ContextItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The request for brand context from a document, and the reading of any model's answer to it:
 * JSON items of a known kind with a short text and the sentence they came from. A quote that is
 * not in the document is dropped (the item still cites the document), so the page never shows
 * an invented citation. Anything unreadable yields no items rather than an error.
 */
public final class ContextProposals {

    /** How much of a document the model reads: enough for the gist, within any vendor's window. */
    public static final int MAX_INPUT_CHARS = 60_000;
    static final int MAX_ITEMS = 30;
    static final int MAX_ITEM_TEXT = 400;

    public static final String INSTRUCTIONS = """
            You read a company's document and propose brand context for its marketing team.
            Reply with JSON only, no prose, in this shape:
            {"items": [{"kind": "...", "text": "...", "quote": "..."}]}
            kind is one of: product, value_proposition, key_fact, tone, audience.
            text is one short statement (at most 200 characters) in your own words.
            quote is the exact sentence of the document the statement rests on.
            Propose at most 15 items, only what the document supports.""";

    public record Proposal(ContextItem.Kind kind, String text, String quote) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContextProposals() {
    }

    public static String input(String documentText) {
        return documentText.length() <= MAX_INPUT_CHARS ? documentText : documentText.substring(0, MAX_INPUT_CHARS);
    }

    public static List<Proposal> read(String reply, String documentText) {
        JsonNode items = items(reply);
        var proposals = new ArrayList<Proposal>();
        String haystack = normalised(documentText);
        for (JsonNode item : items) {
            ContextItem.Kind kind = ContextItem.Kind.of(item.path("kind").asText("").strip().toLowerCase(Locale.ROOT));
            String text = item.path("text").asText("").strip();
            if (kind == null || text.isEmpty() || proposals.size() == MAX_ITEMS) {
                continue;
            }
            String quote = item.path("quote").asText("").strip();
            boolean quoted = !quote.isEmpty() && haystack.contains(normalised(quote));
            proposals.add(new Proposal(kind, clip(text), quoted ? clip(quote) : null));
        }
        return proposals;
    }

    private static JsonNode items(String reply) {
        if (reply == null) {
            return JSON.createArrayNode();
        }
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        try {
            if (start >= 0 && end > start) {
                JsonNode root = JSON.readTree(reply.substring(start, end + 1));
                if (root.path("items").isArray()) {
                    return root.path("items");
                }
            }
            int open = reply.indexOf('[');
            int close = reply.lastIndexOf(']');
            if (open >= 0 && close > open) {
                JsonNode array = JSON.readTree(reply.substring(open, close + 1));
                if (array.isArray()) {
                    return array;
                }
            }
        } catch (java.io.IOException unreadable) {
            // a model that does not answer in JSON proposes nothing
        }
        return JSON.createArrayNode();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String clip(String text) {
        return text.length() <= MAX_ITEM_TEXT ? text : text.substring(0, MAX_ITEM_TEXT - 1) + "…";
    }
}
