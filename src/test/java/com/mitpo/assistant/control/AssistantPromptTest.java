package com.mitpo.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.assistant.entity.Citation.SourceKind;
import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.platform.ai.ChatTurn;
import com.mitpo.platform.ai.Conversation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssistantPromptTest {

    private static final List<Source> SOURCES = List.of(
            new Source(1, SourceKind.PASSAGE, UUID.randomUUID(), UUID.randomUUID(), "brand | book :: v2.pdf", 3,
                    "Our winter launch is in March.\nIt ships to 12 countries."),
            new Source(2, SourceKind.MEMORY, UUID.randomUUID(), null, null, null, "Prefers British spelling."));

    @Test
    void theModelIsToldTheVoiceAndTheSourcesByLabelThenTheTurnsInOrder() {
        VoiceRules voice = new VoiceRules(20, 20, List.of("Be warm"), List.of(), List.of("cheap"), List.of(), 8);
        Conversation conversation = AssistantPrompt.conversation("Northwind", voice, SOURCES,
                List.of(ChatTurn.user("Hi"), ChatTurn.assistant("Hello")), "When is the launch?");
        assertTrue(conversation.instructions().contains("for the brand \"Northwind\""));
        assertTrue(conversation.instructions().contains("formal, no contractions"), conversation.instructions());
        assertTrue(conversation.instructions().contains("never use: cheap"));
        assertTrue(conversation.instructions().contains(
                "[S1] passage | brand / book : v2.pdf | page 3 :: Our winter launch is in March. It ships to 12 countries."),
                conversation.instructions());
        assertEquals(List.of(ChatTurn.user("Hi"), ChatTurn.assistant("Hello"), ChatTurn.user("When is the launch?")),
                conversation.turns());
    }

    @Test
    void theOfflineAssistantReadsBackTheSourcesTheModelWasSent() {
        Conversation conversation = AssistantPrompt.conversation(null, null, SOURCES, List.of(), "Spelling?");
        List<Source> read = AssistantPrompt.sources(conversation.instructions());
        assertEquals(2, read.size());
        assertEquals(1, read.get(0).label());
        assertEquals(SourceKind.PASSAGE, read.get(0).kind());
        assertEquals("brand / book : v2.pdf", read.get(0).documentName());
        assertEquals(3, read.get(0).page());
        assertEquals("Our winter launch is in March. It ships to 12 countries.", read.get(0).text());
        assertEquals(SourceKind.MEMORY, read.get(1).kind());
        assertEquals("Prefers British spelling.", read.get(1).text());
    }

    @Test
    void withoutSourcesTheModelIsToldSo() {
        Conversation conversation = AssistantPrompt.conversation(null, null, List.of(), List.of(), "Anything?");
        assertTrue(conversation.instructions().endsWith("Sources:\n(none)\n"));
        assertEquals(List.of(), AssistantPrompt.sources(conversation.instructions()));
    }
}
