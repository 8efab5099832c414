package com.mitpo.brand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mitpo.platform.ai.TextTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The brand context the offline model proposes from a document, in the shape any model answers in. */
class ContextHeuristicsTest {

    private static final String DOCUMENT = """
            Northwind Coffee
            Northwind roasts every bean in Lisbon on Monday mornings, and ships them the same day.
            Our subscription helps busy teams keep great coffee in the office without running out.
            Designed for small offices and remote teams who care about what they drink.
            Founded in 2014, we now serve 3,200 offices across 12 countries.
            You'll taste the difference in your first cup. We promise!
            """;

    private final ContextHeuristics heuristics = new ContextHeuristics();

    private List<JsonNode> items(String document) throws Exception {
        var items = new ArrayList<JsonNode>();
        new ObjectMapper().readTree(heuristics.answer(document)).path("items").forEach(items::add);
        return items;
    }

    @Test
    void answersTheContextTask() {
        assertEquals(TextTask.EXTRACT_CONTEXT, heuristics.task());
    }

    @Test
    void proposesEachKindFromTheSentenceThatShowsItAndQuotesThatSentence() throws Exception {
        Map<String, List<String>> byKind = new HashMap<>();
        for (JsonNode item : items(DOCUMENT)) {
            byKind.computeIfAbsent(item.path("kind").asText(), k -> new ArrayList<>()).add(item.path("quote").asText());
            assertTrue(DOCUMENT.replaceAll("\\s+", " ").contains(item.path("quote").asText()), "quotes are verbatim: " + item);
        }
        assertEquals(List.of("Northwind roasts every bean in Lisbon on Monday mornings, and ships them the same day."),
                byKind.get("product"));
        assertEquals(List.of("Our subscription helps busy teams keep great coffee in the office without running out."),
                byKind.get("value_proposition"));
        assertEquals(List.of("Designed for small offices and remote teams who care about what they drink."), byKind.get("audience"));
        assertEquals(List.of("Founded in 2014, we now serve 3,200 offices across 12 countries."), byKind.get("key_fact"));
        assertEquals(1, byKind.get("tone").size());
    }

    @Test
    void describesToneFromTraitsThatCanBeCounted() throws Exception {
        JsonNode tone = items(DOCUMENT).stream().filter(i -> i.path("kind").asText().equals("tone")).findFirst().orElseThrow();

        assertEquals("Tone: formal (few contractions), short sentences (12 words on average), energetic (1 exclamation).",
                tone.path("text").asText());
    }

    @Test
    void countsContractionsByTheBrandsTableCurlyApostrophesIncluded() throws Exception {
        String chatty = "We’re roasting the beans you’ll love today. It’s the best part of our week, honestly. "
                + "Don’t miss the first batch this weekend.";
        JsonNode tone = items(chatty).stream().filter(i -> i.path("kind").asText().equals("tone")).findFirst().orElseThrow();

        assertTrue(tone.path("text").asText().contains("conversational (uses contractions)"), tone.toString());
    }

    @Test
    void aTextWithoutUsableSentencesProposesNothing() {
        assertEquals("{\"items\":[]}", heuristics.answer("Hi. Ok."));
    }
}
