package com.mitpo.platform.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of copy written for a {@link CopyBrief}. Every provider answers a COPY call with
 * {@code {"variants": [{"headline": "...", "body": "...", "callToAction": "..."}]}}; the
 * limits below are what the instructions ask for, and what the local writer keeps to. A remote
 * model's answer is read as it is (the Studio shows it and the voice checker judges it), so
 * the reader does not enforce them.
 */
public record CopyVariant(String headline, String body, String callToAction) {

    public static final int MAX_HEADLINE = 60;
    public static final int MAX_CALL_TO_ACTION = 25;
    public static final int MAX_BODY_SENTENCES = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer's JSON. */
    public static String toJson(List<CopyVariant> variants) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("variants");
        for (CopyVariant v : variants) {
            array.addObject().put("headline", v.headline()).put("body", v.body()).put("callToAction", v.callToAction());
        }
        return root.toString();
    }

    /**
     * The variants in a model's answer: the JSON object above, alone or inside prose or a
     * {@code ```json} fence, or a bare array of variants. At most {@link CopyBrief#MAX_VARIANTS}
     * are kept. A variant needs a headline and a body; a missing call to action reads as empty.
     *
     * @throws ProviderFailure when there is no such JSON or no usable variant; the message
     *         never quotes the answer (it may echo the brief)
     */
    public static List<CopyVariant> fromReply(String reply) {
        JsonNode variants = variants(reply);
        var result = new ArrayList<CopyVariant>();
        for (JsonNode v : variants) {
            if (result.size() == CopyBrief.MAX_VARIANTS) {
                break;
            }
            String headline = v.path("headline").isTextual() ? v.path("headline").asText().strip() : "";
            String body = v.path("body").isTextual() ? v.path("body").asText().strip() : "";
            if (headline.isEmpty() || body.isEmpty()) {
                throw unreadable("variant " + (result.size() + 1) + " has no headline or no body");
            }
            String cta = v.path("callToAction").isTextual() ? v.path("callToAction").asText().strip() : "";
            result.add(new CopyVariant(headline, body, cta));
        }
        if (result.isEmpty()) {
            throw unreadable("the answer has no variants");
        }
        return result;
    }

    private static JsonNode variants(String reply) {
        if (reply == null) {
            throw unreadable("the answer is empty");
        }
        // Models wrap JSON in fences or a sentence of prose: read from the first bracket to the last.
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        int open = reply.indexOf('[');
        try {
            if (start >= 0 && end > start && (open < 0 || start < open)) {
                JsonNode root = JSON.readTree(reply.substring(start, end + 1));
                if (root.path("variants").isArray()) {
                    return root.path("variants");
                }
                throw unreadable("the answer has no variants");
            }
            int close = reply.lastIndexOf(']');
            if (open >= 0 && close > open) {
                JsonNode array = JSON.readTree(reply.substring(open, close + 1));
                if (array.isArray()) {
                    return array;
                }
            }
        } catch (IOException notJson) {
            throw new ProviderFailure("the model's copy could not be read: the answer is not JSON", notJson);
        }
        throw unreadable("the answer is not JSON");
    }

    private static ProviderFailure unreadable(String why) {
        return new ProviderFailure("the model's copy could not be read: " + why);
    }
}
