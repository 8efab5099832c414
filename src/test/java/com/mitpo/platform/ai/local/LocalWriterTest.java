package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalWriterTest {

    private static final String DOCUMENT = """
            Northwind Coffee
            Northwind roasts every bean in Lisbon on Monday mornings, and ships them the same day.
            Our subscription helps busy teams keep great coffee in the office without running out.
            Designed for small offices and remote teams who care about what they drink.
            Founded in 2014, we now serve 3,200 offices across 12 countries.
            You'll taste the difference in your first cup. We promise!
            """;

    private final LocalWriter writer = new LocalWriter();

    @Test
    void proposesEachKindFromTheSentenceThatShowsItAndQuotesThatSentence() throws Exception {
        JsonNode items = new ObjectMapper().readTree(
                writer.complete("brand-writer", new TextRequest(TextTask.EXTRACT_CONTEXT, "ignored", DOCUMENT))).path("items");
        Map<String, List<String>> byKind = new HashMap<>();
        for (JsonNode item : items) {
            byKind.computeIfAbsent(item.path("kind").asText(), k -> new java.util.ArrayList<>()).add(item.path("quote").asText());
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
        JsonNode tone = null;
        for (JsonNode item : new ObjectMapper().readTree(writer.complete("brand-writer",
                new TextRequest(TextTask.EXTRACT_CONTEXT, "", DOCUMENT))).path("items")) {
            if (item.path("kind").asText().equals("tone")) {
                tone = item;
            }
        }
        assertEquals("Tone: formal (few contractions), short sentences (12 words on average), energetic (1 exclamation).",
                tone.path("text").asText());
    }

    @Test
    void aTextWithoutUsableSentencesProposesNothing() {
        assertEquals("{\"items\":[]}", writer.complete("brand-writer", new TextRequest(TextTask.EXTRACT_CONTEXT, "", "Hi. Ok.")));
    }

    @Test
    void refusesModelsAndTasksItDoesNotHave() {
        assertThrows(ProviderFailure.class, () -> writer.complete("gpt-4o", new TextRequest(TextTask.EXTRACT_CONTEXT, "", DOCUMENT)));
        assertThrows(ProviderFailure.class, () -> writer.complete("brand-writer", new TextRequest(TextTask.ANSWER, "", DOCUMENT)));
    }
}
