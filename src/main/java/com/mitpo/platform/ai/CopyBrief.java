package com.mitpo.platform.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mitpo.platform.text.LongForms;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link TextTask#COPY} call is asked to write, sent as the request's input in this JSON
 * shape whichever provider serves it (the Studio writes it with {@link #toJson()}, the local
 * writer reads it with {@link #read(String)}, a remote model reads it as the user message
 * under {@link #INSTRUCTIONS}):
 * <pre>
 * {"brand": "Acme Roasters", "tagline": "Roasted right", "prompt": "Launch of our winter blend",
 *  "variants": 3, "channel": "image",
 *  "facts": ["We roast in small batches in Leeds"],
 *  "audience": ["Busy parents: want good coffee fast"],
 *  "voice": {"formality": 20, "playfulness": 70, "readingLevel": 6,
 *            "contractions": false, "exclamations": "one", "sentenceWords": 16,
 *            "longForms": {"words": {"won't": "will not"}, "endings": {"n't": " not"}, "unsure": ["'s"]},
 *            "do": ["Speak to one reader"], "dont": ["game changer"],
 *            "banned": ["cheap"], "required": ["Roasted in Leeds"]}}
 * </pre>
 * brand, prompt and variants (1 to {@value #MAX_VARIANTS}) are required; everything else may be
 * left out. channel, when given, is one of image, copy, video, speech. facts are the brand's
 * context and any retrieved passages, audience the personas ("Label: description"). The voice
 * carries the scales of the brand's voice rules (formality from formal (0) to casual (100),
 * playfulness from serious (0) to playful (100), readingLevel a US school grade, 0: no target)
 * for a model that can weigh a register, and the {@link Limits} the copy keeps to, which the
 * voice's owner decided from them: this package reads no threshold into a scale. The answer is
 * JSON too; see {@link CopyVariant}.
 */
public record CopyBrief(String brand, String tagline, String prompt, int variants, String channel,
        List<String> facts, List<String> audience, Voice voice) {

    public static final int MAX_VARIANTS = 4;

    static final Set<String> CHANNELS = Set.of("image", "copy", "video", "speech");

    /** The system prompt for a remote model; the brief above is the user message. */
    public static final String INSTRUCTIONS = """
            You are a brand copywriter. The user message is a JSON brief: the brand, its tagline,
            what to write about (prompt), how many variants, where the copy goes (channel: image
            means words on a picture, copy a text post, video on-screen text, speech read aloud),
            facts about the brand, the audience, and the brand's voice.
            Write exactly "variants" variants that differ from one another, about the prompt, for
            the audience. Use only the facts given; never invent prices, numbers, awards or claims.
            voice.formality runs from 0 (formal) to 100 (casual), voice.playfulness from 0 (serious)
            to 100 (playful). voice.contractions false means no contractions at all: write the long
            forms instead (voice.longForms lists them). voice.exclamations is "none" (no exclamation
            marks), "one" (at most one per variant) or "any". voice.readingLevel is the US school
            grade to write at (0: no target); voice.sentenceWords, when above 0, is the most words
            a sentence may have.
            Follow voice.do. Never use a phrase from voice.dont or a word from voice.banned.
            Put every phrase of voice.required, word for word, in the body of every variant.
            Each variant has a headline of at most 60 characters, a body of one to three sentences
            and a callToAction of at most 25 characters.
            Reply with JSON only, no prose, in this shape:
            {"variants": [{"headline": "...", "body": "...", "callToAction": "..."}]}""";

    /** The brand's voice as the brief carries it; lists are never null and hold no blank entries. */
    public record Voice(int formality, int playfulness, int readingLevel, List<String> doList, List<String> dontList,
            List<String> banned, List<String> required, Limits limits) {

        public Voice {
            formality = within("voice.formality", formality, 0, 100);
            playfulness = within("voice.playfulness", playfulness, 0, 100);
            readingLevel = within("voice.readingLevel", readingLevel, 0, 18);
            doList = entries(doList);
            dontList = entries(dontList);
            banned = entries(banned);
            required = entries(required);
            limits = limits == null ? Limits.none() : limits;
        }

        /** The middle of both scales, no target grade, no lists, no limits: what a brand without voice rules gets. */
        public static Voice none() {
            return new Voice(50, 50, 0, List.of(), List.of(), List.of(), List.of(), Limits.none());
        }
    }

    /**
     * What the copy keeps to, as data from whoever owns the voice, so a rule-based writer follows
     * exactly what the owner's checker will count: whether contractions may appear (when not, the
     * long forms to write instead; a contraction the table has no long form for is left out), how
     * many exclamation marks a variant has, and the most words a sentence may have (0: no limit).
     */
    public record Limits(boolean contractions, Exclamations exclamations, int sentenceWords, LongForms longForms) {

        public Limits {
            exclamations = exclamations == null ? Exclamations.ANY : exclamations;
            sentenceWords = within("voice.sentenceWords", sentenceWords, 0, 100);
            longForms = longForms == null ? LongForms.NONE : longForms;
        }

        /** Contractions and exclamation marks as the writer likes, sentences of any length. */
        public static Limits none() {
            return new Limits(true, Exclamations.ANY, 0, LongForms.NONE);
        }
    }

    /** How many exclamation marks a variant has. */
    public enum Exclamations {
        /** None at all. */
        NONE,
        /** At most one; a rule-based writer gives each variant its one. */
        ONE,
        /** The voice does not mind; a rule-based writer, which cannot judge when one fits, uses none. */
        ANY;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Exclamations of(String code) {
            for (Exclamations e : values()) {
                if (e.code().equals(code)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("voice.exclamations must be none, one or any");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader STRICT = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public CopyBrief {
        brand = required("brand", brand);
        prompt = required("prompt", prompt);
        tagline = tagline == null || tagline.isBlank() ? null : tagline.strip();
        channel = channel == null || channel.isBlank() ? null : channel.strip();
        if (channel != null && !CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("channel must be one of " + CHANNELS);
        }
        variants = within("variants", variants, 1, MAX_VARIANTS);
        facts = entries(facts);
        audience = entries(audience);
        voice = voice == null ? Voice.none() : voice;
    }

    /**
     * The brief in a request's input.
     *
     * @throws IllegalArgumentException when it is not JSON of the shape above; the message
     *         names the field, never quotes the input
     */
    public static CopyBrief read(String json) {
        JsonNode root;
        try {
            root = json == null ? null : STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the brief is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the brief is not a JSON object");
        }
        JsonNode voice = root.path("voice");
        if (!voice.isMissingNode() && !voice.isNull() && !voice.isObject()) {
            throw new IllegalArgumentException("voice must be an object");
        }
        return new CopyBrief(text(root, "brand"), text(root, "tagline"), text(root, "prompt"),
                integer(root, "variants", 0), text(root, "channel"), list(root, "facts"), list(root, "audience"),
                voice.isObject()
                        ? new Voice(integer(voice, "formality", 50), integer(voice, "playfulness", 50),
                                integer(voice, "readingLevel", 0), list(voice, "do"), list(voice, "dont"),
                                list(voice, "banned"), list(voice, "required"), limits(voice))
                        : Voice.none());
    }

    /** The limits in a voice object; a missing field reads as no limit. */
    private static Limits limits(JsonNode voice) {
        String exclamations = text(voice, "exclamations");
        JsonNode forms = voice.path("longForms");
        LongForms longForms = LongForms.NONE;
        if (!forms.isMissingNode() && !forms.isNull()) {
            if (!forms.isObject()) {
                throw new IllegalArgumentException("voice.longForms must be an object");
            }
            longForms = new LongForms(map(forms, "words"), map(forms, "endings"), Set.copyOf(list(forms, "unsure")));
        }
        return new Limits(bool(voice, "contractions", true),
                exclamations == null ? Exclamations.ANY : Exclamations.of(exclamations),
                integer(voice, "sentenceWords", 0), longForms);
    }

    /** The brief as a request's input, in the shape {@link #read(String)} takes. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode().put("brand", brand);
        if (tagline != null) {
            root.put("tagline", tagline);
        }
        root.put("prompt", prompt).put("variants", variants);
        if (channel != null) {
            root.put("channel", channel);
        }
        strings(root.putArray("facts"), facts);
        strings(root.putArray("audience"), audience);
        Limits limits = voice.limits();
        ObjectNode v = root.putObject("voice").put("formality", voice.formality()).put("playfulness", voice.playfulness())
                .put("readingLevel", voice.readingLevel()).put("contractions", limits.contractions())
                .put("exclamations", limits.exclamations().code()).put("sentenceWords", limits.sentenceWords());
        if (!limits.longForms().equals(LongForms.NONE)) {
            ObjectNode forms = v.putObject("longForms");
            limits.longForms().words().forEach(forms.putObject("words")::put);
            limits.longForms().endings().forEach(forms.putObject("endings")::put);
            strings(forms.putArray("unsure"), List.copyOf(limits.longForms().unsure()));
        }
        strings(v.putArray("do"), voice.doList());
        strings(v.putArray("dont"), voice.dontList());
        strings(v.putArray("banned"), voice.banned());
        strings(v.putArray("required"), voice.required());
        return root.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be text");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field, int absent) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be a whole number");
        }
        return value.intValue();
    }

    private static boolean bool(JsonNode node, String field, boolean absent) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return value.booleanValue();
    }

    private static Map<String, String> map(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException(field + " must map texts to texts");
        }
        var result = new LinkedHashMap<String, String>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException(field + " must map texts to texts");
            }
            result.put(entry.getKey(), entry.getValue().asText());
        }
        return result;
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be a list of texts");
        }
        var result = new ArrayList<String>();
        for (JsonNode entry : value) {
            if (!entry.isTextual()) {
                throw new IllegalArgumentException(field + " must be a list of texts");
            }
            result.add(entry.asText());
        }
        return result;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    private static int within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be from " + min + " to " + max);
        }
        return value;
    }

    private static List<String> entries(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
