package com.mitpo.brand.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.platform.ai.TextTask;
import com.mitpo.platform.ai.local.LocalTextTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the offline writer can honestly do with a document: pick the sentences that read like a
 * product, a value proposition, a key fact or an audience hint by their wording, and describe
 * the tone from measurable traits. Each proposal quotes the sentence it came from. It does not
 * understand the text; a remote model does better, and the page says which one was used.
 * <p>
 * It is what the offline model ("local/brand-writer") answers to {@link ContextProposals}'
 * request: the platform's writer knows no brand, so the brand lends it these rules. Contractions
 * are counted by the brand's one table, the one its voice checker flags.
 */
@ApplicationScoped
public class ContextHeuristics implements LocalTextTask {

    record Proposal(String kind, String text, String quote) {
    }

    private static final int MAX_PER_KIND = 3;
    private static final int MIN_SENTENCE = 25;
    private static final int MAX_SENTENCE = 300;

    private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

    static {
        // Checked in this order and each sentence used once: the more specific cues first.
        CUES.put("audience", Pattern.compile(
                "\\b(for|designed for|built for|made for) (busy |small |growing |modern |remote )?(teams?|marketers|businesses|"
                        + "companies|developers|people|families|customers|professionals|founders|shops|offices|creators|"
                        + "parents|students|agencies|startups|enterprises|everyone)\\b|\\bwhether you('re| are)\\b"));
        CUES.put("key_fact", Pattern.compile(
                "\\d|\\b(founded|since|award|certified|patented|headquartered|based in)\\b"));
        CUES.put("value_proposition", Pattern.compile(
                "\\b(helps?|lets?|so you can|saves?|faster|easier|without|reduces?|increases?|boosts?|improves?|never|guarantee[sd]?)\\b"));
        CUES.put("product", Pattern.compile(
                "\\b(our|the) (new )?(product|platform|app|service|tool|range|collection|plan|subscription|software)s?\\b"
                        + "|\\bintroducing\\b|\\b(makes|sells|offers|builds|roasts|brews|designs|crafts|creates)\\b"
                        + "|\\bis an? [\\w -]{0,40}(platform|app|service|tool|product|solution|blend|roast)\\b"));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public TextTask task() {
        return TextTask.EXTRACT_CONTEXT;
    }

    /** {"items": [{"kind", "text", "quote"}]}, as {@link ContextProposals#INSTRUCTIONS} ask. */
    @Override
    public String answer(String document) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("items");
        for (Proposal p : propose(document)) {
            items.addObject().put("kind", p.kind()).put("text", p.text()).put("quote", p.quote());
        }
        return root.toString();
    }

    static List<Proposal> propose(String document) {
        List<String> all = sentences(document);
        List<String> sentences = all.stream().filter(s -> s.length() >= MIN_SENTENCE && s.length() <= MAX_SENTENCE).toList();
        var proposals = new ArrayList<Proposal>();
        var used = new HashSet<String>();
        for (var cue : CUES.entrySet()) {
            int found = 0;
            for (String sentence : sentences) {
                if (found < MAX_PER_KIND && !used.contains(sentence)
                        && cue.getValue().matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
                    proposals.add(new Proposal(cue.getKey(), sentence, sentence));
                    used.add(sentence);
                    found++;
                }
            }
        }
        tone(sentences, all).ifPresent(proposals::add);
        return proposals;
    }

    /** Length, contractions, exclamations and questions: traits of tone anyone can check. */
    private static Optional<Proposal> tone(List<String> sentences, List<String> all) {
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        long words = sentences.stream().mapToLong(s -> s.split("\\s+").length).sum();
        long average = Math.round((double) words / sentences.size());
        long contractions = sentences.stream().filter(ContextHeuristics::contracted).count();
        long exclamations = all.stream().filter(s -> s.endsWith("!")).count();
        long questions = all.stream().filter(s -> s.endsWith("?")).count();
        var traits = new ArrayList<String>();
        traits.add(contractions * 4 >= sentences.size() ? "conversational (uses contractions)" : "formal (few contractions)");
        traits.add(average <= 14 ? "short sentences (" + average + " words on average)"
                : "long sentences (" + average + " words on average)");
        if (exclamations > 0) {
            traits.add("energetic (" + exclamations + " exclamation" + (exclamations == 1 ? "" : "s") + ")");
        }
        if (questions > 0) {
            traits.add("asks the reader questions");
        }
        String example = sentences.stream().filter(s -> contracted(s) || s.endsWith("!"))
                .findFirst().orElse(sentences.get(0));
        return Optional.of(new Proposal("tone", "Tone: " + String.join(", ", traits) + ".", example));
    }

    private static boolean contracted(String sentence) {
        return !VoiceRules.CONTRACTIONS.find(sentence).isEmpty();
    }

    /** Sentences line by line, so a heading never runs into the paragraph below it. */
    static List<String> sentences(String text) {
        var result = new ArrayList<String>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (String line : text.split("\\n")) {
            String flat = line.replaceAll("\\s+", " ").strip();
            breaks.setText(flat);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = flat.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    result.add(sentence);
                }
            }
        }
        return result;
    }
}
